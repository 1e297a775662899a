<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AppointmentLetters</name>
    <message>
        <source>the recipient&apos;s name (the reference number when no name is known)</source>
        <translation>mottakerens navn (referansenummeret når navnet ikke er kjent)</translation>
    </message>
    <message>
        <source>the day of the week of the appointment</source>
        <translation>ukedagen for timen</translation>
    </message>
    <message>
        <source>the date of the appointment</source>
        <translation>datoen for timen</translation>
    </message>
    <message>
        <source>the time it starts</source>
        <translation>klokkeslettet den starter</translation>
    </message>
    <message>
        <source>the time it ends</source>
        <translation>klokkeslettet den slutter</translation>
    </message>
    <message>
        <source>where: the address, or how a video or phone meeting works</source>
        <translation>hvor: adressen, eller hvordan et video- eller telefonmøte foregår</translation>
    </message>
    <message>
        <source>the clinic&apos;s address for letters, on one line</source>
        <translation>klinikkens postadresse, på én linje</translation>
    </message>
    <message>
        <source>the first line of the clinic&apos;s address</source>
        <translation>første linje i klinikkens postadresse</translation>
    </message>
    <message>
        <source>Dear {name},

This is to confirm your appointment on {weekday} {date} at {time}.

Place: {place}

If you cannot come, please let us know as early as you can, so that the time can be given to someone else.

Kind regards
{sender}</source>
        <extracomment>The default appointment letter. It must stay discreet: whoever opens the post may read it, so it names no service, no health profession and nothing about why the person comes. Keep the {placeholders} as they are.</extracomment>
        <translation>Kjære {name},

Vi bekrefter med dette timen din {weekday} {date} kl. {time}.

Sted: {place}

Hvis du ikke kan komme, gi oss beskjed så tidlig som mulig, slik at timen kan gis til noen andre.

Vennlig hilsen
{sender}</translation>
    </message>
    <message>
        <source>a video meeting; you will receive the link separately.</source>
        <translation>et videomøte; du får lenken separat.</translation>
    </message>
    <message>
        <source>by phone; we will call you at that time.</source>
        <translation>på telefon; vi ringer deg på det tidspunktet.</translation>
    </message>
    <message>
        <source>The letter is empty.</source>
        <translation>Brevet er tomt.</translation>
    </message>
    <message numerus="yes">
        <source>The letter is longer than %n characters.</source>
        <translation>
            <numerusform>Brevet er lengre enn %n tegn.</numerusform>
            <numerusform>Brevet er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter uses %1, which Forløp does not know. Use %2.</source>
        <extracomment>%1 is a placeholder such as {nmae}; %2 lists the ones that work.</extracomment>
        <translation>Brevet bruker %1, som Forløp ikke kjenner. Bruk %2.</translation>
    </message>
    <message>
        <source>The letter must say when: keep {date} and {time} in it.</source>
        <translation>Brevet må si når: behold {date} og {time} i det.</translation>
    </message>
    <message>
        <source>The letter must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>Brevet må ikke avsløre hva slags tjeneste dette er. Fjern %1.</translation>
    </message>
    <message>
        <source>Write the clinic&apos;s address for letters.</source>
        <translation>Skriv klinikkens postadresse.</translation>
    </message>
    <message numerus="yes">
        <source>The address is longer than %n characters.</source>
        <translation>
            <numerusform>Adressen er lengre enn %n tegn.</numerusform>
            <numerusform>Adressen er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is printed on letters and envelopes, so it must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>Adressen skrives ut på brev og konvolutter, så den må ikke avsløre hva slags tjeneste dette er. Fjern %1.</translation>
    </message>
    <message>
        <source>Only a booked appointment gets a letter; this one is marked “%1”.</source>
        <translation>Bare en bestilt time får brev; denne er merket «%1».</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address for letters is not set yet. An administrator writes it under Letter settings.</source>
        <translation>Klinikkens postadresse er ikke satt ennå. En administrator skriver den under Brevinnstillinger.</translation>
    </message>
    <message>
        <source>The letter would reveal what kind of service this is, so it was not made. An administrator must remove %1 from the letter settings.</source>
        <translation>Brevet ville avsløre hva slags tjeneste dette er, så det ble ikke laget. En administrator må fjerne %1 fra brevinnstillingene.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Booked</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Avlyst av pasienten</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <source>No-show</source>
        <extracomment>The patient did not come and did not cancel.</extracomment>
        <translation>Ikke møtt</translation>
    </message>
</context>
<context>
    <name>AppointmentStyle</name>
    <message>
        <source>Attended</source>
        <extracomment>Short mark on an appointment in the calendar.</extracomment>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Short mark on an appointment in the calendar.</extracomment>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>No-show</source>
        <extracomment>Short mark on an appointment in the calendar: the patient did not come.</extracomment>
        <translation>Ikke møtt</translation>
    </message>
</context>
<context>
    <name>AppointmentTypes</name>
    <message>
        <source>First contact</source>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>Vurdering av inklusjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Behandlingstime</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>AssessmentPackages</name>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>The assessment package has not been started for this patient.</source>
        <translation>Utredningspakken er ikke startet for denne pasienten.</translation>
    </message>
    <message>
        <source>That instrument is not part of this patient&apos;s package.</source>
        <translation>Det instrumentet er ikke en del av pasientens pakke.</translation>
    </message>
    <message>
        <source>%1 is not given at this timepoint.</source>
        <translation>%1 er ikke gitt ved dette tidspunktet.</translation>
    </message>
    <message>
        <source>%1 has no score field named %2.</source>
        <translation>%1 har ikke noe skårfelt som heter %2.</translation>
    </message>
    <message>
        <source>%1 of %2 must lie between %3 and %4.</source>
        <extracomment>%1 score label, %2 instrument name, %3 and %4 the range</extracomment>
        <translation>%1 for %2 må ligge mellom %3 og %4.</translation>
    </message>
    <message>
        <source>Enter %1 before marking %2 completed.</source>
        <translation>Fyll inn %1 før du markerer %2 som fullført.</translation>
    </message>
    <message>
        <source>Write why the instrument was declined.</source>
        <translation>Skriv hvorfor instrumentet ble avslått.</translation>
    </message>
    <message>
        <source>A declined instrument has no scores.</source>
        <translation>Et avslått instrument har ingen skårer.</translation>
    </message>
    <message>
        <source>An instrument that is not started has no scores.</source>
        <translation>Et instrument som ikke er påbegynt, har ingen skårer.</translation>
    </message>
    <message>
        <source>A completed instrument needs the date it was completed, not in the future.</source>
        <translation>Et fullført instrument trenger datoen det ble fullført, ikke i fremtiden.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen ble ikke funnet.</translation>
    </message>
    <message>
        <source>The appointment was cancelled, so attendance cannot be marked.</source>
        <translation>Timen ble avlyst, så oppmøte kan ikke registreres.</translation>
    </message>
    <message>
        <source>The appointment has not begun yet. Mark attendance once it has started.</source>
        <translation>Timen har ikke begynt ennå. Registrer oppmøte når den har startet.</translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Signed in</source>
        <translation>Logget inn</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Mislykket innlogging</translation>
    </message>
    <message>
        <source>Locked or signed out</source>
        <translation>Låst eller logget ut</translation>
    </message>
    <message>
        <source>Created the clinic</source>
        <translation>Opprettet klinikken</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>La til en bruker</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Deaktiverte en bruker</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Endret eget passord</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Tilbakestilte et passord</translation>
    </message>
    <message>
        <source>Granted access to clinical records</source>
        <translation>Ga tilgang til journaler</translation>
    </message>
    <message>
        <source>Replaced the database key</source>
        <translation>Byttet databasenøkkelen</translation>
    </message>
    <message>
        <source>Replaced the clinical key</source>
        <translation>Byttet den kliniske nøkkelen</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Endret en innstilling</translation>
    </message>
    <message>
        <source>Took a backup</source>
        <translation>Tok en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Gjenopprettet en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Viewed the audit log</source>
        <translation>Så på tilgangsloggen</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Reviewed an emergency access</source>
        <translation>Gjennomgikk en nødtilgang</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Tilgang nektet</translation>
    </message>
    <message>
        <source>Registered a patient</source>
        <translation>Registrerte en pasient</translation>
    </message>
    <message>
        <source>Opened the patient&apos;s record</source>
        <translation>Åpnet pasientens journal</translation>
    </message>
    <message>
        <source>Searched for patients</source>
        <translation>Søkte etter pasienter</translation>
    </message>
    <message>
        <source>Changed identity or contact details</source>
        <translation>Endret identitet eller kontaktopplysninger</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Tildelt en behandler</translation>
    </message>
    <message>
        <source>Blocked a staff member</source>
        <translation>Sperret en ansatt</translation>
    </message>
    <message>
        <source>Lifted a block</source>
        <translation>Opphevet en sperre</translation>
    </message>
    <message>
        <source>Registered a referral</source>
        <translation>Registrerte en henvisning</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Importerte henvisninger</translation>
    </message>
    <message>
        <source>Started the eligibility assessment</source>
        <translation>Startet vurderingen av inklusjon</translation>
    </message>
    <message>
        <source>Answered an eligibility criterion</source>
        <translation>Besvarte et inklusjonskriterium</translation>
    </message>
    <message>
        <source>Decided on eligibility</source>
        <translation>Avgjorde inklusjon</translation>
    </message>
    <message>
        <source>Started the assessment package</source>
        <translation>Startet utredningspakken</translation>
    </message>
    <message>
        <source>Recorded an assessment instrument</source>
        <translation>Registrerte et utredningsinstrument</translation>
    </message>
    <message>
        <source>Made the treatment plan</source>
        <translation>Lagde behandlingsplanen</translation>
    </message>
    <message>
        <source>Changed the treatment plan</source>
        <translation>Endret behandlingsplanen</translation>
    </message>
    <message>
        <source>Recorded a session</source>
        <translation>Registrerte en time</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Skrev et journalnotat</translation>
    </message>
    <message>
        <source>Changed a draft note</source>
        <translation>Endret et utkast til journalnotat</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Signerte et journalnotat</translation>
    </message>
    <message>
        <source>Added to a signed note</source>
        <translation>La til i et signert journalnotat</translation>
    </message>
    <message>
        <source>Read a note</source>
        <translation>Leste et journalnotat</translation>
    </message>
    <message>
        <source>Started a duty-to-report record</source>
        <translation>Startet en meldepliktvurdering</translation>
    </message>
    <message>
        <source>Signed a duty-to-report record</source>
        <translation>Signerte en meldepliktvurdering</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Viderehenviste</translation>
    </message>
    <message>
        <source>Ended treatment</source>
        <translation>Avsluttet behandlingen</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>Bestilte en time</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>Flyttet en time</translation>
    </message>
    <message>
        <source>Appointment cancelled by the patient</source>
        <translation>Time avlyst av pasienten</translation>
    </message>
    <message>
        <source>Appointment cancelled by the clinic</source>
        <translation>Time avlyst av klinikken</translation>
    </message>
    <message>
        <source>Printed a letter</source>
        <translation>Skrev ut et brev</translation>
    </message>
    <message>
        <source>Exported to the quality registry</source>
        <translation>Eksporterte til kvalitetsregisteret</translation>
    </message>
    <message>
        <source>Exported the patient&apos;s access log</source>
        <translation>Eksporterte pasientens tilgangslogg</translation>
    </message>
    <message>
        <source>Offered a first appointment</source>
        <translation>Tilbød en første time</translation>
    </message>
    <message>
        <source>Completed the eligibility assessment</source>
        <translation>Fullførte vurderingen av inklusjon</translation>
    </message>
    <message>
        <source>Overrode the eligibility decision</source>
        <translation>Overstyrte inklusjonsbeslutningen</translation>
    </message>
    <message>
        <source>Excluded without onward referral</source>
        <translation>Ekskludert uten viderehenvisning</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>Registrerte oppmøte</translation>
    </message>
    <message>
        <source>Recorded a departure from the standard</source>
        <translation>Registrerte et avvik fra standarden</translation>
    </message>
    <message>
        <source>Discarded a draft note</source>
        <translation>Forkastet et utkast til journalnotat</translation>
    </message>
    <message>
        <source>Asked for a note to be deleted</source>
        <translation>Ba om sletting av et journalnotat</translation>
    </message>
    <message>
        <source>Signing refused</source>
        <translation>Signering nektet</translation>
    </message>
    <message>
        <source>Changed a duty-to-report record</source>
        <translation>Endret en meldepliktvurdering</translation>
    </message>
    <message>
        <source>Looked at open duty-to-report records</source>
        <translation>Så på åpne meldepliktvurderinger</translation>
    </message>
    <message>
        <source>Updated an onward referral</source>
        <translation>Oppdaterte en viderehenvisning</translation>
    </message>
    <message>
        <source>Recorded an unmet need</source>
        <translation>Registrerte et udekket behov</translation>
    </message>
    <message>
        <source>Referred an unmet need onward</source>
        <translation>Viderehenviste for et udekket behov</translation>
    </message>
    <message>
        <source>Gave a reason for an unmet need</source>
        <translation>Ga en begrunnelse for et udekket behov</translation>
    </message>
    <message>
        <source>Started follow-up</source>
        <translation>Startet oppfølging</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>Bestilte en serie timer</translation>
    </message>
    <message>
        <source>Attended an appointment</source>
        <translation>Møtte til en time</translation>
    </message>
    <message>
        <source>Did not come to an appointment</source>
        <translation>Møtte ikke til en time</translation>
    </message>
    <message>
        <source>Included in the quality registry export</source>
        <translation>Tatt med i eksporten til kvalitetsregisteret</translation>
    </message>
    <message>
        <source>Looked at statistics</source>
        <translation>Så på statistikk</translation>
    </message>
    <message>
        <source>Exported statistics</source>
        <translation>Eksporterte statistikk</translation>
    </message>
    <message>
        <source>Looked at a report</source>
        <translation>Så på en rapport</translation>
    </message>
    <message>
        <source>Looked at the calendar</source>
        <translation>Så på kalenderen</translation>
    </message>
    <message>
        <source>Looked at a caseload</source>
        <translation>Så på en pasientliste</translation>
    </message>
    <message>
        <source>Looked at caseloads</source>
        <translation>Så på pasientlister</translation>
    </message>
    <message>
        <source>Looked at a caseload&apos;s appointments</source>
        <translation>Så på timene i en pasientliste</translation>
    </message>
    <message>
        <source>Looked at the waiting list</source>
        <translation>Så på ventelisten</translation>
    </message>
    <message>
        <source>Looked at waiting times</source>
        <translation>Så på ventetider</translation>
    </message>
    <message>
        <source>New version of the eligibility criteria</source>
        <translation>Ny versjon av inklusjonskriteriene</translation>
    </message>
    <message>
        <source>New version of the instrument catalogue</source>
        <translation>Ny versjon av instrumentkatalogen</translation>
    </message>
    <message>
        <source>New version of the treatment themes</source>
        <translation>Ny versjon av behandlingstemaene</translation>
    </message>
    <message>
        <source>Read the timeline</source>
        <translation>Leste tidslinjen</translation>
    </message>
    <message>
        <source>Read the referral</source>
        <translation>Leste henvisningen</translation>
    </message>
    <message>
        <source>Read the referral reason</source>
        <translation>Leste henvisningsgrunnen</translation>
    </message>
    <message>
        <source>Read the eligibility assessment</source>
        <translation>Leste vurderingen av inklusjon</translation>
    </message>
    <message>
        <source>Read the assessment package</source>
        <translation>Leste utredningspakken</translation>
    </message>
    <message>
        <source>Looked at the assessment package&apos;s completion</source>
        <translation>Så på fullføringen av utredningspakken</translation>
    </message>
    <message>
        <source>Read the registry consent</source>
        <translation>Leste registersamtykket</translation>
    </message>
    <message>
        <source>Read the treatment plan</source>
        <translation>Leste behandlingsplanen</translation>
    </message>
    <message>
        <source>Read a session</source>
        <translation>Leste en time</translation>
    </message>
    <message>
        <source>Looked at the number of sessions</source>
        <translation>Så på antall timer</translation>
    </message>
    <message>
        <source>Read a request to delete a note</source>
        <translation>Leste en anmodning om sletting av et journalnotat</translation>
    </message>
    <message>
        <source>Read a departure from the standard</source>
        <translation>Leste et avvik fra standarden</translation>
    </message>
    <message>
        <source>Read a duty-to-report record</source>
        <translation>Leste en meldepliktvurdering</translation>
    </message>
    <message>
        <source>Read an onward referral</source>
        <translation>Leste en viderehenvisning</translation>
    </message>
    <message>
        <source>Read an unmet need</source>
        <translation>Leste et udekket behov</translation>
    </message>
    <message>
        <source>Read the end of treatment</source>
        <translation>Leste avslutningen av behandlingen</translation>
    </message>
    <message>
        <source>Looked at an appointment</source>
        <translation>Så på en time</translation>
    </message>
    <message>
        <source>Looked at a series of appointments</source>
        <translation>Så på en serie timer</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <extracomment>An audit entry: the patient&apos;s pathway moved to this state</extracomment>
        <translation>Forløp: %1</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Eksporterte en rapport</translation>
    </message>
</context>
<context>
    <name>AuditExportCommand</name>
    <message>
        <source>Writes one patient&apos;s access log (who, when, in which role, why) as CSV, for the patient&apos;s copy (unit leaders only).</source>
        <translation>Skriver én pasients tilgangslogg (hvem, når, i hvilken rolle, hvorfor) som CSV, til pasientens kopi (bare enhetsledere).</translation>
    </message>
    <message>
        <source>The patient&apos;s pseudonym (such as P-2026-0042) or record number.</source>
        <translation>Pasientens pseudonym (for eksempel P-2026-0042) eller journalnummer.</translation>
    </message>
    <message>
        <source>Write the CSV to this file instead of standard output. The file is replaced only once it has been written completely.</source>
        <translation>Skriv CSV-en til denne filen i stedet for standard ut. Filen erstattes først når den er skrevet ferdig.</translation>
    </message>
    <message>
        <source>--patient needs a pseudonym or a record number.</source>
        <translation>--patient trenger et pseudonym eller et journalnummer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n access log entries to %1.</source>
        <translation>
            <numerusform>Skrev %n oppføring i tilgangsloggen til %1.</numerusform>
            <numerusform>Skrev %n oppføringer i tilgangsloggen til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient has that pseudonym.</source>
        <translation>Ingen pasient har det pseudonymet.</translation>
    </message>
    <message>
        <source>No patient has that record number.</source>
        <translation>Ingen pasient har det journalnummeret.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit row %1 is missing: the log jumps to row %2.</source>
        <translation>Loggrad %1 mangler: loggen hopper til rad %2.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order.</source>
        <translation>Loggrad %1 er i feil rekkefølge.</translation>
    </message>
    <message>
        <source>Audit row %1 has been changed, inserted or removed: its hash does not match the chain.</source>
        <translation>Loggrad %1 er endret, satt inn eller fjernet: hashen stemmer ikke med kjeden.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Loggrad %1 stemmer ikke med ankeret i nøkkelfilen.</translation>
    </message>
    <message>
        <source>The audit log has been truncated: rows %1 to %2, recorded in the key file, are missing.</source>
        <translation>Tilgangsloggen er avkortet: radene %1 til %2, som er registrert i nøkkelfilen, mangler.</translation>
    </message>
</context>
<context>
    <name>AuditReview</name>
    <message>
        <source>Treating clinician</source>
        <translation>Behandlende behandler</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Enhetsleder</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrativ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>Recomputes the audit log&apos;s hash chain; exits 0 when it is intact and 1, naming the first bad row, when a row has been changed, inserted or removed (administrators and unit leaders).</source>
        <translation>Beregner hashkjeden i tilgangsloggen på nytt; avslutter med 0 når den er intakt, og med 1, med navnet på første feil rad, når en rad er endret, satt inn eller fjernet (administratorer og enhetsledere).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), chained from the first to the last and matching the anchor kept in the key file.</source>
        <translation>
            <numerusform>Tilgangsloggen er intakt: %n rad, kjedet fra første til siste og i samsvar med ankeret i nøkkelfilen.</numerusform>
            <numerusform>Tilgangsloggen er intakt: %n rader, kjedet fra første til siste og i samsvar med ankeret i nøkkelfilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Det finnes ingen sikkerhetskopi i %1.</translation>
    </message>
    <message>
        <source>%1 is not the database of the backup in %2; give the backup&apos;s folder instead.</source>
        <translation>%1 er ikke databasen til sikkerhetskopien i %2; oppgi sikkerhetskopiens mappe i stedet.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Takes a verified, encrypted backup of the clinic into a folder, and removes old backups there.</source>
        <translation>Tar en verifisert, kryptert sikkerhetskopi av klinikken til en mappe, og fjerner gamle sikkerhetskopier der.</translation>
    </message>
    <message>
        <source>The backup folder, preferably on another disk. Each backup is a new folder inside it, holding the encrypted database, its key file and a description.</source>
        <translation>Mappen for sikkerhetskopier, helst på en annen disk. Hver sikkerhetskopi er en ny mappe i den, med den krypterte databasen, nøkkelfilen og en beskrivelse.</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent days (default %1).</source>
        <translation>Behold den nyeste sikkerhetskopien for så mange av de siste dagene (standard %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent weeks (default %1).</source>
        <translation>Behold den nyeste sikkerhetskopien for så mange av de siste ukene (standard %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent months (default %1).</source>
        <translation>Behold den nyeste sikkerhetskopien for så mange av de siste månedene (standard %1).</translation>
    </message>
    <message>
        <source>Remove no old backups.</source>
        <translation>Ikke fjern noen gamle sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more.</source>
        <translation>Valget --%1 trenger et heltall på 0 eller mer.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sikkerhetskopi skrevet og verifisert: %1</translation>
    </message>
    <message>
        <source>  audit trail up to row %1; schema version %2</source>
        <translation>  tilgangslogg til og med rad %1; skjemaversjon %2</translation>
    </message>
    <message>
        <source>It can be restored with any current user&apos;s password or with the recovery key.</source>
        <translation>Den kan gjenopprettes med passordet til en hvilken som helst nåværende bruker eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Removed old backup %1</source>
        <translation>Fjernet gammel sikkerhetskopi %1</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>The backup description %1 is damaged, so this backup cannot be trusted. Restore from another backup.</source>
        <translation>Beskrivelsen av sikkerhetskopien %1 er skadet, så denne sikkerhetskopien kan ikke stoles på. Gjenopprett fra en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Forløp. Install that version to restore it.</source>
        <translation>Sikkerhetskopien %1 ble laget av en nyere versjon av Forløp. Installer den versjonen for å gjenopprette den.</translation>
    </message>
    <message>
        <source>%1 is not a Forløp backup: its description %2 is missing.</source>
        <translation>%1 er ikke en sikkerhetskopi fra Forløp: beskrivelsen %2 mangler.</translation>
    </message>
    <message>
        <source>The backup description %1 cannot be read.</source>
        <translation>Beskrivelsen av sikkerhetskopien %1 kan ikke leses.</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>Ingen sikkerhetskopi ble tatt.</translation>
    </message>
    <message>
        <source>Choose a folder for backups, preferably on another disk</source>
        <translation>Velg en mappe for sikkerhetskopier, helst på en annen disk</translation>
    </message>
    <message>
        <source>Taking a backup and checking it…</source>
        <translation>Tar en sikkerhetskopi og kontrollerer den…</translation>
    </message>
    <message>
        <source>Backup taken and verified: %1</source>
        <translation>Sikkerhetskopi tatt og verifisert: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup could not be copied to %1. Is the disk full?</source>
        <translation>Sikkerhetskopien kunne ikke kopieres til %1. Er disken full?</translation>
    </message>
    <message>
        <source>The existing database could not be moved aside; nothing was restored.</source>
        <translation>Den eksisterende databasen kunne ikke flyttes til side; ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>Restore to a new location, not into the backup&apos;s own folder.</source>
        <translation>Gjenopprett til et nytt sted, ikke inn i sikkerhetskopiens egen mappe.</translation>
    </message>
    <message>
        <source>A database already exists at %1. Restore to a new location, or confirm that it may be replaced (it will be kept beside the restored one).</source>
        <translation>Det finnes allerede en database i %1. Gjenopprett til et nytt sted, eller bekreft at den kan erstattes (den blir beholdt ved siden av den gjenopprettede).</translation>
    </message>
    <message>
        <source>The database at %1 is open in Forløp. Close Forløp on every computer that uses it, then restore again.</source>
        <translation>Databasen i %1 er åpen i Forløp. Lukk Forløp på alle datamaskiner som bruker den, og gjenopprett på nytt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The copy of the backup differs from the backup; the disk may be failing.</source>
        <translation>Kopien av sikkerhetskopien er ulik sikkerhetskopien; disken kan være i ferd med å svikte.</translation>
    </message>
    <message>
        <source>The restored database could not be closed cleanly.</source>
        <translation>Den gjenopprettede databasen kunne ikke lukkes ordentlig.</translation>
    </message>
    <message>
        <source>The database at %1 was opened while restoring; nothing was replaced.</source>
        <translation>Databasen i %1 ble åpnet under gjenopprettingen; ingenting ble erstattet.</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1.</source>
        <translation>Den gjenopprettede databasen kunne ikke flyttes til %1.</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>%1 was left alone: %2</source>
        <translation>%1 ble latt være: %2</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>Den gamle sikkerhetskopien %1 kunne ikke slettes.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>This clinic has no verified backup. Take a backup now, and choose a backup folder on another disk in the settings so that backups are taken automatically.</source>
        <translation>Denne klinikken har ingen verifisert sikkerhetskopi. Ta en sikkerhetskopi nå, og velg en mappe for sikkerhetskopier på en annen disk i innstillingene, slik at sikkerhetskopier tas automatisk.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup of this clinic is %n day(s) old. Take a backup now, and check that the backup disk is connected.</source>
        <translation>
            <numerusform>Den siste verifiserte sikkerhetskopien av denne klinikken er %n dag gammel. Ta en sikkerhetskopi nå, og sjekk at disken for sikkerhetskopier er tilkoblet.</numerusform>
            <numerusform>Den siste verifiserte sikkerhetskopien av denne klinikken er %n dager gammel. Ta en sikkerhetskopi nå, og sjekk at disken for sikkerhetskopier er tilkoblet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup file %1 is damaged: %2 Restore from another backup.</source>
        <extracomment>%1 is a file name, %2 says what is wrong with it</extracomment>
        <translation>Sikkerhetskopifilen %1 er skadet: %2 Gjenopprett fra en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The backup file %1 is missing from %2. Restore from another backup.</source>
        <translation>Sikkerhetskopifilen %1 mangler i %2. Gjenopprett fra en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>it has the wrong size (it may have been cut short while copying).</source>
        <translation>den har feil størrelse (den kan ha blitt avkortet under kopieringen).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>Sikkerhetskopifilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>its contents differ from what was verified when the backup was made.</source>
        <translation>innholdet er ulikt det som ble verifisert da sikkerhetskopien ble laget.</translation>
    </message>
    <message>
        <source>it fails the integrity check (%1).</source>
        <translation>den består ikke integritetssjekken (%1).</translation>
    </message>
    <message>
        <source>its schema version differs from the snapshot.</source>
        <translation>skjemaversjonen er ulik øyeblikksbildet.</translation>
    </message>
    <message>
        <source>table %1 has %2 rows, but the snapshot had %3.</source>
        <translation>tabellen %1 har %2 rader, men øyeblikksbildet hadde %3.</translation>
    </message>
    <message>
        <source>its tables differ from the snapshot.</source>
        <translation>tabellene er ulike øyeblikksbildet.</translation>
    </message>
    <message>
        <source>its audit trail ends at a different row than the snapshot&apos;s.</source>
        <translation>tilgangsloggen slutter på en annen rad enn i øyeblikksbildet.</translation>
    </message>
    <message>
        <source>The key file beside %1 belongs to another clinic.</source>
        <translation>Nøkkelfilen ved siden av %1 tilhører en annen klinikk.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the active user %2.</source>
        <translation>Nøkkelfilen ved siden av %1 har ingen oppføring for den aktive brukeren %2.</translation>
    </message>
    <message>
        <source>The key file beside %1 has an entry for %2, who is not an active user in it.</source>
        <translation>Nøkkelfilen ved siden av %1 har en oppføring for %2, som ikke er en aktiv bruker i den.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the recovery key.</source>
        <translation>Nøkkelfilen ved siden av %1 har ingen oppføring for gjenopprettingsnøkkelen.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>THE BACKUP FAILED and nothing was added to %1; earlier backups there are kept. %2</source>
        <extracomment>%1 is the backup folder, %2 the reason</extracomment>
        <translation>SIKKERHETSKOPIERINGEN MISLYKTES, og ingenting ble lagt til i %1; tidligere sikkerhetskopier der er beholdt. %2</translation>
    </message>
    <message>
        <source>The copied key file has no entry for you.</source>
        <translation>Den kopierte nøkkelfilen har ingen oppføring for deg.</translation>
    </message>
    <message>
        <source>The copied key file does not open the copy.</source>
        <translation>Den kopierte nøkkelfilen åpner ikke kopien.</translation>
    </message>
    <message>
        <source>The backup description could not be written. Is the backup disk full?</source>
        <translation>Beskrivelsen av sikkerhetskopien kunne ikke skrives. Er disken for sikkerhetskopier full?</translation>
    </message>
    <message>
        <source>The copy could not be read back.</source>
        <translation>Kopien kunne ikke leses tilbake.</translation>
    </message>
    <message>
        <source>The backup could not be saved to the disk (sync failed).</source>
        <translation>Sikkerhetskopien kunne ikke lagres på disken (synkronisering mislyktes).</translation>
    </message>
    <message>
        <source>The backup folder holds unexpected files.</source>
        <translation>Mappen for sikkerhetskopier inneholder uventede filer.</translation>
    </message>
    <message>
        <source>The verified backup could not be given its final name.</source>
        <translation>Den verifiserte sikkerhetskopien kunne ikke få sitt endelige navn.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written. Is the backup disk connected?</source>
        <translation>Det kan ikke skrives til mappen for sikkerhetskopier. Er disken for sikkerhetskopier tilkoblet?</translation>
    </message>
    <message>
        <source>The backup %1 was written and verified, but it could not be recorded in the clinic&apos;s log. %2</source>
        <translation>Sikkerhetskopien %1 ble skrevet og verifisert, men kunne ikke registreres i klinikkens logg. %2</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Only a booked appointment can be moved; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Bare en bestilt time kan flyttes; denne er merket «%1».</translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time range, e.g. &quot;02.03.2026, 12:00–16:00&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is on holiday %2.</source>
        <extracomment>%1 is a clinician, %2 a date or a date range.</extracomment>
        <translation>%1 har ferie %2.</translation>
    </message>
    <message>
        <source>%1 is on a course %2.</source>
        <translation>%1 er på kurs %2.</translation>
    </message>
    <message>
        <source>%1 is off sick %2.</source>
        <translation>%1 er sykmeldt %2.</translation>
    </message>
    <message>
        <source>%1 is away %2.</source>
        <translation>%1 er borte %2.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>The patient was excluded from treatment here, so no appointments can be booked.</source>
        <translation>Pasienten ble ekskludert fra behandling her, så det kan ikke bestilles timer.</translation>
    </message>
    <message>
        <source>The patient&apos;s treatment has ended; only follow-up appointments can be booked.</source>
        <translation>Pasientens behandling er avsluttet; bare oppfølgingstimer kan bestilles.</translation>
    </message>
    <message>
        <source>Choose a start and an end time; the end must come after the start.</source>
        <translation>Velg et start- og et sluttidspunkt; slutten må komme etter starten.</translation>
    </message>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours.</source>
        <translation>En time varer fra %1 minutter til %2 timer.</translation>
    </message>
    <message>
        <source>Appointments start and end on whole five minutes.</source>
        <translation>Timer starter og slutter på hele fem minutter.</translation>
    </message>
    <message>
        <source>%1 at %2 has already passed. Choose a time that is still ahead.</source>
        <extracomment>%1 is a date, %2 a time of day.</extracomment>
        <translation>%1 kl. %2 er allerede passert. Velg et tidspunkt som ligger foran.</translation>
    </message>
    <message>
        <source>The chosen room was not found.</source>
        <translation>Det valgte rommet ble ikke funnet.</translation>
    </message>
    <message>
        <source>The room “%1” is no longer in use.</source>
        <translation>Rommet «%1» er ikke lenger i bruk.</translation>
    </message>
    <message>
        <source>%1 does not work on %2.</source>
        <extracomment>%1 is a clinician, %2 a weekday and date.</extracomment>
        <translation>%1 jobber ikke på %2.</translation>
    </message>
    <message>
        <source>%1 works %2 on %3; %4 is outside those hours.</source>
        <extracomment>%1 is a clinician, %2 their working hours (&quot;08:00–11:30, 12:00–15:30&quot;), %3 a weekday and date, %4 the requested time.</extracomment>
        <translation>%1 jobber %2 på %3; %4 er utenfor de tidene.</translation>
    </message>
    <message>
        <source>%1 already has an appointment on %2, %3.</source>
        <extracomment>%1 is a clinician, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>%1 har allerede en time %2, %3.</translation>
    </message>
    <message>
        <source>The room “%1” is already booked on %2, %3.</source>
        <extracomment>%1 is a room, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>Rommet «%1» er allerede bestilt %2, %3.</translation>
    </message>
    <message>
        <source>The patient already has an appointment on %1, %2.</source>
        <extracomment>%1 is a date, %2 a time range such as 10:00–10:45.</extracomment>
        <translation>Pasienten har allerede en time %1, %2.</translation>
    </message>
</context>
<context>
    <name>CalendarPainter</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday date</comment>
        <extracomment>Calendar column heading: weekday and day.month, e.g. &quot;Monday 2.3.&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <extracomment>Shown instead of the patient on an appointment of a patient whose record is closed to you.</extracomment>
        <translation>(ikke vist)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <extracomment>%1 is a room&apos;s name.</extracomment>
        <translation>Rom: %1</translation>
    </message>
</context>
<context>
    <name>CalendarQuery</name>
    <message>
        <source>Choose a period of at most two months.</source>
        <translation>Velg en periode på høyst to måneder.</translation>
    </message>
    <message numerus="yes">
        <source>Show at most %n calendars side by side.</source>
        <translation>
            <numerusform>Vis høyst %n kalender ved siden av hverandre.</numerusform>
            <numerusform>Vis høyst %n kalendere ved siden av hverandre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Write why the appointment is cancelled.</source>
        <translation>Skriv hvorfor timen avlyses.</translation>
    </message>
    <message numerus="yes">
        <source>The reason can have at most %n characters.</source>
        <translation>
            <numerusform>Begrunnelsen kan ha høyst %n tegn.</numerusform>
            <numerusform>Begrunnelsen kan ha høyst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen ble ikke funnet.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be cancelled; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Bare en bestilt time kan avlyses; denne er merket «%1».</translation>
    </message>
</context>
<context>
    <name>Caseloads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Velg fra 1 til 52 uker.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Within the standard</source>
        <extracomment>Legend of the bars inside the standard&apos;s range of sessions</extracomment>
        <translation>Innenfor standarden</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the database file, its schema version, the key file and the audit anchor.</source>
        <translation>Sjekker databasefilen, skjemaversjonen, nøkkelfilen og ankeret for tilgangsloggen.</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Klinikk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic is damaged. Restore the database and its key file from the latest backup that passes this check.</source>
        <translation>Klinikken er skadet. Gjenopprett databasen og nøkkelfilen fra den siste sikkerhetskopien som består denne sjekken.</translation>
    </message>
    <message>
        <source>The clinic is healthy.</source>
        <translation>Klinikken er i orden.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <source>The database %1 is missing changes that had been saved: its audit trail no longer matches row %2, which the key file %3 recorded. The database or its write-ahead log %4 is damaged, or an older copy of the database was put in its place. Stop working in it and restore the database and its key file from the latest backup.</source>
        <translation>Databasen %1 mangler endringer som var lagret: tilgangsloggen stemmer ikke lenger med rad %2, som nøkkelfilen %3 registrerte. Databasen eller loggen %4 (write-ahead log) er skadet, eller en eldre kopi av databasen er satt inn i stedet. Slutt å arbeide i den, og gjenopprett databasen og nøkkelfilen fra den siste sikkerhetskopien.</translation>
    </message>
    <message>
        <source>There is no clinic database at %1.</source>
        <translation>Det finnes ingen klinikkdatabase i %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange mislykkede innlogginger. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange mislykkede innlogginger. Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file does not belong to this database.</source>
        <translation>Nøkkelfilen hører ikke til denne databasen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
</context>
<context>
    <name>ClinicCommand</name>
    <message>
        <source>The clinic&apos;s database file (its key file lies beside it).</source>
        <translation>Klinikkens databasefil (nøkkelfilen ligger ved siden av).</translation>
    </message>
    <message>
        <source>Your user name.</source>
        <translation>Brukernavnet ditt.</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Les passordet ditt fra første linje i standard inn.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>passordet ditt</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Det finnes ingen databasefil i %1.</translation>
    </message>
</context>
<context>
    <name>ClinicFactory</name>
    <message>
        <source>The clinic needs a name.</source>
        <translation>Klinikken trenger et navn.</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>Administratoren trenger et brukernavn.</translation>
    </message>
    <message>
        <source>The unit leader needs a user name of their own.</source>
        <translation>Enhetslederen trenger et eget brukernavn.</translation>
    </message>
    <message>
        <source>A clinic already exists at %1; it was left untouched.</source>
        <translation>Det finnes allerede en klinikk i %1; den ble ikke rørt.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>This setting is kept by Forløp itself.</source>
        <translation>Denne innstillingen styres av Forløp selv.</translation>
    </message>
    <message>
        <source>The value is not valid for this setting.</source>
        <translation>Verdien er ikke gyldig for denne innstillingen.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Automatisk låsing må være mellom 1 og 60 minutter.</translation>
    </message>
</context>
<context>
    <name>ClinicTime</name>
    <message>
        <source>%1 %2 – %3 %4</source>
        <extracomment>A time range over midnight: start date and time, end date and time.</extracomment>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday name and a date, e.g. &quot;Monday 02.03.2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
</context>
<context>
    <name>ClinicalCipher</name>
    <message>
        <source>Your session holds no key to clinical content.</source>
        <translation>Økten din har ingen nøkkel til klinisk innhold.</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted; it may be damaged.</source>
        <translation>Et klinisk felt kunne ikke dekrypteres; det kan være skadet.</translation>
    </message>
</context>
<context>
    <name>ClinicalKeyRotation</name>
    <message>
        <source>Your session holds no clinical key.</source>
        <translation>Økten din har ingen klinisk nøkkel.</translation>
    </message>
    <message>
        <source>The clinical key was not replaced; nothing changed. %1</source>
        <translation>Den kliniske nøkkelen ble ikke byttet; ingenting ble endret. %1</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted.</source>
        <translation>Et klinisk felt kunne ikke dekrypteres.</translation>
    </message>
</context>
<context>
    <name>ClinicalNotes</name>
    <message>
        <source>The note was not found.</source>
        <translation>Journalnotatet ble ikke funnet.</translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n characters.</source>
        <translation>
            <numerusform>Et journalnotat kan ha høyst %n tegn.</numerusform>
            <numerusform>Et journalnotat kan ha høyst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is signed and cannot be changed. Add a signed addendum instead.</source>
        <translation>Journalnotatet er signert og kan ikke endres. Legg til et signert tillegg i stedet.</translation>
    </message>
    <message>
        <source>Only the author can change or sign a draft.</source>
        <translation>Bare forfatteren kan endre eller signere et utkast.</translation>
    </message>
    <message>
        <source>Register the referral before writing notes.</source>
        <translation>Registrer henvisningen før du skriver journalnotater.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Den timen tilhører en annen pasient.</translation>
    </message>
    <message>
        <source>An addendum is added to a signed note; a draft can still be edited.</source>
        <translation>Et tillegg legges til et signert journalnotat; et utkast kan fortsatt redigeres.</translation>
    </message>
    <message>
        <source>Add the addendum to the original note, not to another addendum.</source>
        <translation>Legg tillegget til det opprinnelige journalnotatet, ikke til et annet tillegg.</translation>
    </message>
    <message>
        <source>The note was deleted after a deletion request.</source>
        <translation>Journalnotatet ble slettet etter en anmodning om sletting.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Bekreft passordet ditt for å signere.</translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation>Et tomt journalnotat kan ikke signeres.</translation>
    </message>
    <message>
        <source>A draft is visible to its author only until it is signed.</source>
        <translation>Et utkast er bare synlig for forfatteren til det er signert.</translation>
    </message>
</context>
<context>
    <name>ClinicianCaseload</name>
    <message numerus="yes">
        <source>A page of the caseload holds 1 to %n patients.</source>
        <translation>
            <numerusform>En side i pasientlisten har 1 til %n pasient.</numerusform>
            <numerusform>En side i pasientlisten har 1 til %n pasienter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianLoads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Velg fra 1 til 52 uker.</translation>
    </message>
</context>
<context>
    <name>Clinicians</name>
    <message>
        <source>Choose an active clinician.</source>
        <translation>Velg en aktiv behandler.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1: </source>
        <extracomment>Terminal prompt; %1 is what to type, such as &quot;your password&quot;</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Standard input ended before line %1 (%2).</source>
        <extracomment>%2 is what the line should hold, such as &quot;your password&quot;</extracomment>
        <translation>Standard inn sluttet før linje %1 (%2).</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for help.</source>
        <translation>Kjør &quot;%1 %2 --help&quot; for hjelp.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukjent valg: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>The command line could not be read: %1</source>
        <translation>Kommandolinjen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation>Mangler argument: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>Missing option: %1</source>
        <translation>Mangler valg: %1</translation>
    </message>
    <message>
        <source>The option %1 was given more than once.</source>
        <translation>Valget %1 ble gitt mer enn én gang.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukjent kommando: %1</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Advarsel: kjernedumper kunne ikke slås av.
</translation>
    </message>
    <message>
        <source>forlop-admin stopped after an internal error.
</source>
        <translation>forlop-admin stoppet etter en intern feil.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>a field is longer than %n characters.</source>
        <translation>
            <numerusform>et felt er lengre enn %n tegn.</numerusform>
            <numerusform>et felt er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>teksten er ikke gyldig UTF-8.</translation>
    </message>
    <message>
        <source>a line ends with a lone carriage return.</source>
        <translation>en linje slutter med en enslig vognretur.</translation>
    </message>
    <message>
        <source>a quote inside a field; put the whole field in quotes and double the quote.</source>
        <translation>et anførselstegn inne i et felt; sett hele feltet i anførselstegn og doble anførselstegnet.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>tekst etter det avsluttende anførselstegnet i et felt.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>et felt i anførselstegn blir aldri lukket.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Det finnes allerede en fil i %1.</translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong length.</source>
        <translation>Intern feil: databasenøkkelen har feil lengde.</translation>
    </message>
    <message>
        <source>SQLCipher 4 is not active in this program; refusing to open the database unencrypted.</source>
        <translation>SQLCipher 4 er ikke aktiv i dette programmet; nekter å åpne databasen ukryptert.</translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation>Databasen kunne ikke låses opp med nøkkelen.</translation>
    </message>
    <message>
        <source>Temporary storage could not be kept in memory; refusing to continue.</source>
        <translation>Midlertidig lagring kunne ikke holdes i minnet; nekter å fortsette.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>Databasen kunne ikke bytte til write-ahead logging.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeyRotation</name>
    <message>
        <source>The database key could not be replaced; the clinic still opens with the old key. %1</source>
        <translation>Databasenøkkelen kunne ikke byttes; klinikken åpnes fortsatt med den gamle nøkkelen. %1</translation>
    </message>
    <message>
        <source>The new copy failed its integrity check.</source>
        <translation>Den nye kopien besto ikke integritetssjekken.</translation>
    </message>
    <message>
        <source>The new copy does not match the database.</source>
        <translation>Den nye kopien stemmer ikke med databasen.</translation>
    </message>
    <message>
        <source>The new database file could not be moved into place; the clinic still opens with the old key.</source>
        <translation>Den nye databasefilen kunne ikke flyttes på plass; klinikken åpnes fortsatt med den gamle nøkkelen.</translation>
    </message>
    <message>
        <source>The database is open in another Forløp window or program. Close it there, then try again; the key was not replaced.</source>
        <translation>Databasen er åpen i et annet Forløp-vindu eller program. Lukk den der, og prøv igjen; nøkkelen ble ikke byttet.</translation>
    </message>
</context>
<context>
    <name>DemoCalendar</name>
    <message>
        <source>Room %1</source>
        <translation>Rom %1</translation>
    </message>
</context>
<context>
    <name>DemoClinicGenerator</name>
    <message>
        <source>The demo clinic could not be made (%1): %2</source>
        <extracomment>%1 says what the demo was doing, %2 is the error</extracomment>
        <translation>Demoklinikken kunne ikke lages (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>A demo clinic has between 0 and %n patients.</source>
        <translation>
            <numerusform>En demoklinikk har mellom 0 og %n pasient.</numerusform>
            <numerusform>En demoklinikk har mellom 0 og %n pasienter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a demo clinic full of synthetic patients, with users admin, leder, sekretar, psykolog1, psykolog2, … all with the password &quot;demo&quot;.</source>
        <translation>Lager en demoklinikk full av syntetiske pasienter, med brukerne admin, leder, sekretar, psykolog1, psykolog2, … alle med passordet &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Where to create the demo clinic; nothing may exist there yet.</source>
        <translation>Hvor demoklinikken skal lages; ingenting kan finnes der ennå.</translation>
    </message>
    <message>
        <source>How many synthetic patients (default %1).</source>
        <translation>Hvor mange syntetiske pasienter (standard %1).</translation>
    </message>
    <message>
        <source>The seed: the same seed (and day) gives the same clinic (default 1).</source>
        <translation>Frøet: samme frø (og dag) gir samme klinikk (standard 1).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD: every event lies before it (default: today).</source>
        <translation>Demoens dagens dato, ÅÅÅÅ-MM-DD: alle hendelser ligger før den (standard: i dag).</translation>
    </message>
    <message>
        <source>--patients needs a whole number from 0 to %1.</source>
        <translation>--patients trenger et heltall fra 0 til %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed trenger et heltall på 0 eller mer.</translation>
    </message>
    <message>
        <source>--today needs a date of the form YYYY-MM-DD.</source>
        <translation>--today trenger en dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo clinic in %1 with %n synthetic patient(s).</source>
        <translation>
            <numerusform>Lagde demoklinikken i %1 med %n syntetisk pasient.</numerusform>
            <numerusform>Lagde demoklinikken i %1 med %n syntetiske pasienter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users (password &quot;%1&quot;): %2</source>
        <translation>Brukere (passord &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>Recovery key of this demo clinic: %1</source>
        <translation>Gjenopprettingsnøkkel for denne demoklinikken: %1</translation>
    </message>
</context>
<context>
    <name>Deviations</name>
    <message>
        <source>Eligibility decision differs from the criteria</source>
        <translation>Inklusjonsbeslutningen avviker fra kriteriene</translation>
    </message>
    <message>
        <source>Treatment plan outside 16–20 sessions</source>
        <translation>Behandlingsplan utenfor 16–20 timer</translation>
    </message>
    <message>
        <source>Treatment started with the intake assessment incomplete</source>
        <translation>Behandling startet med ufullstendig innledende utredning</translation>
    </message>
    <message>
        <source>Unmet need without onward referral or reason</source>
        <translation>Udekket behov uten viderehenvisning eller begrunnelse</translation>
    </message>
    <message>
        <source>Treatment ended with fewer than 16 sessions</source>
        <translation>Behandling avsluttet med færre enn 16 timer</translation>
    </message>
    <message>
        <source>Internal error: this kind of deviation is derived, not recorded.</source>
        <translation>Intern feil: denne typen avvik utledes, den registreres ikke.</translation>
    </message>
    <message>
        <source>A departure from the national standard needs a reason.</source>
        <translation>Et avvik fra den nasjonale standarden trenger en begrunnelse.</translation>
    </message>
</context>
<context>
    <name>DutyReports</name>
    <message>
        <source>A date in the record lies in the future.</source>
        <translation>En dato i registreringen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The assessment cannot be dated before what it is about.</source>
        <translation>Vurderingen kan ikke dateres før det den gjelder.</translation>
    </message>
    <message>
        <source>The duty-to-report record was not found.</source>
        <translation>Meldepliktregistreringen ble ikke funnet.</translation>
    </message>
    <message>
        <source>Duty to inform child welfare</source>
        <translation>Opplysningsplikt til barnevernet</translation>
    </message>
    <message>
        <source>Duty to avert (Penal Code §196)</source>
        <translation>Avvergeplikt (straffeloven § 196)</translation>
    </message>
    <message>
        <source>Other duty</source>
        <translation>Annen plikt</translation>
    </message>
    <message>
        <source>When there is reason to believe a child is being or will be mistreated or seriously neglected, notify the child welfare service in the child&apos;s municipality without undue delay.</source>
        <translation>Når det er grunn til å tro at et barn blir eller vil bli mishandlet eller utsatt for alvorlig omsorgssvikt, skal barnevernstjenesten i barnets kommune varsles uten ugrunnet opphold.</translation>
    </message>
    <message>
        <source>When a serious crime, such as sexual abuse of a child, can still be averted, notify the police or the emergency services at once, or avert it in another way. Confidentiality does not apply.</source>
        <translation>Når en alvorlig forbrytelse, for eksempel seksuelle overgrep mot et barn, fortsatt kan avverges, skal politiet eller nødetatene varsles straks, eller forbrytelsen avverges på annen måte. Taushetsplikten gjelder ikke.</translation>
    </message>
    <message>
        <source>Record which duty applies, whom it requires you to notify, and by when.</source>
        <translation>Registrer hvilken plikt som gjelder, hvem den krever at du varsler, og innen når.</translation>
    </message>
    <message>
        <source>Child welfare service</source>
        <translation>Barnevernstjenesten</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Nødetatene</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Fill in “%1” before signing.</source>
        <extracomment>%1 names a field of the duty-to-report form.</extracomment>
        <translation>Fyll inn «%1» før du signerer.</translation>
    </message>
    <message>
        <source>What gave rise to the assessment</source>
        <translation>Hva som ga grunn til vurderingen</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Når det skjedde</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begrunnelse for beslutningen</translation>
    </message>
    <message>
        <source>Colleague or leader consulted</source>
        <translation>Kollega eller leder som ble konsultert</translation>
    </message>
    <message>
        <source>When they were consulted</source>
        <translation>Når de ble konsultert</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>How they were notified</source>
        <translation>Hvordan de ble varslet</translation>
    </message>
    <message>
        <source>When they were notified</source>
        <translation>Når de ble varslet</translation>
    </message>
    <message>
        <source>Whether the patient was told</source>
        <translation>Om pasienten ble informert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>The record is signed and cannot be changed; add a follow-up entry.</source>
        <translation>Registreringen er signert og kan ikke endres; legg til en oppfølgingsoppføring.</translation>
    </message>
    <message>
        <source>Only the assessing clinician can change or sign the draft.</source>
        <translation>Bare behandleren som vurderte, kan endre eller signere utkastet.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Bekreft passordet ditt for å signere.</translation>
    </message>
    <message>
        <source>The record is already signed.</source>
        <translation>Registreringen er allerede signert.</translation>
    </message>
    <message>
        <source>The colleague consulted is not a user of this clinic.</source>
        <translation>Kollegaen som ble konsultert, er ikke bruker i denne klinikken.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Skriv hva som ble gjort.</translation>
    </message>
    <message>
        <source>Sign the record before adding follow-up entries.</source>
        <translation>Signer registreringen før du legger til oppfølgingsoppføringer.</translation>
    </message>
    <message>
        <source>The follow-up of this record is already closed.</source>
        <translation>Oppfølgingen av denne registreringen er allerede avsluttet.</translation>
    </message>
    <message>
        <source>This record needs no follow-up, so there is nothing to close.</source>
        <translation>Denne registreringen trenger ingen oppfølging, så det er ingenting å avslutte.</translation>
    </message>
</context>
<context>
    <name>EligibilityAssessments</name>
    <message>
        <source>No eligibility assessment is open for this patient.</source>
        <translation>Ingen vurdering av inklusjon er åpen for denne pasienten.</translation>
    </message>
    <message>
        <source>That criterion is not part of this assessment&apos;s criteria version.</source>
        <translation>Det kriteriet er ikke en del av kriterieversjonen for denne vurderingen.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Besvar alle kriteriene før du avgjør: %n kriterium er fortsatt ubesvart.</numerusform>
            <numerusform>Besvar alle kriteriene før du avgjør: %n kriterier er fortsatt ubesvart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the rationale for the decision.</source>
        <translation>Skriv begrunnelsen for beslutningen.</translation>
    </message>
    <message>
        <source>The decision differs from what the criteria give. Write why; it is recorded as a departure from the national standard.</source>
        <translation>Beslutningen avviker fra det kriteriene gir. Skriv hvorfor; det registreres som et avvik fra den nasjonale standarden.</translation>
    </message>
    <message>
        <source>No eligibility assessment has been started for this patient.</source>
        <translation>Ingen vurdering av inklusjon er startet for denne pasienten.</translation>
    </message>
</context>
<context>
    <name>EligibilityCriteria</name>
    <message>
        <source>The criteria version was not found.</source>
        <translation>Kriterieversjonen ble ikke funnet.</translation>
    </message>
    <message>
        <source>Give the new criteria version a name.</source>
        <translation>Gi den nye kriterieversjonen et navn.</translation>
    </message>
    <message>
        <source>A new criteria version needs at least one new criterion.</source>
        <translation>En ny kriterieversjon trenger minst ett nytt kriterium.</translation>
    </message>
    <message>
        <source>A criterion code has 2 to 41 lower-case letters, digits or underscores and starts with a letter.</source>
        <translation>En kriteriekode har 2 til 41 små bokstaver, sifre eller understreker og starter med en bokstav.</translation>
    </message>
    <message>
        <source>The criterion code %1 is used twice.</source>
        <translation>Kriteriekoden %1 er brukt to ganger.</translation>
    </message>
    <message>
        <source>Every criterion needs a text.</source>
        <translation>Hvert kriterium trenger en tekst.</translation>
    </message>
    <message>
        <source>Aged 18 or over.</source>
        <translation>Fylt 18 år.</translation>
    </message>
    <message>
        <source>Sexual interest in children and/or at risk of committing sexual abuse against children (including online offending such as abuse material).</source>
        <translation>Seksuell interesse for barn og/eller risiko for å begå seksuelle overgrep mot barn (inkludert nettbaserte lovbrudd som overgrepsmateriale).</translation>
    </message>
    <message>
        <source>Seeks help.</source>
        <translation>Søker hjelp.</translation>
    </message>
    <message>
        <source>Currently under investigation for a sexual offence (earlier convictions do not exclude).</source>
        <translation>Er nå under etterforskning for et seksuallovbrudd (tidligere dommer utelukker ikke).</translation>
    </message>
    <message>
        <source>Has needs that must be met elsewhere first.</source>
        <translation>Har behov som må dekkes et annet sted først.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Uklart</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inkluder</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ekskluder</translation>
    </message>
</context>
<context>
    <name>EndOfTreatment</name>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Droppet ut</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Viderehenvist</translation>
    </message>
    <message>
        <source>Excluded during treatment</source>
        <translation>Ekskludert under behandling</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Døde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>The end date must be a date that is not in the future.</source>
        <translation>Sluttdatoen må være en dato som ikke er i fremtiden.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the end of treatment.</source>
        <translation>Oppfølgingsdatoen kan ikke være før avslutningen av behandlingen.</translation>
    </message>
    <message>
        <source>Only a treatment that has started can be completed. Choose another reason for ending.</source>
        <translation>Bare en behandling som har startet, kan fullføres. Velg en annen grunn for avslutning.</translation>
    </message>
    <message>
        <source>Record the onward referral before ending the treatment as referred onward.</source>
        <translation>Registrer viderehenvisningen før du avslutter behandlingen som viderehenvist.</translation>
    </message>
    <message>
        <source>The treatment has not ended.</source>
        <translation>Behandlingen er ikke avsluttet.</translation>
    </message>
    <message>
        <source>The follow-up needs a start date that is not in the future.</source>
        <translation>Oppfølgingen trenger en startdato som ikke er i fremtiden.</translation>
    </message>
    <message>
        <source>Follow-up starts after the end of treatment.</source>
        <translation>Oppfølgingen starter etter avslutningen av behandlingen.</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Velg en mappe å eksportere til.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a new folder to export to.</source>
        <translation>%1 er en fil. Velg en ny mappe å eksportere til.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no earlier export is mixed with this one.</source>
        <translation>Mappen %1 er ikke tom. Velg en ny eller tom mappe, slik at ingen tidligere eksport blandes med denne.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Kan ikke skrive i %1: %2</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>Eksporten var allerede ferdig.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Kan ikke skrive %1 til disken.</translation>
    </message>
    <message>
        <source>Cannot write the export to disk.</source>
        <translation>Kan ikke skrive eksporten til disken.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty.</source>
        <translation>Mappen %1 er ikke lenger tom.</translation>
    </message>
    <message>
        <source>Cannot create %1: something appeared there during the export.</source>
        <translation>Kan ikke opprette %1: noe dukket opp der under eksporten.</translation>
    </message>
</context>
<context>
    <name>ExportRegistryCommand</name>
    <message>
        <source>Writes the registry export for KvaSO (patients who have consented) into a new folder (unit leaders with access to clinical records).</source>
        <translation>Skriver registereksporten til KvaSO (pasienter som har samtykket) til en ny mappe (enhetsledere med tilgang til journaler).</translation>
    </message>
    <message>
        <source>The folder to create for the export. It must not exist yet, or be empty; it appears only once the export is complete. The format is described in docs/registry-export/.</source>
        <translation>Mappen som skal opprettes for eksporten. Den må ikke finnes ennå, eller være tom; den dukker opp først når eksporten er ferdig. Formatet er beskrevet i docs/registry-export/.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) to %1 (format version %2).</source>
        <translation>
            <numerusform>Eksporterte %n pasient til %1 (formatversjon %2).</numerusform>
            <numerusform>Eksporterte %n pasienter til %1 (formatversjon %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n rad</numerusform>
            <numerusform>  %1: %n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStatsCommand</name>
    <message>
        <source>Writes the clinic&apos;s national statistics for a period as one JSON file: aggregated figures only, small numbers suppressed (unit leaders with access to clinical records).</source>
        <translation>Skriver klinikkens nasjonale statistikk for en periode som én JSON-fil: bare aggregerte tall, små tall skjules (enhetsledere med tilgang til journaler).</translation>
    </message>
    <message>
        <source>The JSON file to write; an existing file is replaced only once the new one is complete. The format is described in docs/national-statistics/.</source>
        <translation>JSON-filen som skal skrives; en eksisterende fil erstattes først når den nye er ferdig. Formatet er beskrevet i docs/national-statistics/.</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD.</source>
        <translation>Første dag i perioden, som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The last day of the period (included), as YYYY-MM-DD.</source>
        <translation>Siste dag i perioden (inkludert), som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD, such as 2026-01-01; &quot;%1&quot; is not one.</source>
        <translation>--from trenger en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-01-01; &quot;%1&quot; er ikke det.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, such as 2026-12-31; &quot;%1&quot; is not one.</source>
        <translation>--to trenger en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-12-31; &quot;%1&quot; er ikke det.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2): the period would be empty.</source>
        <translation>--from (%1) er etter --to (%2): perioden ville vært tom.</translation>
    </message>
    <message>
        <source>Wrote the national statistics for %1 to %2.</source>
        <translation>Skrev den nasjonale statistikken for %1 til %2.</translation>
    </message>
</context>
<context>
    <name>FidelityReports</name>
    <message>
        <source>Not allocated</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>FreeSlotSearch</name>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours, in whole five minutes.</source>
        <translation>En time varer fra %1 minutter til %2 timer, i hele fem minutter.</translation>
    </message>
    <message>
        <source>Search from 1 to %1 days ahead for 1 to %2 free times.</source>
        <translation>Søk fra 1 til %1 dager frem i tid etter 1 til %2 ledige tider.</translation>
    </message>
    <message>
        <source>A preferred weekday is not valid.</source>
        <translation>En foretrukket ukedag er ikke gyldig.</translation>
    </message>
    <message>
        <source>The preferred times are too short for the appointment.</source>
        <translation>De foretrukne tidene er for korte for timen.</translation>
    </message>
    <message>
        <source>No rooms are in use. Add a room, or search without one.</source>
        <translation>Ingen rom er i bruk. Legg til et rom, eller søk uten rom.</translation>
    </message>
</context>
<context>
    <name>GrantClinicalCommand</name>
    <message>
        <source>Gives a clinician or unit leader the key to clinical records (done by a unit leader who holds it).</source>
        <translation>Gir en behandler eller enhetsleder nøkkelen til journaler (gjøres av en enhetsleder som har den).</translation>
    </message>
    <message>
        <source>The clinician or unit leader to give access.</source>
        <translation>Behandleren eller enhetslederen som skal få tilgang.</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 har nå tilgang til journaler.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… og %n problem til.</numerusform>
            <numerusform>… og %n problemer til.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok (integrity check and encryption check passed)</source>
        <translation>ok (integritetssjekk og krypteringssjekk bestått)</translation>
    </message>
    <message>
        <source>The database is at schema version %1, but this program expects %2.</source>
        <translation>Databasen har skjemaversjon %1, men dette programmet forventer %2.</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>versjon %1 (gjeldende)</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has keys of the wrong size.</source>
        <translation>Oppføringen for gjenopprettingsnøkkelen i nøkkelfilen har nøkler med feil størrelse.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has keys of the wrong size.</source>
        <translation>Oppføringen i nøkkelfilen for bruker %1 har nøkler med feil størrelse.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has invalid key-derivation settings.</source>
        <translation>Oppføringen for gjenopprettingsnøkkelen i nøkkelfilen har ugyldige innstillinger for nøkkelavledning.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has invalid key-derivation settings.</source>
        <translation>Oppføringen i nøkkelfilen for bruker %1 har ugyldige innstillinger for nøkkelavledning.</translation>
    </message>
    <message>
        <source>The key file belongs to another clinic.</source>
        <translation>Nøkkelfilen tilhører en annen klinikk.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records has the wrong size.</source>
        <translation>Nøkkelfilens offentlige nøkkel for journaler har feil størrelse.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records does not belong to the clinical key.</source>
        <translation>Nøkkelfilens offentlige nøkkel for journaler hører ikke til den kliniske nøkkelen.</translation>
    </message>
    <message>
        <source>The key file has no complete entry for the recovery key.</source>
        <translation>Nøkkelfilen har ingen fullstendig oppføring for gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Active user %1 has no entry in the key file and cannot sign in.</source>
        <translation>Den aktive brukeren %1 har ingen oppføring i nøkkelfilen og kan ikke logge inn.</translation>
    </message>
    <message>
        <source>The key file has two entries for %1.</source>
        <translation>Nøkkelfilen har to oppføringer for %1.</translation>
    </message>
    <message>
        <source>The key file has an entry for %1, who is not an active user.</source>
        <translation>Nøkkelfilen har en oppføring for %1, som ikke er en aktiv bruker.</translation>
    </message>
    <message numerus="yes">
        <source>ok (%n entries)</source>
        <translation>
            <numerusform>ok (%n oppføring)</numerusform>
            <numerusform>ok (%n oppføringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file records audit row %1, but the audit log ends at row %2: rows have been removed.</source>
        <translation>Nøkkelfilen registrerer loggrad %1, men tilgangsloggen slutter på rad %2: rader er fjernet.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Loggrad %1 stemmer ikke med ankeret i nøkkelfilen.</translation>
    </message>
    <message>
        <source>ok (row %1; the log has %2 rows)</source>
        <translation>ok (rad %1; loggen har %2 rader)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Nøkkelfil</translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation>Loggens anker</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <extracomment>Placeholder in a usage line for the optional options</extracomment>
        <translation>[VALG]</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Bruk: %1 KOMMANDO ARGUMENTER [VALG]
Kjør &quot;%1 --help&quot; for listen over kommandoer.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>vellykket</translation>
    </message>
    <message>
        <source>the operation failed (the reason is printed on standard error)</source>
        <translation>operasjonen mislyktes (årsaken skrives på standard feil)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, or a missing argument or input line</source>
        <translation>bruksfeil: ukjent kommando eller valg, eller et manglende argument eller en manglende inndatalinje</translation>
    </message>
    <message>
        <source>authentication failed: wrong user name or password</source>
        <translation>autentisering mislyktes: feil brukernavn eller passord</translation>
    </message>
    <message>
        <source>the file is damaged or is not a Forløp database</source>
        <translation>filen er skadet eller er ikke en Forløp-database</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
       %1 COMMAND --help
       %1 --version</source>
        <translation>Bruk: %1 KOMMANDO ARGUMENTER [VALG]
       %1 KOMMANDO --help
       %1 --version</translation>
    </message>
    <message>
        <source>Administers a Forløp clinic database from the command line.</source>
        <translation>Administrerer en Forløp-klinikkdatabase fra kommandolinjen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Commands that open a clinic take the form
  %1 COMMAND DB --user USER --password-stdin [OPTIONS]
and read your password from the first line of standard input; further lines hold any other
passwords the command needs. Passwords are never given as arguments.</source>
        <translation>Kommandoer som åpner en klinikk, har formen
  %1 KOMMANDO DB --user BRUKER --password-stdin [VALG]
og leser passordet ditt fra første linje i standard inn; flere linjer inneholder andre
passord som kommandoen trenger. Passord gis aldri som argumenter.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>A line of standard input in the help&apos;s table; %1 is its number</extracomment>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>Standard input:</source>
        <translation>Standard inn:</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>Navnet er lengre enn %n tegn.</numerusform>
            <numerusform>Navnet er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Et telefonnummer kan inneholde sifre, mellomrom, bindestreker, parenteser og en innledende +.</translation>
    </message>
    <message numerus="yes">
        <source>A text field is longer than %n characters.</source>
        <translation>
            <numerusform>Et tekstfelt er lengre enn %n tegn.</numerusform>
            <numerusform>Et tekstfelt er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth does not match the national ID number.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsnummeret.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>Fødselsdatoen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The birth year does not match the date of birth.</source>
        <translation>Fødselsåret stemmer ikke med fødselsdatoen.</translation>
    </message>
    <message>
        <source>The date or year of birth is not plausible.</source>
        <translation>Fødselsdatoen eller fødselsåret er ikke sannsynlig.</translation>
    </message>
</context>
<context>
    <name>ImportReferralsCommand</name>
    <message>
        <source>Imports referrals from a CSV file (secretaries and unit leaders): every row is checked, and either all are imported or none.</source>
        <translation>Importerer henvisninger fra en CSV-fil (sekretærer og enhetsledere): hver rad kontrolleres, og enten importeres alle eller ingen.</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row naming the columns: received and channel are required; urgency, national_id, birth_year, name, phone and reason are optional (see docs/referral-import.md).</source>
        <translation>UTF-8, kommaseparert, med en overskriftsrad som navngir kolonnene: received og channel er påkrevd; urgency, national_id, birth_year, name, phone og reason er valgfrie (se docs/referral-import.md).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>one bad row of the file: %1 line number, %2 what is wrong
----------
%1 line of the file, %2 the new patient&apos;s pseudonym</extracomment>
        <translation>linje %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n referral(s).</source>
        <translation>
            <numerusform>Importerte %n henvisning.</numerusform>
            <numerusform>Importerte %n henvisninger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Creates a new clinic with its first administrator and, optionally, its first unit leader.</source>
        <translation>Oppretter en ny klinikk med sin første administrator og, om ønskelig, sin første enhetsleder.</translation>
    </message>
    <message>
        <source>Where to create the clinic&apos;s database file; its key file is written beside it. Nothing may exist there yet.</source>
        <translation>Hvor klinikkens databasefil skal opprettes; nøkkelfilen skrives ved siden av. Ingenting kan finnes der ennå.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name.</source>
        <translation>Klinikkens navn.</translation>
    </message>
    <message>
        <source>Where the clinic is (town or hospital).</source>
        <translation>Hvor klinikken er (sted eller sykehus).</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Brukernavnet til den første administratoren.</translation>
    </message>
    <message>
        <source>Read the passwords from standard input, one per line.</source>
        <translation>Les passordene fra standard inn, ett per linje.</translation>
    </message>
    <message>
        <source>User name of the first unit leader, who holds the key to clinical records from the start. Without one, only the recovery key holds it.</source>
        <translation>Brukernavnet til den første enhetslederen, som har nøkkelen til journaler fra starten. Uten en slik har bare gjenopprettingsnøkkelen den.</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>passordet til administratoren</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password (only with --leader)</source>
        <translation>passordet til enhetslederen (bare med --leader)</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password</source>
        <translation>passordet til enhetslederen</translation>
    </message>
    <message>
        <source>Created the clinic &quot;%1&quot; in %2.</source>
        <translation>Opprettet klinikken «%1» i %2.</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>Unit leader (holds the key to clinical records): %1</source>
        <translation>Enhetsleder (har nøkkelen til journaler): %1</translation>
    </message>
    <message>
        <source>No unit leader yet: the key to clinical records is held only by the recovery key, until a unit leader is granted it with the recovery key.</source>
        <translation>Ingen enhetsleder ennå: nøkkelen til journaler finnes bare hos gjenopprettingsnøkkelen, til en enhetsleder får den tildelt med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once):</source>
        <translation>GJENOPPRETTINGSNØKKEL (vises bare denne ene gangen):</translation>
    </message>
    <message>
        <source>Print this key or write it down now, and keep it locked away, apart from this computer. It restores access when every administrator and unit leader has forgotten their password, and anyone who holds it can open the clinic&apos;s records. It cannot be shown again.</source>
        <translation>Skriv ut denne nøkkelen eller skriv den ned nå, og oppbevar den innelåst, atskilt fra denne datamaskinen. Den gjenoppretter tilgangen når alle administratorer og enhetsledere har glemt passordet sitt, og alle som har den, kan åpne klinikkens journaler. Den kan ikke vises igjen.</translation>
    </message>
</context>
<context>
    <name>InstrumentCatalogue</name>
    <message>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>Avslutning av behandling</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>The instrument catalogue version was not found.</source>
        <translation>Versjonen av instrumentkatalogen ble ikke funnet.</translation>
    </message>
    <message>
        <source>A catalogue needs a name and at least one instrument.</source>
        <translation>En katalog trenger et navn og minst ett instrument.</translation>
    </message>
    <message>
        <source>Every instrument needs its own code of lower-case letters, digits or underscores.</source>
        <translation>Hvert instrument trenger sin egen kode av små bokstaver, sifre eller understreker.</translation>
    </message>
    <message>
        <source>Every instrument needs a name and at least one timepoint.</source>
        <translation>Hvert instrument trenger et navn og minst ett tidspunkt.</translation>
    </message>
    <message>
        <source>Every score field needs its own code, a label and a range whose minimum is not above its maximum.</source>
        <translation>Hvert skårfelt trenger sin egen kode, en etikett og et område der minimum ikke er over maksimum.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Your entry in the key file is damaged. Ask an administrator to reset your password.</source>
        <translation>Oppføringen din i nøkkelfilen er skadet. Be en administrator tilbakestille passordet ditt.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The key file %1 is damaged. Restore it from the latest backup, together with its database.</source>
        <translation>Nøkkelfilen %1 er skadet. Gjenopprett den fra den siste sikkerhetskopien, sammen med databasen.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must lie beside the database; restore it from the latest backup.</source>
        <translation>Nøkkelfilen %1 mangler. Den må ligge ved siden av databasen; gjenopprett den fra den siste sikkerhetskopien.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Nøkkelfilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Forløp.</source>
        <translation>Nøkkelfilen %1 ble skrevet av en nyere versjon av Forløp.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Nøkkelfilen %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>The key file %1 could not be saved; the previous version is kept. Is the disk full?</source>
        <translation>Nøkkelfilen %1 kunne ikke lagres; den forrige versjonen er beholdt. Er disken full?</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Letter</source>
        <extracomment>The title stored in the letter&apos;s PDF or print job. Keep it discreet: it may show in a print queue.</extracomment>
        <translation>Brev</translation>
    </message>
</context>
<context>
    <name>Modalities</name>
    <message>
        <source>In person</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>A national ID number has exactly 11 digits.</source>
        <translation>Et fødselsnummer har nøyaktig 11 sifre.</translation>
    </message>
    <message>
        <source>The national ID number does not start with a valid date of birth (DDMMYY).</source>
        <translation>Fødselsnummeret starter ikke med en gyldig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>The national ID number has wrong check digits; check for a typing error.</source>
        <translation>Fødselsnummeret har feil kontrollsifre; se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>This is a synthetic test number; it is accepted only in demo and test clinics.</source>
        <translation>Dette er et syntetisk testnummer; det godtas bare i demo- og testklinikker.</translation>
    </message>
</context>
<context>
    <name>NationalStatistics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>NoteDeletionRequests</name>
    <message>
        <source>Write why the note should be deleted.</source>
        <translation>Skriv hvorfor journalnotatet skal slettes.</translation>
    </message>
    <message>
        <source>The note was not found.</source>
        <translation>Journalnotatet ble ikke funnet.</translation>
    </message>
    <message>
        <source>A draft is not part of the journal yet; its author can discard it.</source>
        <translation>Et utkast er ikke en del av journalen ennå; forfatteren kan forkaste det.</translation>
    </message>
    <message>
        <source>The note has already been deleted.</source>
        <translation>Journalnotatet er allerede slettet.</translation>
    </message>
    <message>
        <source>Request deletion of the original note; its addenda go with it.</source>
        <translation>Be om sletting av det opprinnelige journalnotatet; tilleggene følger med.</translation>
    </message>
    <message>
        <source>A deletion request for this note is already waiting for a decision.</source>
        <translation>En anmodning om sletting av dette journalnotatet venter allerede på avgjørelse.</translation>
    </message>
    <message>
        <source>The deletion request was not found.</source>
        <translation>Anmodningen om sletting ble ikke funnet.</translation>
    </message>
    <message>
        <source>The request has already been decided.</source>
        <translation>Anmodningen er allerede avgjort.</translation>
    </message>
    <message>
        <source>Write the grounds for the decision.</source>
        <translation>Skriv begrunnelsen for avgjørelsen.</translation>
    </message>
    <message>
        <source>The conditions of helsepersonelloven §43 are not met: deletion must be unobjectionable, allowed by the Archives Act, and the content either incorrect or misleading, or obviously not needed for health care.</source>
        <translation>Vilkårene i helsepersonelloven § 43 er ikke oppfylt: slettingen må være ubetenkelig, tillatt etter arkivloven, og innholdet enten uriktig eller misvisende, eller åpenbart ikke nødvendig for helsehjelpen.</translation>
    </message>
    <message>
        <source>When a patient&apos;s demand is refused, the patient must be told that the refusal can be appealed to the county governor.</source>
        <translation>Når en pasients krav avslås, må pasienten få vite at avslaget kan klages inn for statsforvalteren.</translation>
    </message>
</context>
<context>
    <name>OnwardReferrals</name>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Mental health service</source>
        <translation>Psykisk helsevern</translation>
    </message>
    <message>
        <source>Substance-abuse treatment</source>
        <translation>Rusbehandling</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Barnevernet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <source>Declined by the recipient</source>
        <translation>Avslått av mottakeren</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>An onward referral needs a date that is not in the future.</source>
        <translation>En viderehenvisning trenger en dato som ikke er i fremtiden.</translation>
    </message>
    <message>
        <source>Write why the patient is referred onward.</source>
        <translation>Skriv hvorfor pasienten viderehenvises.</translation>
    </message>
    <message>
        <source>Choose where the patient is referred onward, or write why there is no onward referral.</source>
        <translation>Velg hvor pasienten viderehenvises, eller skriv hvorfor det ikke er noen viderehenvisning.</translation>
    </message>
    <message>
        <source>Register the referral before referring the patient onward.</source>
        <translation>Registrer henvisningen før du viderehenviser pasienten.</translation>
    </message>
    <message>
        <source>The onward referral was not found.</source>
        <translation>Viderehenvisningen ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>OverrideReasons</name>
    <message>
        <source>Reading the reasons needs access to clinical records.</source>
        <translation>Å lese begrunnelsene krever tilgang til journaler.</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Pasientjournal</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Finn pasient</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Innkallingsbrev</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Log review</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Pasientlister</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Tildeling</translation>
    </message>
    <message>
        <source>Fidelity to the standard</source>
        <translation>Etterlevelse av standarden</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>Nøkkelfilen inneholder ugyldige innstillinger for nøkkelavledning.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation>Ikke nok minne til å kontrollere passordet. Lukk andre programmer og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>Passordet kan ikke være tomt.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Passordet må ha minst %n tegn.</numerusform>
            <numerusform>Passordet må ha minst %n tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak: use at least %n characters, for example a few unrelated words.</source>
        <translation>
            <numerusform>Svakt: bruk minst %n tegn, for eksempel noen ord som ikke henger sammen.</numerusform>
            <numerusform>Svakt: bruk minst %n tegn, for eksempel noen ord som ikke henger sammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fair: a longer password is much harder to guess.</source>
        <translation>Middels: et lengre passord er mye vanskeligere å gjette.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Godt.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterkt.</translation>
    </message>
</context>
<context>
    <name>PatientAccess</name>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>You are blocked from this patient&apos;s record.</source>
        <translation>Du er sperret fra journalen til denne pasienten.</translation>
    </message>
    <message>
        <source>This patient is not allocated to you. Use emergency access with a reason if you need to open the record.</source>
        <translation>Denne pasienten er ikke tildelt deg. Bruk nødtilgang med en begrunnelse hvis du må åpne journalen.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need access, in at least %n characters. The patient can read this reason.</source>
        <translation>
            <numerusform>Skriv hvorfor du trenger tilgang, med minst %n tegn. Pasienten kan lese denne begrunnelsen.</numerusform>
            <numerusform>Skriv hvorfor du trenger tilgang, med minst %n tegn. Pasienten kan lese denne begrunnelsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a unit leader or the patient&apos;s own clinician can block staff from a record.</source>
        <translation>Bare en enhetsleder eller pasientens egen behandler kan sperre ansatte fra en journal.</translation>
    </message>
    <message>
        <source>That emergency access was not found or is already reviewed.</source>
        <translation>Den nødtilgangen ble ikke funnet eller er allerede gjennomgått.</translation>
    </message>
</context>
<context>
    <name>PatientAppointments</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>PatientLogExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>period from date to date</comment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Ingen oppføringer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>clinic, site</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Access log for patient %1</source>
        <translation>Tilgangslogg for pasient %1</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Klinikk:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Pasient:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Skrevet ut:</translation>
    </message>
    <message>
        <source>Everyone at the clinic who opened or changed your record, when, in which role and on what basis. An emergency access also shows the reason the person gave. The list holds no content of the record itself.</source>
        <translation>Alle ved klinikken som åpnet eller endret journalen din, når, i hvilken rolle og på hvilket grunnlag. En nødtilgang viser også begrunnelsen personen ga. Listen inneholder ikke noe av innholdet i selve journalen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Nobody has opened the record in this period.</source>
        <translation>Ingen har åpnet journalen i denne perioden.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikke lages.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>Another patient record already has this national ID number. Search for it instead of registering the person twice.</source>
        <translation>En annen pasientjournal har allerede dette fødselsnummeret. Søk etter den i stedet for å registrere personen to ganger.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>An excluded patient is not allocated to a clinician.</source>
        <translation>En ekskludert pasient tildeles ikke en behandler.</translation>
    </message>
    <message>
        <source>Patients can only be allocated to an active clinician.</source>
        <translation>Pasienter kan bare tildeles en aktiv behandler.</translation>
    </message>
    <message>
        <source>This referral has been allocated by someone else in the meantime. The list now shows where things stand.</source>
        <translation>Denne henvisningen er blitt tildelt av noen andre i mellomtiden. Listen viser nå hvordan det står.</translation>
    </message>
</context>
<context>
    <name>PatientSearch</name>
    <message numerus="yes">
        <source>Ask for between 1 and %n patients at a time.</source>
        <translation>
            <numerusform>Be om mellom 1 og %n pasient om gangen.</numerusform>
            <numerusform>Be om mellom 1 og %n pasienter om gangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search for at most %n characters.</source>
        <translation>
            <numerusform>Søk etter høyst %n tegn.</numerusform>
            <numerusform>Søk etter høyst %n tegn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientStates</name>
    <message>
        <source>Enquiry</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>Vurdering av inklusjon</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ekskludert</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>Behandling avsluttet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>A patient in the state “%1” cannot move to “%2”. Nothing was changed.</source>
        <extracomment>%1 and %2 are pathway states, e.g. &quot;Waiting list&quot; and &quot;In treatment&quot;.</extracomment>
        <translation>En pasient i tilstanden «%1» kan ikke gå til «%2». Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>PatientTimeline</name>
    <message>
        <source>Registered: %1</source>
        <extracomment>%1 is a pathway state such as &quot;Waiting list&quot;.</extracomment>
        <translation>Registrert: %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Flyttet til %1</translation>
    </message>
    <message>
        <source>Urgent referral registered (%1)</source>
        <extracomment>%1 is a referral channel such as &quot;GP&quot;</extracomment>
        <translation>Hastehenvisning registrert (%1)</translation>
    </message>
    <message>
        <source>Referral registered (%1)</source>
        <translation>Henvisning registrert (%1)</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Tildelt en behandler</translation>
    </message>
    <message>
        <source>First appointment offered</source>
        <translation>Første time tilbudt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 kind of session, %2 attendance, e.g. &quot;Treatment session: Attended&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eligibility assessment started</source>
        <translation>Vurdering av inklusjon startet</translation>
    </message>
    <message>
        <source>Eligibility decided: included</source>
        <translation>Inklusjon avgjort: inkludert</translation>
    </message>
    <message>
        <source>Eligibility decided: excluded</source>
        <translation>Inklusjon avgjort: ekskludert</translation>
    </message>
    <message>
        <source>Referred onward to %1</source>
        <extracomment>%1 is a recipient such as &quot;GP&quot;</extracomment>
        <translation>Viderehenvist til %1</translation>
    </message>
    <message>
        <source>Unmet need recorded</source>
        <translation>Udekket behov registrert</translation>
    </message>
    <message>
        <source>Assessment package started</source>
        <translation>Utredningspakke startet</translation>
    </message>
    <message>
        <source>%1 completed (%2)</source>
        <extracomment>%1 instrument name, %2 timepoint such as &quot;Intake&quot;</extracomment>
        <translation>%1 fullført (%2)</translation>
    </message>
    <message>
        <source>%1 declined (%2)</source>
        <translation>%1 avslått (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Treatment plan of %n session(s)</source>
        <translation>
            <numerusform>Behandlingsplan på %n time</numerusform>
            <numerusform>Behandlingsplan på %n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Treatment plan changed to %n session(s)</source>
        <translation>
            <numerusform>Behandlingsplan endret til %n time</numerusform>
            <numerusform>Behandlingsplan endret til %n timer</numerusform>
        </translation>
    </message>
    <message>
        <source>Addendum signed</source>
        <translation>Tillegg signert</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Journalnotat signert</translation>
    </message>
    <message>
        <source>Addendum signed (deleted after a request)</source>
        <translation>Tillegg signert (slettet etter en anmodning)</translation>
    </message>
    <message>
        <source>Note signed (deleted after a request)</source>
        <translation>Journalnotat signert (slettet etter en anmodning)</translation>
    </message>
    <message>
        <source>Deletion of a note requested</source>
        <translation>Sletting av et journalnotat anmodet</translation>
    </message>
    <message>
        <source>Deletion request approved</source>
        <translation>Anmodning om sletting godkjent</translation>
    </message>
    <message>
        <source>Deletion request refused</source>
        <translation>Anmodning om sletting avslått</translation>
    </message>
    <message>
        <source>Duty assessed and signed: %1</source>
        <extracomment>%1 names the duty, e.g. &quot;Duty to inform child welfare&quot;</extracomment>
        <translation>Meldeplikt vurdert og signert: %1</translation>
    </message>
    <message>
        <source>Duty follow-up closed</source>
        <translation>Oppfølging av meldeplikt avsluttet</translation>
    </message>
    <message>
        <source>Duty follow-up recorded</source>
        <translation>Oppfølging av meldeplikt registrert</translation>
    </message>
    <message>
        <source>Departure from the standard: %1</source>
        <extracomment>%1 names the departure, e.g. &quot;Treatment plan outside 16–20 sessions&quot;</extracomment>
        <translation>Avvik fra standarden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Treatment ended: %1 after %n attended session(s)</source>
        <extracomment>%1 end reason such as &quot;Completed&quot;; %n attended sessions</extracomment>
        <translation>
            <numerusform>Behandling avsluttet: %1 etter %n gjennomført time</numerusform>
            <numerusform>Behandling avsluttet: %1 etter %n gjennomførte timer</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging startet</translation>
    </message>
</context>
<context>
    <name>PatientWrite</name>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>This cannot be done while the patient is in the state “%1”. Nothing was changed.</source>
        <extracomment>%1 is a pathway state such as &quot;Waiting list&quot;.</extracomment>
        <translation>Dette kan ikke gjøres mens pasienten er i tilstanden «%1». Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Whole clinic</source>
        <translation>Hele klinikken</translation>
    </message>
    <message>
        <source>Waiting times and referrals</source>
        <translation>Ventetider og henvisninger</translation>
    </message>
    <message>
        <source>How long referrals waited for their first appointment, and where referrals came from.</source>
        <translation>Hvor lenge henvisninger ventet på første time, og hvor henvisningene kom fra.</translation>
    </message>
    <message>
        <source>Waiting time from referral to first appointment</source>
        <translation>Ventetid fra henvisning til første time</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>First appointments</source>
        <translation>Første timer</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (dager)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. persentil (dager)</translation>
    </message>
    <message>
        <source>Referrals whose first appointment was offered in the period; days from the referral&apos;s arrival to the day of the first appointment offered.</source>
        <translation>Henvisninger der første time ble tilbudt i perioden; dager fra henvisningen kom inn til dagen for første tilbudte time.</translation>
    </message>
    <message>
        <source>Waiting time by month</source>
        <translation>Ventetid per måned</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>By the month of the first appointment offered.</source>
        <translation>Etter måneden for første tilbudte time.</translation>
    </message>
    <message>
        <source>Referrals by channel</source>
        <translation>Henvisninger etter kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Referrals received in the period.</source>
        <translation>Henvisninger mottatt i perioden.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Referrals by urgency</source>
        <translation>Henvisninger etter hastegrad</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Utredningspakke</translation>
    </message>
    <message>
        <source>How much of the assessment package was completed at each timepoint.</source>
        <translation>Hvor mye av utredningspakken som ble fullført ved hvert tidspunkt.</translation>
    </message>
    <message>
        <source>Completion by timepoint</source>
        <translation>Fullføring etter tidspunkt</translation>
    </message>
    <message>
        <source>Timepoint</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <source>Patients complete</source>
        <translation>Pasienter fullført</translation>
    </message>
    <message>
        <source>Instruments due</source>
        <translation>Instrumenter som skal fylles ut</translation>
    </message>
    <message>
        <source>Instruments completed</source>
        <translation>Instrumenter fullført</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Patients with outstanding instruments</source>
        <translation>Pasienter med utestående instrumenter</translation>
    </message>
    <message>
        <source>Intake: packages started in the period. End: treatments ended in the period. Follow-up: follow-ups started in the period. Declined instruments have a recorded reason and are not counted as completed.</source>
        <translation>Inntak: pakker startet i perioden. Avslutning: behandlinger avsluttet i perioden. Oppfølging: oppfølginger startet i perioden. Avslåtte instrumenter har en registrert grunn og telles ikke som fullført.</translation>
    </message>
    <message>
        <source>%1: completed</source>
        <extracomment>Column of instruments completed at a timepoint (%1: Intake, End of treatment, Follow-up)</extracomment>
        <translation>%1: fullført</translation>
    </message>
    <message>
        <source>Completion by clinician</source>
        <translation>Fullføring etter behandler</translation>
    </message>
    <message>
        <source>Share of due instruments completed, by the patient&apos;s clinician.</source>
        <translation>Andel av instrumentene som skulle fylles ut som ble fullført, etter pasientens behandler.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Whether every criterion was answered, and decisions that depart from what the criteria give.</source>
        <translation>Om alle kriteriene ble besvart, og beslutninger som avviker fra det kriteriene gir.</translation>
    </message>
    <message>
        <source>Eligibility assessments by assessor</source>
        <translation>Vurderinger av inklusjon etter vurderer</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderer</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Every criterion answered</source>
        <translation>Alle kriterier besvart</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Andel besvart</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ekskludert</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overstyringer</translation>
    </message>
    <message>
        <source>Assessments decided in the period, and those begun in it and still open. An override is a decision other than the one the answers give.</source>
        <translation>Vurderinger avgjort i perioden, og de som ble påbegynt i den og fortsatt er åpne. En overstyring er en annen beslutning enn den svarene gir.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Avgjort den</translation>
    </message>
    <message>
        <source>The criteria gave</source>
        <translation>Kriteriene ga</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Overrides of the criteria</source>
        <translation>Overstyringer av kriteriene</translation>
    </message>
    <message>
        <source>The reasons are clinical content.</source>
        <translation>Begrunnelsene er klinisk innhold.</translation>
    </message>
    <message>
        <source>Open a row to read the assessor&apos;s reason.</source>
        <translation>Åpne en rad for å lese vurdererens begrunnelse.</translation>
    </message>
    <message>
        <source>(withheld: you are blocked from this record)</source>
        <translation>(holdt tilbake: du er sperret fra denne journalen)</translation>
    </message>
    <message>
        <source>Treatment length</source>
        <translation>Behandlingslengde</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the standard&apos;s %1–%2 sessions.</source>
        <translation>Gjennomførte behandlingstimer sammenlignet med standardens %1–%2 timer.</translation>
    </message>
    <message>
        <source>Attended sessions of ended treatments</source>
        <translation>Gjennomførte timer i avsluttede behandlinger</translation>
    </message>
    <message>
        <source>Attended sessions</source>
        <translation>Gjennomførte timer</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Avsluttede behandlinger</translation>
    </message>
    <message>
        <source>Treatments that started and ended in the period.</source>
        <translation>Behandlinger som startet og ble avsluttet i perioden.</translation>
    </message>
    <message>
        <source>The standard: %1–%2 sessions</source>
        <translation>Standarden: %1–%2 timer</translation>
    </message>
    <message>
        <source>Ended treatments against the standard</source>
        <translation>Avsluttede behandlinger sammenlignet med standarden</translation>
    </message>
    <message>
        <source>Fewer than %1</source>
        <translation>Færre enn %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Flere enn %1</translation>
    </message>
    <message>
        <source>Ended treatments by clinician</source>
        <translation>Avsluttede behandlinger etter behandler</translation>
    </message>
    <message>
        <source>Within the standard</source>
        <translation>Innenfor standarden</translation>
    </message>
    <message>
        <source>Why treatments ended</source>
        <translation>Hvorfor behandlinger ble avsluttet</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Avslutningsgrunn</translation>
    </message>
    <message>
        <source>Treatment plans outside %1–%2 sessions</source>
        <translation>Behandlingsplaner utenfor %1–%2 timer</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Utenfor</translation>
    </message>
    <message>
        <source>Plans made or changed in the period, by the planned number of sessions.</source>
        <translation>Planer laget eller endret i perioden, etter planlagt antall timer.</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Viderehenvisning</translation>
    </message>
    <message>
        <source>Needs the service does not cover, and how they were followed up.</source>
        <translation>Behov tjenesten ikke dekker, og hvordan de ble fulgt opp.</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Udekkede behov</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Behov funnet</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Viderehenvist</translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation>Begrunnelse registrert</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ingen av delene</translation>
    </message>
    <message>
        <source>Needs found in the period. &quot;Neither&quot; departs from the standard: no onward referral and no recorded reason.</source>
        <translation>Behov funnet i perioden. «Ingen av delene» avviker fra standarden: ingen viderehenvisning og ingen registrert begrunnelse.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage (%1 is the number, already formatted)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fidelity to the national standard</source>
        <translation>Etterlevelse av nasjonale faglige råd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Report subtitle: %1 the clinic, %2 the period</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportPdf</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>Under a report&apos;s title: when and by whom it was made</extracomment>
        <translation>Laget %1 %2 av %3</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikke lages.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>You are waiting for access to clinical records. A unit leader must grant it first.</source>
        <translation>Du venter på tilgang til journaler. En enhetsleder må gi den først.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Rollen din tillater ikke dette.</translation>
    </message>
</context>
<context>
    <name>RecordPageCatalog</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Timer og journalnotater</translation>
    </message>
    <message>
        <source>Duty to report</source>
        <translation>Meldeplikt</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Utredningspakke</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Viderehenvisning</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>Avslutning av behandling</translation>
    </message>
</context>
<context>
    <name>RecurringSeries</name>
    <message>
        <source>Choose the time of the first session.</source>
        <translation>Velg tidspunktet for den første timen.</translation>
    </message>
    <message numerus="yes">
        <source>A series has from 1 to %n sessions.</source>
        <translation>
            <numerusform>En serie har fra 1 til %n time.</numerusform>
            <numerusform>En serie har fra 1 til %n timer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions of a series are from 1 to %n weeks apart.</source>
        <translation>
            <numerusform>Timene i en serie har fra 1 til %n ukes mellomrom.</numerusform>
            <numerusform>Timene i en serie har fra 1 til %n ukers mellomrom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 of %2 cannot be booked. %3</source>
        <extracomment>%1 and %2 count the sessions of a series; %3 is the reason, a whole sentence.</extracomment>
        <translation>Time %1 av %2 kan ikke bestilles. %3</translation>
    </message>
    <message>
        <source>The series was not found.</source>
        <translation>Serien ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>ReferralCodes</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Self-referral (letter or in person)</source>
        <translation>Egenhenvisning (brev eller oppmøte)</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Other specialist health service</source>
        <translation>Annen spesialisthelsetjeneste</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Barnevernet</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <source>Correctional service</source>
        <translation>Kriminalomsorgen</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ReferralImport</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n rad kan ikke importeres; ingenting ble importert.</numerusform>
            <numerusform>%n rader kan ikke importeres; ingenting ble importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was imported.</source>
        <translation>Filen kan ikke importeres; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file is not valid CSV; nothing was imported.</source>
        <translation>Filen er ikke gyldig CSV; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Filen er tom; første linje må navngi kolonnene.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <extracomment>%1 a column name from the file, %2 the list of known columns</extracomment>
        <translation>Ukjent kolonne «%1»; kolonnene er: %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>Kolonnen «%1» forekommer to ganger.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>Den påkrevde kolonnen «%1» mangler.</translation>
    </message>
    <message>
        <source>The file has a header but no referrals.</source>
        <translation>Filen har en overskrift, men ingen henvisninger.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>Raden har %1 felt; overskriften navngir %2.</translation>
    </message>
    <message>
        <source>The same national ID number is on line %1.</source>
        <translation>Det samme fødselsnummeret står på linje %1.</translation>
    </message>
    <message>
        <source>A patient with this national ID number is already registered.</source>
        <translation>En pasient med dette fødselsnummeret er allerede registrert.</translation>
    </message>
    <message>
        <source>“received” is empty; write the date as YYYY-MM-DD.</source>
        <translation>«received» er tom; skriv datoen som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“received” is not a date of the form YYYY-MM-DD.</source>
        <translation>«received» er ikke en dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“channel” is empty.</source>
        <translation>«channel» er tom.</translation>
    </message>
    <message>
        <source>“channel” must be one of: %1.</source>
        <extracomment>%1 lists the allowed values</extracomment>
        <translation>«channel» må være én av: %1.</translation>
    </message>
    <message>
        <source>“urgency” must be normal or urgent.</source>
        <translation>«urgency» må være normal eller urgent.</translation>
    </message>
    <message>
        <source>“birth_year” must be a year of four digits.</source>
        <translation>«birth_year» må være et årstall med fire sifre.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten ble ikke funnet.</translation>
    </message>
    <message>
        <source>This patient has no referral yet.</source>
        <translation>Denne pasienten har ingen henvisning ennå.</translation>
    </message>
    <message>
        <source>The referral needs the date it was received.</source>
        <translation>Henvisningen trenger datoen den ble mottatt.</translation>
    </message>
    <message>
        <source>The date received lies in the future.</source>
        <translation>Mottaksdatoen ligger i fremtiden.</translation>
    </message>
    <message numerus="yes">
        <source>The referrer&apos;s organisation is longer than %n characters.</source>
        <translation>
            <numerusform>Henviserens organisasjon er lengre enn %n tegn.</numerusform>
            <numerusform>Henviserens organisasjon er lengre enn %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person was under 18 when referred; the service is for adults.</source>
        <translation>Personen var under 18 år da henvisningen kom; tjenesten er for voksne.</translation>
    </message>
    <message>
        <source>An import creates new records only.</source>
        <translation>En import oppretter bare nye journaler.</translation>
    </message>
    <message>
        <source>The person was under 18 when referred. Exclude the referral with an onward referral instead of placing it on the waiting list.</source>
        <translation>Personen var under 18 år da henvisningen kom. Ekskluder henvisningen med en viderehenvisning i stedet for å sette den på ventelisten.</translation>
    </message>
    <message>
        <source>Only a person known to be under 18 is excluded straight from the referral; others go through the eligibility assessment.</source>
        <translation>Bare en person som er kjent å være under 18 år, ekskluderes direkte fra henvisningen; andre går gjennom vurderingen av inklusjon.</translation>
    </message>
    <message>
        <source>The offered appointment needs a date.</source>
        <translation>Den tilbudte timen trenger en dato.</translation>
    </message>
    <message>
        <source>The first appointment cannot be before the referral was received.</source>
        <translation>Den første timen kan ikke være før henvisningen ble mottatt.</translation>
    </message>
</context>
<context>
    <name>RegistryConsent</name>
    <message>
        <source>Informed about the registry</source>
        <translation>Informert om registeret</translation>
    </message>
    <message>
        <source>Consented to the registry</source>
        <translation>Samtykket til registeret</translation>
    </message>
    <message>
        <source>Declined the registry</source>
        <translation>Avslo registeret</translation>
    </message>
    <message>
        <source>Withdrew registry consent</source>
        <translation>Trakk tilbake registersamtykket</translation>
    </message>
    <message>
        <source>The registry status needs a date that is not in the future.</source>
        <translation>Registerstatusen trenger en dato som ikke er i fremtiden.</translation>
    </message>
    <message>
        <source>Register the referral before recording registry consent.</source>
        <translation>Registrer henvisningen før du registrerer registersamtykke.</translation>
    </message>
    <message>
        <source>The patient has withdrawn registry consent. A withdrawal is final: the patient stays out of every later export.</source>
        <translation>Pasienten har trukket tilbake registersamtykket. En tilbaketrekking er endelig: pasienten holdes utenfor alle senere eksporter.</translation>
    </message>
    <message>
        <source>Record that the patient was informed about the registry first.</source>
        <translation>Registrer først at pasienten ble informert om registeret.</translation>
    </message>
    <message>
        <source>Only a patient who has consented can withdraw consent.</source>
        <translation>Bare en pasient som har samtykket, kan trekke tilbake samtykket.</translation>
    </message>
    <message>
        <source>The date is earlier than the patient&apos;s last registry event.</source>
        <translation>Datoen er tidligere enn pasientens siste registerhendelse.</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>The export did not match its own format, so it was not written. This is a fault in Forløp; please report it.</source>
        <translation>Eksporten stemte ikke med sitt eget format, så den ble ikke skrevet. Dette er en feil i Forløp; vennligst rapporter den.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>CSV line: when and by whom a report was made</extracomment>
        <translation>Laget %1 %2 av %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>CSV line naming a table: section – table</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportPatients</name>
    <message numerus="yes">
        <source>Ask for at most %n patients at a time.</source>
        <translation>
            <numerusform>Be om høyst %n pasient om gangen.</numerusform>
            <numerusform>Be om høyst %n pasienter om gangen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Choose a valid first and last day for the period.</source>
        <translation>Velg en gyldig første og siste dag for perioden.</translation>
    </message>
    <message>
        <source>The period&apos;s first day must not be after its last day.</source>
        <translation>Periodens første dag kan ikke være etter den siste.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Velg en periode på høyst ti år.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A report&apos;s period: first day–last day</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restores a backup to a new database file, then checks it as the check command does.</source>
        <translation>Gjenoppretter en sikkerhetskopi til en ny databasefil, og kontrollerer den deretter slik check-kommandoen gjør.</translation>
    </message>
    <message>
        <source>The backup&apos;s folder (or the database file inside it).</source>
        <translation>Sikkerhetskopiens mappe (eller databasefilen i den).</translation>
    </message>
    <message>
        <source>Where to put the restored database; its key file is written beside it. An existing database is only replaced with --replace.</source>
        <translation>Hvor den gjenopprettede databasen skal legges; nøkkelfilen skrives ved siden av. En eksisterende database erstattes bare med --replace.</translation>
    </message>
    <message>
        <source>Your user name (with --password-stdin).</source>
        <translation>Brukernavnet ditt (med --password-stdin).</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Les passordet ditt fra første linje i standard inn.</translation>
    </message>
    <message>
        <source>Read the clinic&apos;s recovery key from the first line of standard input, instead of a user name and password.</source>
        <translation>Les klinikkens gjenopprettingsnøkkel fra første linje i standard inn, i stedet for et brukernavn og passord.</translation>
    </message>
    <message>
        <source>Replace a database that already exists at NEW-DB. It is kept beside the restored one as NEW-DB.replaced-TIME, and it must not be open in Forløp.</source>
        <translation>Erstatt en database som allerede finnes i NEW-DB. Den beholdes ved siden av den gjenopprettede som NEW-DB.replaced-TIME, og den må ikke være åpen i Forløp.</translation>
    </message>
    <message>
        <source>your password, or the recovery key with --recovery-key-stdin</source>
        <translation>passordet ditt, eller gjenopprettingsnøkkelen med --recovery-key-stdin</translation>
    </message>
    <message>
        <source>Give either --user USER --password-stdin or --recovery-key-stdin.</source>
        <translation>Oppgi enten --user USER --password-stdin eller --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Missing option: --user USER</source>
        <translation>Mangler valg: --user USER</translation>
    </message>
    <message>
        <source>--user is not used with --recovery-key-stdin.</source>
        <translation>--user brukes ikke med --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>passordet ditt</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>Gjenopprettet %1 til %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>The restored clinic did not pass the check. Try an older backup.</source>
        <translation>Den gjenopprettede klinikken besto ikke kontrollen. Prøv en eldre sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The restored clinic is healthy.</source>
        <translation>Den gjenopprettede klinikken er i orden.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Enhetsleder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source>Give the room a name.</source>
        <translation>Gi rommet et navn.</translation>
    </message>
    <message numerus="yes">
        <source>A room name can have at most %n characters.</source>
        <translation>
            <numerusform>Et romnavn kan ha høyst %n tegn.</numerusform>
            <numerusform>Et romnavn kan ha høyst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a room named “%1”.</source>
        <translation>Det finnes allerede et rom som heter «%1».</translation>
    </message>
    <message>
        <source>The room was not found.</source>
        <translation>Rommet ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The benchmark clinic could not be built (%1): %2</source>
        <translation>Ytelsestestklinikken kunne ikke bygges (%1): %2</translation>
    </message>
    <message>
        <source>A benchmark clinic needs at least one patient and one clinician.</source>
        <translation>En ytelsestestklinikk trenger minst én pasient og én behandler.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer version of Forløp (schema %1; this program knows up to %2). Install the newer version; the file was not changed.</source>
        <translation>Denne databasen ble skrevet av en nyere versjon av Forløp (skjema %1; dette programmet kjenner til og med %2). Installer den nyere versjonen; filen ble ikke endret.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed a consistency check; nothing was changed.</source>
        <translation>Oppgraderingen av databasen til skjema %1 besto ikke en konsistenssjekk; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>Eligibility assessment</source>
        <translation>Vurdering av inklusjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Behandlingstime</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Avlyst av pasienten</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Ikke møtt</translation>
    </message>
    <message>
        <source>The session needs a start time.</source>
        <translation>Timen trenger et starttidspunkt.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and 480 minutes.</source>
        <translation>En time varer mellom 1 og 480 minutter.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for a session that has begun.</source>
        <translation>Oppmøte kan bare registreres for en time som har begynt.</translation>
    </message>
    <message>
        <source>A session of the kind “%1” does not fit a patient in the state “%2”.</source>
        <extracomment>%1 a kind of session, %2 a pathway state</extracomment>
        <translation>En time av typen «%1» passer ikke for en pasient i tilstanden «%2».</translation>
    </message>
    <message>
        <source>The patient is not allocated to a clinician; say who held the session.</source>
        <translation>Pasienten er ikke tildelt en behandler; oppgi hvem som hadde timen.</translation>
    </message>
    <message>
        <source>Sessions are held by a clinician.</source>
        <translation>Timer holdes av en behandler.</translation>
    </message>
    <message>
        <source>The session was not found.</source>
        <translation>Timen ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Your key is missing from the key file; nothing was signed.</source>
        <translation>Nøkkelen din mangler i nøkkelfilen; ingenting ble signert.</translation>
    </message>
    <message>
        <source>The password is not right; nothing was signed.</source>
        <translation>Passordet er ikke riktig; ingenting ble signert.</translation>
    </message>
</context>
<context>
    <name>StandardInput</name>
    <message>
        <source>Line %1 of standard input is longer than %2 bytes.</source>
        <translation>Linje %1 i standard inn er lengre enn %2 byte.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Counts patients by state, referrals, appointments, sessions, signed notes and duty-to-report records (unit leaders and administrators). No patient is named.</source>
        <translation>Teller pasienter etter tilstand, henvisninger, avtaler, timer, signerte journalnotater og meldepliktregistreringer (enhetsledere og administratorer). Ingen pasient navngis.</translation>
    </message>
    <message>
        <source>Write the counts as JSON, for scripts.</source>
        <translation>Skriv tallene som JSON, for skript.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Urgent referrals</source>
        <translation>Hastehenvisninger</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Importerte henvisninger</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Signed notes</source>
        <translation>Signerte journalnotater</translation>
    </message>
    <message>
        <source>Signed addenda</source>
        <translation>Signerte tillegg</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Usignerte utkast</translation>
    </message>
    <message>
        <source>Duty-to-report records</source>
        <translation>Meldepliktregistreringer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølginger</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Viderehenvisninger</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Avsluttede behandlinger</translation>
    </message>
    <message>
        <source>Departures from the national standard</source>
        <translation>Avvik fra den nasjonale standarden</translation>
    </message>
    <message>
        <source>Registry consent given</source>
        <translation>Registersamtykke gitt</translation>
    </message>
    <message>
        <source>Registry consent withdrawn</source>
        <translation>Registersamtykke trukket</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive brukere</translation>
    </message>
</context>
<context>
    <name>ThemeCatalogue</name>
    <message>
        <source>The theme catalogue version was not found.</source>
        <translation>Versjonen av temakatalogen ble ikke funnet.</translation>
    </message>
    <message>
        <source>A theme catalogue needs a name and at least one theme.</source>
        <translation>En temakatalog trenger et navn og minst ett tema.</translation>
    </message>
    <message>
        <source>Every theme needs its own code of lower-case letters, digits or underscores, and a title.</source>
        <translation>Hvert tema trenger sin egen kode av små bokstaver, sifre eller understreker, og en tittel.</translation>
    </message>
    <message>
        <source>Motivation and goals</source>
        <translation>Motivasjon og mål</translation>
    </message>
    <message>
        <source>Sexuality and sexual interest</source>
        <translation>Seksualitet og seksuell interesse</translation>
    </message>
    <message>
        <source>Emotions and self-regulation</source>
        <translation>Følelser og selvregulering</translation>
    </message>
    <message>
        <source>Relationships, intimacy and loneliness</source>
        <translation>Relasjoner, nærhet og ensomhet</translation>
    </message>
    <message>
        <source>Thoughts that permit abuse</source>
        <translation>Tanker som tillater overgrep</translation>
    </message>
    <message>
        <source>Risk situations and coping</source>
        <translation>Risikosituasjoner og mestring</translation>
    </message>
    <message>
        <source>A good life: plans and values</source>
        <translation>Et godt liv: planer og verdier</translation>
    </message>
    <message>
        <source>Personal prevention plan</source>
        <translation>Personlig forebyggingsplan</translation>
    </message>
    <message>
        <source>Ending and follow-up</source>
        <translation>Avslutning og oppfølging</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Internal error: the transaction has already ended.</source>
        <translation>Intern feil: transaksjonen er allerede avsluttet.</translation>
    </message>
</context>
<context>
    <name>TreatmentPlans</name>
    <message numerus="yes">
        <source>A plan has between 1 and %n sessions.</source>
        <translation>
            <numerusform>En plan har mellom 1 og %n time.</numerusform>
            <numerusform>En plan har mellom 1 og %n timer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The national advice is 16 to 20 sessions. Write why this plan has %n; it is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>Det nasjonale rådet er 16 til 20 timer. Skriv hvorfor denne planen har %n; det registreres som et avvik fra standarden.</numerusform>
            <numerusform>Det nasjonale rådet er 16 til 20 timer. Skriv hvorfor denne planen har %n; det registreres som et avvik fra standarden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Themes can only be planned for sessions 1 to %n.</source>
        <translation>
            <numerusform>Temaer kan bare planlegges for time 1 til %n.</numerusform>
            <numerusform>Temaer kan bare planlegges for time 1 til %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A theme is not part of this plan&apos;s theme catalogue.</source>
        <translation>Et tema er ikke en del av temakatalogen for denne planen.</translation>
    </message>
    <message>
        <source>This patient has no treatment plan yet.</source>
        <translation>Denne pasienten har ingen behandlingsplan ennå.</translation>
    </message>
    <message>
        <source>Treatment cannot start before the patient is identified: record the name and national ID number first.</source>
        <translation>Behandlingen kan ikke starte før pasienten er identifisert: registrer navn og fødselsnummer først.</translation>
    </message>
    <message>
        <source>Make the treatment plan before treatment starts.</source>
        <translation>Lag behandlingsplanen før behandlingen starter.</translation>
    </message>
    <message numerus="yes">
        <source>%n intake instrument(s) are neither completed nor declined. Complete the assessment package, or write why treatment starts without it; that is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>%n inntaksinstrument er verken fullført eller avslått. Fullfør utredningspakken, eller skriv hvorfor behandlingen starter uten den; det registreres som et avvik fra standarden.</numerusform>
            <numerusform>%n inntaksinstrumenter er verken fullført eller avslått. Fullfør utredningspakken, eller skriv hvorfor behandlingen starter uten den; det registreres som et avvik fra standarden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmetNeeds</name>
    <message>
        <source>The unmet need was not found.</source>
        <translation>Det udekkede behovet ble ikke funnet.</translation>
    </message>
    <message>
        <source>The need needs the date it was found, not in the future.</source>
        <translation>Behovet trenger datoen det ble funnet, ikke i fremtiden.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Beskriv behovet.</translation>
    </message>
    <message>
        <source>The need has already been followed up.</source>
        <translation>Behovet er allerede fulgt opp.</translation>
    </message>
    <message>
        <source>That onward referral belongs to another patient.</source>
        <translation>Den viderehenvisningen tilhører en annen pasient.</translation>
    </message>
    <message>
        <source>Write why there is no onward referral.</source>
        <translation>Skriv hvorfor det ikke er noen viderehenvisning.</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <source>Creates a user account with one or more roles (administrators only).</source>
        <translation>Oppretter en brukerkonto med én eller flere roller (bare administratorer).</translation>
    </message>
    <message>
        <source>The new user&apos;s sign-in name.</source>
        <translation>Den nye brukerens innloggingsnavn.</translation>
    </message>
    <message>
        <source>The new user&apos;s roles, separated by commas: secretary, clinician, unit_leader, administrator.</source>
        <extracomment>Keep the role identifiers (secretary, …) untranslated: they are typed as shown</extracomment>
        <translation>Den nye brukerens roller, atskilt med komma: secretary, clinician, unit_leader, administrator.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name, as shown to colleagues and in a patient&apos;s access log.</source>
        <translation>Den nye brukerens fulle navn, slik det vises for kolleger og i en pasients tilgangslogg.</translation>
    </message>
    <message>
        <source>psychologist or psychiatrist; required for the clinician role.</source>
        <extracomment>Keep psychologist and psychiatrist untranslated: they are typed as shown</extracomment>
        <translation>psychologist eller psychiatrist; påkrevd for behandlerrollen.</translation>
    </message>
    <message>
        <source>The new user&apos;s HPR number (health personnel register).</source>
        <translation>Den nye brukerens HPR-nummer (helsepersonellregisteret).</translation>
    </message>
    <message>
        <source>the new user&apos;s initial password</source>
        <translation>det første passordet til den nye brukeren</translation>
    </message>
    <message>
        <source>Unknown role in &quot;%1&quot;. The roles are secretary, clinician, unit_leader and administrator, separated by commas.</source>
        <extracomment>%1 is what was typed after --role; keep the role identifiers untranslated</extracomment>
        <translation>Ukjent rolle i &quot;%1&quot;. Rollene er secretary, clinician, unit_leader og administrator, atskilt med komma.</translation>
    </message>
    <message>
        <source>Unknown profession &quot;%1&quot;. The professions are psychologist and psychiatrist.</source>
        <extracomment>%1 is what was typed after --profession; keep psychologist and psychiatrist untranslated</extracomment>
        <translation>Ukjent yrke &quot;%1&quot;. Yrkene er psychologist og psychiatrist.</translation>
    </message>
    <message>
        <source>Created the user %1 (%2).</source>
        <translation>Opprettet brukeren %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is waiting for access to clinical records until a unit leader grants it (forlop-admin grant-clinical).</source>
        <translation>%1 venter på tilgang til journaler til en enhetsleder gir den (forlop-admin grant-clinical).</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>A user name has 2 to 40 letters (a–z), digits, dots, dashes or underscores.</source>
        <translation>Et brukernavn har 2 til 40 bokstaver (a–z), sifre, punktum, bindestreker eller understreker.</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>Det finnes ingen aktiv bruker som heter %1.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>En bruker trenger minst én rolle.</translation>
    </message>
    <message>
        <source>A clinician must be a psychologist or a psychiatrist.</source>
        <translation>En behandler må være psykolog eller psykiater.</translation>
    </message>
    <message>
        <source>The user name %1 is taken (users are never deleted).</source>
        <translation>Brukernavnet %1 er opptatt (brukere slettes aldri).</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan ikke deaktivere din egen konto.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Den siste aktive administratoren kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Oppføringen din i nøkkelfilen mangler.</translation>
    </message>
    <message>
        <source>Your session holds no clinical key to grant.</source>
        <translation>Økten din har ingen klinisk nøkkel å gi.</translation>
    </message>
    <message>
        <source>Only clinicians and unit leaders can be given access to clinical records.</source>
        <translation>Bare behandlere og enhetsledere kan få tilgang til journaler.</translation>
    </message>
    <message>
        <source>The user has no entry in the key file.</source>
        <translation>Brukeren har ingen oppføring i nøkkelfilen.</translation>
    </message>
</context>
<context>
    <name>UserDeactivateCommand</name>
    <message>
        <source>Deactivates a user account and changes the database key, so the user&apos;s old key opens nothing (administrators only). Users are never deleted.</source>
        <translation>Deaktiverer en brukerkonto og bytter databasenøkkelen, slik at brukerens gamle nøkkel ikke åpner noe (bare administratorer). Brukere slettes aldri.</translation>
    </message>
    <message>
        <source>The user to deactivate.</source>
        <translation>Brukeren som skal deaktiveres.</translation>
    </message>
    <message>
        <source>Deactivated %1. The database key has been changed; the other users sign in as before.</source>
        <translation>Deaktiverte %1. Databasenøkkelen er byttet; de andre brukerne logger inn som før.</translation>
    </message>
</context>
<context>
    <name>UserListCommand</name>
    <message>
        <source>Lists every user account: roles, whether it is active, and its access to clinical records.</source>
        <translation>Lister alle brukerkontoer: roller, om kontoen er aktiv, og tilgangen til journaler.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinical access</source>
        <translation>Klinisk tilgang</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Clinical access column of user-list: the user holds the clinical key</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>waiting</source>
        <extracomment>Clinical access column of user-list: a clinician or unit leader not yet granted the clinical key</extracomment>
        <translation>venter</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Clinical access column of user-list: the role has no clinical access</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>UserPasswdCommand</name>
    <message>
        <source>Changes your own password.</source>
        <translation>Endrer ditt eget passord.</translation>
    </message>
    <message>
        <source>your new password</source>
        <translation>det nye passordet ditt</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Passordet ditt er endret.</translation>
    </message>
</context>
<context>
    <name>WaitingTimes</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Velg en periode der første dag ikke er etter den siste.</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>You can change only your own working hours.</source>
        <translation>Du kan bare endre din egen arbeidstid.</translation>
    </message>
    <message>
        <source>Choose the date the working hours apply from.</source>
        <translation>Velg datoen arbeidstiden gjelder fra.</translation>
    </message>
    <message>
        <source>A working period has no valid weekday.</source>
        <translation>En arbeidsperiode har ingen gyldig ukedag.</translation>
    </message>
    <message>
        <source>A working period on %1 must start before it ends, on whole five minutes.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>En arbeidsperiode på %1 må starte før den slutter, på hele fem minutter.</translation>
    </message>
    <message>
        <source>Two working periods on %1 overlap.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>To arbeidsperioder på %1 overlapper.</translation>
    </message>
    <message>
        <source>An absence or extra time must start before it ends, on whole five minutes.</source>
        <translation>Et fravær eller ekstra tid må starte før det slutter, på hele fem minutter.</translation>
    </message>
    <message>
        <source>Extra working time is for one clinician, not the whole clinic.</source>
        <translation>Ekstra arbeidstid gjelder én behandler, ikke hele klinikken.</translation>
    </message>
    <message>
        <source>That absence or extra time was not found.</source>
        <translation>Det fraværet eller den ekstra tiden ble ikke funnet.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sykmelding</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borte</translation>
    </message>
    <message>
        <source>Extra working time</source>
        <translation>Ekstra arbeidstid</translation>
    </message>
</context>
<context>
    <name>forlop::AccountFields</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Bruk minst %n tegn; noen ord som ikke henger sammen, er lette å huske.</numerusform>
            <numerusform>Bruk minst %n tegn; noen ord som ikke henger sammen, er lette å huske.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
</context>
<context>
    <name>forlop::AddUserDialog</name>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Legg til bruker</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Legg til bruker</translation>
    </message>
    <message>
        <source>e.g. kari.nordmann</source>
        <translation>f.eks. kari.nordmann</translation>
    </message>
    <message>
        <source>7 to 9 digits</source>
        <translation>7 til 9 sifre</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders wait for access to clinical records until a unit leader grants it on this page.</source>
        <translation>Behandlere og enhetsledere venter på tilgang til journaler til en enhetsleder gir den på denne siden.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullt navn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>&amp;HPR number:</source>
        <translation>&amp;HPR-nummer:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Første &amp;passord:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Creating the account and its keys…</source>
        <translation>Oppretter kontoen og nøklene…</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationClinicianModel</name>
    <message>
        <source>Patients allocated to the clinician in active care</source>
        <translation>Pasienter tildelt behandleren i aktivt forløp</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Ledig tid i kalenderen den neste %n uken: arbeidstid minus bestilte timer</numerusform>
            <numerusform>Ledig tid i kalenderen de neste %n ukene: arbeidstid minus bestilte timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasienter uten bestilt time den neste %n uken</numerusform>
            <numerusform>Aktive pasienter uten bestilt time de neste %n ukene</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header, kept short: active patients.</extracomment>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Free time</source>
        <extracomment>Column header, kept short: free time in the calendar in the next 4 weeks.</extracomment>
        <translation>Ledig tid</translation>
    </message>
    <message>
        <source>No appt.</source>
        <extracomment>Column header, kept short: active patients with no appointment booked ahead.</extracomment>
        <translation>Uten time</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Waiting list and allocation</source>
        <translation>Venteliste og tildeling</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Tildel</translation>
    </message>
    <message>
        <source>Allocate the chosen referral to the chosen clinician (Ctrl+Return)</source>
        <translation>Tildel den valgte henvisningen til den valgte behandleren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for a clinician</source>
        <translation>Venter på behandler</translation>
    </message>
    <message>
        <source>Clinicians and their load</source>
        <translation>Behandlere og deres belastning</translation>
    </message>
    <message>
        <source>No referrals are waiting for a clinician</source>
        <translation>Ingen henvisninger venter på behandler</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) waiting for a clinician</source>
        <translation>
            <numerusform>%n henvisning venter på behandler</numerusform>
            <numerusform>%n henvisninger venter på behandler</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral and a clinician first.</source>
        <translation>Velg en henvisning og en behandler først.</translation>
    </message>
    <message>
        <source>%1 is allocated to %2.</source>
        <translation>%1 er tildelt %2.</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Velg en henvisning til venstre.</translation>
    </message>
    <message>
        <source>Choose a clinician for %1 on the right.</source>
        <translation>Velg en behandler for %1 til høyre.</translation>
    </message>
    <message>
        <source>Allocate %1 to %2: press Allocate or Ctrl+Return.</source>
        <translation>Tildel %1 til %2: trykk Tildel eller Ctrl+Retur.</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationReferralModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Henvisning mottatt</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>forlop::AssessmentPackagePage</name>
    <message>
        <source>Start the assessment package</source>
        <translation>Start utredningspakken</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>The patient is included. Starting the assessment package begins the structured assessment.</source>
        <translation>Pasienten er inkludert. Når utredningspakken startes, begynner den strukturerte utredningen.</translation>
    </message>
    <message>
        <source>The assessment package starts once the patient is included.</source>
        <translation>Utredningspakken starter når pasienten er inkludert.</translation>
    </message>
    <message>
        <source>The instruments come from the example catalogue, until the clinic replaces it with the national assessment package.</source>
        <translation>Instrumentene kommer fra eksempelkatalogen, til klinikken erstatter den med den nasjonale utredningspakken.</translation>
    </message>
    <message>
        <source>Instruments of the catalogue &quot;%1&quot;.</source>
        <translation>Instrumenter i katalogen «%1».</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrert.</translation>
    </message>
</context>
<context>
    <name>forlop::AuditFilterBar</name>
    <message>
        <source>Pseudonym, e.g. P-2026-0001</source>
        <translation>Pseudonym, f.eks. P-2026-0001</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>&amp;Flagged first</source>
        <translation>&amp;Flaggede først</translation>
    </message>
    <message>
        <source>Emergency accesses and refused accesses before everything else</source>
        <translation>Nødtilganger og nektede tilganger før alt annet</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>P&amp;atient:</source>
        <translation>P&amp;asient:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No patient has the pseudonym %1.</source>
        <translation>Ingen pasient har pseudonymet %1.</translation>
    </message>
</context>
<context>
    <name>forlop::AuditLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>action (outcome)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>nektet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>Emergency access: check that the reason holds.</source>
        <translation>Nødtilgang: kontroller at begrunnelsen holder.</translation>
    </message>
    <message>
        <source>Refused access: someone tried to open a record outside their patients.</source>
        <translation>Nektet tilgang: noen prøvde å åpne en journal utenfor sine pasienter.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Reason or detail</source>
        <translation>Begrunnelse eller detalj</translation>
    </message>
</context>
<context>
    <name>forlop::BackupController</name>
    <message>
        <source>Backup warning</source>
        <translation>Advarsel om sikkerhetskopi</translation>
    </message>
    <message>
        <source>Taking the scheduled backup…</source>
        <translation>Tar den planlagte sikkerhetskopien…</translation>
    </message>
    <message>
        <source>Taking a backup before Forløp closes…</source>
        <translation>Tar en sikkerhetskopi før Forløp lukkes…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vent litt</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <extracomment>%1 is core&apos;s message, which names the folder and says the backup failed</extracomment>
        <translation>Automatisk sikkerhetskopi: %1</translation>
    </message>
    <message>
        <source>Take a backup at the next sign-in.</source>
        <translation>Ta en sikkerhetskopi neste gang du logger inn.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Sikkerhetskopier i mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>Innstillingene for sikkerhetskopi ble lagret.</translation>
    </message>
    <message>
        <source>This clinic has no verified backup yet.</source>
        <translation>Denne klinikken har ingen verifisert sikkerhetskopi ennå.</translation>
    </message>
    <message>
        <source>No backup folder is set, so no backup is taken automatically.</source>
        <translation>Ingen mappe for sikkerhetskopier er satt, så ingen sikkerhetskopi tas automatisk.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups to %1 every %n hour(s), and when Forløp closes.</source>
        <translation>
            <numerusform>Automatiske sikkerhetskopier til %1 hver time, og når Forløp lukkes.</numerusform>
            <numerusform>Automatiske sikkerhetskopier til %1 hver %n. time, og når Forløp lukkes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup folder in the settings above to list its backups here.</source>
        <translation>Velg en mappe for sikkerhetskopier i innstillingene ovenfor for å se sikkerhetskopiene her.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifisert</translation>
    </message>
    <message>
        <source>Another clinic&apos;s backup</source>
        <translation>En annen klinikks sikkerhetskopi</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and checked.</source>
        <translation>Sikkerhetskopien ble gjenopprettet til %1 og kontrollert.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopi gjenopprettet</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and passed its checks.</source>
        <translation>Sikkerhetskopien ble gjenopprettet til %1 og besto kontrollene.</translation>
    </message>
    <message>
        <source>Open it now in a second Forløp window? The clinic open here stays as it is.</source>
        <translation>Åpne den nå i et nytt Forløp-vindu? Klinikken som er åpen her, forblir som den er.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Forløp could not be started for %1.</source>
        <translation>Forløp kunne ikke startes for %1.</translation>
    </message>
    <message>
        <source>Last verified backup: %1, today.</source>
        <translation>Siste verifiserte sikkerhetskopi: %1, i dag.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Siste verifiserte sikkerhetskopi: %1, for %n dag siden.</numerusform>
            <numerusform>Siste verifiserte sikkerhetskopi: %1, for %n dager siden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::BackupSettingsBox</name>
    <message>
        <source>Backup settings</source>
        <translation>Innstillinger for sikkerhetskopi</translation>
    </message>
    <message>
        <source>No folder chosen: backups are only taken by hand</source>
        <translation>Ingen mappe valgt: sikkerhetskopier tas bare manuelt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Choose a folder on another disk, such as a USB disk or a network share. Backups are encrypted like the clinic itself; any current user&apos;s password or the recovery key restores them. Automatic backups run while an administrator or unit leader is signed in, and when Forløp closes.</source>
        <translation>Velg en mappe på en annen disk, for eksempel en USB-disk eller en nettverksmappe. Sikkerhetskopier krypteres som selve klinikken; passordet til en hvilken som helst nåværende bruker eller gjenopprettingsnøkkelen gjenoppretter dem. Automatiske sikkerhetskopier kjøres mens en administrator eller enhetsleder er logget inn, og når Forløp lukkes.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lagre innstillinger</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Bare en administrator kan endre disse innstillingene.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mappe for sikkerhetskopier:</translation>
    </message>
    <message>
        <source>Take a backup &amp;every:</source>
        <translation>Ta sikkerhetskopi &amp;hver:</translation>
    </message>
    <message>
        <source>&amp;Warn when older than:</source>
        <translation>Var&amp;sle når eldre enn:</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Velg mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or choose it.</source>
        <translation>Oppgi mappen for sikkerhetskopier som en full sti, eller velg den.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupWarningBar</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Hide until the next sign-in</source>
        <translation>Skjul til neste innlogging</translation>
    </message>
</context>
<context>
    <name>forlop::BookedSummary</name>
    <message>
        <source>Booked. Read the time out to the caller:</source>
        <translation>Bestilt. Les tiden opp for den som ringer:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Med:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Møte:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>The caller can give the reference when they call again. The letter can be printed now or later from the calendar.</source>
        <translation>Den som ringer, kan oppgi referansen når de ringer igjen. Brevet kan skrives ut nå eller senere fra kalenderen.</translation>
    </message>
    <message>
        <source>%1 (room: %2)</source>
        <extracomment>Where an appointment in person is: %1 the clinic&apos;s address, %2 the room.</extracomment>
        <translation>%1 (rom: %2)</translation>
    </message>
    <message>
        <source>At the clinic</source>
        <translation>På klinikken</translation>
    </message>
</context>
<context>
    <name>forlop::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>This patient is not allocated to you</source>
        <translation>Denne pasienten er ikke tildelt deg</translation>
    </message>
    <message numerus="yes">
        <source>You may open the record in an emergency if you need it to give the patient health care now. Write why. The reason is stored with everything you open during the next %n hours. The patient can read it in their access log, and the unit leader reviews every emergency access.</source>
        <translation>
            <numerusform>Du kan åpne journalen i en nødsituasjon hvis du trenger den for å gi pasienten helsehjelp nå. Skriv hvorfor. Begrunnelsen lagres sammen med alt du åpner den neste %n timen. Pasienten kan lese den i tilgangsloggen sin, og enhetslederen gjennomgår hver nødtilgang.</numerusform>
            <numerusform>Du kan åpne journalen i en nødsituasjon hvis du trenger den for å gi pasienten helsehjelp nå. Skriv hvorfor. Begrunnelsen lagres sammen med alt du åpner de neste %n timene. Pasienten kan lese den i tilgangsloggen sin, og enhetslederen gjennomgår hver nødtilgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why you need the record now</source>
        <translation>Hvorfor du trenger journalen nå</translation>
    </message>
    <message>
        <source>Open with emergency access</source>
        <translation>Åpne med nødtilgang</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; %1 so far.</source>
        <translation>
            <numerusform>Minst %n tegn; %1 så langt.</numerusform>
            <numerusform>Minst %n tegn; %1 så langt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters.</source>
        <translation>
            <numerusform>%n tegn.</numerusform>
            <numerusform>%n tegn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::CalendarPage</name>
    <message>
        <source>Drag an appointment to move it, or choose it with the arrow keys and press Enter. Right-click or the menu key for more.</source>
        <translation>Dra en time for å flytte den, eller velg den med piltastene og trykk Enter. Høyreklikk eller bruk menytasten for mer.</translation>
    </message>
    <message>
        <source>%1, %2 with %3. Release the mouse or press Enter to move it here; Escape leaves it.</source>
        <extracomment>While moving an appointment: %1 the day, %2 the time, %3 the clinician.</extracomment>
        <translation>%1, %2 med %3. Slipp musen eller trykk Enter for å flytte den hit; Escape lar den ligge.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Back (Ctrl+Page Up)</source>
        <translation>Tilbake (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>Forward (Ctrl+Page Down)</source>
        <translation>Fremover (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Én dag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uke</translation>
    </message>
    <message>
        <source>Monday to Friday, and the weekend when anyone works then</source>
        <translation>Mandag til fredag, og helgen når noen jobber da</translation>
    </message>
    <message>
        <source>Whose calendars to show</source>
        <translation>Hvem sine kalendere som skal vises</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alle</translation>
    </message>
    <message>
        <source>Clinicians: %1 of %2</source>
        <extracomment>The button choosing whose calendars show: %1 shown of %2 clinicians.</extracomment>
        <translation>Behandlere: %1 av %2</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <extracomment>The week shown: %1 the week number, %2 and %3 its first and last day.</extracomment>
        <translation>Uke %1: %2 – %3</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytt…</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Innkallings&amp;brev…</translation>
    </message>
    <message>
        <source>Mark as &amp;attended</source>
        <translation>Merk som &amp;møtt</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>Merk som &amp;ikke møtt</translation>
    </message>
    <message>
        <source>Cancel: the &amp;patient called it off…</source>
        <translation>Avlys: &amp;pasienten avlyste…</translation>
    </message>
    <message>
        <source>Cancel: the &amp;clinic called it off…</source>
        <translation>Avlys: &amp;klinikken avlyste…</translation>
    </message>
    <message>
        <source>Moved to %1, %2 with %3.</source>
        <extracomment>After a move: %1 the day, %2 the time, %3 the clinician.</extracomment>
        <translation>Flyttet til %1, %2 med %3.</translation>
    </message>
    <message>
        <source>The appointment was cancelled; the time is free again.</source>
        <translation>Timen ble avlyst; tiden er ledig igjen.</translation>
    </message>
    <message>
        <source>Marked as attended.</source>
        <translation>Merket som møtt.</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>Merket som ikke møtt.</translation>
    </message>
</context>
<context>
    <name>forlop::CalendarView</name>
    <message>
        <source>Arrow keys choose an appointment; Enter starts a move, arrows shift it, Enter confirms and Escape cancels. The menu key opens its actions.</source>
        <extracomment>Accessible description of the calendar, also its tooltip where no appointment is.</extracomment>
        <translation>Piltastene velger en time; Enter starter en flytting, piltastene flytter den, Enter bekrefter og Escape avbryter. Menytasten åpner handlingene.</translation>
    </message>
    <message>
        <source>Choose at least one clinician to see.</source>
        <translation>Velg minst én behandler å vise.</translation>
    </message>
</context>
<context>
    <name>forlop::CancelDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Avlys time</translation>
    </message>
    <message>
        <source>The &amp;patient called it off</source>
        <translation>&amp;Pasienten avlyste</translation>
    </message>
    <message>
        <source>The &amp;clinic called it off</source>
        <translation>&amp;Klinikken avlyste</translation>
    </message>
    <message>
        <source>For example: ill, travelling, clinician away</source>
        <translation>For eksempel: syk, på reise, behandler borte</translation>
    </message>
    <message>
        <source>The time becomes free for others. The appointment stays on record as cancelled.</source>
        <translation>Tiden blir ledig for andre. Timen blir stående i journalen som avlyst.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment</source>
        <translation>Avlys &amp;timen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;hold den</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Ingen bestilt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time, appointment type</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Sessions (16–20)</source>
        <translation>Timer (16–20)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Neste time</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the plan (the line). The shaded band is the 16–20 sessions of the national advice.</source>
        <translation>Gjennomførte behandlingstimer sammenlignet med planen (streken). Det skraverte feltet er de 16–20 timene i det nasjonale rådet.</translation>
    </message>
    <message>
        <source>Your unsigned notes (drafts) for the patient</source>
        <translation>Dine usignerte journalnotater (utkast) for pasienten</translation>
    </message>
    <message>
        <source>Completed instruments of the assessment package, of those due</source>
        <translation>Fullførte instrumenter i utredningspakken, av dem som skal fylles ut</translation>
    </message>
    <message>
        <source>Duty-to-report records whose follow-up is still open</source>
        <translation>Meldepliktvurderinger der oppfølgingen fortsatt er åpen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>Column header, kept short: the number of unsigned notes (drafts).</extracomment>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>Column header, kept short: completion of the assessment package.</extracomment>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Duties open</source>
        <extracomment>Column header, kept short: open duty-to-report follow-ups.</extracomment>
        <translation>Åpne plikter</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Pasientlister</translation>
    </message>
    <message>
        <source>Choose a figure to list the patients behind it. Hover over a column header to see what it counts.</source>
        <translation>Velg et tall for å se pasientene bak det. Hold musepekeren over en kolonneoverskrift for å se hva den teller.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Åpne journal</translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n weeks and free time in the next %n weeks, as of %1</source>
        <translation>
            <numerusform>Timer den siste %n uken og ledig tid den neste %n uken, per %1</numerusform>
            <numerusform>Timer de siste %n ukene og ledig tid de neste %n ukene, per %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active clinicians.</source>
        <translation>Ingen aktive behandlere.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Heading of the patient list under the caseloads: the clinician, then what the chosen figure counts.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No patients.</source>
        <translation>Ingen pasienter.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pasient</numerusform>
            <numerusform>%n pasienter</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient record is not available to you.</source>
        <translation>Pasientjournalen er ikke tilgjengelig for deg.</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadTableModel</name>
    <message>
        <source>Active patients in the state “%1”</source>
        <translation>Aktive pasienter i tilstanden «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Attended treatment sessions in the last %n weeks</source>
        <translation>
            <numerusform>Gjennomførte behandlingstimer den siste %n uken</numerusform>
            <numerusform>Gjennomførte behandlingstimer de siste %n ukene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned notes older than %n days</source>
        <translation>
            <numerusform>Usignerte journalnotater eldre enn %n dag</numerusform>
            <numerusform>Usignerte journalnotater eldre enn %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty-to-report records with the follow-up still open</source>
        <translation>Meldepliktvurderinger der oppfølgingen fortsatt er åpen</translation>
    </message>
    <message numerus="yes">
        <source>Active patients without an appointment in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasienter uten time den neste %n uken</numerusform>
            <numerusform>Aktive pasienter uten time de neste %n ukene</numerusform>
        </translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Aktive pasienter</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Whole hours, as in &quot;149 h&quot;.</extracomment>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, as in &quot;149 h 15 min&quot;.</extracomment>
        <translation>%1 t %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Next %n weeks: working time %1, booked %2, free %3</source>
        <translation>
            <numerusform>Neste %n uke: arbeidstid %1, bestilt %2, ledig %3</numerusform>
            <numerusform>Neste %n uker: arbeidstid %1, bestilt %2, ledig %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <extracomment>Tooltip of a count of sessions or notes: how many patients they belong to.</extracomment>
        <translation>Pasienter: %1</translation>
    </message>
    <message>
        <source>Active patients now in the state “%1”</source>
        <translation>Aktive pasienter som nå er i tilstanden «%1»</translation>
    </message>
    <message>
        <source>Patients allocated to the clinician in active care (referred to in treatment)</source>
        <translation>Pasienter tildelt behandleren i aktivt forløp (fra henvist til i behandling)</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Ledig tid i kalenderen den neste %n uken: arbeidstid minus bestilte timer</numerusform>
            <numerusform>Ledig tid i kalenderen de neste %n ukene: arbeidstid minus bestilte timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clinician&apos;s unsigned notes (drafts) older than %n days</source>
        <translation>
            <numerusform>Behandlerens usignerte journalnotater (utkast) eldre enn %n dag</numerusform>
            <numerusform>Behandlerens usignerte journalnotater (utkast) eldre enn %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed duty-to-report records assessed by the clinician whose follow-up is still open</source>
        <translation>Signerte meldepliktvurderinger gjort av behandleren der oppfølgingen fortsatt er åpen</translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasienter uten bestilt time den neste %n uken</numerusform>
            <numerusform>Aktive pasienter uten bestilt time de neste %n ukene</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header, kept short: active patients.</extracomment>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Column header, kept short: patients in the state &quot;Referred&quot;.</extracomment>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Column header, kept short: patients on the waiting list.</extracomment>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Included</source>
        <extracomment>Column header, kept short: patients included.</extracomment>
        <translation>Inkludert</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Column header, kept short: sessions delivered in the last weeks.</extracomment>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Free time</source>
        <extracomment>Column header, kept short: free capacity in the calendar ahead.</extracomment>
        <translation>Ledig tid</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <extracomment>Column header, kept short: unsigned notes older than 3 days.</extracomment>
        <translation>Usignerte</translation>
    </message>
    <message>
        <source>Duties open</source>
        <extracomment>Column header, kept short: open duty-to-report follow-ups.</extracomment>
        <translation>Åpne plikter</translation>
    </message>
    <message>
        <source>No appt.</source>
        <extracomment>Column header, kept short: active patients with no appointment booked ahead.</extracomment>
        <translation>Uten time</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <extracomment>Column header, kept short: patients in the eligibility assessment.</extracomment>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Column header, kept short: patients in the structured assessment.</extracomment>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>Treatment</source>
        <extracomment>Column header, kept short: patients in treatment.</extracomment>
        <translation>Behandling</translation>
    </message>
</context>
<context>
    <name>forlop::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Endre passord</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Endre passordet mitt</translation>
    </message>
    <message>
        <source>Signed in as %1. Your new password is used from the next time you sign in.</source>
        <translation>Logget inn som %1. Det nye passordet ditt brukes fra neste gang du logger inn.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Nåværende passord:</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Skriv inn det nåværende passordet ditt.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De to nye passordene er ulike.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Endrer passordet ditt…</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Oppføringen din i nøkkelfilen mangler.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nåværende passordet er feil.</translation>
    </message>
</context>
<context>
    <name>forlop::ClinicianDayPage</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Åpne journal</translation>
    </message>
    <message>
        <source>Write note</source>
        <translation>Skriv journalnotat</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Plikt</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Close follow-up…</source>
        <translation>Avslutt oppfølging…</translation>
    </message>
    <message>
        <source>Open duty-to-report follow-ups</source>
        <translation>Åpne oppfølginger av meldeplikt</translation>
    </message>
    <message>
        <source>Filter by name or pseudonym</source>
        <translation>Filtrer på navn eller pseudonym</translation>
    </message>
    <message>
        <source>Include ended and excluded</source>
        <translation>Ta med avsluttede og ekskluderte</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Mine pasienter</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Ingen timer i dag.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ingen åpne oppfølginger.</translation>
    </message>
</context>
<context>
    <name>forlop::CriterionAnswerRow</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>forlop::DutiesPage</name>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Plikt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>Ny registrering…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Oppfølging…</translation>
    </message>
    <message>
        <source>Record what was done, and close the follow-up when it is finished</source>
        <translation>Registrer hva som ble gjort, og avslutt oppfølgingen når den er ferdig</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Varsle</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Ikke varsle</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
</context>
<context>
    <name>forlop::DutyReportDialog</name>
    <message>
        <source>Duty to report – %1</source>
        <translation>Meldeplikt – %1</translation>
    </message>
    <message>
        <source>Assessment of the duty to report</source>
        <translation>Vurdering av meldeplikt</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lagre utkast</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>New record. Fill in every field, then sign it with your password.</source>
        <translation>Ny registrering. Fyll ut alle feltene, og signer den med passordet ditt.</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>Plikten</translation>
    </message>
    <message>
        <source>Duty:</source>
        <translation>Plikt:</translation>
    </message>
    <message>
        <source>Grounds and assessment</source>
        <translation>Grunnlag og vurdering</translation>
    </message>
    <message>
        <source>What gave rise to it:</source>
        <translation>Hva som ga grunn til den:</translation>
    </message>
    <message>
        <source>When it happened:</source>
        <translation>Når det skjedde:</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Vurdert den:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Varsle</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Ikke varsle</translation>
    </message>
    <message>
        <source>Someone outside this clinic (name below)</source>
        <translation>Noen utenfor denne klinikken (navn nedenfor)</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Navn og rolle</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Colleague or leader consulted:</source>
        <translation>Kollega eller leder som ble konsultert:</translation>
    </message>
    <message>
        <source>Consulted on:</source>
        <translation>Konsultert den:</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Varsling</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Which office, and whom you spoke to</source>
        <translation>Hvilket kontor, og hvem du snakket med</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Elektronisk melding</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Mottaker:</translation>
    </message>
    <message>
        <source>Whom exactly:</source>
        <translation>Hvem nøyaktig:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Varslet den:</translation>
    </message>
    <message>
        <source>The patient and follow-up</source>
        <translation>Pasienten og oppfølging</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Needs follow-up (listed in My day until closed)</source>
        <translation>Trenger oppfølging (vises i Min dag til den er avsluttet)</translation>
    </message>
    <message>
        <source>Patient told:</source>
        <translation>Pasienten informert:</translation>
    </message>
    <message>
        <source>Follow-up plan:</source>
        <translation>Oppfølgingsplan:</translation>
    </message>
    <message>
        <source>Signed %1. A signed record cannot be changed.</source>
        <translation>Signert %1. En signert registrering kan ikke endres.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is open; close it from the record&apos;s Duties page.</source>
        <translation>Signert %1. Oppfølgingen er åpen; avslutt den fra siden Meldeplikt i journalen.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is closed.</source>
        <translation>Signert %1. Oppfølgingen er avsluttet.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Utkast, sist lagret %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Utkastet kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkast lagret %1.</translation>
    </message>
    <message>
        <source>Sign the duty-to-report record for %1.</source>
        <translation>Signer meldepliktregistreringen for %1.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityCriteriaForm</name>
    <message>
        <source>Inclusion criteria</source>
        <translation>Inklusjonskriterier</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Eksklusjonskriterier</translation>
    </message>
    <message>
        <source>All must be answered yes to include.</source>
        <translation>Alle må besvares med ja for å inkludere.</translation>
    </message>
    <message>
        <source>Any answered yes excludes.</source>
        <translation>Ethvert ja ekskluderer.</translation>
    </message>
    <message>
        <source>Criteria version %1: %2</source>
        <extracomment>%1 the version number, %2 the version&apos;s name</extracomment>
        <translation>Kriterieversjon %1: %2</translation>
    </message>
    <message>
        <source>By the criteria: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</source>
        <extracomment>%1 is &quot;Include&quot; or &quot;Exclude&quot;</extracomment>
        <translation>Etter kriteriene: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>By the criteria: answer every criterion first (%n left).</source>
        <translation>
            <numerusform>Etter kriteriene: besvar alle kriteriene først (%n igjen).</numerusform>
            <numerusform>Etter kriteriene: besvar alle kriteriene først (%n igjen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityDecisionForm</name>
    <message>
        <source>What the decision rests on</source>
        <translation>Hva beslutningen bygger på</translation>
    </message>
    <message>
        <source>Why the decision differs from the criteria</source>
        <translation>Hvorfor beslutningen avviker fra kriteriene</translation>
    </message>
    <message>
        <source>An exclusion needs an onward referral, or the reason why there is none.</source>
        <translation>En eksklusjon trenger en viderehenvisning, eller begrunnelsen for at det ikke er noen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Viderehenvisning</translation>
    </message>
    <message>
        <source>The criteria give &quot;%1&quot;, the decision is &quot;%2&quot;. Write why: the decision is recorded as a departure from the national standard (a deviation), counted in the fidelity figures.</source>
        <translation>Kriteriene gir «%1», beslutningen er «%2». Skriv hvorfor: beslutningen registreres som et avvik fra den nasjonale standarden og telles med i tallene for etterlevelse.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityOutcomeView</name>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>By the criteria</source>
        <translation>Etter kriteriene</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Viderehenvisning</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Recorded as a departure from the national standard: %1</source>
        <translation>Registrert som avvik fra den nasjonale standarden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>the kind of service, then its name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Referred to %1 on %2 (status: %3).
Why: %4</source>
        <extracomment>%1 the recipient, %2 the date, %3 the status, %4 why</extracomment>
        <translation>Henvist til %1 den %2 (status: %3).
Hvorfor: %4</translation>
    </message>
    <message>
        <source>No onward referral: %1</source>
        <translation>Ingen viderehenvisning: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 date and time, %2 the clinician</extracomment>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityPage</name>
    <message>
        <source>Start eligibility assessment</source>
        <translation>Start vurdering av inklusjon</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Lagre svar</translation>
    </message>
    <message>
        <source>Save the answers and comments; the assessment stays open.</source>
        <translation>Lagre svarene og kommentarene; vurderingen forblir åpen.</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Fullfør vurderingen</translation>
    </message>
    <message>
        <source>Answers saved.</source>
        <translation>Svarene er lagret.</translation>
    </message>
    <message>
        <source>No eligibility assessment yet. Starting it takes the patient off the waiting list.</source>
        <translation>Ingen vurdering av inklusjon ennå. Når den startes, tas pasienten av ventelisten.</translation>
    </message>
    <message>
        <source>No eligibility assessment. It can start once the patient is on the waiting list.</source>
        <translation>Ingen vurdering av inklusjon. Den kan starte når pasienten står på ventelisten.</translation>
    </message>
    <message>
        <source>This assessment is completed and can no longer be changed.</source>
        <translation>Denne vurderingen er fullført og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Started %1 by %2. Answer every criterion; the decision by the criteria is shown below them.</source>
        <extracomment>%1 date and time, %2 the clinician</extracomment>
        <translation>Startet %1 av %2. Besvar alle kriteriene; beslutningen etter kriteriene vises under dem.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Besvar alle kriteriene før du avgjør: %n kriterium er fortsatt ubesvart.</numerusform>
            <numerusform>Besvar alle kriteriene før du avgjør: %n kriterier er fortsatt ubesvart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose include or exclude.</source>
        <translation>Velg inkluder eller ekskluder.</translation>
    </message>
</context>
<context>
    <name>forlop::EmergencyAccessModel</name>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Oppgitt begrunnelse</translation>
    </message>
</context>
<context>
    <name>forlop::EmergencyBanner</name>
    <message>
        <source>Emergency access</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>This patient is not allocated to you. Everything you open is logged with your reason (“%1”); the patient can read it and the unit leader reviews it.</source>
        <translation>Denne pasienten er ikke tildelt deg. Alt du åpner, logges med begrunnelsen din («%1»); pasienten kan lese den, og enhetslederen gjennomgår den.</translation>
    </message>
</context>
<context>
    <name>forlop::EndOfTreatmentPage</name>
    <message>
        <source>Fewer than 16 sessions attended. Ending for a reason other than completion is allowed, and is counted in the fidelity figures as a departure from the national standard.</source>
        <translation>Færre enn 16 timer gjennomført. Avslutning av en annen grunn enn fullføring er tillatt, og telles i tallene for etterlevelse som et avvik fra den nasjonale standarden.</translation>
    </message>
    <message>
        <source>The outcome in a few words</source>
        <translation>Utfallet med noen få ord</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Oppfølging den</translation>
    </message>
    <message>
        <source>End treatment</source>
        <translation>Avslutt behandlingen</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>Avslutning av behandling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avsluttet den</translation>
    </message>
    <message>
        <source>Sessions delivered</source>
        <translation>Gjennomførte timer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Utfallsmål</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Start oppfølging</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>Behandling avsluttet</translation>
    </message>
    <message>
        <source>The treatment can be ended once the patient is included.</source>
        <translation>Behandlingen kan avsluttes når pasienten er inkludert.</translation>
    </message>
    <message>
        <source>Record the end scores, then end the treatment. The end instruments become due then.</source>
        <translation>Registrer sluttskårene, og avslutt deretter behandlingen. Sluttinstrumentene skal da fylles ut.</translation>
    </message>
    <message>
        <source>The treatment has not started. Ending now closes the pathway before treatment.</source>
        <translation>Behandlingen har ikke startet. Avslutning nå lukker forløpet før behandling.</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 gjennomført av %n planlagt</numerusform>
            <numerusform>%1 gjennomført av %n planlagte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan</source>
        <translation>
            <numerusform>%n gjennomført, ingen plan</numerusform>
            <numerusform>%n gjennomført, ingen plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment. Type the end scores not yet recorded; they are recorded with the end of treatment.</source>
        <translation>Skårer ved inntak og ved avslutning av behandlingen. Skriv inn sluttskårene som ikke er registrert ennå; de registreres sammen med avslutningen av behandlingen.</translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment, from the assessment package.</source>
        <translation>Skårer ved inntak og ved avslutning av behandlingen, fra utredningspakken.</translation>
    </message>
    <message>
        <source>The patient is in follow-up.</source>
        <translation>Pasienten er i oppfølging.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging startet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 date, %2 reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. Counted in the fidelity figures: fewer than 16 sessions.</source>
        <translation>%1. Telles i tallene for etterlevelse: færre enn 16 timer.</translation>
    </message>
    <message>
        <source>Planned on %1</source>
        <translation>Planlagt til %1</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Ikke planlagt</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPage</name>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF…</translation>
    </message>
    <message>
        <source>Save the period report, every table of this page, as a PDF</source>
        <translation>Lagre perioderapporten, alle tabellene på denne siden, som PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Save the period report as a CSV file for a spreadsheet</source>
        <translation>Lagre perioderapporten som en CSV-fil for et regneark</translation>
    </message>
    <message>
        <source>Double-click a figure, or a bar in a chart, to see the patients behind it.</source>
        <translation>Dobbeltklikk på et tall, eller på en stolpe i et diagram, for å se pasientene bak det.</translation>
    </message>
    <message>
        <source>Show the reasons for the overrides</source>
        <translation>Vis begrunnelsene for overstyringene</translation>
    </message>
    <message>
        <source>The reasons are clinical content: reading them is recorded in each patient&apos;s access log.</source>
        <translation>Begrunnelsene er klinisk innhold: at du leser dem, registreres i tilgangsloggen til hver pasient.</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Velg en periode først.</translation>
    </message>
    <message>
        <source>period-report-%1-%2</source>
        <extracomment>File name suggested for the period report; %1 and %2 are the first and last day (ISO dates)</extracomment>
        <translation>perioderapport-%1-%2</translation>
    </message>
    <message>
        <source>Save the period report as PDF</source>
        <translation>Lagre perioderapporten som PDF</translation>
    </message>
    <message>
        <source>Save the period report as CSV</source>
        <translation>Lagre perioderapporten som CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The period report was saved to %1.</source>
        <translation>Perioderapporten ble lagret i %1.</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPatientsDialog</name>
    <message>
        <source>Patients behind the figure</source>
        <translation>Pasientene bak tallet</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s). Open one to see the record; opening it is recorded in the patient&apos;s access log.</source>
        <translation>
            <numerusform>%n pasient. Åpne en for å se journalen; åpningen registreres i pasientens tilgangslogg.</numerusform>
            <numerusform>%n pasienter. Åpne en for å se journalen; åpningen registreres i pasientens tilgangslogg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Åpne journal</translation>
    </message>
    <message>
        <source>The patient record cannot be opened from here.</source>
        <translation>Pasientjournalen kan ikke åpnes herfra.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPatientsModel</name>
    <message>
        <source>Not allocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Neste time</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Siste time</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPeriodChooser</name>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show the figures for the days chosen</source>
        <translation>Vis tallene for de valgte dagene</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and last day of a period: &quot;From 01.01.2026 to 31.12.2026&quot;</extracomment>
        <translation>&amp;til</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityTableModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>Names a figure of a report: %1 the table, %2 the row</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <extracomment>Names a figure of a report: %1 the table, %2 the row, %3 the column</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) behind this figure. Double-click or press Enter to list them.</source>
        <translation>
            <numerusform>%n pasient bak dette tallet. Dobbeltklikk eller trykk Enter for å se listen.</numerusform>
            <numerusform>%n pasienter bak dette tallet. Dobbeltklikk eller trykk Enter for å se listen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::FirstRunDialog</name>
    <message>
        <source>Create a demo clinic</source>
        <translation>Opprett en demoklinikk</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Opprett klinikken</translation>
    </message>
    <message>
        <source>This demo clinic is for trying Forløp with made-up people only. Name it and its first users to begin.</source>
        <translation>Denne demoklinikken er for å prøve Forløp, bare med oppdiktede personer. Gi den og de første brukerne navn for å begynne.</translation>
    </message>
    <message>
        <source>No clinic has been set up on this computer yet. Name the clinic and its first users to begin. All its data is stored encrypted.</source>
        <translation>Ingen klinikk er satt opp på denne datamaskinen ennå. Gi klinikken og de første brukerne navn for å begynne. Alle data lagres kryptert.</translation>
    </message>
    <message>
        <source>Creating the clinic and its keys. This takes a few seconds…</source>
        <translation>Oppretter klinikken og nøklene. Dette tar noen sekunder…</translation>
    </message>
    <message>
        <source>C&amp;reate clinic</source>
        <translation>&amp;Opprett klinikk</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <source>for example: Det finnes hjelp Nord</source>
        <translation>for eksempel: Det finnes hjelp Nord</translation>
    </message>
    <message>
        <source>town or address</source>
        <translation>sted eller adresse</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Klinikkens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <source>Manages user accounts and settings. Administrators never see patient records.</source>
        <translation>Administrerer brukerkontoer og innstillinger. Administratorer ser aldri pasientjournaler.</translation>
    </message>
    <message>
        <source>First unit leader</source>
        <translation>Første enhetsleder</translation>
    </message>
    <message>
        <source>Without a unit leader, only the recovery key holds the key to clinical records until a unit leader is given it with the recovery key.</source>
        <translation>Uten en enhetsleder har bare gjenopprettingsnøkkelen nøkkelen til journaler, til en enhetsleder får den med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Holds the key to clinical records and gives it to clinicians. Untick to leave this out for now.</source>
        <translation>Har nøkkelen til journaler og gir den til behandlere. Fjern haken for å utelate dette foreløpig.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
</context>
<context>
    <name>forlop::FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>What was done to follow up the duty-to-report record:</source>
        <translation>Hva som ble gjort for å følge opp meldepliktregistreringen:</translation>
    </message>
    <message>
        <source>This closes the follow-up</source>
        <translation>Dette avslutter oppfølgingen</translation>
    </message>
</context>
<context>
    <name>forlop::InstrumentEntryEditor</name>
    <message>
        <source>Why the patient declined</source>
        <translation>Hvorfor pasienten avslo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført den</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skårer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Totalskår</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 instrument, %2 timepoint (intake, end of treatment, follow-up)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>the allowed range of a score, e.g. &quot;0–27&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number from %3 to %4.</source>
        <extracomment>%1 score label, %2 instrument, %3 and %4 the range</extracomment>
        <translation>%1 for %2 må være et heltall fra %3 til %4.</translation>
    </message>
    <message>
        <source>Select an instrument in the list to record its status and scores, or why the patient declined it.</source>
        <translation>Velg et instrument i listen for å registrere status og skårer, eller hvorfor pasienten avslo det.</translation>
    </message>
</context>
<context>
    <name>forlop::IntakeForm</name>
    <message>
        <source>given when saved; the caller can quote it</source>
        <translation>gis ved lagring; den som ringer, kan oppgi den</translation>
    </message>
    <message>
        <source>Optional: the caller may stay anonymous</source>
        <translation>Valgfritt: den som ringer, kan være anonym</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>&amp;Messages may be left on this phone</source>
        <translation>&amp;Meldinger kan legges igjen på denne telefonen</translation>
    </message>
    <message>
        <source>Only tick this when the caller said so: someone else may hear a voicemail or read a text message.</source>
        <translation>Kryss bare av når den som ringer, har sagt det: andre kan høre en talemelding eller lese en tekstmelding.</translation>
    </message>
    <message>
        <source>For example: weekdays after 16:00</source>
        <translation>For eksempel: hverdager etter kl. 16.00</translation>
    </message>
    <message>
        <source>Organisation that referred, if any</source>
        <translation>Organisasjon som henviste, hvis noen</translation>
    </message>
    <message>
        <source>&amp;Urgent: offer the first free time</source>
        <translation>&amp;Haster: tilby første ledige time</translation>
    </message>
    <message>
        <source>In the caller&apos;s own words, if they want to say</source>
        <translation>Med innringerens egne ord, hvis de vil si det</translation>
    </message>
    <message>
        <source>Written encrypted to the clinicians — you cannot read it back after saving.</source>
        <translation>Skrives kryptert til behandlerne — du kan ikke lese det igjen etter lagring.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Best time to &amp;call:</source>
        <translation>Beste tid å &amp;ringe:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Henvist &amp;av:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Hastegrad:</translation>
    </message>
    <message>
        <source>Reas&amp;on for contact:</source>
        <translation>&amp;Årsak til kontakt:</translation>
    </message>
</context>
<context>
    <name>forlop::LeaderPatientModel</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Ingen bestilt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Henvisning mottatt</translation>
    </message>
    <message>
        <source>Last session attended</source>
        <translation>Siste gjennomførte time</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Neste time</translation>
    </message>
</context>
<context>
    <name>forlop::LetterDialog</name>
    <message>
        <source>Appointment letter</source>
        <translation>Innkallingsbrev</translation>
    </message>
    <message>
        <source>On the envelope:</source>
        <translation>På konvolutten:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF…</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF-en kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <extracomment>Suggested file name for a saved letter; keep it discreet.</extracomment>
        <translation>Lagre brevet som PDF</translation>
    </message>
    <message>
        <source>letter.pdf</source>
        <translation>brev.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>forlop::LetterSettingsPage</name>
    <message>
        <source>Appointment letter</source>
        <translation>Innkallingsbrev</translation>
    </message>
    <message>
        <source>Whoever opens the post may read the letter and the envelope. Keep both discreet: no name of the service, no health profession, nothing about why the person comes. Forløp refuses wording that would reveal it.</source>
        <translation>Den som åpner posten, kan lese brevet og konvolutten. Hold begge diskré: ikke noe navn på tjenesten, ingen helseprofesjon, ingenting om hvorfor personen kommer. Forløp avviser formuleringer som ville avsløre det.</translation>
    </message>
    <message>
        <source>Sender as printed, for example:
Helsehuset Sentrum
Postboks 1
0101 Oslo</source>
        <translation>Avsender slik den skrives ut, for eksempel:
Helsehuset Sentrum
Postboks 1
0101 Oslo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Use the &amp;standard letter</source>
        <translation>Bruk &amp;standardbrevet</translation>
    </message>
    <message>
        <source>&amp;Address for letters:</source>
        <translation>&amp;Adresse for brev:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Plassholdere:</translation>
    </message>
    <message>
        <source>Preview with a made-up appointment:</source>
        <translation>Forhåndsvisning med en oppdiktet time:</translation>
    </message>
    <message>
        <source>Kari Eksempel
Eksempelveien 1
0001 Oslo</source>
        <extracomment>A made-up recipient for the letter preview.</extracomment>
        <translation>Kari Eksempel
Eksempelveien 1
0001 Oslo</translation>
    </message>
    <message>
        <source>Saved. Letters printed from now on use this wording.</source>
        <translation>Lagret. Brev som skrives ut fra nå av, bruker denne formuleringen.</translation>
    </message>
</context>
<context>
    <name>forlop::LogReviewPage</name>
    <message>
        <source>Log review</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Emergency accesses awaiting review</source>
        <translation>Nødtilganger som venter på gjennomgang</translation>
    </message>
    <message>
        <source>No emergency access awaits review.</source>
        <translation>Ingen nødtilgang venter på gjennomgang.</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Merk som gjennomgått</translation>
    </message>
    <message>
        <source>You have checked that the reason holds; the review is recorded in the log.</source>
        <translation>Du har kontrollert at begrunnelsen holder; gjennomgangen registreres i loggen.</translation>
    </message>
    <message>
        <source>Show this &amp;patient&apos;s log</source>
        <translation>Vis loggen til denne &amp;pasienten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksporter som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Eksporter som P&amp;DF…</translation>
    </message>
    <message>
        <source>Emergency accesses awaiting review (%1)</source>
        <translation>Nødtilganger som venter på gjennomgang (%1)</translation>
    </message>
    <message>
        <source>Access log of %1 for the patient:</source>
        <translation>Tilgangsloggen til %1 for pasienten:</translation>
    </message>
    <message>
        <source>Choose a patient to export their access log:</source>
        <translation>Velg en pasient for å eksportere tilgangsloggen:</translation>
    </message>
    <message>
        <source>The emergency access by %1 to %2 was marked as reviewed.</source>
        <translation>Nødtilgangen til %1 for %2 ble merket som gjennomgått.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown; scroll for more</source>
        <translation>
            <numerusform>%1 av %n oppføring vist; bla for flere</numerusform>
            <numerusform>%1 av %n oppføringer vist; bla for flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Velg en pasient først.</translation>
    </message>
    <message>
        <source>access-log-%1</source>
        <extracomment>File name suggested for a patient&apos;s access log; %1 is the pseudonym</extracomment>
        <translation>tilgangslogg-%1</translation>
    </message>
    <message>
        <source>Save the access log as PDF</source>
        <translation>Lagre tilgangsloggen som PDF</translation>
    </message>
    <message>
        <source>Save the access log as CSV</source>
        <translation>Lagre tilgangsloggen som CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The access log of %1 was saved to %2.</source>
        <translation>Tilgangsloggen til %1 ble lagret i %2.</translation>
    </message>
</context>
<context>
    <name>forlop::LoginPage</name>
    <message>
        <source>Forløp is locked</source>
        <translation>Forløp er låst</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Logg inn med ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Kontrollerer passordet…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Clinic file: %1</source>
        <translation>Klinikkfil: %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv inn brukernavnet ditt.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv inn passordet ditt.</translation>
    </message>
    <message>
        <source>Demo clinic with synthetic people only. Users: %1. Password: %2</source>
        <translation>Demoklinikk med bare syntetiske personer. Brukere: %1. Passord: %2</translation>
    </message>
</context>
<context>
    <name>forlop::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock Forløp (Ctrl+L): closes the clinic until you sign in again</source>
        <translation>Lås Forløp (Ctrl+L): lukker klinikken til du logger inn igjen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>New &amp;phone contact…</source>
        <translation>Ny &amp;telefonkontakt…</translation>
    </message>
    <message>
        <source>Register a caller and book a first appointment (Ctrl+Shift+N)</source>
        <translation>Registrer en som ringer, og bestill en første time (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>%1 – Forløp – DEMO</source>
        <comment>clinic name</comment>
        <translation>%1 – Forløp – DEMO</translation>
    </message>
    <message>
        <source>%1 – Forløp</source>
        <comment>clinic name</comment>
        <translation>%1 – Forløp</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Logget inn: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>clinic, site</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forløp – DEMO</source>
        <translation>Forløp – DEMO</translation>
    </message>
    <message>
        <source>Forløp</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <source>No clinic yet</source>
        <translation>Ingen klinikk ennå</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Endre &amp;passordet mitt…</translation>
    </message>
</context>
<context>
    <name>forlop::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Lukk denne meldingen</translation>
    </message>
</context>
<context>
    <name>forlop::ModalJob</name>
    <message>
        <source>Please wait</source>
        <translation>Vent litt</translation>
    </message>
</context>
<context>
    <name>forlop::NewPasswordFields</name>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta det:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Bruk minst %n tegn; noen ord som ikke henger sammen, er lette å huske.</numerusform>
            <numerusform>Bruk minst %n tegn; noen ord som ikke henger sammen, er lette å huske.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
</context>
<context>
    <name>forlop::NoClinicPage</name>
    <message>
        <source>Welcome to Forløp</source>
        <translation>Velkommen til Forløp</translation>
    </message>
    <message>
        <source>No clinic has been set up here yet. Create it to begin.</source>
        <translation>Ingen klinikk er satt opp her ennå. Opprett den for å begynne.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic…</source>
        <translation>&amp;Opprett klinikken…</translation>
    </message>
    <message>
        <source>Clinic file: %1</source>
        <translation>Klinikkfil: %1</translation>
    </message>
</context>
<context>
    <name>forlop::NoteEditor</name>
    <message>
        <source>Attendance and how the patient is:


Theme of the session:


What we worked on:


Assessment, including risk:


Plan and tasks until the next session:

</source>
        <extracomment>The template of a new session note: headings that end with a colon, each followed by an empty line to write in. Keep the colons.</extracomment>
        <translation>Oppmøte og hvordan pasienten har det:


Tema for timen:


Hva vi arbeidet med:


Vurdering, inkludert risiko:


Plan og oppgaver til neste time:

</translation>
    </message>
    <message>
        <source>New note, not saved yet. Drafts are saved automatically.</source>
        <translation>Nytt journalnotat, ikke lagret ennå. Utkast lagres automatisk.</translation>
    </message>
    <message>
        <source>New addendum, not saved yet. The signed note above stays as it is.</source>
        <translation>Nytt tillegg, ikke lagret ennå. Det signerte journalnotatet ovenfor forblir som det er.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Utkast, sist lagret %1.</translation>
    </message>
    <message>
        <source>Addendum – %1</source>
        <translation>Tillegg – %1</translation>
    </message>
    <message>
        <source>Session note – %1</source>
        <translation>Journalnotat – %1</translation>
    </message>
    <message>
        <source>Addendum to a signed note</source>
        <translation>Tillegg til et signert journalnotat</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>The signed note (unchanged)</source>
        <translation>Det signerte journalnotatet (uendret)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Duty to report…</source>
        <translation>Meldeplikt…</translation>
    </message>
    <message>
        <source>Document an assessment of the duty to inform child welfare or to avert a crime</source>
        <translation>Dokumenter en vurdering av opplysningsplikten til barnevernet eller avvergeplikten</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Forkast utkast…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Legg til tillegg…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Signed %1. A signed text cannot be changed; add a signed addendum to correct or add to it.</source>
        <translation>Signert %1. En signert tekst kan ikke endres; legg til et signert tillegg for å rette eller utfylle den.</translation>
    </message>
    <message>
        <source>Signed %1 by %2:</source>
        <translation>Signert %1 av %2:</translation>
    </message>
    <message>
        <source>Draft by %1, saved %2:</source>
        <translation>Utkast av %1, lagret %2:</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Utkastet kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkast lagret %1.</translation>
    </message>
    <message>
        <source>Write the note before signing it.</source>
        <translation>Skriv journalnotatet før du signerer det.</translation>
    </message>
    <message>
        <source>Sign the addendum for %1.</source>
        <translation>Signer tillegget for %1.</translation>
    </message>
    <message>
        <source>Sign the session note for %1.</source>
        <translation>Signer journalnotatet for %1.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Forkast utkast</translation>
    </message>
    <message>
        <source>Discard this draft? Its text is deleted and cannot be recovered.</source>
        <translation>Forkaste dette utkastet? Teksten slettes og kan ikke gjenopprettes.</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardChoiceEditor</name>
    <message>
        <source>Refer the patient onward</source>
        <translation>Viderehenvis pasienten</translation>
    </message>
    <message>
        <source>No onward referral</source>
        <translation>Ingen viderehenvisning</translation>
    </message>
    <message>
        <source>Why there is no onward referral (e.g. the patient declined)</source>
        <translation>Hvorfor det ikke er noen viderehenvisning (f.eks. pasienten takket nei)</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardReferralEditor</name>
    <message>
        <source>The service&apos;s name, e.g. the local DPS</source>
        <translation>Navnet på tjenesten, f.eks. det lokale DPS-et</translation>
    </message>
    <message>
        <source>The needs the recipient is to meet</source>
        <translation>Behovene mottakeren skal dekke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Henvis til</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardReferralPage</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Sett status</translation>
    </message>
    <message>
        <source>Status of the selected referral</source>
        <translation>Status for den valgte henvisningen</translation>
    </message>
    <message>
        <source>Add onward referral</source>
        <translation>Legg til viderehenvisning</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Viderehenvisninger</translation>
    </message>
    <message>
        <source>New onward referral</source>
        <translation>Ny viderehenvisning</translation>
    </message>
</context>
<context>
    <name>forlop::OutcomeMeasuresTable</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skår</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Ved slutt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a score label with its range, e.g. &quot;Total score (0–27)&quot;</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>placeholder of an end score not yet recorded, with its range</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number from %3 to %4.</source>
        <extracomment>%1 score label, %2 instrument, %3 and %4 the range</extracomment>
        <translation>%1 for %2 må være et heltall fra %3 til %4.</translation>
    </message>
    <message>
        <source>Enter every end score of %1, or none of them.</source>
        <translation>Skriv inn alle sluttskårene for %1, eller ingen av dem.</translation>
    </message>
</context>
<context>
    <name>forlop::OverviewPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Logget inn som:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>You hold the key to clinical records.</source>
        <translation>Du har nøkkelen til journaler.</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records.</source>
        <translation>Venter på tilgang til journaler.</translation>
    </message>
    <message>
        <source>Your roles do not include clinical records.</source>
        <translation>Rollene dine omfatter ikke journaler.</translation>
    </message>
    <message>
        <source>Clinical records:</source>
        <translation>Journaler:</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records</source>
        <translation>Venter på tilgang til journaler</translation>
    </message>
    <message>
        <source>A unit leader must give you the key to clinical records before you can see notes, assessments and other clinical content. Ask your unit leader; you do not need to do anything else.</source>
        <translation>En enhetsleder må gi deg nøkkelen til journaler før du kan se journalnotater, utredninger og annet klinisk innhold. Spør enhetslederen din; du trenger ikke gjøre noe annet.</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demoklinikk</translation>
    </message>
    <message>
        <source>Test clinic</source>
        <translation>Testklinikk</translation>
    </message>
    <message>
        <source>This clinic is for trying Forløp. Use made-up people only, never real patients.</source>
        <translation>Denne klinikken er for å prøve Forløp. Bruk bare oppdiktede personer, aldri ekte pasienter.</translation>
    </message>
</context>
<context>
    <name>forlop::PackageTree</name>
    <message>
        <source>No scores</source>
        <translation>Ingen skårer</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a score and its range, e.g. &quot;12 (0–27)&quot;</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a score&apos;s label and its value, for instruments with several scores</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skårer</translation>
    </message>
    <message>
        <source>Date or reason</source>
        <translation>Dato eller begrunnelse</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>percent of the timepoint&apos;s instruments completed</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 completed, %3 declined</source>
        <extracomment>completion of the package at one timepoint</extracomment>
        <translation>%1 av %2 fullført, %3 avslått</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Ikke aktuelt ennå</translation>
    </message>
</context>
<context>
    <name>forlop::PatientRecordPage</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Åpne journal</translation>
    </message>
    <message>
        <source>Open a patient by pseudonym:</source>
        <translation>Åpne en pasient med pseudonym:</translation>
    </message>
    <message>
        <source>No record is open. Open one from My day, or type a pseudonym above.</source>
        <translation>Ingen journal er åpen. Åpne en fra Min dag, eller skriv et pseudonym ovenfor.</translation>
    </message>
    <message>
        <source>No patient has the pseudonym %1.</source>
        <translation>Ingen pasient har pseudonymet %1.</translation>
    </message>
</context>
<context>
    <name>forlop::PatientRecordView</name>
    <message>
        <source>New session note</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <source>Duty to report…</source>
        <translation>Meldeplikt…</translation>
    </message>
    <message>
        <source>Document an assessment of the duty to inform child welfare or to avert a crime</source>
        <translation>Dokumenter en vurdering av opplysningsplikten til barnevernet eller avvergeplikten</translation>
    </message>
    <message>
        <source>Emergency access: %1</source>
        <translation>Nødtilgang: %1</translation>
    </message>
</context>
<context>
    <name>forlop::PatientSearchModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Messages OK</source>
        <extracomment>Column: whether messages may be left on the patient&apos;s phone.</extracomment>
        <translation>Meldinger OK</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>forlop::PatientSearchPage</name>
    <message>
        <source>Find patient</source>
        <translation>Finn pasient</translation>
    </message>
    <message>
        <source>Reference (P-2026-…), name, phone or national ID</source>
        <translation>Referanse (P-2026-…), navn, telefon eller fødselsnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Type at least part of a reference, name, phone number or national ID and press Enter.</source>
        <translation>Skriv inn minst en del av en referanse, et navn, et telefonnummer eller et fødselsnummer og trykk Enter.</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Bestill time…</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or search by reference or phone number.</source>
        <translation>Ingen funnet. Sjekk stavemåten, eller søk med referanse eller telefonnummer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n found; scroll for more.</source>
        <translation>
            <numerusform>Den første %n funnet; bla for flere.</numerusform>
            <numerusform>De første %n funnet; bla for flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n funnet.</numerusform>
            <numerusform>%n funnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::PhoneIntakeDialog</name>
    <message>
        <source>New phone contact</source>
        <translation>Ny telefonkontakt</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Innkallingsbre&amp;v…</translation>
    </message>
    <message>
        <source>1. The caller</source>
        <translation>1. Den som ringer</translation>
    </message>
    <message>
        <source>&amp;Save and find a time</source>
        <translation>Lagre og &amp;finn en tid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>2. A first appointment</source>
        <translation>2. En første time</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Bestill</translation>
    </message>
    <message>
        <source>Book &amp;later</source>
        <translation>Bestill &amp;senere</translation>
    </message>
    <message>
        <source>The caller stays on the waiting list until a time is booked.</source>
        <translation>Den som ringer, blir stående på ventelisten til en time er bestilt.</translation>
    </message>
    <message>
        <source>3. Booked</source>
        <translation>3. Bestilt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt; and placed on the waiting list. Find a first appointment that suits the caller:</source>
        <extracomment>%1 is the new reference number, such as P-2026-0042.</extracomment>
        <translation>Lagret som &lt;b&gt;%1&lt;/b&gt; og satt på ventelisten. Finn en første time som passer for den som ringer:</translation>
    </message>
</context>
<context>
    <name>forlop::RecordHeader</name>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Registry (KvaSO)</source>
        <translation>Register (KvaSO)</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlingstimer</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Pseudonym %1</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 gjennomført av %n planlagt</numerusform>
            <numerusform>%1 gjennomført av %n planlagte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan yet</source>
        <translation>
            <numerusform>%n gjennomført, ingen plan ennå</numerusform>
            <numerusform>%n gjennomført, ingen plan ennå</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Not informed yet</source>
        <translation>Ikke informert ennå</translation>
    </message>
</context>
<context>
    <name>forlop::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Print or write down the recovery key now</source>
        <translation>Skriv ut eller skriv ned gjenopprettingsnøkkelen nå</translation>
    </message>
    <message>
        <source>The recovery key opens the clinic when every administrator and unit leader has forgotten their password. It is shown only this once and is not stored anywhere in clear.

Keep the printout locked away, apart from this computer: whoever has it can open every record.</source>
        <translation>Gjenopprettingsnøkkelen åpner klinikken når alle administratorer og enhetsledere har glemt passordet sitt. Den vises bare denne ene gangen og lagres ikke i klartekst noe sted.

Oppbevar utskriften innelåst, atskilt fra denne datamaskinen: den som har den, kan åpne alle journaler.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Jeg har skrevet ut eller skrevet ned gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Forløp recovery key</source>
        <translation>Gjenopprettingsnøkkel for Forløp</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Klinikk: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Skrevet ut: %1</translation>
    </message>
    <message>
        <source>This key opens the clinic when every administrator and unit leader has forgotten their password. Keep it locked away, apart from the computer: whoever has it can open every record.</source>
        <translation>Denne nøkkelen åpner klinikken når alle administratorer og enhetsledere har glemt passordet sitt. Oppbevar den innelåst, atskilt fra datamaskinen: den som har den, kan åpne alle journaler.</translation>
    </message>
</context>
<context>
    <name>forlop::ReferralPage</name>
    <message>
        <source>Received:</source>
        <translation>Mottatt:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Referrer:</source>
        <translation>Henviser:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Hastegrad:</translation>
    </message>
    <message>
        <source>First appointment offered:</source>
        <translation>Første time tilbudt:</translation>
    </message>
    <message>
        <source>Reason for referral:</source>
        <translation>Henvisningsgrunn:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>No reason was written.</source>
        <translation>Ingen begrunnelse ble skrevet.</translation>
    </message>
</context>
<context>
    <name>forlop::RegistryConsentBox</name>
    <message>
        <source>Registry consent (KvaSO)</source>
        <translation>Registersamtykke (KvaSO)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informert</translation>
    </message>
    <message>
        <source>The patient has been told about the registry, its purpose and which data it holds.</source>
        <translation>Pasienten har fått vite om registeret, formålet med det og hvilke data det inneholder.</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Samtykket</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Trukket…</translation>
    </message>
    <message>
        <source>A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>En tilbaketrekking er endelig: pasienten holdes utenfor alle senere registereksporter.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Data go to the registry only with consent. A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>Data går til registeret bare med samtykke. En tilbaketrekking er endelig: pasienten holdes utenfor alle senere registereksporter.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Not informed about the registry yet</source>
        <translation>Ikke informert om registeret ennå</translation>
    </message>
    <message>
        <source>Withdraw registry consent</source>
        <translation>Trekk tilbake registersamtykket</translation>
    </message>
    <message>
        <source>Record that the patient withdrew consent to the registry?

A withdrawal is final: the patient is left out of every later registry export, whatever is recorded afterwards.</source>
        <translation>Registrere at pasienten trakk tilbake samtykket til registeret?

En tilbaketrekking er endelig: pasienten holdes utenfor alle senere registereksporter, uansett hva som registreres etterpå.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrer tilbaketrekking</translation>
    </message>
</context>
<context>
    <name>forlop::ResetPasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Sett passord</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Tilbakestill passord</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and give it to them in person. They can change it after signing in.</source>
        <translation>Velg et nytt passord for %1 og gi det til vedkommende personlig. Vedkommende kan endre det etter innlogging.</translation>
    </message>
    <message>
        <source>%1 gets new keys with the new password, so a unit leader must grant access to clinical records again.</source>
        <translation>%1 får nye nøkler med det nye passordet, så en enhetsleder må gi tilgang til journaler på nytt.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Setter det nye passordet…</translation>
    </message>
</context>
<context>
    <name>forlop::RestoreDialog</name>
    <message>
        <source>REPLACE</source>
        <extracomment>Typed by the user to confirm replacing an existing database; keep it one short word in capitals</extracomment>
        <translation>ERSTATT</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>The backup is restored into a new database file, which you can then open in a second window. The clinic open now is not changed.</source>
        <translation>Sikkerhetskopien gjenopprettes til en ny databasefil, som du deretter kan åpne i et nytt vindu. Klinikken som er åpen nå, endres ikke.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>backup time, by user</comment>
        <translation>%1, av %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;la gjennom…</translation>
    </message>
    <message>
        <source>%1-restored-%2.forlop</source>
        <comment>file name: database name, time</comment>
        <translation>%1-gjenopprettet-%2.forlop</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Bruk gjenopprettingsnøkkelen i stedet</translation>
    </message>
    <message>
        <source>A database already exists there. It is kept beside the restored one under a new name, but every computer must close it first. To replace it, type %1.</source>
        <translation>Det finnes allerede en database der. Den beholdes ved siden av den gjenopprettede under et nytt navn, men alle datamaskiner må lukke den først. Skriv %1 for å erstatte den.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sikkerhetskopi:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Gjenopprett &amp;til:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Be&amp;kreft:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Gjenopprettings&amp;nøkkel:</translation>
    </message>
    <message>
        <source>Choose the backup folder (forlop-backup-…)</source>
        <translation>Velg mappen for sikkerhetskopien (forlop-backup-…)</translation>
    </message>
    <message>
        <source>Restore the backup to</source>
        <translation>Gjenopprett sikkerhetskopien til</translation>
    </message>
    <message>
        <source>Forløp databases (*.forlop)</source>
        <translation>Forløp-databaser (*.forlop)</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Velg en sikkerhetskopi å gjenopprette.</translation>
    </message>
    <message>
        <source>Choose where the restored database goes.</source>
        <translation>Velg hvor den gjenopprettede databasen skal ligge.</translation>
    </message>
    <message>
        <source>A database exists at %1. Type %2 to replace it, or choose a new location.</source>
        <translation>Det finnes en database i %1. Skriv %2 for å erstatte den, eller velg et nytt sted.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Skriv inn gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Skriv inn passordet.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Kontrollerer og gjenoppretter sikkerhetskopien…</translation>
    </message>
</context>
<context>
    <name>forlop::SessionProgressBar</name>
    <message numerus="yes">
        <source>%1 of %n planned sessions attended; the national advice is 16 to 20.</source>
        <extracomment>accessible description of the session bar</extracomment>
        <translation>
            <numerusform>%1 av %n planlagt time gjennomført; det nasjonale rådet er 16 til 20.</numerusform>
            <numerusform>%1 av %n planlagte timer gjennomført; det nasjonale rådet er 16 til 20.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended, no plan yet.</source>
        <translation>
            <numerusform>%n time gjennomført, ingen plan ennå.</numerusform>
            <numerusform>%n timer gjennomført, ingen plan ennå.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::SessionThemesEditor</name>
    <message>
        <source>Session</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Themes of the selected session</source>
        <translation>Temaer for den valgte timen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>%1 the session number, %2 its themes</extracomment>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Time %1: %2</translation>
    </message>
</context>
<context>
    <name>forlop::SessionsPage</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a note to read it here.</source>
        <translation>Velg et journalnotat for å lese det her.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <source>A new note, for the selected session if one is selected</source>
        <translation>Et nytt journalnotat, for den valgte timen hvis en er valgt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Legg til tillegg…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>(Deleted after a deletion request.)</source>
        <translation>(Slettet etter en anmodning om sletting.)</translation>
    </message>
    <message>
        <source>Addendum %1</source>
        <translation>Tillegg %1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signert %1</translation>
    </message>
    <message>
        <source>New note for this session</source>
        <translation>Nytt journalnotat for denne timen</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <extracomment>Heading of an addendum under the note it belongs to: when it was written, and its status.</extracomment>
        <translation>%1 (%2):</translation>
    </message>
</context>
<context>
    <name>forlop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The new language is used the next time Forløp starts.</source>
        <translation>Det nye språket brukes neste gang Forløp starter.</translation>
    </message>
    <message>
        <source>Forløp locks itself when nobody has used it for this many minutes. Signing in again opens the clinic where you left it.</source>
        <translation>Forløp låser seg selv når ingen har brukt det på så mange minutter. Når du logger inn igjen, åpnes klinikken der du slapp.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Lås etter så mange &amp;minutter uten bruk:</translation>
    </message>
</context>
<context>
    <name>forlop::SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>%1

Type your password to sign. A signed text cannot be changed afterwards; corrections are made as signed addenda.</source>
        <translation>%1

Skriv inn passordet ditt for å signere. En signert tekst kan ikke endres etterpå; rettelser gjøres som signerte tillegg.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
</context>
<context>
    <name>forlop::SlotBookingDialog</name>
    <message>
        <source>Find a time for %1</source>
        <extracomment>%1 is the patient&apos;s name or reference number.</extracomment>
        <translation>Finn en tid for %1</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Bestill</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Innkallingsbre&amp;v…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>forlop::SlotPicker</name>
    <message>
        <source>Any clinician</source>
        <translation>Hvilken som helst behandler</translation>
    </message>
    <message>
        <source>(none ticked: any day)</source>
        <translation>(ingen krysset av: hvilken som helst dag)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation>Formiddag (før kl. 12.00)</translation>
    </message>
    <message>
        <source>Afternoon (from 12:00)</source>
        <translation>Ettermiddag (fra kl. 12.00)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>Be&amp;handler:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>Days that suit:</source>
        <translation>Dager som passer:</translation>
    </message>
    <message>
        <source>T&amp;ime of day:</source>
        <translation>Tid på &amp;dagen:</translation>
    </message>
    <message>
        <source>&amp;Free times:</source>
        <translation>Ledige t&amp;ider:</translation>
    </message>
    <message numerus="yes">
        <source>No free time in the next %n days matches. Tick other days, choose another time of day or any clinician.</source>
        <translation>
            <numerusform>Ingen ledig tid den neste %n dagen passer. Kryss av for andre dager, velg et annet tidspunkt på dagen eller hvilken som helst behandler.</numerusform>
            <numerusform>Ingen ledig tid de neste %n dagene passer. Kryss av for andre dager, velg et annet tidspunkt på dagen eller hvilken som helst behandler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n free times, earliest first. Enter books the one chosen.</source>
        <translation>
            <numerusform>Den første %n ledige tiden, tidligste først. Enter bestiller den valgte.</numerusform>
            <numerusform>De første %n ledige tidene, tidligste først. Enter bestiller den valgte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, with %3</source>
        <extracomment>How a booked time is read out: %1 the day (&quot;Tuesday 03.03.2026&quot;), %2 the time (&quot;10:00–10:45&quot;), %3 the clinician.</extracomment>
        <translation>%1, %2, med %3</translation>
    </message>
</context>
<context>
    <name>forlop::SpellingMenu</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Ingen forslag til stavemåte</translation>
    </message>
</context>
<context>
    <name>forlop::Storage</name>
    <message>
        <source>The file %1 is not a Forløp database, or it is damaged. If it is your clinic&apos;s database, restore it from the latest backup.</source>
        <translation>Filen %1 er ikke en Forløp-database, eller den er skadet. Hvis det er klinikkens database, gjenopprett den fra den siste sikkerhetskopien.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasefilen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Databasefilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>A second SQLite library is loaded in this program; refusing to open the database.</source>
        <translation>Et annet SQLite-bibliotek er lastet i dette programmet; nekter å åpne databasen.</translation>
    </message>
    <message>
        <source>The file is not a Forløp database, or it is damaged.</source>
        <translation>Filen er ikke en Forløp-database, eller den er skadet.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from the latest backup.</source>
        <translation>Databasefilen er skadet. Gjenopprett den fra den siste sikkerhetskopien.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er full. Ingenting ble lagret; frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Databasen er opptatt i et annet vindu eller program. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved.</source>
        <translation>Disken rapporterte en feil. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing.</source>
        <translation>Databasefilen kan ikke åpnes for skriving.</translation>
    </message>
    <message>
        <source>Your role does not give access to this data.</source>
        <translation>Rollen din gir ikke tilgang til disse dataene.</translation>
    </message>
    <message>
        <source>A signed record cannot be changed or deleted. Add a signed addendum instead.</source>
        <translation>En signert registrering kan ikke endres eller slettes. Legg til et signert tillegg i stedet.</translation>
    </message>
    <message>
        <source>This log can only be added to.</source>
        <translation>Denne loggen kan bare legges til i.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Endringen bryter en regel i databasen og ble ikke lagret.</translation>
    </message>
    <message>
        <source>Database error %1.</source>
        <translation>Databasefeil %1.</translation>
    </message>
</context>
<context>
    <name>forlop::TimelinePage</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Dobbeltklikk for å åpne</translation>
    </message>
</context>
<context>
    <name>forlop::TreatmentPlanPage</name>
    <message>
        <source>Outside the national advice of 16–20 sessions. Write why: the plan is recorded as a departure from the national standard (a deviation).</source>
        <translation>Utenfor det nasjonale rådet om 16–20 timer. Skriv hvorfor: planen registreres som et avvik fra den nasjonale standarden.</translation>
    </message>
    <message>
        <source>Why this patient needs another number of sessions</source>
        <translation>Hvorfor denne pasienten trenger et annet antall timer</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>The national advice is 16 to 20 sessions (default 16).</source>
        <translation>Det nasjonale rådet er 16 til 20 timer (standard 16).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlingstimer</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Avlyst av pasienten</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Ikke møtt</translation>
    </message>
    <message>
        <source>Intake instruments are neither completed nor declined. Starting treatment now is recorded as a departure from the national standard: write why.</source>
        <translation>Inntaksinstrumenter er verken fullført eller avslått. Å starte behandlingen nå registreres som et avvik fra den nasjonale standarden: skriv hvorfor.</translation>
    </message>
    <message>
        <source>Why treatment starts before the package is complete</source>
        <translation>Hvorfor behandlingen starter før pakken er fullført</translation>
    </message>
    <message>
        <source>Start treatment</source>
        <translation>Start behandling</translation>
    </message>
    <message>
        <source>Start of treatment</source>
        <translation>Behandlingsstart</translation>
    </message>
    <message>
        <source>Treatment starts when the plan is made and the patient is identified (name and national ID number).</source>
        <translation>Behandlingen starter når planen er laget og pasienten er identifisert (navn og fødselsnummer).</translation>
    </message>
    <message>
        <source>No treatment plan. The plan is made during the assessment.</source>
        <translation>Ingen behandlingsplan. Planen lages under utredningen.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n session(s).</source>
        <translation>
            <numerusform>Plan på %n time.</numerusform>
            <numerusform>Plan på %n timer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: choose the number of sessions and the themes, then save.</source>
        <translation>Ingen plan ennå: velg antall timer og temaene, og lagre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned</source>
        <translation>
            <numerusform>%1 av %n planlagt</numerusform>
            <numerusform>%1 av %n planlagte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (no plan yet)</source>
        <translation>
            <numerusform>%n (ingen plan ennå)</numerusform>
            <numerusform>%n (ingen plan ennå)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Lagre planen først.</translation>
    </message>
    <message>
        <source>Shaded: the national advice of 16–20 sessions. Line: the plan.</source>
        <translation>Skravert: det nasjonale rådet om 16–20 timer. Strek: planen.</translation>
    </message>
</context>
<context>
    <name>forlop::UnmetNeedsBox</name>
    <message>
        <source>Open: refer onward or record why not</source>
        <translation>Åpent: viderehenvis eller registrer hvorfor ikke</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Viderehenvist</translation>
    </message>
    <message>
        <source>No referral: %1</source>
        <translation>Ingen henvisning: %1</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Udekkede behov</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>The need, e.g. substance use</source>
        <translation>Behovet, f.eks. rusbruk</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Legg til behov</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Funnet den</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nytt behov</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Registrer oppfølging</translation>
    </message>
    <message>
        <source>A need left without an onward referral or a recorded reason counts as a departure from the national standard.</source>
        <translation>Et behov som står uten viderehenvisning eller registrert begrunnelse, teller som et avvik fra den nasjonale standarden.</translation>
    </message>
    <message>
        <source>Follow up the need: %1</source>
        <translation>Følg opp behovet: %1</translation>
    </message>
    <message>
        <source>Record a need</source>
        <translation>Registrer et behov</translation>
    </message>
</context>
<context>
    <name>forlop::UserTableModel</name>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>Psykiater</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Waiting for access</source>
        <translation>Venter på tilgang</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No clinical access because the user&apos;s roles do not include it</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (HPR %2)</source>
        <comment>profession (HPR number)</comment>
        <translation>%1 (HPR %2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>A unit leader must grant this user access to clinical records.</source>
        <translation>En enhetsleder må gi denne brukeren tilgang til journaler.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinical records</source>
        <translation>Journaler</translation>
    </message>
</context>
<context>
    <name>forlop::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Add staff, reset forgotten passwords and deactivate accounts. Users are never deleted, so the record of who wrote what stays intact.</source>
        <translation>Legg til ansatte, tilbakestill glemte passord og deaktiver kontoer. Brukere slettes aldri, så opplysningene om hvem som skrev hva, forblir intakte.</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders marked “Waiting for access” cannot read clinical records until you grant access.</source>
        <translation>Behandlere og enhetsledere merket «Venter på tilgang» kan ikke lese journaler før du gir tilgang.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til bruker…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Tilbakestill passord…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <source>&amp;Grant access to clinical records</source>
        <translation>&amp;Gi tilgang til journaler</translation>
    </message>
    <message>
        <source>Re&amp;place clinical key…</source>
        <translation>&amp;Bytt klinisk nøkkel…</translation>
    </message>
    <message>
        <source>%1 was added. A unit leader must grant access to clinical records before they can read them.</source>
        <translation>%1 ble lagt til. En enhetsleder må gi tilgang til journaler før vedkommende kan lese dem.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 ble lagt til.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. A unit leader must grant access to clinical records again.</source>
        <translation>Passordet til %1 ble tilbakestilt. En enhetsleder må gi tilgang til journaler på nytt.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Passordet til %1 ble tilbakestilt.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktiver bruker</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and their keys are removed from the key file. The database key is then replaced, so that a copy of their old key file opens nothing; everyone else signs in as before. This takes a few seconds. The account stays in the list as deactivated.</source>
        <translation>%1 kan ikke lenger logge inn, og nøklene til vedkommende fjernes fra nøkkelfilen. Deretter byttes databasenøkkelen, slik at en kopi av den gamle nøkkelfilen ikke åpner noe; alle andre logger inn som før. Dette tar noen sekunder. Kontoen blir stående i listen som deaktivert.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Deactivating %1 and replacing the database key…</source>
        <translation>Deaktiverer %1 og bytter databasenøkkelen…</translation>
    </message>
    <message>
        <source>%1 was deactivated and the database key was replaced.</source>
        <translation>%1 ble deaktivert, og databasenøkkelen ble byttet.</translation>
    </message>
    <message>
        <source>Grant access to clinical records</source>
        <translation>Gi tilgang til journaler</translation>
    </message>
    <message>
        <source>Give %1 access to clinical records?</source>
        <translation>Gi %1 tilgang til journaler?</translation>
    </message>
    <message>
        <source>%1 will be able to read and write the clinical records of the patients allocated to them: notes, assessments and duty-to-report records. The grant is recorded in the audit log.</source>
        <translation>%1 vil kunne lese og skrive journalene til pasientene som er tildelt vedkommende: journalnotater, utredninger og meldepliktregistreringer. Tildelingen registreres i tilgangsloggen.</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Gi tilgang</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 har nå tilgang til journaler.</translation>
    </message>
    <message>
        <source>Replace clinical key</source>
        <translation>Bytt klinisk nøkkel</translation>
    </message>
    <message>
        <source>Replace the key to clinical records?</source>
        <translation>Bytte nøkkelen til journaler?</translation>
    </message>
    <message>
        <source>Every clinical field is decrypted and encrypted again under a new key, and the new key is given to everyone who holds the current one. Do this after someone with access to clinical records has left. Keep Forløp open until it is done.</source>
        <translation>Hvert kliniske felt dekrypteres og krypteres på nytt med en ny nøkkel, og den nye nøkkelen gis til alle som har den nåværende. Gjør dette etter at noen med tilgang til journaler har sluttet. Hold Forløp åpent til det er ferdig.</translation>
    </message>
    <message>
        <source>&amp;Replace key</source>
        <translation>&amp;Bytt nøkkel</translation>
    </message>
    <message>
        <source>Encrypting clinical records under the new key…</source>
        <translation>Krypterer journaler med den nye nøkkelen…</translation>
    </message>
    <message>
        <source>The clinical key was replaced.</source>
        <translation>Den kliniske nøkkelen ble byttet.</translation>
    </message>
</context>
<context>
    <name>forlop::WaitingListModel</name>
    <message>
        <source>%1 (earlier offer %2)</source>
        <extracomment>A waiting patient&apos;s stage, and the date of a first appointment that did not take place.</extracomment>
        <translation>%1 (tidligere tilbud %2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Hvem som helst</translation>
    </message>
    <message>
        <source>Find a free time for this patient and book it</source>
        <translation>Finn en ledig tid for denne pasienten og bestill den</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Dager ventet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>forlop::WaitingListPage</name>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Find slot</source>
        <translation>Finn tid</translation>
    </message>
    <message>
        <source>&amp;Find slot…</source>
        <translation>&amp;Finn tid…</translation>
    </message>
    <message>
        <source>For the chosen patient (Enter or a double-click on the row does the same)</source>
        <translation>For den valgte pasienten (Enter eller dobbeltklikk på raden gjør det samme)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen venter.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 is &quot;N waiting&quot;, %2 &quot;N urgent&quot;, %3 &quot;longest N days&quot;.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n haster</numerusform>
            <numerusform>%n haster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n days</source>
        <translation>
            <numerusform>lengste %n dag</numerusform>
            <numerusform>lengste %n dager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forløp: case management for the clinics of Det finnes hjelp.</source>
        <translation>Forløp: saksbehandling for klinikkene til Det finnes hjelp.</translation>
    </message>
    <message>
        <source>Open the clinic database at PATH (created on first run).</source>
        <translation>Åpne klinikkdatabasen i PATH (opprettes ved første oppstart).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Mark this run as a demo (synthetic data only).</source>
        <translation>Merk denne kjøringen som en demo (bare syntetiske data).</translation>
    </message>
    <message>
        <source>No folder for application data was found; start Forløp with --database PATH.
</source>
        <translation>Fant ingen mappe for programdata; start Forløp med --database PATH.
</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Advarsel: kjernedumper kunne ikke slås av.
</translation>
    </message>
</context>
</TS>
