<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AppointmentLetters</name>
    <message>
        <source>the recipient&apos;s name (the reference number when no name is known)</source>
        <translation>namnet til mottakaren (referansenummeret når namnet ikkje er kjent)</translation>
    </message>
    <message>
        <source>the day of the week of the appointment</source>
        <translation>vekedagen for timen</translation>
    </message>
    <message>
        <source>the date of the appointment</source>
        <translation>datoen for timen</translation>
    </message>
    <message>
        <source>the time it starts</source>
        <translation>klokkeslettet han startar</translation>
    </message>
    <message>
        <source>the time it ends</source>
        <translation>klokkeslettet han sluttar</translation>
    </message>
    <message>
        <source>where: the address, or how a video or phone meeting works</source>
        <translation>kvar: adressa, eller korleis eit video- eller telefonmøte går føre seg</translation>
    </message>
    <message>
        <source>the clinic&apos;s address for letters, on one line</source>
        <translation>postadressa til klinikken, på éi linje</translation>
    </message>
    <message>
        <source>the first line of the clinic&apos;s address</source>
        <translation>første linja i postadressa til klinikken</translation>
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

Vi stadfestar med dette timen din {weekday} {date} kl. {time}.

Stad: {place}

Dersom du ikkje kan kome, gje oss beskjed så tidleg som mogleg, slik at timen kan gjevast til nokon andre.

Vennleg helsing
{sender}</translation>
    </message>
    <message>
        <source>a video meeting; you will receive the link separately.</source>
        <translation>eit videomøte; du får lenkja separat.</translation>
    </message>
    <message>
        <source>by phone; we will call you at that time.</source>
        <translation>på telefon; vi ringjer deg på det tidspunktet.</translation>
    </message>
    <message>
        <source>The letter is empty.</source>
        <translation>Brevet er tomt.</translation>
    </message>
    <message numerus="yes">
        <source>The letter is longer than %n characters.</source>
        <translation>
            <numerusform>Brevet er lengre enn %n teikn.</numerusform>
            <numerusform>Brevet er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter uses %1, which Forløp does not know. Use %2.</source>
        <extracomment>%1 is a placeholder such as {nmae}; %2 lists the ones that work.</extracomment>
        <translation>Brevet brukar %1, som Forløp ikkje kjenner. Bruk %2.</translation>
    </message>
    <message>
        <source>The letter must say when: keep {date} and {time} in it.</source>
        <translation>Brevet må seie når: behald {date} og {time} i det.</translation>
    </message>
    <message>
        <source>The letter must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>Brevet må ikkje avsløre kva slags teneste dette er. Fjern %1.</translation>
    </message>
    <message>
        <source>Write the clinic&apos;s address for letters.</source>
        <translation>Skriv postadressa til klinikken.</translation>
    </message>
    <message numerus="yes">
        <source>The address is longer than %n characters.</source>
        <translation>
            <numerusform>Adressa er lengre enn %n teikn.</numerusform>
            <numerusform>Adressa er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is printed on letters and envelopes, so it must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>Adressa vert skriven ut på brev og konvoluttar, så ho må ikkje avsløre kva slags teneste dette er. Fjern %1.</translation>
    </message>
    <message>
        <source>Only a booked appointment gets a letter; this one is marked “%1”.</source>
        <translation>Berre ein bestilt time får brev; denne er merkt «%1».</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address for letters is not set yet. An administrator writes it under Letter settings.</source>
        <translation>Postadressa til klinikken er ikkje sett enno. Ein administrator skriv ho under Brevinnstillingar.</translation>
    </message>
    <message>
        <source>The letter would reveal what kind of service this is, so it was not made. An administrator must remove %1 from the letter settings.</source>
        <translation>Brevet ville avsløre kva slags teneste dette er, så det vart ikkje laga. Ein administrator må fjerne %1 frå brevinnstillingane.</translation>
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
        <translation>Ikkje møtt</translation>
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
        <translation>Ikkje møtt</translation>
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
        <translation>Utgreiing</translation>
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
        <translation>Ikkje starta</translation>
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
        <translation>Utgreiingspakken er ikkje starta for denne pasienten.</translation>
    </message>
    <message>
        <source>That instrument is not part of this patient&apos;s package.</source>
        <translation>Det instrumentet er ikkje ein del av pakken til pasienten.</translation>
    </message>
    <message>
        <source>%1 is not given at this timepoint.</source>
        <translation>%1 er ikkje gitt ved dette tidspunktet.</translation>
    </message>
    <message>
        <source>%1 has no score field named %2.</source>
        <translation>%1 har ikkje noko skårfelt som heiter %2.</translation>
    </message>
    <message>
        <source>%1 of %2 must lie between %3 and %4.</source>
        <extracomment>%1 score label, %2 instrument name, %3 and %4 the range</extracomment>
        <translation>%1 for %2 må liggje mellom %3 og %4.</translation>
    </message>
    <message>
        <source>Enter %1 before marking %2 completed.</source>
        <translation>Fyll inn %1 før du markerer %2 som fullført.</translation>
    </message>
    <message>
        <source>Write why the instrument was declined.</source>
        <translation>Skriv kvifor instrumentet vart avslått.</translation>
    </message>
    <message>
        <source>A declined instrument has no scores.</source>
        <translation>Eit avslått instrument har ingen skårar.</translation>
    </message>
    <message>
        <source>An instrument that is not started has no scores.</source>
        <translation>Eit instrument som ikkje er påbyrja, har ingen skårar.</translation>
    </message>
    <message>
        <source>A completed instrument needs the date it was completed, not in the future.</source>
        <translation>Eit fullført instrument treng datoen det vart fullført, ikkje i framtida.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen vart ikkje funnen.</translation>
    </message>
    <message>
        <source>The appointment was cancelled, so attendance cannot be marked.</source>
        <translation>Timen vart avlyst, så oppmøte kan ikkje registrerast.</translation>
    </message>
    <message>
        <source>The appointment has not begun yet. Mark attendance once it has started.</source>
        <translation>Timen har ikkje byrja enno. Registrer oppmøte når han har starta.</translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Signed in</source>
        <translation>Logga inn</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Mislukka innlogging</translation>
    </message>
    <message>
        <source>Locked or signed out</source>
        <translation>Låst eller logga ut</translation>
    </message>
    <message>
        <source>Created the clinic</source>
        <translation>Oppretta klinikken</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>La til ein brukar</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Deaktiverte ein brukar</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Endra eige passord</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Tilbakestilte eit passord</translation>
    </message>
    <message>
        <source>Granted access to clinical records</source>
        <translation>Gav tilgang til journalar</translation>
    </message>
    <message>
        <source>Replaced the database key</source>
        <translation>Bytte databasenøkkelen</translation>
    </message>
    <message>
        <source>Replaced the clinical key</source>
        <translation>Bytte den kliniske nøkkelen</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Endra ei innstilling</translation>
    </message>
    <message>
        <source>Took a backup</source>
        <translation>Tok ein tryggingskopi</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Gjenoppretta ein tryggingskopi</translation>
    </message>
    <message>
        <source>Viewed the audit log</source>
        <translation>Såg på tilgangsloggen</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Reviewed an emergency access</source>
        <translation>Gjekk gjennom ein nødtilgang</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Tilgang nekta</translation>
    </message>
    <message>
        <source>Registered a patient</source>
        <translation>Registrerte ein pasient</translation>
    </message>
    <message>
        <source>Opened the patient&apos;s record</source>
        <translation>Opna journalen til pasienten</translation>
    </message>
    <message>
        <source>Searched for patients</source>
        <translation>Søkte etter pasientar</translation>
    </message>
    <message>
        <source>Changed identity or contact details</source>
        <translation>Endra identitet eller kontaktopplysningar</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Tildelt ein behandlar</translation>
    </message>
    <message>
        <source>Blocked a staff member</source>
        <translation>Sperra ein tilsett</translation>
    </message>
    <message>
        <source>Lifted a block</source>
        <translation>Oppheva ei sperre</translation>
    </message>
    <message>
        <source>Registered a referral</source>
        <translation>Registrerte ei henvising</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Importerte henvisingar</translation>
    </message>
    <message>
        <source>Started the eligibility assessment</source>
        <translation>Starta vurderinga av inklusjon</translation>
    </message>
    <message>
        <source>Answered an eligibility criterion</source>
        <translation>Svarte på eit inklusjonskriterium</translation>
    </message>
    <message>
        <source>Decided on eligibility</source>
        <translation>Avgjorde inklusjon</translation>
    </message>
    <message>
        <source>Started the assessment package</source>
        <translation>Starta utgreiingspakken</translation>
    </message>
    <message>
        <source>Recorded an assessment instrument</source>
        <translation>Registrerte eit utgreiingsinstrument</translation>
    </message>
    <message>
        <source>Made the treatment plan</source>
        <translation>Laga behandlingsplanen</translation>
    </message>
    <message>
        <source>Changed the treatment plan</source>
        <translation>Endra behandlingsplanen</translation>
    </message>
    <message>
        <source>Recorded a session</source>
        <translation>Registrerte ein time</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Skreiv eit journalnotat</translation>
    </message>
    <message>
        <source>Changed a draft note</source>
        <translation>Endra eit utkast til journalnotat</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Signerte eit journalnotat</translation>
    </message>
    <message>
        <source>Added to a signed note</source>
        <translation>La til i eit signert journalnotat</translation>
    </message>
    <message>
        <source>Read a note</source>
        <translation>Las eit journalnotat</translation>
    </message>
    <message>
        <source>Started a duty-to-report record</source>
        <translation>Starta ei meldepliktvurdering</translation>
    </message>
    <message>
        <source>Signed a duty-to-report record</source>
        <translation>Signerte ei meldepliktvurdering</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Vidarehenviste</translation>
    </message>
    <message>
        <source>Ended treatment</source>
        <translation>Avslutta behandlinga</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>Bestilte ein time</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>Flytta ein time</translation>
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
        <translation>Skreiv ut eit brev</translation>
    </message>
    <message>
        <source>Exported to the quality registry</source>
        <translation>Eksporterte til kvalitetsregisteret</translation>
    </message>
    <message>
        <source>Exported the patient&apos;s access log</source>
        <translation>Eksporterte tilgangsloggen til pasienten</translation>
    </message>
    <message>
        <source>Offered a first appointment</source>
        <translation>Tilbaud ein første time</translation>
    </message>
    <message>
        <source>Completed the eligibility assessment</source>
        <translation>Fullførte vurderinga av inklusjon</translation>
    </message>
    <message>
        <source>Overrode the eligibility decision</source>
        <translation>Overstyrte inklusjonsavgjerda</translation>
    </message>
    <message>
        <source>Excluded without onward referral</source>
        <translation>Ekskludert utan vidarehenvising</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>Registrerte oppmøte</translation>
    </message>
    <message>
        <source>Recorded a departure from the standard</source>
        <translation>Registrerte eit avvik frå standarden</translation>
    </message>
    <message>
        <source>Discarded a draft note</source>
        <translation>Forkasta eit utkast til journalnotat</translation>
    </message>
    <message>
        <source>Asked for a note to be deleted</source>
        <translation>Bad om sletting av eit journalnotat</translation>
    </message>
    <message>
        <source>Signing refused</source>
        <translation>Signering nekta</translation>
    </message>
    <message>
        <source>Changed a duty-to-report record</source>
        <translation>Endra ei meldepliktvurdering</translation>
    </message>
    <message>
        <source>Looked at open duty-to-report records</source>
        <translation>Såg på opne meldepliktvurderingar</translation>
    </message>
    <message>
        <source>Updated an onward referral</source>
        <translation>Oppdaterte ei vidarehenvising</translation>
    </message>
    <message>
        <source>Recorded an unmet need</source>
        <translation>Registrerte eit udekt behov</translation>
    </message>
    <message>
        <source>Referred an unmet need onward</source>
        <translation>Vidarehenviste for eit udekt behov</translation>
    </message>
    <message>
        <source>Gave a reason for an unmet need</source>
        <translation>Gav ei grunngjeving for eit udekt behov</translation>
    </message>
    <message>
        <source>Started follow-up</source>
        <translation>Starta oppfølging</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>Bestilte ein serie timar</translation>
    </message>
    <message>
        <source>Attended an appointment</source>
        <translation>Møtte til ein time</translation>
    </message>
    <message>
        <source>Did not come to an appointment</source>
        <translation>Møtte ikkje til ein time</translation>
    </message>
    <message>
        <source>Included in the quality registry export</source>
        <translation>Teken med i eksporten til kvalitetsregisteret</translation>
    </message>
    <message>
        <source>Looked at statistics</source>
        <translation>Såg på statistikk</translation>
    </message>
    <message>
        <source>Exported statistics</source>
        <translation>Eksporterte statistikk</translation>
    </message>
    <message>
        <source>Looked at a report</source>
        <translation>Såg på ein rapport</translation>
    </message>
    <message>
        <source>Looked at the calendar</source>
        <translation>Såg på kalenderen</translation>
    </message>
    <message>
        <source>Looked at a caseload</source>
        <translation>Såg på ei pasientliste</translation>
    </message>
    <message>
        <source>Looked at caseloads</source>
        <translation>Såg på pasientlister</translation>
    </message>
    <message>
        <source>Looked at a caseload&apos;s appointments</source>
        <translation>Såg på timane i ei pasientliste</translation>
    </message>
    <message>
        <source>Looked at the waiting list</source>
        <translation>Såg på ventelista</translation>
    </message>
    <message>
        <source>Looked at waiting times</source>
        <translation>Såg på ventetider</translation>
    </message>
    <message>
        <source>New version of the eligibility criteria</source>
        <translation>Ny versjon av inklusjonskriteria</translation>
    </message>
    <message>
        <source>New version of the instrument catalogue</source>
        <translation>Ny versjon av instrumentkatalogen</translation>
    </message>
    <message>
        <source>New version of the treatment themes</source>
        <translation>Ny versjon av behandlingstemaa</translation>
    </message>
    <message>
        <source>Read the timeline</source>
        <translation>Las tidslinja</translation>
    </message>
    <message>
        <source>Read the referral</source>
        <translation>Las henvisinga</translation>
    </message>
    <message>
        <source>Read the referral reason</source>
        <translation>Las henvisingsgrunnen</translation>
    </message>
    <message>
        <source>Read the eligibility assessment</source>
        <translation>Las vurderinga av inklusjon</translation>
    </message>
    <message>
        <source>Read the assessment package</source>
        <translation>Las utgreiingspakken</translation>
    </message>
    <message>
        <source>Looked at the assessment package&apos;s completion</source>
        <translation>Såg på fullføringa av utgreiingspakken</translation>
    </message>
    <message>
        <source>Read the registry consent</source>
        <translation>Las registersamtykket</translation>
    </message>
    <message>
        <source>Read the treatment plan</source>
        <translation>Las behandlingsplanen</translation>
    </message>
    <message>
        <source>Read a session</source>
        <translation>Las ein time</translation>
    </message>
    <message>
        <source>Looked at the number of sessions</source>
        <translation>Såg på talet på timar</translation>
    </message>
    <message>
        <source>Read a request to delete a note</source>
        <translation>Las ein førespurnad om sletting av eit journalnotat</translation>
    </message>
    <message>
        <source>Read a departure from the standard</source>
        <translation>Las eit avvik frå standarden</translation>
    </message>
    <message>
        <source>Read a duty-to-report record</source>
        <translation>Las ei meldepliktvurdering</translation>
    </message>
    <message>
        <source>Read an onward referral</source>
        <translation>Las ei vidarehenvising</translation>
    </message>
    <message>
        <source>Read an unmet need</source>
        <translation>Las eit udekt behov</translation>
    </message>
    <message>
        <source>Read the end of treatment</source>
        <translation>Las avslutninga av behandlinga</translation>
    </message>
    <message>
        <source>Looked at an appointment</source>
        <translation>Såg på ein time</translation>
    </message>
    <message>
        <source>Looked at a series of appointments</source>
        <translation>Såg på ein serie timar</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <extracomment>An audit entry: the patient&apos;s pathway moved to this state</extracomment>
        <translation>Forløp: %1</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Eksporterte ein rapport</translation>
    </message>
</context>
<context>
    <name>AuditExportCommand</name>
    <message>
        <source>Writes one patient&apos;s access log (who, when, in which role, why) as CSV, for the patient&apos;s copy (unit leaders only).</source>
        <translation>Skriv tilgangsloggen til éin pasient (kven, når, i kva rolle, kvifor) som CSV, til kopien til pasienten (berre einingsleiarar).</translation>
    </message>
    <message>
        <source>The patient&apos;s pseudonym (such as P-2026-0042) or record number.</source>
        <translation>Pseudonymet til pasienten (til dømes P-2026-0042) eller journalnummeret.</translation>
    </message>
    <message>
        <source>Write the CSV to this file instead of standard output. The file is replaced only once it has been written completely.</source>
        <translation>Skriv CSV-en til denne fila i staden for standard ut. Fila vert erstatta først når ho er ferdigskriven.</translation>
    </message>
    <message>
        <source>--patient needs a pseudonym or a record number.</source>
        <translation>--patient treng eit pseudonym eller eit journalnummer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n access log entries to %1.</source>
        <translation>
            <numerusform>Skreiv %n oppføring i tilgangsloggen til %1.</numerusform>
            <numerusform>Skreiv %n oppføringar i tilgangsloggen til %1.</numerusform>
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
        <translation>Loggrad %1 manglar: loggen hoppar til rad %2.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order.</source>
        <translation>Loggrad %1 er i feil rekkjefølgje.</translation>
    </message>
    <message>
        <source>Audit row %1 has been changed, inserted or removed: its hash does not match the chain.</source>
        <translation>Loggrad %1 er endra, sett inn eller fjerna: hashen stemmer ikkje med kjeda.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Loggrad %1 stemmer ikkje med ankeret i nøkkelfila.</translation>
    </message>
    <message>
        <source>The audit log has been truncated: rows %1 to %2, recorded in the key file, are missing.</source>
        <translation>Tilgangsloggen er avkorta: radene %1 til %2, som er registrerte i nøkkelfila, manglar.</translation>
    </message>
</context>
<context>
    <name>AuditReview</name>
    <message>
        <source>Treating clinician</source>
        <translation>Behandlande behandlar</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Einingsleiar</translation>
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
        <translation>Kven</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>Recomputes the audit log&apos;s hash chain; exits 0 when it is intact and 1, naming the first bad row, when a row has been changed, inserted or removed (administrators and unit leaders).</source>
        <translation>Reknar ut hashkjeda i tilgangsloggen på nytt; avsluttar med 0 når ho er intakt, og med 1, med namnet på første feil rad, når ei rad er endra, sett inn eller fjerna (administratorar og einingsleiarar).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), chained from the first to the last and matching the anchor kept in the key file.</source>
        <translation>
            <numerusform>Tilgangsloggen er intakt: %n rad, kjeda frå første til siste og i samsvar med ankeret i nøkkelfila.</numerusform>
            <numerusform>Tilgangsloggen er intakt: %n rader, kjeda frå første til siste og i samsvar med ankeret i nøkkelfila.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Det finst ingen tryggingskopi i %1.</translation>
    </message>
    <message>
        <source>%1 is not the database of the backup in %2; give the backup&apos;s folder instead.</source>
        <translation>%1 er ikkje databasen til tryggingskopien i %2; oppgje mappa til tryggingskopien i staden.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Takes a verified, encrypted backup of the clinic into a folder, and removes old backups there.</source>
        <translation>Tek ein verifisert, kryptert tryggingskopi av klinikken til ei mappe, og fjernar gamle tryggingskopiar der.</translation>
    </message>
    <message>
        <source>The backup folder, preferably on another disk. Each backup is a new folder inside it, holding the encrypted database, its key file and a description.</source>
        <translation>Mappa for tryggingskopiar, helst på ein annan disk. Kvar tryggingskopi er ei ny mappe i ho, med den krypterte databasen, nøkkelfila og ei skildring.</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent days (default %1).</source>
        <translation>Behald den nyaste tryggingskopien for så mange av dei siste dagane (standard %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent weeks (default %1).</source>
        <translation>Behald den nyaste tryggingskopien for så mange av dei siste vekene (standard %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent months (default %1).</source>
        <translation>Behald den nyaste tryggingskopien for så mange av dei siste månadene (standard %1).</translation>
    </message>
    <message>
        <source>Remove no old backups.</source>
        <translation>Ikkje fjern nokon gamle tryggingskopiar.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more.</source>
        <translation>Valet --%1 treng eit heiltal på 0 eller meir.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Tryggingskopi skriven og verifisert: %1</translation>
    </message>
    <message>
        <source>  audit trail up to row %1; schema version %2</source>
        <translation>  tilgangslogg til og med rad %1; skjemaversjon %2</translation>
    </message>
    <message>
        <source>It can be restored with any current user&apos;s password or with the recovery key.</source>
        <translation>Han kan gjenopprettast med passordet til kva som helst noverande brukar eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Removed old backup %1</source>
        <translation>Fjerna gammal tryggingskopi %1</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>The backup description %1 is damaged, so this backup cannot be trusted. Restore from another backup.</source>
        <translation>Skildringa av tryggingskopien %1 er skadd, så denne tryggingskopien kan ein ikkje stole på. Gjenopprett frå ein annan tryggingskopi.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Forløp. Install that version to restore it.</source>
        <translation>Tryggingskopien %1 vart laga av ein nyare versjon av Forløp. Installer den versjonen for å gjenopprette han.</translation>
    </message>
    <message>
        <source>%1 is not a Forløp backup: its description %2 is missing.</source>
        <translation>%1 er ikkje ein tryggingskopi frå Forløp: skildringa %2 manglar.</translation>
    </message>
    <message>
        <source>The backup description %1 cannot be read.</source>
        <translation>Skildringa av tryggingskopien %1 kan ikkje lesast.</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Backup failed</source>
        <translation>Tryggingskopieringa mislukkast</translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>Ingen tryggingskopi vart teken.</translation>
    </message>
    <message>
        <source>Choose a folder for backups, preferably on another disk</source>
        <translation>Vel ei mappe for tryggingskopiar, helst på ein annan disk</translation>
    </message>
    <message>
        <source>Taking a backup and checking it…</source>
        <translation>Tek ein tryggingskopi og kontrollerer han…</translation>
    </message>
    <message>
        <source>Backup taken and verified: %1</source>
        <translation>Tryggingskopi teken og verifisert: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup could not be copied to %1. Is the disk full?</source>
        <translation>Tryggingskopien kunne ikkje kopierast til %1. Er disken full?</translation>
    </message>
    <message>
        <source>The existing database could not be moved aside; nothing was restored.</source>
        <translation>Den eksisterande databasen kunne ikkje flyttast til sides; ingenting vart gjenoppretta.</translation>
    </message>
    <message>
        <source>Restore to a new location, not into the backup&apos;s own folder.</source>
        <translation>Gjenopprett til ein ny stad, ikkje inn i mappa til sjølve tryggingskopien.</translation>
    </message>
    <message>
        <source>A database already exists at %1. Restore to a new location, or confirm that it may be replaced (it will be kept beside the restored one).</source>
        <translation>Det finst allereie ein database i %1. Gjenopprett til ein ny stad, eller stadfest at han kan erstattast (han vert halden ved sida av den gjenoppretta).</translation>
    </message>
    <message>
        <source>The database at %1 is open in Forløp. Close Forløp on every computer that uses it, then restore again.</source>
        <translation>Databasen i %1 er open i Forløp. Lukk Forløp på alle datamaskiner som brukar han, og gjenopprett på nytt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappa %1 kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>The copy of the backup differs from the backup; the disk may be failing.</source>
        <translation>Kopien av tryggingskopien er ulik tryggingskopien; disken kan vere i ferd med å svikte.</translation>
    </message>
    <message>
        <source>The restored database could not be closed cleanly.</source>
        <translation>Den gjenoppretta databasen kunne ikkje lukkast skikkeleg.</translation>
    </message>
    <message>
        <source>The database at %1 was opened while restoring; nothing was replaced.</source>
        <translation>Databasen i %1 vart opna under gjenopprettinga; ingenting vart erstatta.</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1.</source>
        <translation>Den gjenoppretta databasen kunne ikkje flyttast til %1.</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>%1 was left alone: %2</source>
        <translation>%1 vart late vere: %2</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>Den gamle tryggingskopien %1 kunne ikkje slettast.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>This clinic has no verified backup. Take a backup now, and choose a backup folder on another disk in the settings so that backups are taken automatically.</source>
        <translation>Denne klinikken har ingen verifisert tryggingskopi. Ta ein tryggingskopi no, og vel ei mappe for tryggingskopiar på ein annan disk i innstillingane, slik at tryggingskopiar vert tekne automatisk.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup of this clinic is %n day(s) old. Take a backup now, and check that the backup disk is connected.</source>
        <translation>
            <numerusform>Den siste verifiserte tryggingskopien av denne klinikken er %n dag gammal. Ta ein tryggingskopi no, og sjekk at disken for tryggingskopiar er kopla til.</numerusform>
            <numerusform>Den siste verifiserte tryggingskopien av denne klinikken er %n dagar gammal. Ta ein tryggingskopi no, og sjekk at disken for tryggingskopiar er kopla til.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup file %1 is damaged: %2 Restore from another backup.</source>
        <extracomment>%1 is a file name, %2 says what is wrong with it</extracomment>
        <translation>Tryggingskopifila %1 er skadd: %2 Gjenopprett frå ein annan tryggingskopi.</translation>
    </message>
    <message>
        <source>The backup file %1 is missing from %2. Restore from another backup.</source>
        <translation>Tryggingskopifila %1 manglar i %2. Gjenopprett frå ein annan tryggingskopi.</translation>
    </message>
    <message>
        <source>it has the wrong size (it may have been cut short while copying).</source>
        <translation>ho har feil storleik (ho kan ha vorte avkorta under kopieringa).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>Tryggingskopifila %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>its contents differ from what was verified when the backup was made.</source>
        <translation>innhaldet er ulikt det som vart verifisert då tryggingskopien vart laga.</translation>
    </message>
    <message>
        <source>it fails the integrity check (%1).</source>
        <translation>ho består ikkje integritetssjekken (%1).</translation>
    </message>
    <message>
        <source>its schema version differs from the snapshot.</source>
        <translation>skjemaversjonen er ulik augneblinksbiletet.</translation>
    </message>
    <message>
        <source>table %1 has %2 rows, but the snapshot had %3.</source>
        <translation>tabellen %1 har %2 rader, men augneblinksbiletet hadde %3.</translation>
    </message>
    <message>
        <source>its tables differ from the snapshot.</source>
        <translation>tabellane er ulike augneblinksbiletet.</translation>
    </message>
    <message>
        <source>its audit trail ends at a different row than the snapshot&apos;s.</source>
        <translation>tilgangsloggen sluttar på ei anna rad enn i augneblinksbiletet.</translation>
    </message>
    <message>
        <source>The key file beside %1 belongs to another clinic.</source>
        <translation>Nøkkelfila ved sida av %1 høyrer til ein annan klinikk.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the active user %2.</source>
        <translation>Nøkkelfila ved sida av %1 har inga oppføring for den aktive brukaren %2.</translation>
    </message>
    <message>
        <source>The key file beside %1 has an entry for %2, who is not an active user in it.</source>
        <translation>Nøkkelfila ved sida av %1 har ei oppføring for %2, som ikkje er ein aktiv brukar i ho.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the recovery key.</source>
        <translation>Nøkkelfila ved sida av %1 har inga oppføring for gjenopprettingsnøkkelen.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>THE BACKUP FAILED and nothing was added to %1; earlier backups there are kept. %2</source>
        <extracomment>%1 is the backup folder, %2 the reason</extracomment>
        <translation>TRYGGINGSKOPIERINGA MISLUKKAST, og ingenting vart lagt til i %1; tidlegare tryggingskopiar der er haldne ved lag. %2</translation>
    </message>
    <message>
        <source>The copied key file has no entry for you.</source>
        <translation>Den kopierte nøkkelfila har inga oppføring for deg.</translation>
    </message>
    <message>
        <source>The copied key file does not open the copy.</source>
        <translation>Den kopierte nøkkelfila opnar ikkje kopien.</translation>
    </message>
    <message>
        <source>The backup description could not be written. Is the backup disk full?</source>
        <translation>Skildringa av tryggingskopien kunne ikkje skrivast. Er disken for tryggingskopiar full?</translation>
    </message>
    <message>
        <source>The copy could not be read back.</source>
        <translation>Kopien kunne ikkje lesast tilbake.</translation>
    </message>
    <message>
        <source>The backup could not be saved to the disk (sync failed).</source>
        <translation>Tryggingskopien kunne ikkje lagrast på disken (synkronisering mislukkast).</translation>
    </message>
    <message>
        <source>The backup folder holds unexpected files.</source>
        <translation>Mappa for tryggingskopiar inneheld uventa filer.</translation>
    </message>
    <message>
        <source>The verified backup could not be given its final name.</source>
        <translation>Den verifiserte tryggingskopien kunne ikkje få det endelege namnet sitt.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written. Is the backup disk connected?</source>
        <translation>Det kan ikkje skrivast til mappa for tryggingskopiar. Er disken for tryggingskopiar kopla til?</translation>
    </message>
    <message>
        <source>The backup %1 was written and verified, but it could not be recorded in the clinic&apos;s log. %2</source>
        <translation>Tryggingskopien %1 vart skriven og verifisert, men kunne ikkje registrerast i loggen til klinikken. %2</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Only a booked appointment can be moved; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Berre ein bestilt time kan flyttast; denne er merkt «%1».</translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen vart ikkje funnen.</translation>
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
        <translation>%1 er sjukmeld %2.</translation>
    </message>
    <message>
        <source>%1 is away %2.</source>
        <translation>%1 er borte %2.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>The patient was excluded from treatment here, so no appointments can be booked.</source>
        <translation>Pasienten vart ekskludert frå behandling her, så det kan ikkje bestillast timar.</translation>
    </message>
    <message>
        <source>The patient&apos;s treatment has ended; only follow-up appointments can be booked.</source>
        <translation>Behandlinga til pasienten er avslutta; berre oppfølgingstimar kan bestillast.</translation>
    </message>
    <message>
        <source>Choose a start and an end time; the end must come after the start.</source>
        <translation>Vel eit start- og eit sluttidspunkt; slutten må kome etter starten.</translation>
    </message>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours.</source>
        <translation>Ein time varer frå %1 minutt til %2 timar.</translation>
    </message>
    <message>
        <source>Appointments start and end on whole five minutes.</source>
        <translation>Timar startar og sluttar på heile fem minutt.</translation>
    </message>
    <message>
        <source>%1 at %2 has already passed. Choose a time that is still ahead.</source>
        <extracomment>%1 is a date, %2 a time of day.</extracomment>
        <translation>%1 kl. %2 er allereie passert. Vel eit tidspunkt som ligg framfor.</translation>
    </message>
    <message>
        <source>The chosen room was not found.</source>
        <translation>Det valde rommet vart ikkje funne.</translation>
    </message>
    <message>
        <source>The room “%1” is no longer in use.</source>
        <translation>Rommet «%1» er ikkje lenger i bruk.</translation>
    </message>
    <message>
        <source>%1 does not work on %2.</source>
        <extracomment>%1 is a clinician, %2 a weekday and date.</extracomment>
        <translation>%1 arbeider ikkje på %2.</translation>
    </message>
    <message>
        <source>%1 works %2 on %3; %4 is outside those hours.</source>
        <extracomment>%1 is a clinician, %2 their working hours (&quot;08:00–11:30, 12:00–15:30&quot;), %3 a weekday and date, %4 the requested time.</extracomment>
        <translation>%1 arbeider %2 på %3; %4 er utanfor dei tidene.</translation>
    </message>
    <message>
        <source>%1 already has an appointment on %2, %3.</source>
        <extracomment>%1 is a clinician, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>%1 har allereie ein time %2, %3.</translation>
    </message>
    <message>
        <source>The room “%1” is already booked on %2, %3.</source>
        <extracomment>%1 is a room, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>Rommet «%1» er allereie bestilt %2, %3.</translation>
    </message>
    <message>
        <source>The patient already has an appointment on %1, %2.</source>
        <extracomment>%1 is a date, %2 a time range such as 10:00–10:45.</extracomment>
        <translation>Pasienten har allereie ein time %1, %2.</translation>
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
        <translation>(ikkje vist)</translation>
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
        <translation>Vel ein periode på høgst to månader.</translation>
    </message>
    <message numerus="yes">
        <source>Show at most %n calendars side by side.</source>
        <translation>
            <numerusform>Vis høgst %n kalender ved sida av kvarandre.</numerusform>
            <numerusform>Vis høgst %n kalendrar ved sida av kvarandre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Write why the appointment is cancelled.</source>
        <translation>Skriv kvifor timen vert avlyst.</translation>
    </message>
    <message numerus="yes">
        <source>The reason can have at most %n characters.</source>
        <translation>
            <numerusform>Grunngjevinga kan ha høgst %n teikn.</numerusform>
            <numerusform>Grunngjevinga kan ha høgst %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen vart ikkje funnen.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be cancelled; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Berre ein bestilt time kan avlysast; denne er merkt «%1».</translation>
    </message>
</context>
<context>
    <name>Caseloads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Vel frå 1 til 52 veker.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Within the standard</source>
        <extracomment>Legend of the bars inside the standard&apos;s range of sessions</extracomment>
        <translation>Innanfor standarden</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the database file, its schema version, the key file and the audit anchor.</source>
        <translation>Sjekkar databasefila, skjemaversjonen, nøkkelfila og ankeret for tilgangsloggen.</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Klinikk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic is damaged. Restore the database and its key file from the latest backup that passes this check.</source>
        <translation>Klinikken er skadd. Gjenopprett databasen og nøkkelfila frå den siste tryggingskopien som består denne sjekken.</translation>
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
        <translation>Feil brukarnamn eller passord.</translation>
    </message>
    <message>
        <source>The database %1 is missing changes that had been saved: its audit trail no longer matches row %2, which the key file %3 recorded. The database or its write-ahead log %4 is damaged, or an older copy of the database was put in its place. Stop working in it and restore the database and its key file from the latest backup.</source>
        <translation>Databasen %1 manglar endringar som var lagra: tilgangsloggen stemmer ikkje lenger med rad %2, som nøkkelfila %3 registrerte. Databasen eller loggen %4 (write-ahead log) er skadd, eller ein eldre kopi av databasen er sett inn i staden. Slutt å arbeide i han, og gjenopprett databasen og nøkkelfila frå den siste tryggingskopien.</translation>
    </message>
    <message>
        <source>There is no clinic database at %1.</source>
        <translation>Det finst ingen klinikkdatabase i %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange mislukka innloggingar. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange mislukka innloggingar. Prøv igjen om %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file does not belong to this database.</source>
        <translation>Nøkkelfila høyrer ikkje til denne databasen.</translation>
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
        <translation>Databasefila til klinikken (nøkkelfila ligg ved sida av).</translation>
    </message>
    <message>
        <source>Your user name.</source>
        <translation>Brukarnamnet ditt.</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Les passordet ditt frå første linja i standard inn.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>passordet ditt</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Det finst inga databasefil i %1.</translation>
    </message>
</context>
<context>
    <name>ClinicFactory</name>
    <message>
        <source>The clinic needs a name.</source>
        <translation>Klinikken treng eit namn.</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>Administratoren treng eit brukarnamn.</translation>
    </message>
    <message>
        <source>The unit leader needs a user name of their own.</source>
        <translation>Einingsleiaren treng eit eige brukarnamn.</translation>
    </message>
    <message>
        <source>A clinic already exists at %1; it was left untouched.</source>
        <translation>Det finst allereie ein klinikk i %1; han vart ikkje rørt.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>This setting is kept by Forløp itself.</source>
        <translation>Denne innstillinga vert styrt av Forløp sjølv.</translation>
    </message>
    <message>
        <source>The value is not valid for this setting.</source>
        <translation>Verdien er ikkje gyldig for denne innstillinga.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Automatisk låsing må vere mellom 1 og 60 minutt.</translation>
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
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tysdag</translation>
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
        <translation>laurdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sundag</translation>
    </message>
</context>
<context>
    <name>ClinicalCipher</name>
    <message>
        <source>Your session holds no key to clinical content.</source>
        <translation>Økta di har ingen nøkkel til klinisk innhald.</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted; it may be damaged.</source>
        <translation>Eit klinisk felt kunne ikkje dekrypterast; det kan vere skadd.</translation>
    </message>
</context>
<context>
    <name>ClinicalKeyRotation</name>
    <message>
        <source>Your session holds no clinical key.</source>
        <translation>Økta di har ingen klinisk nøkkel.</translation>
    </message>
    <message>
        <source>The clinical key was not replaced; nothing changed. %1</source>
        <translation>Den kliniske nøkkelen vart ikkje bytt; ingenting vart endra. %1</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted.</source>
        <translation>Eit klinisk felt kunne ikkje dekrypterast.</translation>
    </message>
</context>
<context>
    <name>ClinicalNotes</name>
    <message>
        <source>The note was not found.</source>
        <translation>Journalnotatet vart ikkje funne.</translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n characters.</source>
        <translation>
            <numerusform>Eit journalnotat kan ha høgst %n teikn.</numerusform>
            <numerusform>Eit journalnotat kan ha høgst %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is signed and cannot be changed. Add a signed addendum instead.</source>
        <translation>Journalnotatet er signert og kan ikkje endrast. Legg til eit signert tillegg i staden.</translation>
    </message>
    <message>
        <source>Only the author can change or sign a draft.</source>
        <translation>Berre forfattaren kan endre eller signere eit utkast.</translation>
    </message>
    <message>
        <source>Register the referral before writing notes.</source>
        <translation>Registrer henvisinga før du skriv journalnotat.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>Den timen høyrer til ein annan pasient.</translation>
    </message>
    <message>
        <source>An addendum is added to a signed note; a draft can still be edited.</source>
        <translation>Eit tillegg vert lagt til eit signert journalnotat; eit utkast kan framleis redigerast.</translation>
    </message>
    <message>
        <source>Add the addendum to the original note, not to another addendum.</source>
        <translation>Legg tillegget til det opphavlege journalnotatet, ikkje til eit anna tillegg.</translation>
    </message>
    <message>
        <source>The note was deleted after a deletion request.</source>
        <translation>Journalnotatet vart sletta etter ein førespurnad om sletting.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Stadfest passordet ditt for å signere.</translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation>Eit tomt journalnotat kan ikkje signerast.</translation>
    </message>
    <message>
        <source>A draft is visible to its author only until it is signed.</source>
        <translation>Eit utkast er berre synleg for forfattaren til det er signert.</translation>
    </message>
</context>
<context>
    <name>ClinicianCaseload</name>
    <message numerus="yes">
        <source>A page of the caseload holds 1 to %n patients.</source>
        <translation>
            <numerusform>Ei side i pasientlista har 1 til %n pasient.</numerusform>
            <numerusform>Ei side i pasientlista har 1 til %n pasientar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianLoads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Vel frå 1 til 52 veker.</translation>
    </message>
</context>
<context>
    <name>Clinicians</name>
    <message>
        <source>Choose an active clinician.</source>
        <translation>Vel ein aktiv behandlar.</translation>
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
        <translation>Standard inn slutta før linje %1 (%2).</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for help.</source>
        <translation>Køyr &quot;%1 %2 --help&quot; for hjelp.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukjent val: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Valet %1 treng ein verdi.</translation>
    </message>
    <message>
        <source>The command line could not be read: %1</source>
        <translation>Kommandolinja kunne ikkje lesast: %1</translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation>Manglar argument: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventa argument: %1</translation>
    </message>
    <message>
        <source>Missing option: %1</source>
        <translation>Manglar val: %1</translation>
    </message>
    <message>
        <source>The option %1 was given more than once.</source>
        <translation>Valet %1 vart gitt meir enn éin gong.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukjent kommando: %1</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Åtvaring: kjernedumpar kunne ikkje slåast av.
</translation>
    </message>
    <message>
        <source>forlop-admin stopped after an internal error.
</source>
        <translation>forlop-admin stoppa etter ein intern feil.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>a field is longer than %n characters.</source>
        <translation>
            <numerusform>eit felt er lengre enn %n teikn.</numerusform>
            <numerusform>eit felt er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>teksten er ikkje gyldig UTF-8.</translation>
    </message>
    <message>
        <source>a line ends with a lone carriage return.</source>
        <translation>ei linje sluttar med ein einsleg vognretur.</translation>
    </message>
    <message>
        <source>a quote inside a field; put the whole field in quotes and double the quote.</source>
        <translation>eit hermeteikn inne i eit felt; set heile feltet i hermeteikn og dobl hermeteiknet.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>tekst etter det avsluttande hermeteiknet i eit felt.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>eit felt i hermeteikn vert aldri lukka.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Det finst allereie ei fil i %1.</translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong length.</source>
        <translation>Intern feil: databasenøkkelen har feil lengd.</translation>
    </message>
    <message>
        <source>SQLCipher 4 is not active in this program; refusing to open the database unencrypted.</source>
        <translation>SQLCipher 4 er ikkje aktiv i dette programmet; nektar å opne databasen ukryptert.</translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation>Databasen kunne ikkje låsast opp med nøkkelen.</translation>
    </message>
    <message>
        <source>Temporary storage could not be kept in memory; refusing to continue.</source>
        <translation>Mellombels lagring kunne ikkje haldast i minnet; nektar å halde fram.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>Databasen kunne ikkje byte til write-ahead logging.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeyRotation</name>
    <message>
        <source>The database key could not be replaced; the clinic still opens with the old key. %1</source>
        <translation>Databasenøkkelen kunne ikkje bytast; klinikken vert framleis opna med den gamle nøkkelen. %1</translation>
    </message>
    <message>
        <source>The new copy failed its integrity check.</source>
        <translation>Den nye kopien bestod ikkje integritetssjekken.</translation>
    </message>
    <message>
        <source>The new copy does not match the database.</source>
        <translation>Den nye kopien stemmer ikkje med databasen.</translation>
    </message>
    <message>
        <source>The new database file could not be moved into place; the clinic still opens with the old key.</source>
        <translation>Den nye databasefila kunne ikkje flyttast på plass; klinikken vert framleis opna med den gamle nøkkelen.</translation>
    </message>
    <message>
        <source>The database is open in another Forløp window or program. Close it there, then try again; the key was not replaced.</source>
        <translation>Databasen er open i eit anna Forløp-vindauge eller program. Lukk han der, og prøv igjen; nøkkelen vart ikkje bytt.</translation>
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
        <translation>Demoklinikken kunne ikkje lagast (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>A demo clinic has between 0 and %n patients.</source>
        <translation>
            <numerusform>Ein demoklinikk har mellom 0 og %n pasient.</numerusform>
            <numerusform>Ein demoklinikk har mellom 0 og %n pasientar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a demo clinic full of synthetic patients, with users admin, leder, sekretar, psykolog1, psykolog2, … all with the password &quot;demo&quot;.</source>
        <translation>Lagar ein demoklinikk full av syntetiske pasientar, med brukarane admin, leder, sekretar, psykolog1, psykolog2, … alle med passordet &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Where to create the demo clinic; nothing may exist there yet.</source>
        <translation>Kvar demoklinikken skal lagast; ingenting kan finnast der enno.</translation>
    </message>
    <message>
        <source>How many synthetic patients (default %1).</source>
        <translation>Kor mange syntetiske pasientar (standard %1).</translation>
    </message>
    <message>
        <source>The seed: the same seed (and day) gives the same clinic (default 1).</source>
        <translation>Frøet: same frø (og dag) gir same klinikk (standard 1).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD: every event lies before it (default: today).</source>
        <translation>Dagens dato i demoen, ÅÅÅÅ-MM-DD: alle hendingar ligg før han (standard: i dag).</translation>
    </message>
    <message>
        <source>--patients needs a whole number from 0 to %1.</source>
        <translation>--patients treng eit heiltal frå 0 til %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed treng eit heiltal på 0 eller meir.</translation>
    </message>
    <message>
        <source>--today needs a date of the form YYYY-MM-DD.</source>
        <translation>--today treng ein dato på forma ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo clinic in %1 with %n synthetic patient(s).</source>
        <translation>
            <numerusform>Laga demoklinikken i %1 med %n syntetisk pasient.</numerusform>
            <numerusform>Laga demoklinikken i %1 med %n syntetiske pasientar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users (password &quot;%1&quot;): %2</source>
        <translation>Brukarar (passord &quot;%1&quot;): %2</translation>
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
        <translation>Inklusjonsavgjerda avvik frå kriteria</translation>
    </message>
    <message>
        <source>Treatment plan outside 16–20 sessions</source>
        <translation>Behandlingsplan utanfor 16–20 timar</translation>
    </message>
    <message>
        <source>Treatment started with the intake assessment incomplete</source>
        <translation>Behandling starta med ufullstendig innleiande utgreiing</translation>
    </message>
    <message>
        <source>Unmet need without onward referral or reason</source>
        <translation>Udekt behov utan vidarehenvising eller grunngjeving</translation>
    </message>
    <message>
        <source>Treatment ended with fewer than 16 sessions</source>
        <translation>Behandling avslutta med færre enn 16 timar</translation>
    </message>
    <message>
        <source>Internal error: this kind of deviation is derived, not recorded.</source>
        <translation>Intern feil: denne typen avvik vert utleidd, han vert ikkje registrert.</translation>
    </message>
    <message>
        <source>A departure from the national standard needs a reason.</source>
        <translation>Eit avvik frå den nasjonale standarden treng ei grunngjeving.</translation>
    </message>
</context>
<context>
    <name>DutyReports</name>
    <message>
        <source>A date in the record lies in the future.</source>
        <translation>Ein dato i registreringa ligg i framtida.</translation>
    </message>
    <message>
        <source>The assessment cannot be dated before what it is about.</source>
        <translation>Vurderinga kan ikkje daterast før det ho gjeld.</translation>
    </message>
    <message>
        <source>The duty-to-report record was not found.</source>
        <translation>Meldepliktregistreringa vart ikkje funnen.</translation>
    </message>
    <message>
        <source>Duty to inform child welfare</source>
        <translation>Opplysningsplikt til barnevernet</translation>
    </message>
    <message>
        <source>Duty to avert (Penal Code §196)</source>
        <translation>Avvergeplikt (straffelova § 196)</translation>
    </message>
    <message>
        <source>Other duty</source>
        <translation>Anna plikt</translation>
    </message>
    <message>
        <source>When there is reason to believe a child is being or will be mistreated or seriously neglected, notify the child welfare service in the child&apos;s municipality without undue delay.</source>
        <translation>Når det er grunn til å tru at eit barn blir eller vil bli mishandla eller utsett for alvorleg omsorgssvikt, skal barnevernstenesta i kommunen til barnet varslast utan ugrunna opphald.</translation>
    </message>
    <message>
        <source>When a serious crime, such as sexual abuse of a child, can still be averted, notify the police or the emergency services at once, or avert it in another way. Confidentiality does not apply.</source>
        <translation>Når eit alvorleg brotsverk, til dømes seksuelle overgrep mot eit barn, framleis kan avvergast, skal politiet eller naudetatane varslast straks, eller brotsverket avvergast på annan måte. Teieplikta gjeld ikkje.</translation>
    </message>
    <message>
        <source>Record which duty applies, whom it requires you to notify, and by when.</source>
        <translation>Registrer kva plikt som gjeld, kven ho krev at du varslar, og innan når.</translation>
    </message>
    <message>
        <source>Child welfare service</source>
        <translation>Barnevernstenesta</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Naudetatane</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Fill in “%1” before signing.</source>
        <extracomment>%1 names a field of the duty-to-report form.</extracomment>
        <translation>Fyll inn «%1» før du signerer.</translation>
    </message>
    <message>
        <source>What gave rise to the assessment</source>
        <translation>Kva som gav grunn til vurderinga</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Når det skjedde</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Dato for vurderinga</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Grunngjeving for avgjerda</translation>
    </message>
    <message>
        <source>Colleague or leader consulted</source>
        <translation>Kollega eller leiar som vart konsultert</translation>
    </message>
    <message>
        <source>When they were consulted</source>
        <translation>Når dei vart konsulterte</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <source>How they were notified</source>
        <translation>Korleis dei vart varsla</translation>
    </message>
    <message>
        <source>When they were notified</source>
        <translation>Når dei vart varsla</translation>
    </message>
    <message>
        <source>Whether the patient was told</source>
        <translation>Om pasienten vart informert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>The record is signed and cannot be changed; add a follow-up entry.</source>
        <translation>Registreringa er signert og kan ikkje endrast; legg til ei oppfølgingsoppføring.</translation>
    </message>
    <message>
        <source>Only the assessing clinician can change or sign the draft.</source>
        <translation>Berre behandlaren som vurderte, kan endre eller signere utkastet.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Stadfest passordet ditt for å signere.</translation>
    </message>
    <message>
        <source>The record is already signed.</source>
        <translation>Registreringa er allereie signert.</translation>
    </message>
    <message>
        <source>The colleague consulted is not a user of this clinic.</source>
        <translation>Kollegaen som vart konsultert, er ikkje brukar i denne klinikken.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Skriv kva som vart gjort.</translation>
    </message>
    <message>
        <source>Sign the record before adding follow-up entries.</source>
        <translation>Signer registreringa før du legg til oppfølgingsoppføringar.</translation>
    </message>
    <message>
        <source>The follow-up of this record is already closed.</source>
        <translation>Oppfølginga av denne registreringa er allereie avslutta.</translation>
    </message>
    <message>
        <source>This record needs no follow-up, so there is nothing to close.</source>
        <translation>Denne registreringa treng inga oppfølging, så det er ingenting å avslutte.</translation>
    </message>
</context>
<context>
    <name>EligibilityAssessments</name>
    <message>
        <source>No eligibility assessment is open for this patient.</source>
        <translation>Inga vurdering av inklusjon er open for denne pasienten.</translation>
    </message>
    <message>
        <source>That criterion is not part of this assessment&apos;s criteria version.</source>
        <translation>Det kriteriet er ikkje ein del av kriterieversjonen for denne vurderinga.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Svar på alle kriteria før du avgjer: %n kriterium er framleis utan svar.</numerusform>
            <numerusform>Svar på alle kriteria før du avgjer: %n kriterium er framleis utan svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the rationale for the decision.</source>
        <translation>Skriv grunngjevinga for avgjerda.</translation>
    </message>
    <message>
        <source>The decision differs from what the criteria give. Write why; it is recorded as a departure from the national standard.</source>
        <translation>Avgjerda avvik frå det kriteria gir. Skriv kvifor; det vert registrert som eit avvik frå den nasjonale standarden.</translation>
    </message>
    <message>
        <source>No eligibility assessment has been started for this patient.</source>
        <translation>Inga vurdering av inklusjon er starta for denne pasienten.</translation>
    </message>
</context>
<context>
    <name>EligibilityCriteria</name>
    <message>
        <source>The criteria version was not found.</source>
        <translation>Kriterieversjonen vart ikkje funnen.</translation>
    </message>
    <message>
        <source>Give the new criteria version a name.</source>
        <translation>Gje den nye kriterieversjonen eit namn.</translation>
    </message>
    <message>
        <source>A new criteria version needs at least one new criterion.</source>
        <translation>Ein ny kriterieversjon treng minst eitt nytt kriterium.</translation>
    </message>
    <message>
        <source>A criterion code has 2 to 41 lower-case letters, digits or underscores and starts with a letter.</source>
        <translation>Ein kriteriekode har 2 til 41 små bokstavar, siffer eller understrekar og startar med ein bokstav.</translation>
    </message>
    <message>
        <source>The criterion code %1 is used twice.</source>
        <translation>Kriteriekoden %1 er brukt to gonger.</translation>
    </message>
    <message>
        <source>Every criterion needs a text.</source>
        <translation>Kvart kriterium treng ein tekst.</translation>
    </message>
    <message>
        <source>Aged 18 or over.</source>
        <translation>Fylt 18 år.</translation>
    </message>
    <message>
        <source>Sexual interest in children and/or at risk of committing sexual abuse against children (including online offending such as abuse material).</source>
        <translation>Seksuell interesse for barn og/eller risiko for å gjere seksuelle overgrep mot barn (inkludert nettbaserte lovbrot som overgrepsmateriale).</translation>
    </message>
    <message>
        <source>Seeks help.</source>
        <translation>Søkjer hjelp.</translation>
    </message>
    <message>
        <source>Currently under investigation for a sexual offence (earlier convictions do not exclude).</source>
        <translation>Er no under etterforsking for eit seksuallovbrot (tidlegare dommar utelukkar ikkje).</translation>
    </message>
    <message>
        <source>Has needs that must be met elsewhere first.</source>
        <translation>Har behov som må dekkjast ein annan stad først.</translation>
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
        <translation>Fall frå</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Vidarehenvist</translation>
    </message>
    <message>
        <source>Excluded during treatment</source>
        <translation>Ekskludert under behandling</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Døydde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>The end date must be a date that is not in the future.</source>
        <translation>Sluttdatoen må vere ein dato som ikkje er i framtida.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the end of treatment.</source>
        <translation>Oppfølgingsdatoen kan ikkje vere før avslutninga av behandlinga.</translation>
    </message>
    <message>
        <source>Only a treatment that has started can be completed. Choose another reason for ending.</source>
        <translation>Berre ei behandling som har starta, kan fullførast. Vel ein annan grunn for avslutning.</translation>
    </message>
    <message>
        <source>Record the onward referral before ending the treatment as referred onward.</source>
        <translation>Registrer vidarehenvisinga før du avsluttar behandlinga som vidarehenvist.</translation>
    </message>
    <message>
        <source>The treatment has not ended.</source>
        <translation>Behandlinga er ikkje avslutta.</translation>
    </message>
    <message>
        <source>The follow-up needs a start date that is not in the future.</source>
        <translation>Oppfølginga treng ein startdato som ikkje er i framtida.</translation>
    </message>
    <message>
        <source>Follow-up starts after the end of treatment.</source>
        <translation>Oppfølginga startar etter avslutninga av behandlinga.</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Vel ei mappe å eksportere til.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a new folder to export to.</source>
        <translation>%1 er ei fil. Vel ei ny mappe å eksportere til.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no earlier export is mixed with this one.</source>
        <translation>Mappa %1 er ikkje tom. Vel ei ny eller tom mappe, slik at ingen tidlegare eksport vert blanda med denne.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappa %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Kan ikkje skrive i %1: %2</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>Eksporten var allereie ferdig.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Kan ikkje skrive %1 til disken.</translation>
    </message>
    <message>
        <source>Cannot write the export to disk.</source>
        <translation>Kan ikkje skrive eksporten til disken.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty.</source>
        <translation>Mappa %1 er ikkje lenger tom.</translation>
    </message>
    <message>
        <source>Cannot create %1: something appeared there during the export.</source>
        <translation>Kan ikkje opprette %1: noko dukka opp der under eksporten.</translation>
    </message>
</context>
<context>
    <name>ExportRegistryCommand</name>
    <message>
        <source>Writes the registry export for KvaSO (patients who have consented) into a new folder (unit leaders with access to clinical records).</source>
        <translation>Skriv registereksporten til KvaSO (pasientar som har samtykt) til ei ny mappe (einingsleiarar med tilgang til journalar).</translation>
    </message>
    <message>
        <source>The folder to create for the export. It must not exist yet, or be empty; it appears only once the export is complete. The format is described in docs/registry-export/.</source>
        <translation>Mappa som skal opprettast for eksporten. Ho må ikkje finnast enno, eller vere tom; ho dukkar opp først når eksporten er ferdig. Formatet er skildra i docs/registry-export/.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) to %1 (format version %2).</source>
        <translation>
            <numerusform>Eksporterte %n pasient til %1 (formatversjon %2).</numerusform>
            <numerusform>Eksporterte %n pasientar til %1 (formatversjon %2).</numerusform>
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
        <translation>Skriv den nasjonale statistikken til klinikken for ein periode som éi JSON-fil: berre aggregerte tal, små tal vert skjulte (einingsleiarar med tilgang til journalar).</translation>
    </message>
    <message>
        <source>The JSON file to write; an existing file is replaced only once the new one is complete. The format is described in docs/national-statistics/.</source>
        <translation>JSON-fila som skal skrivast; ei eksisterande fil vert erstatta først når den nye er ferdig. Formatet er skildra i docs/national-statistics/.</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD.</source>
        <translation>Første dagen i perioden, som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The last day of the period (included), as YYYY-MM-DD.</source>
        <translation>Siste dagen i perioden (inkludert), som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD, such as 2026-01-01; &quot;%1&quot; is not one.</source>
        <translation>--from treng ein dato som ÅÅÅÅ-MM-DD, til dømes 2026-01-01; &quot;%1&quot; er ikkje det.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, such as 2026-12-31; &quot;%1&quot; is not one.</source>
        <translation>--to treng ein dato som ÅÅÅÅ-MM-DD, til dømes 2026-12-31; &quot;%1&quot; er ikkje det.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2): the period would be empty.</source>
        <translation>--from (%1) er etter --to (%2): perioden ville vore tom.</translation>
    </message>
    <message>
        <source>Wrote the national statistics for %1 to %2.</source>
        <translation>Skreiv den nasjonale statistikken for %1 til %2.</translation>
    </message>
</context>
<context>
    <name>FidelityReports</name>
    <message>
        <source>Not allocated</source>
        <translation>Ikkje tildelt</translation>
    </message>
</context>
<context>
    <name>FreeSlotSearch</name>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours, in whole five minutes.</source>
        <translation>Ein time varer frå %1 minutt til %2 timar, i heile fem minutt.</translation>
    </message>
    <message>
        <source>Search from 1 to %1 days ahead for 1 to %2 free times.</source>
        <translation>Søk frå 1 til %1 dagar fram i tid etter 1 til %2 ledige tider.</translation>
    </message>
    <message>
        <source>A preferred weekday is not valid.</source>
        <translation>Ein føretrekt vekedag er ikkje gyldig.</translation>
    </message>
    <message>
        <source>The preferred times are too short for the appointment.</source>
        <translation>Dei føretrekte tidene er for korte for timen.</translation>
    </message>
    <message>
        <source>No rooms are in use. Add a room, or search without one.</source>
        <translation>Ingen rom er i bruk. Legg til eit rom, eller søk utan rom.</translation>
    </message>
</context>
<context>
    <name>GrantClinicalCommand</name>
    <message>
        <source>Gives a clinician or unit leader the key to clinical records (done by a unit leader who holds it).</source>
        <translation>Gir ein behandlar eller einingsleiar nøkkelen til journalar (vert gjort av ein einingsleiar som har han).</translation>
    </message>
    <message>
        <source>The clinician or unit leader to give access.</source>
        <translation>Behandlaren eller einingsleiaren som skal få tilgang.</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 har no tilgang til journalar.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… og %n problem til.</numerusform>
            <numerusform>… og %n problem til.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok (integrity check and encryption check passed)</source>
        <translation>ok (integritetssjekk og krypteringssjekk bestått)</translation>
    </message>
    <message>
        <source>The database is at schema version %1, but this program expects %2.</source>
        <translation>Databasen har skjemaversjon %1, men dette programmet ventar %2.</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>versjon %1 (gjeldande)</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has keys of the wrong size.</source>
        <translation>Oppføringa for gjenopprettingsnøkkelen i nøkkelfila har nøklar med feil storleik.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has keys of the wrong size.</source>
        <translation>Oppføringa i nøkkelfila for brukar %1 har nøklar med feil storleik.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has invalid key-derivation settings.</source>
        <translation>Oppføringa for gjenopprettingsnøkkelen i nøkkelfila har ugyldige innstillingar for nøkkelavleiing.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has invalid key-derivation settings.</source>
        <translation>Oppføringa i nøkkelfila for brukar %1 har ugyldige innstillingar for nøkkelavleiing.</translation>
    </message>
    <message>
        <source>The key file belongs to another clinic.</source>
        <translation>Nøkkelfila høyrer til ein annan klinikk.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records has the wrong size.</source>
        <translation>Den offentlege nøkkelen for journalar i nøkkelfila har feil storleik.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records does not belong to the clinical key.</source>
        <translation>Den offentlege nøkkelen for journalar i nøkkelfila høyrer ikkje til den kliniske nøkkelen.</translation>
    </message>
    <message>
        <source>The key file has no complete entry for the recovery key.</source>
        <translation>Nøkkelfila har inga fullstendig oppføring for gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Active user %1 has no entry in the key file and cannot sign in.</source>
        <translation>Den aktive brukaren %1 har inga oppføring i nøkkelfila og kan ikkje logge inn.</translation>
    </message>
    <message>
        <source>The key file has two entries for %1.</source>
        <translation>Nøkkelfila har to oppføringar for %1.</translation>
    </message>
    <message>
        <source>The key file has an entry for %1, who is not an active user.</source>
        <translation>Nøkkelfila har ei oppføring for %1, som ikkje er ein aktiv brukar.</translation>
    </message>
    <message numerus="yes">
        <source>ok (%n entries)</source>
        <translation>
            <numerusform>ok (%n oppføring)</numerusform>
            <numerusform>ok (%n oppføringar)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file records audit row %1, but the audit log ends at row %2: rows have been removed.</source>
        <translation>Nøkkelfila registrerer loggrad %1, men tilgangsloggen sluttar på rad %2: rader er fjerna.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Loggrad %1 stemmer ikkje med ankeret i nøkkelfila.</translation>
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
        <translation>Ankeret til loggen</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <extracomment>Placeholder in a usage line for the optional options</extracomment>
        <translation>[VAL]</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Bruk: %1 KOMMANDO ARGUMENT [VAL]
Køyr &quot;%1 --help&quot; for lista over kommandoar.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>vellukka</translation>
    </message>
    <message>
        <source>the operation failed (the reason is printed on standard error)</source>
        <translation>operasjonen mislukkast (årsaka vert skriven på standard feil)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, or a missing argument or input line</source>
        <translation>bruksfeil: ukjend kommando eller val, eller eit manglande argument eller ei manglande inndatalinje</translation>
    </message>
    <message>
        <source>authentication failed: wrong user name or password</source>
        <translation>autentisering mislukkast: feil brukarnamn eller passord</translation>
    </message>
    <message>
        <source>the file is damaged or is not a Forløp database</source>
        <translation>fila er skadd eller er ikkje ein Forløp-database</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
       %1 COMMAND --help
       %1 --version</source>
        <translation>Bruk: %1 KOMMANDO ARGUMENT [VAL]
       %1 KOMMANDO --help
       %1 --version</translation>
    </message>
    <message>
        <source>Administers a Forløp clinic database from the command line.</source>
        <translation>Administrerer ein Forløp-klinikkdatabase frå kommandolinja.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <source>Commands that open a clinic take the form
  %1 COMMAND DB --user USER --password-stdin [OPTIONS]
and read your password from the first line of standard input; further lines hold any other
passwords the command needs. Passwords are never given as arguments.</source>
        <translation>Kommandoar som opnar ein klinikk, har forma
  %1 KOMMANDO DB --user BRUKAR --password-stdin [VAL]
og les passordet ditt frå første linja i standard inn; fleire linjer inneheld andre
passord som kommandoen treng. Passord vert aldri gjevne som argument.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskodar:</translation>
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
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Val:</translation>
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
            <numerusform>Namnet er lengre enn %n teikn.</numerusform>
            <numerusform>Namnet er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Eit telefonnummer kan innehalde siffer, mellomrom, bindestrekar, parentesar og ein innleiande +.</translation>
    </message>
    <message numerus="yes">
        <source>A text field is longer than %n characters.</source>
        <translation>
            <numerusform>Eit tekstfelt er lengre enn %n teikn.</numerusform>
            <numerusform>Eit tekstfelt er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth does not match the national ID number.</source>
        <translation>Fødselsdatoen stemmer ikkje med fødselsnummeret.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>Fødselsdatoen er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>The birth year does not match the date of birth.</source>
        <translation>Fødselsåret stemmer ikkje med fødselsdatoen.</translation>
    </message>
    <message>
        <source>The date or year of birth is not plausible.</source>
        <translation>Fødselsdatoen eller fødselsåret er ikkje sannsynleg.</translation>
    </message>
</context>
<context>
    <name>ImportReferralsCommand</name>
    <message>
        <source>Imports referrals from a CSV file (secretaries and unit leaders): every row is checked, and either all are imported or none.</source>
        <translation>Importerer henvisingar frå ei CSV-fil (sekretærar og einingsleiarar): kvar rad vert kontrollert, og anten vert alle importerte eller ingen.</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row naming the columns: received and channel are required; urgency, national_id, birth_year, name, phone and reason are optional (see docs/referral-import.md).</source>
        <translation>UTF-8, kommaseparert, med ei overskriftsrad som namngir kolonnane: received og channel er påkravde; urgency, national_id, birth_year, name, phone og reason er valfrie (sjå docs/referral-import.md).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
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
            <numerusform>Importerte %n henvising.</numerusform>
            <numerusform>Importerte %n henvisingar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Creates a new clinic with its first administrator and, optionally, its first unit leader.</source>
        <translation>Opprettar ein ny klinikk med den første administratoren og, om ønskjeleg, den første einingsleiaren.</translation>
    </message>
    <message>
        <source>Where to create the clinic&apos;s database file; its key file is written beside it. Nothing may exist there yet.</source>
        <translation>Kvar databasefila til klinikken skal opprettast; nøkkelfila vert skriven ved sida av. Ingenting kan finnast der enno.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name.</source>
        <translation>Namnet på klinikken.</translation>
    </message>
    <message>
        <source>Where the clinic is (town or hospital).</source>
        <translation>Kvar klinikken er (stad eller sjukehus).</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Brukarnamnet til den første administratoren.</translation>
    </message>
    <message>
        <source>Read the passwords from standard input, one per line.</source>
        <translation>Les passorda frå standard inn, eitt per linje.</translation>
    </message>
    <message>
        <source>User name of the first unit leader, who holds the key to clinical records from the start. Without one, only the recovery key holds it.</source>
        <translation>Brukarnamnet til den første einingsleiaren, som har nøkkelen til journalar frå starten. Utan ein slik har berre gjenopprettingsnøkkelen han.</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>passordet til administratoren</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password (only with --leader)</source>
        <translation>passordet til einingsleiaren (berre med --leader)</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password</source>
        <translation>passordet til einingsleiaren</translation>
    </message>
    <message>
        <source>Created the clinic &quot;%1&quot; in %2.</source>
        <translation>Oppretta klinikken «%1» i %2.</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>Unit leader (holds the key to clinical records): %1</source>
        <translation>Einingsleiar (har nøkkelen til journalar): %1</translation>
    </message>
    <message>
        <source>No unit leader yet: the key to clinical records is held only by the recovery key, until a unit leader is granted it with the recovery key.</source>
        <translation>Ingen einingsleiar enno: nøkkelen til journalar finst berre hjå gjenopprettingsnøkkelen, til ein einingsleiar får han tildelt med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once):</source>
        <translation>GJENOPPRETTINGSNØKKEL (vert berre vist denne eine gongen):</translation>
    </message>
    <message>
        <source>Print this key or write it down now, and keep it locked away, apart from this computer. It restores access when every administrator and unit leader has forgotten their password, and anyone who holds it can open the clinic&apos;s records. It cannot be shown again.</source>
        <translation>Skriv ut denne nøkkelen eller skriv han ned no, og oppbevar han innelåst, skild frå denne datamaskina. Han gjenopprettar tilgangen når alle administratorar og einingsleiarar har gløymt passordet sitt, og alle som har han, kan opne journalane til klinikken. Han kan ikkje visast igjen.</translation>
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
        <translation>Versjonen av instrumentkatalogen vart ikkje funnen.</translation>
    </message>
    <message>
        <source>A catalogue needs a name and at least one instrument.</source>
        <translation>Ein katalog treng eit namn og minst eitt instrument.</translation>
    </message>
    <message>
        <source>Every instrument needs its own code of lower-case letters, digits or underscores.</source>
        <translation>Kvart instrument treng sin eigen kode av små bokstavar, siffer eller understrekar.</translation>
    </message>
    <message>
        <source>Every instrument needs a name and at least one timepoint.</source>
        <translation>Kvart instrument treng eit namn og minst eitt tidspunkt.</translation>
    </message>
    <message>
        <source>Every score field needs its own code, a label and a range whose minimum is not above its maximum.</source>
        <translation>Kvart skårfelt treng sin eigen kode, ei etikett og eit område der minimum ikkje er over maksimum.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Your entry in the key file is damaged. Ask an administrator to reset your password.</source>
        <translation>Oppføringa di i nøkkelfila er skadd. Be ein administrator tilbakestille passordet ditt.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The key file %1 is damaged. Restore it from the latest backup, together with its database.</source>
        <translation>Nøkkelfila %1 er skadd. Gjenopprett ho frå den siste tryggingskopien, saman med databasen.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must lie beside the database; restore it from the latest backup.</source>
        <translation>Nøkkelfila %1 manglar. Ho må liggje ved sida av databasen; gjenopprett ho frå den siste tryggingskopien.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Nøkkelfila %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Forløp.</source>
        <translation>Nøkkelfila %1 vart skriven av ein nyare versjon av Forløp.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Nøkkelfila %1 kan ikkje skrivast.</translation>
    </message>
    <message>
        <source>The key file %1 could not be saved; the previous version is kept. Is the disk full?</source>
        <translation>Nøkkelfila %1 kunne ikkje lagrast; den førre versjonen er halden ved lag. Er disken full?</translation>
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
        <translation>Eit fødselsnummer har nøyaktig 11 siffer.</translation>
    </message>
    <message>
        <source>The national ID number does not start with a valid date of birth (DDMMYY).</source>
        <translation>Fødselsnummeret startar ikkje med ein gyldig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>The national ID number has wrong check digits; check for a typing error.</source>
        <translation>Fødselsnummeret har feil kontrollsiffer; sjå etter ein skrivefeil.</translation>
    </message>
    <message>
        <source>This is a synthetic test number; it is accepted only in demo and test clinics.</source>
        <translation>Dette er eit syntetisk testnummer; det vert berre godteke i demo- og testklinikkar.</translation>
    </message>
</context>
<context>
    <name>NationalStatistics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>NoteDeletionRequests</name>
    <message>
        <source>Write why the note should be deleted.</source>
        <translation>Skriv kvifor journalnotatet skal slettast.</translation>
    </message>
    <message>
        <source>The note was not found.</source>
        <translation>Journalnotatet vart ikkje funne.</translation>
    </message>
    <message>
        <source>A draft is not part of the journal yet; its author can discard it.</source>
        <translation>Eit utkast er ikkje ein del av journalen enno; forfattaren kan forkaste det.</translation>
    </message>
    <message>
        <source>The note has already been deleted.</source>
        <translation>Journalnotatet er allereie sletta.</translation>
    </message>
    <message>
        <source>Request deletion of the original note; its addenda go with it.</source>
        <translation>Be om sletting av det opphavlege journalnotatet; tillegga følgjer med.</translation>
    </message>
    <message>
        <source>A deletion request for this note is already waiting for a decision.</source>
        <translation>Ein førespurnad om sletting av dette journalnotatet ventar allereie på avgjerd.</translation>
    </message>
    <message>
        <source>The deletion request was not found.</source>
        <translation>Førespurnaden om sletting vart ikkje funnen.</translation>
    </message>
    <message>
        <source>The request has already been decided.</source>
        <translation>Førespurnaden er allereie avgjord.</translation>
    </message>
    <message>
        <source>Write the grounds for the decision.</source>
        <translation>Skriv grunngjevinga for avgjerda.</translation>
    </message>
    <message>
        <source>The conditions of helsepersonelloven §43 are not met: deletion must be unobjectionable, allowed by the Archives Act, and the content either incorrect or misleading, or obviously not needed for health care.</source>
        <translation>Vilkåra i helsepersonellova § 43 er ikkje oppfylte: slettinga må vere utan betenkelegheiter, tillaten etter arkivlova, og innhaldet anten urett eller misvisande, eller openbert ikkje naudsynt for helsehjelpa.</translation>
    </message>
    <message>
        <source>When a patient&apos;s demand is refused, the patient must be told that the refusal can be appealed to the county governor.</source>
        <translation>Når kravet til ein pasient vert avslått, må pasienten få vite at avslaget kan klagast inn for statsforvaltaren.</translation>
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
        <translation>Anna</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
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
        <translation>Avslått av mottakaren</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>An onward referral needs a date that is not in the future.</source>
        <translation>Ei vidarehenvising treng ein dato som ikkje er i framtida.</translation>
    </message>
    <message>
        <source>Write why the patient is referred onward.</source>
        <translation>Skriv kvifor pasienten vert vidarehenvist.</translation>
    </message>
    <message>
        <source>Choose where the patient is referred onward, or write why there is no onward referral.</source>
        <translation>Vel kvar pasienten vert vidarehenvist, eller skriv kvifor det ikkje er noka vidarehenvising.</translation>
    </message>
    <message>
        <source>Register the referral before referring the patient onward.</source>
        <translation>Registrer henvisinga før du vidarehenviser pasienten.</translation>
    </message>
    <message>
        <source>The onward referral was not found.</source>
        <translation>Vidarehenvisinga vart ikkje funnen.</translation>
    </message>
</context>
<context>
    <name>OverrideReasons</name>
    <message>
        <source>Reading the reasons needs access to clinical records.</source>
        <translation>Å lese grunngjevingane krev tilgang til journalar.</translation>
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
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>Log review</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
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
        <translation>Etterleving av standarden</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>Nøkkelfila inneheld ugyldige innstillingar for nøkkelavleiing.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation>Ikkje nok minne til å kontrollere passordet. Lukk andre program og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>Passordet kan ikkje vere tomt.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Passordet må ha minst %n teikn.</numerusform>
            <numerusform>Passordet må ha minst %n teikn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak: use at least %n characters, for example a few unrelated words.</source>
        <translation>
            <numerusform>Svakt: bruk minst %n teikn, til dømes nokre ord som ikkje heng saman.</numerusform>
            <numerusform>Svakt: bruk minst %n teikn, til dømes nokre ord som ikkje heng saman.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fair: a longer password is much harder to guess.</source>
        <translation>Middels: eit lengre passord er mykje vanskelegare å gjette.</translation>
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
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>You are blocked from this patient&apos;s record.</source>
        <translation>Du er sperra frå journalen til denne pasienten.</translation>
    </message>
    <message>
        <source>This patient is not allocated to you. Use emergency access with a reason if you need to open the record.</source>
        <translation>Denne pasienten er ikkje tildelt deg. Bruk nødtilgang med ei grunngjeving dersom du må opne journalen.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need access, in at least %n characters. The patient can read this reason.</source>
        <translation>
            <numerusform>Skriv kvifor du treng tilgang, med minst %n teikn. Pasienten kan lese denne grunngjevinga.</numerusform>
            <numerusform>Skriv kvifor du treng tilgang, med minst %n teikn. Pasienten kan lese denne grunngjevinga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a unit leader or the patient&apos;s own clinician can block staff from a record.</source>
        <translation>Berre ein einingsleiar eller behandlaren til pasienten kan sperre tilsette frå ein journal.</translation>
    </message>
    <message>
        <source>That emergency access was not found or is already reviewed.</source>
        <translation>Den nødtilgangen vart ikkje funnen eller er allereie gjennomgått.</translation>
    </message>
</context>
<context>
    <name>PatientAppointments</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>Timen vart ikkje funnen.</translation>
    </message>
</context>
<context>
    <name>PatientLogExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Fila %1 kunne ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>period from date to date</comment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Ingen oppføringar</translation>
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
        <translation>Skriven ut:</translation>
    </message>
    <message>
        <source>Everyone at the clinic who opened or changed your record, when, in which role and on what basis. An emergency access also shows the reason the person gave. The list holds no content of the record itself.</source>
        <translation>Alle ved klinikken som opna eller endra journalen din, når, i kva rolle og på kva grunnlag. Ein nødtilgang viser òg grunngjevinga personen gav. Lista inneheld ikkje noko av innhaldet i sjølve journalen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Nobody has opened the record in this period.</source>
        <translation>Ingen har opna journalen i denne perioden.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikkje lagast.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>Another patient record already has this national ID number. Search for it instead of registering the person twice.</source>
        <translation>Ein annan pasientjournal har allereie dette fødselsnummeret. Søk etter han i staden for å registrere personen to gonger.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>An excluded patient is not allocated to a clinician.</source>
        <translation>Ein ekskludert pasient vert ikkje tildelt ein behandlar.</translation>
    </message>
    <message>
        <source>Patients can only be allocated to an active clinician.</source>
        <translation>Pasientar kan berre tildelast ein aktiv behandlar.</translation>
    </message>
    <message>
        <source>This referral has been allocated by someone else in the meantime. The list now shows where things stand.</source>
        <translation>Denne henvisinga er tildelt av nokon andre i mellomtida. Lista viser no korleis det står.</translation>
    </message>
</context>
<context>
    <name>PatientSearch</name>
    <message numerus="yes">
        <source>Ask for between 1 and %n patients at a time.</source>
        <translation>
            <numerusform>Be om mellom 1 og %n pasient om gongen.</numerusform>
            <numerusform>Be om mellom 1 og %n pasientar om gongen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search for at most %n characters.</source>
        <translation>
            <numerusform>Søk etter høgst %n teikn.</numerusform>
            <numerusform>Søk etter høgst %n teikn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientStates</name>
    <message>
        <source>Enquiry</source>
        <translation>Førespurnad</translation>
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
        <translation>Utgreiing</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>Behandling avslutta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>A patient in the state “%1” cannot move to “%2”. Nothing was changed.</source>
        <extracomment>%1 and %2 are pathway states, e.g. &quot;Waiting list&quot; and &quot;In treatment&quot;.</extracomment>
        <translation>Ein pasient i tilstanden «%1» kan ikkje gå til «%2». Ingenting vart endra.</translation>
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
        <translation>Flytta til %1</translation>
    </message>
    <message>
        <source>Urgent referral registered (%1)</source>
        <extracomment>%1 is a referral channel such as &quot;GP&quot;</extracomment>
        <translation>Hastehenvising registrert (%1)</translation>
    </message>
    <message>
        <source>Referral registered (%1)</source>
        <translation>Henvising registrert (%1)</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Tildelt ein behandlar</translation>
    </message>
    <message>
        <source>First appointment offered</source>
        <translation>Første time tilboden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 kind of session, %2 attendance, e.g. &quot;Treatment session: Attended&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eligibility assessment started</source>
        <translation>Vurdering av inklusjon starta</translation>
    </message>
    <message>
        <source>Eligibility decided: included</source>
        <translation>Inklusjon avgjord: inkludert</translation>
    </message>
    <message>
        <source>Eligibility decided: excluded</source>
        <translation>Inklusjon avgjord: ekskludert</translation>
    </message>
    <message>
        <source>Referred onward to %1</source>
        <extracomment>%1 is a recipient such as &quot;GP&quot;</extracomment>
        <translation>Vidarehenvist til %1</translation>
    </message>
    <message>
        <source>Unmet need recorded</source>
        <translation>Udekt behov registrert</translation>
    </message>
    <message>
        <source>Assessment package started</source>
        <translation>Utgreiingspakke starta</translation>
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
            <numerusform>Behandlingsplan på %n timar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Treatment plan changed to %n session(s)</source>
        <translation>
            <numerusform>Behandlingsplan endra til %n time</numerusform>
            <numerusform>Behandlingsplan endra til %n timar</numerusform>
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
        <translation>Tillegg signert (sletta etter ein førespurnad)</translation>
    </message>
    <message>
        <source>Note signed (deleted after a request)</source>
        <translation>Journalnotat signert (sletta etter ein førespurnad)</translation>
    </message>
    <message>
        <source>Deletion of a note requested</source>
        <translation>Sletting av eit journalnotat førespurd</translation>
    </message>
    <message>
        <source>Deletion request approved</source>
        <translation>Førespurnad om sletting godkjend</translation>
    </message>
    <message>
        <source>Deletion request refused</source>
        <translation>Førespurnad om sletting avslått</translation>
    </message>
    <message>
        <source>Duty assessed and signed: %1</source>
        <extracomment>%1 names the duty, e.g. &quot;Duty to inform child welfare&quot;</extracomment>
        <translation>Meldeplikt vurdert og signert: %1</translation>
    </message>
    <message>
        <source>Duty follow-up closed</source>
        <translation>Oppfølging av meldeplikt avslutta</translation>
    </message>
    <message>
        <source>Duty follow-up recorded</source>
        <translation>Oppfølging av meldeplikt registrert</translation>
    </message>
    <message>
        <source>Departure from the standard: %1</source>
        <extracomment>%1 names the departure, e.g. &quot;Treatment plan outside 16–20 sessions&quot;</extracomment>
        <translation>Avvik frå standarden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Treatment ended: %1 after %n attended session(s)</source>
        <extracomment>%1 end reason such as &quot;Completed&quot;; %n attended sessions</extracomment>
        <translation>
            <numerusform>Behandling avslutta: %1 etter %n gjennomført time</numerusform>
            <numerusform>Behandling avslutta: %1 etter %n gjennomførte timar</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging starta</translation>
    </message>
</context>
<context>
    <name>PatientWrite</name>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>This cannot be done while the patient is in the state “%1”. Nothing was changed.</source>
        <extracomment>%1 is a pathway state such as &quot;Waiting list&quot;.</extracomment>
        <translation>Dette kan ikkje gjerast medan pasienten er i tilstanden «%1». Ingenting vart endra.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Whole clinic</source>
        <translation>Heile klinikken</translation>
    </message>
    <message>
        <source>Waiting times and referrals</source>
        <translation>Ventetider og henvisingar</translation>
    </message>
    <message>
        <source>How long referrals waited for their first appointment, and where referrals came from.</source>
        <translation>Kor lenge henvisingar venta på første time, og kvar henvisingane kom frå.</translation>
    </message>
    <message>
        <source>Waiting time from referral to first appointment</source>
        <translation>Ventetid frå henvising til første time</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlar</translation>
    </message>
    <message>
        <source>First appointments</source>
        <translation>Første timar</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (dagar)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. persentil (dagar)</translation>
    </message>
    <message>
        <source>Referrals whose first appointment was offered in the period; days from the referral&apos;s arrival to the day of the first appointment offered.</source>
        <translation>Henvisingar der første time vart tilboden i perioden; dagar frå henvisinga kom inn til dagen for første tilbodne time.</translation>
    </message>
    <message>
        <source>Waiting time by month</source>
        <translation>Ventetid per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>By the month of the first appointment offered.</source>
        <translation>Etter månaden for første tilbodne time.</translation>
    </message>
    <message>
        <source>Referrals by channel</source>
        <translation>Henvisingar etter kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisingar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Referrals received in the period.</source>
        <translation>Henvisingar mottekne i perioden.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Referrals by urgency</source>
        <translation>Henvisingar etter hastegrad</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Utgreiingspakke</translation>
    </message>
    <message>
        <source>How much of the assessment package was completed at each timepoint.</source>
        <translation>Kor mykje av utgreiingspakken som vart fullført ved kvart tidspunkt.</translation>
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
        <translation>Pasientar</translation>
    </message>
    <message>
        <source>Patients complete</source>
        <translation>Pasientar fullførte</translation>
    </message>
    <message>
        <source>Instruments due</source>
        <translation>Instrument som skal fyllast ut</translation>
    </message>
    <message>
        <source>Instruments completed</source>
        <translation>Instrument fullførte</translation>
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
        <translation>Pasientar med uteståande instrument</translation>
    </message>
    <message>
        <source>Intake: packages started in the period. End: treatments ended in the period. Follow-up: follow-ups started in the period. Declined instruments have a recorded reason and are not counted as completed.</source>
        <translation>Inntak: pakkar starta i perioden. Avslutning: behandlingar avslutta i perioden. Oppfølging: oppfølgingar starta i perioden. Avslåtte instrument har ein registrert grunn og vert ikkje talde som fullførte.</translation>
    </message>
    <message>
        <source>%1: completed</source>
        <extracomment>Column of instruments completed at a timepoint (%1: Intake, End of treatment, Follow-up)</extracomment>
        <translation>%1: fullført</translation>
    </message>
    <message>
        <source>Completion by clinician</source>
        <translation>Fullføring etter behandlar</translation>
    </message>
    <message>
        <source>Share of due instruments completed, by the patient&apos;s clinician.</source>
        <translation>Del av instrumenta som skulle fyllast ut som vart fullførte, etter behandlaren til pasienten.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Whether every criterion was answered, and decisions that depart from what the criteria give.</source>
        <translation>Om alle kriteria vart svara på, og avgjerder som avvik frå det kriteria gir.</translation>
    </message>
    <message>
        <source>Eligibility assessments by assessor</source>
        <translation>Vurderingar av inklusjon etter vurderar</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderar</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderingar</translation>
    </message>
    <message>
        <source>Every criterion answered</source>
        <translation>Alle kriterium svara på</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Del svara på</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjorde</translation>
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
        <translation>Overstyringar</translation>
    </message>
    <message>
        <source>Assessments decided in the period, and those begun in it and still open. An override is a decision other than the one the answers give.</source>
        <translation>Vurderingar avgjorde i perioden, og dei som vart påbyrja i han og framleis er opne. Ei overstyring er ei anna avgjerd enn den svara gir.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Avgjord den</translation>
    </message>
    <message>
        <source>The criteria gave</source>
        <translation>Kriteria gav</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Overrides of the criteria</source>
        <translation>Overstyringar av kriteria</translation>
    </message>
    <message>
        <source>The reasons are clinical content.</source>
        <translation>Grunngjevingane er klinisk innhald.</translation>
    </message>
    <message>
        <source>Open a row to read the assessor&apos;s reason.</source>
        <translation>Opne ei rad for å lese grunngjevinga til vurderaren.</translation>
    </message>
    <message>
        <source>(withheld: you are blocked from this record)</source>
        <translation>(halde tilbake: du er sperra frå denne journalen)</translation>
    </message>
    <message>
        <source>Treatment length</source>
        <translation>Behandlingslengd</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the standard&apos;s %1–%2 sessions.</source>
        <translation>Gjennomførte behandlingstimar samanlikna med %1–%2 timar i standarden.</translation>
    </message>
    <message>
        <source>Attended sessions of ended treatments</source>
        <translation>Gjennomførte timar i avslutta behandlingar</translation>
    </message>
    <message>
        <source>Attended sessions</source>
        <translation>Gjennomførte timar</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Avslutta behandlingar</translation>
    </message>
    <message>
        <source>Treatments that started and ended in the period.</source>
        <translation>Behandlingar som starta og vart avslutta i perioden.</translation>
    </message>
    <message>
        <source>The standard: %1–%2 sessions</source>
        <translation>Standarden: %1–%2 timar</translation>
    </message>
    <message>
        <source>Ended treatments against the standard</source>
        <translation>Avslutta behandlingar samanlikna med standarden</translation>
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
        <translation>Fleire enn %1</translation>
    </message>
    <message>
        <source>Ended treatments by clinician</source>
        <translation>Avslutta behandlingar etter behandlar</translation>
    </message>
    <message>
        <source>Within the standard</source>
        <translation>Innanfor standarden</translation>
    </message>
    <message>
        <source>Why treatments ended</source>
        <translation>Kvifor behandlingar vart avslutta</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Avslutningsgrunn</translation>
    </message>
    <message>
        <source>Treatment plans outside %1–%2 sessions</source>
        <translation>Behandlingsplanar utanfor %1–%2 timar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planar</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Utanfor</translation>
    </message>
    <message>
        <source>Plans made or changed in the period, by the planned number of sessions.</source>
        <translation>Planar laga eller endra i perioden, etter planlagt tal på timar.</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Vidarehenvising</translation>
    </message>
    <message>
        <source>Needs the service does not cover, and how they were followed up.</source>
        <translation>Behov tenesta ikkje dekkjer, og korleis dei vart følgde opp.</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Udekte behov</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Behov funne</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Vidarehenvist</translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation>Grunngjeving registrert</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ingen av delane</translation>
    </message>
    <message>
        <source>Needs found in the period. &quot;Neither&quot; departs from the standard: no onward referral and no recorded reason.</source>
        <translation>Behov funne i perioden. «Ingen av delane» avvik frå standarden: inga vidarehenvising og inga registrert grunngjeving.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage (%1 is the number, already formatted)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fidelity to the national standard</source>
        <translation>Etterleving av nasjonale faglege råd</translation>
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
        <translation>Fila %1 kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportPdf</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>Under a report&apos;s title: when and by whom it was made</extracomment>
        <translation>Laga %1 %2 av %3</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikkje lagast.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Fila %1 kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>You are waiting for access to clinical records. A unit leader must grant it first.</source>
        <translation>Du ventar på tilgang til journalar. Ein einingsleiar må gje han først.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Rolla di tillèt ikkje dette.</translation>
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
        <translation>Henvising</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Timar og journalnotat</translation>
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
        <translation>Utgreiingspakke</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Vidarehenvising</translation>
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
        <translation>Vel tidspunktet for den første timen.</translation>
    </message>
    <message numerus="yes">
        <source>A series has from 1 to %n sessions.</source>
        <translation>
            <numerusform>Ein serie har frå 1 til %n time.</numerusform>
            <numerusform>Ein serie har frå 1 til %n timar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions of a series are from 1 to %n weeks apart.</source>
        <translation>
            <numerusform>Timane i ein serie har frå 1 til %n veke mellom seg.</numerusform>
            <numerusform>Timane i ein serie har frå 1 til %n veker mellom seg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 of %2 cannot be booked. %3</source>
        <extracomment>%1 and %2 count the sessions of a series; %3 is the reason, a whole sentence.</extracomment>
        <translation>Time %1 av %2 kan ikkje bestillast. %3</translation>
    </message>
    <message>
        <source>The series was not found.</source>
        <translation>Serien vart ikkje funnen.</translation>
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
        <translation>Eigenhenvising (brev eller oppmøte)</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Other specialist health service</source>
        <translation>Anna spesialisthelseteneste</translation>
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
        <translation>Kriminalomsorga</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
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
            <numerusform>%n rad kan ikkje importerast; ingenting vart importert.</numerusform>
            <numerusform>%n rader kan ikkje importerast; ingenting vart importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was imported.</source>
        <translation>Fila kan ikkje importerast; ingenting vart importert.</translation>
    </message>
    <message>
        <source>The file is not valid CSV; nothing was imported.</source>
        <translation>Fila er ikkje gyldig CSV; ingenting vart importert.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Fila er tom; første linja må namngi kolonnane.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <extracomment>%1 a column name from the file, %2 the list of known columns</extracomment>
        <translation>Ukjend kolonne «%1»; kolonnane er: %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>Kolonnen «%1» finst to gonger.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>Den påkravde kolonnen «%1» manglar.</translation>
    </message>
    <message>
        <source>The file has a header but no referrals.</source>
        <translation>Fila har ei overskrift, men ingen henvisingar.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>Rada har %1 felt; overskrifta namngir %2.</translation>
    </message>
    <message>
        <source>The same national ID number is on line %1.</source>
        <translation>Det same fødselsnummeret står på linje %1.</translation>
    </message>
    <message>
        <source>A patient with this national ID number is already registered.</source>
        <translation>Ein pasient med dette fødselsnummeret er allereie registrert.</translation>
    </message>
    <message>
        <source>“received” is empty; write the date as YYYY-MM-DD.</source>
        <translation>«received» er tom; skriv datoen som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“received” is not a date of the form YYYY-MM-DD.</source>
        <translation>«received» er ikkje ein dato på forma ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“channel” is empty.</source>
        <translation>«channel» er tom.</translation>
    </message>
    <message>
        <source>“channel” must be one of: %1.</source>
        <extracomment>%1 lists the allowed values</extracomment>
        <translation>«channel» må vere ein av: %1.</translation>
    </message>
    <message>
        <source>“urgency” must be normal or urgent.</source>
        <translation>«urgency» må vere normal eller urgent.</translation>
    </message>
    <message>
        <source>“birth_year” must be a year of four digits.</source>
        <translation>«birth_year» må vere eit årstal med fire siffer.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>The patient was not found.</source>
        <translation>Pasienten vart ikkje funnen.</translation>
    </message>
    <message>
        <source>This patient has no referral yet.</source>
        <translation>Denne pasienten har inga henvising enno.</translation>
    </message>
    <message>
        <source>The referral needs the date it was received.</source>
        <translation>Henvisinga treng datoen ho vart motteken.</translation>
    </message>
    <message>
        <source>The date received lies in the future.</source>
        <translation>Mottaksdatoen ligg i framtida.</translation>
    </message>
    <message numerus="yes">
        <source>The referrer&apos;s organisation is longer than %n characters.</source>
        <translation>
            <numerusform>Organisasjonen til den som henviser, er lengre enn %n teikn.</numerusform>
            <numerusform>Organisasjonen til den som henviser, er lengre enn %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person was under 18 when referred; the service is for adults.</source>
        <translation>Personen var under 18 år då henvisinga kom; tenesta er for vaksne.</translation>
    </message>
    <message>
        <source>An import creates new records only.</source>
        <translation>Ein import opprettar berre nye journalar.</translation>
    </message>
    <message>
        <source>The person was under 18 when referred. Exclude the referral with an onward referral instead of placing it on the waiting list.</source>
        <translation>Personen var under 18 år då henvisinga kom. Ekskluder henvisinga med ei vidarehenvising i staden for å setje ho på ventelista.</translation>
    </message>
    <message>
        <source>Only a person known to be under 18 is excluded straight from the referral; others go through the eligibility assessment.</source>
        <translation>Berre ein person som er kjend for å vere under 18 år, vert ekskludert direkte frå henvisinga; andre går gjennom vurderinga av inklusjon.</translation>
    </message>
    <message>
        <source>The offered appointment needs a date.</source>
        <translation>Den tilbodne timen treng ein dato.</translation>
    </message>
    <message>
        <source>The first appointment cannot be before the referral was received.</source>
        <translation>Den første timen kan ikkje vere før henvisinga vart motteken.</translation>
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
        <translation>Samtykte til registeret</translation>
    </message>
    <message>
        <source>Declined the registry</source>
        <translation>Avslo registeret</translation>
    </message>
    <message>
        <source>Withdrew registry consent</source>
        <translation>Trekte attende registersamtykket</translation>
    </message>
    <message>
        <source>The registry status needs a date that is not in the future.</source>
        <translation>Registerstatusen treng ein dato som ikkje er i framtida.</translation>
    </message>
    <message>
        <source>Register the referral before recording registry consent.</source>
        <translation>Registrer henvisinga før du registrerer registersamtykke.</translation>
    </message>
    <message>
        <source>The patient has withdrawn registry consent. A withdrawal is final: the patient stays out of every later export.</source>
        <translation>Pasienten har trekt attende registersamtykket. Ei tilbaketrekking er endeleg: pasienten vert halden utanfor alle seinare eksportar.</translation>
    </message>
    <message>
        <source>Record that the patient was informed about the registry first.</source>
        <translation>Registrer først at pasienten vart informert om registeret.</translation>
    </message>
    <message>
        <source>Only a patient who has consented can withdraw consent.</source>
        <translation>Berre ein pasient som har samtykt, kan trekkje attende samtykket.</translation>
    </message>
    <message>
        <source>The date is earlier than the patient&apos;s last registry event.</source>
        <translation>Datoen er tidlegare enn den siste registerhendinga til pasienten.</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>The export did not match its own format, so it was not written. This is a fault in Forløp; please report it.</source>
        <translation>Eksporten stemde ikkje med sitt eige format, så han vart ikkje skriven. Dette er ein feil i Forløp; ver venleg og rapporter han.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>CSV line: when and by whom a report was made</extracomment>
        <translation>Laga %1 %2 av %3</translation>
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
            <numerusform>Be om høgst %n pasient om gongen.</numerusform>
            <numerusform>Be om høgst %n pasientar om gongen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Choose a valid first and last day for the period.</source>
        <translation>Vel ein gyldig første og siste dag for perioden.</translation>
    </message>
    <message>
        <source>The period&apos;s first day must not be after its last day.</source>
        <translation>Første dagen i perioden kan ikkje vere etter den siste.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Vel ein periode på høgst ti år.</translation>
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
        <translation>Gjenopprettar ein tryggingskopi til ei ny databasefil, og kontrollerer ho deretter slik check-kommandoen gjer.</translation>
    </message>
    <message>
        <source>The backup&apos;s folder (or the database file inside it).</source>
        <translation>Mappa til tryggingskopien (eller databasefila i ho).</translation>
    </message>
    <message>
        <source>Where to put the restored database; its key file is written beside it. An existing database is only replaced with --replace.</source>
        <translation>Kvar den gjenoppretta databasen skal leggjast; nøkkelfila vert skriven ved sida av. Ein eksisterande database vert berre erstatta med --replace.</translation>
    </message>
    <message>
        <source>Your user name (with --password-stdin).</source>
        <translation>Brukarnamnet ditt (med --password-stdin).</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Les passordet ditt frå første linja i standard inn.</translation>
    </message>
    <message>
        <source>Read the clinic&apos;s recovery key from the first line of standard input, instead of a user name and password.</source>
        <translation>Les gjenopprettingsnøkkelen til klinikken frå første linja i standard inn, i staden for eit brukarnamn og passord.</translation>
    </message>
    <message>
        <source>Replace a database that already exists at NEW-DB. It is kept beside the restored one as NEW-DB.replaced-TIME, and it must not be open in Forløp.</source>
        <translation>Erstatt ein database som allereie finst i NEW-DB. Han vert halden ved sida av den gjenoppretta som NEW-DB.replaced-TIME, og han må ikkje vere open i Forløp.</translation>
    </message>
    <message>
        <source>your password, or the recovery key with --recovery-key-stdin</source>
        <translation>passordet ditt, eller gjenopprettingsnøkkelen med --recovery-key-stdin</translation>
    </message>
    <message>
        <source>Give either --user USER --password-stdin or --recovery-key-stdin.</source>
        <translation>Oppgje anten --user USER --password-stdin eller --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Missing option: --user USER</source>
        <translation>Manglar val: --user USER</translation>
    </message>
    <message>
        <source>--user is not used with --recovery-key-stdin.</source>
        <translation>--user vert ikkje brukt med --recovery-key-stdin.</translation>
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
        <translation>Gjenoppretta %1 til %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>The restored clinic did not pass the check. Try an older backup.</source>
        <translation>Den gjenoppretta klinikken bestod ikkje kontrollen. Prøv ein eldre tryggingskopi.</translation>
    </message>
    <message>
        <source>The restored clinic is healthy.</source>
        <translation>Den gjenoppretta klinikken er i orden.</translation>
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
        <translation>Behandlar</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Einingsleiar</translation>
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
        <translation>Gje rommet eit namn.</translation>
    </message>
    <message numerus="yes">
        <source>A room name can have at most %n characters.</source>
        <translation>
            <numerusform>Eit romnamn kan ha høgst %n teikn.</numerusform>
            <numerusform>Eit romnamn kan ha høgst %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a room named “%1”.</source>
        <translation>Det finst allereie eit rom som heiter «%1».</translation>
    </message>
    <message>
        <source>The room was not found.</source>
        <translation>Rommet vart ikkje funne.</translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The benchmark clinic could not be built (%1): %2</source>
        <translation>Ytingstestklinikken kunne ikkje byggjast (%1): %2</translation>
    </message>
    <message>
        <source>A benchmark clinic needs at least one patient and one clinician.</source>
        <translation>Ein ytingstestklinikk treng minst éin pasient og éin behandlar.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer version of Forløp (schema %1; this program knows up to %2). Install the newer version; the file was not changed.</source>
        <translation>Denne databasen vart skriven av ein nyare versjon av Forløp (skjema %1; dette programmet kjenner til og med %2). Installer den nyare versjonen; fila vart ikkje endra.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed a consistency check; nothing was changed.</source>
        <translation>Oppgraderinga av databasen til skjema %1 bestod ikkje ein konsistenssjekk; ingenting vart endra.</translation>
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
        <translation>Utgreiing</translation>
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
        <translation>Ikkje møtt</translation>
    </message>
    <message>
        <source>The session needs a start time.</source>
        <translation>Timen treng eit starttidspunkt.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and 480 minutes.</source>
        <translation>Ein time varer mellom 1 og 480 minutt.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for a session that has begun.</source>
        <translation>Oppmøte kan berre registrerast for ein time som har byrja.</translation>
    </message>
    <message>
        <source>A session of the kind “%1” does not fit a patient in the state “%2”.</source>
        <extracomment>%1 a kind of session, %2 a pathway state</extracomment>
        <translation>Ein time av typen «%1» passar ikkje for ein pasient i tilstanden «%2».</translation>
    </message>
    <message>
        <source>The patient is not allocated to a clinician; say who held the session.</source>
        <translation>Pasienten er ikkje tildelt ein behandlar; oppgje kven som hadde timen.</translation>
    </message>
    <message>
        <source>Sessions are held by a clinician.</source>
        <translation>Timar vert haldne av ein behandlar.</translation>
    </message>
    <message>
        <source>The session was not found.</source>
        <translation>Timen vart ikkje funnen.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Your key is missing from the key file; nothing was signed.</source>
        <translation>Nøkkelen din manglar i nøkkelfila; ingenting vart signert.</translation>
    </message>
    <message>
        <source>The password is not right; nothing was signed.</source>
        <translation>Passordet er ikkje rett; ingenting vart signert.</translation>
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
        <translation>Tel pasientar etter tilstand, henvisingar, avtalar, timar, signerte journalnotat og meldepliktregistreringar (einingsleiarar og administratorar). Ingen pasient vert namngjeven.</translation>
    </message>
    <message>
        <source>Write the counts as JSON, for scripts.</source>
        <translation>Skriv tala som JSON, for skript.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasientar</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisingar</translation>
    </message>
    <message>
        <source>Urgent referrals</source>
        <translation>Hastehenvisingar</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Importerte henvisingar</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Signed notes</source>
        <translation>Signerte journalnotat</translation>
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
        <translation>Meldepliktregistreringar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Opne oppfølgingar</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Vidarehenvisingar</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Avslutta behandlingar</translation>
    </message>
    <message>
        <source>Departures from the national standard</source>
        <translation>Avvik frå den nasjonale standarden</translation>
    </message>
    <message>
        <source>Registry consent given</source>
        <translation>Registersamtykke gjeve</translation>
    </message>
    <message>
        <source>Registry consent withdrawn</source>
        <translation>Registersamtykke trekt</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive brukarar</translation>
    </message>
</context>
<context>
    <name>ThemeCatalogue</name>
    <message>
        <source>The theme catalogue version was not found.</source>
        <translation>Versjonen av temakatalogen vart ikkje funnen.</translation>
    </message>
    <message>
        <source>A theme catalogue needs a name and at least one theme.</source>
        <translation>Ein temakatalog treng eit namn og minst eitt tema.</translation>
    </message>
    <message>
        <source>Every theme needs its own code of lower-case letters, digits or underscores, and a title.</source>
        <translation>Kvart tema treng sin eigen kode av små bokstavar, siffer eller understrekar, og ein tittel.</translation>
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
        <translation>Kjensler og sjølvregulering</translation>
    </message>
    <message>
        <source>Relationships, intimacy and loneliness</source>
        <translation>Relasjonar, nærleik og einsemd</translation>
    </message>
    <message>
        <source>Thoughts that permit abuse</source>
        <translation>Tankar som tillèt overgrep</translation>
    </message>
    <message>
        <source>Risk situations and coping</source>
        <translation>Risikosituasjonar og meistring</translation>
    </message>
    <message>
        <source>A good life: plans and values</source>
        <translation>Eit godt liv: planar og verdiar</translation>
    </message>
    <message>
        <source>Personal prevention plan</source>
        <translation>Personleg førebyggingsplan</translation>
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
        <translation>Intern feil: transaksjonen er allereie avslutta.</translation>
    </message>
</context>
<context>
    <name>TreatmentPlans</name>
    <message numerus="yes">
        <source>A plan has between 1 and %n sessions.</source>
        <translation>
            <numerusform>Ein plan har mellom 1 og %n time.</numerusform>
            <numerusform>Ein plan har mellom 1 og %n timar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The national advice is 16 to 20 sessions. Write why this plan has %n; it is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>Det nasjonale rådet er 16 til 20 timar. Skriv kvifor denne planen har %n; det vert registrert som eit avvik frå standarden.</numerusform>
            <numerusform>Det nasjonale rådet er 16 til 20 timar. Skriv kvifor denne planen har %n; det vert registrert som eit avvik frå standarden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Themes can only be planned for sessions 1 to %n.</source>
        <translation>
            <numerusform>Tema kan berre planleggjast for time 1 til %n.</numerusform>
            <numerusform>Tema kan berre planleggjast for time 1 til %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A theme is not part of this plan&apos;s theme catalogue.</source>
        <translation>Eit tema er ikkje ein del av temakatalogen for denne planen.</translation>
    </message>
    <message>
        <source>This patient has no treatment plan yet.</source>
        <translation>Denne pasienten har ingen behandlingsplan enno.</translation>
    </message>
    <message>
        <source>Treatment cannot start before the patient is identified: record the name and national ID number first.</source>
        <translation>Behandlinga kan ikkje starte før pasienten er identifisert: registrer namn og fødselsnummer først.</translation>
    </message>
    <message>
        <source>Make the treatment plan before treatment starts.</source>
        <translation>Lag behandlingsplanen før behandlinga startar.</translation>
    </message>
    <message numerus="yes">
        <source>%n intake instrument(s) are neither completed nor declined. Complete the assessment package, or write why treatment starts without it; that is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>%n inntaksinstrument er verken fullført eller avslått. Fullfør utgreiingspakken, eller skriv kvifor behandlinga startar utan han; det vert registrert som eit avvik frå standarden.</numerusform>
            <numerusform>%n inntaksinstrument er verken fullførte eller avslåtte. Fullfør utgreiingspakken, eller skriv kvifor behandlinga startar utan han; det vert registrert som eit avvik frå standarden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmetNeeds</name>
    <message>
        <source>The unmet need was not found.</source>
        <translation>Det udekte behovet vart ikkje funne.</translation>
    </message>
    <message>
        <source>The need needs the date it was found, not in the future.</source>
        <translation>Behovet treng datoen det vart funne, ikkje i framtida.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Skildre behovet.</translation>
    </message>
    <message>
        <source>The need has already been followed up.</source>
        <translation>Behovet er allereie følgt opp.</translation>
    </message>
    <message>
        <source>That onward referral belongs to another patient.</source>
        <translation>Den vidarehenvisinga høyrer til ein annan pasient.</translation>
    </message>
    <message>
        <source>Write why there is no onward referral.</source>
        <translation>Skriv kvifor det ikkje er noka vidarehenvising.</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <source>Creates a user account with one or more roles (administrators only).</source>
        <translation>Opprettar ein brukarkonto med éi eller fleire roller (berre administratorar).</translation>
    </message>
    <message>
        <source>The new user&apos;s sign-in name.</source>
        <translation>Innloggingsnamnet til den nye brukaren.</translation>
    </message>
    <message>
        <source>The new user&apos;s roles, separated by commas: secretary, clinician, unit_leader, administrator.</source>
        <extracomment>Keep the role identifiers (secretary, …) untranslated: they are typed as shown</extracomment>
        <translation>Rollene til den nye brukaren, skilde med komma: secretary, clinician, unit_leader, administrator.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name, as shown to colleagues and in a patient&apos;s access log.</source>
        <translation>Det fulle namnet til den nye brukaren, slik det vert vist for kollegaer og i tilgangsloggen til ein pasient.</translation>
    </message>
    <message>
        <source>psychologist or psychiatrist; required for the clinician role.</source>
        <extracomment>Keep psychologist and psychiatrist untranslated: they are typed as shown</extracomment>
        <translation>psychologist eller psychiatrist; påkravd for behandlarrolla.</translation>
    </message>
    <message>
        <source>The new user&apos;s HPR number (health personnel register).</source>
        <translation>HPR-nummeret til den nye brukaren (helsepersonellregisteret).</translation>
    </message>
    <message>
        <source>the new user&apos;s initial password</source>
        <translation>det første passordet til den nye brukaren</translation>
    </message>
    <message>
        <source>Unknown role in &quot;%1&quot;. The roles are secretary, clinician, unit_leader and administrator, separated by commas.</source>
        <extracomment>%1 is what was typed after --role; keep the role identifiers untranslated</extracomment>
        <translation>Ukjend rolle i &quot;%1&quot;. Rollene er secretary, clinician, unit_leader og administrator, skilde med komma.</translation>
    </message>
    <message>
        <source>Unknown profession &quot;%1&quot;. The professions are psychologist and psychiatrist.</source>
        <extracomment>%1 is what was typed after --profession; keep psychologist and psychiatrist untranslated</extracomment>
        <translation>Ukjent yrke &quot;%1&quot;. Yrka er psychologist og psychiatrist.</translation>
    </message>
    <message>
        <source>Created the user %1 (%2).</source>
        <translation>Oppretta brukaren %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is waiting for access to clinical records until a unit leader grants it (forlop-admin grant-clinical).</source>
        <translation>%1 ventar på tilgang til journalar til ein einingsleiar gir han (forlop-admin grant-clinical).</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>A user name has 2 to 40 letters (a–z), digits, dots, dashes or underscores.</source>
        <translation>Eit brukarnamn har 2 til 40 bokstavar (a–z), siffer, punktum, bindestrekar eller understrekar.</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>Det finst ingen aktiv brukar som heiter %1.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Ein brukar treng minst éi rolle.</translation>
    </message>
    <message>
        <source>A clinician must be a psychologist or a psychiatrist.</source>
        <translation>Ein behandlar må vere psykolog eller psykiater.</translation>
    </message>
    <message>
        <source>The user name %1 is taken (users are never deleted).</source>
        <translation>Brukarnamnet %1 er oppteke (brukarar vert aldri sletta).</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan ikkje deaktivere din eigen konto.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Den siste aktive administratoren kan ikkje deaktiverast.</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Oppføringa di i nøkkelfila manglar.</translation>
    </message>
    <message>
        <source>Your session holds no clinical key to grant.</source>
        <translation>Økta di har ingen klinisk nøkkel å gje.</translation>
    </message>
    <message>
        <source>Only clinicians and unit leaders can be given access to clinical records.</source>
        <translation>Berre behandlarar og einingsleiarar kan få tilgang til journalar.</translation>
    </message>
    <message>
        <source>The user has no entry in the key file.</source>
        <translation>Brukaren har inga oppføring i nøkkelfila.</translation>
    </message>
</context>
<context>
    <name>UserDeactivateCommand</name>
    <message>
        <source>Deactivates a user account and changes the database key, so the user&apos;s old key opens nothing (administrators only). Users are never deleted.</source>
        <translation>Deaktiverer ein brukarkonto og byter databasenøkkelen, slik at den gamle nøkkelen til brukaren ikkje opnar noko (berre administratorar). Brukarar vert aldri sletta.</translation>
    </message>
    <message>
        <source>The user to deactivate.</source>
        <translation>Brukaren som skal deaktiverast.</translation>
    </message>
    <message>
        <source>Deactivated %1. The database key has been changed; the other users sign in as before.</source>
        <translation>Deaktiverte %1. Databasenøkkelen er bytt; dei andre brukarane loggar inn som før.</translation>
    </message>
</context>
<context>
    <name>UserListCommand</name>
    <message>
        <source>Lists every user account: roles, whether it is active, and its access to clinical records.</source>
        <translation>Listar alle brukarkontoar: roller, om kontoen er aktiv, og tilgangen til journalar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt namn</translation>
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
        <translation>ventar</translation>
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
        <translation>Endrar ditt eige passord.</translation>
    </message>
    <message>
        <source>your new password</source>
        <translation>det nye passordet ditt</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Passordet ditt er endra.</translation>
    </message>
</context>
<context>
    <name>WaitingTimes</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Vel ein periode der første dagen ikkje er etter den siste.</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>You can change only your own working hours.</source>
        <translation>Du kan berre endre di eiga arbeidstid.</translation>
    </message>
    <message>
        <source>Choose the date the working hours apply from.</source>
        <translation>Vel datoen arbeidstida gjeld frå.</translation>
    </message>
    <message>
        <source>A working period has no valid weekday.</source>
        <translation>Ein arbeidsperiode har ingen gyldig vekedag.</translation>
    </message>
    <message>
        <source>A working period on %1 must start before it ends, on whole five minutes.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>Ein arbeidsperiode på %1 må starte før han sluttar, på heile fem minutt.</translation>
    </message>
    <message>
        <source>Two working periods on %1 overlap.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>To arbeidsperiodar på %1 overlappar.</translation>
    </message>
    <message>
        <source>An absence or extra time must start before it ends, on whole five minutes.</source>
        <translation>Eit fråvær eller ekstra tid må starte før det sluttar, på heile fem minutt.</translation>
    </message>
    <message>
        <source>Extra working time is for one clinician, not the whole clinic.</source>
        <translation>Ekstra arbeidstid gjeld éin behandlar, ikkje heile klinikken.</translation>
    </message>
    <message>
        <source>That absence or extra time was not found.</source>
        <translation>Det fråværet eller den ekstra tida vart ikkje funne.</translation>
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
        <translation>Sjukmelding</translation>
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
        <translation>&amp;Brukarnamn:</translation>
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
            <numerusform>Bruk minst %n teikn; nokre ord som ikkje heng saman, er lette å hugse.</numerusform>
            <numerusform>Bruk minst %n teikn; nokre ord som ikkje heng saman, er lette å hugse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dei to passorda er ulike.</translation>
    </message>
</context>
<context>
    <name>forlop::AddUserDialog</name>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Legg til brukar</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Legg til brukar</translation>
    </message>
    <message>
        <source>e.g. kari.nordmann</source>
        <translation>t.d. kari.nordmann</translation>
    </message>
    <message>
        <source>7 to 9 digits</source>
        <translation>7 til 9 siffer</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders wait for access to clinical records until a unit leader grants it on this page.</source>
        <translation>Behandlarar og einingsleiarar ventar på tilgang til journalar til ein einingsleiar gir han på denne sida.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullt namn:</translation>
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
        <translation>Dei to passorda er ulike.</translation>
    </message>
    <message>
        <source>Creating the account and its keys…</source>
        <translation>Opprettar kontoen og nøklane…</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationClinicianModel</name>
    <message>
        <source>Patients allocated to the clinician in active care</source>
        <translation>Pasientar tildelte behandlaren i aktivt forløp</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Ledig tid i kalenderen den neste %n veka: arbeidstid minus bestilte timar</numerusform>
            <numerusform>Ledig tid i kalenderen dei neste %n vekene: arbeidstid minus bestilte timar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasientar utan bestilt time den neste %n veka</numerusform>
            <numerusform>Aktive pasientar utan bestilt time dei neste %n vekene</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlar</translation>
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
        <translation>Utan time</translation>
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
        <translation>Tildel den valde henvisinga til den valde behandlaren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for a clinician</source>
        <translation>Ventar på behandlar</translation>
    </message>
    <message>
        <source>Clinicians and their load</source>
        <translation>Behandlarar og belastninga deira</translation>
    </message>
    <message>
        <source>No referrals are waiting for a clinician</source>
        <translation>Ingen henvisingar ventar på behandlar</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) waiting for a clinician</source>
        <translation>
            <numerusform>%n henvising ventar på behandlar</numerusform>
            <numerusform>%n henvisingar ventar på behandlar</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral and a clinician first.</source>
        <translation>Vel ei henvising og ein behandlar først.</translation>
    </message>
    <message>
        <source>%1 is allocated to %2.</source>
        <translation>%1 er tildelt %2.</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Vel ei henvising til venstre.</translation>
    </message>
    <message>
        <source>Choose a clinician for %1 on the right.</source>
        <translation>Vel ein behandlar for %1 til høgre.</translation>
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
            <numerusform>%n dagar</numerusform>
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
        <translation>Venta</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Henvising motteken</translation>
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
        <translation>Start utgreiingspakken</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>The patient is included. Starting the assessment package begins the structured assessment.</source>
        <translation>Pasienten er inkludert. Når utgreiingspakken vert starta, byrjar den strukturerte utgreiinga.</translation>
    </message>
    <message>
        <source>The assessment package starts once the patient is included.</source>
        <translation>Utgreiingspakken startar når pasienten er inkludert.</translation>
    </message>
    <message>
        <source>The instruments come from the example catalogue, until the clinic replaces it with the national assessment package.</source>
        <translation>Instrumenta kjem frå eksempelkatalogen, til klinikken erstattar han med den nasjonale utgreiingspakken.</translation>
    </message>
    <message>
        <source>Instruments of the catalogue &quot;%1&quot;.</source>
        <translation>Instrument i katalogen «%1».</translation>
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
        <translation>Pseudonym, t.d. P-2026-0001</translation>
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
        <translation>Siste 7 dagar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dagar</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valde datoar</translation>
    </message>
    <message>
        <source>&amp;Flagged first</source>
        <translation>&amp;Flagga først</translation>
    </message>
    <message>
        <source>Emergency accesses and refused accesses before everything else</source>
        <translation>Nødtilgangar og nekta tilgangar før alt anna</translation>
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
        <translation>&amp;Brukar:</translation>
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
        <translation>nekta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukka</translation>
    </message>
    <message>
        <source>Emergency access: check that the reason holds.</source>
        <translation>Nødtilgang: kontroller at grunngjevinga held.</translation>
    </message>
    <message>
        <source>Refused access: someone tried to open a record outside their patients.</source>
        <translation>Nekta tilgang: nokon prøvde å opne ein journal utanfor sine pasientar.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
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
        <translation>Grunngjeving eller detalj</translation>
    </message>
</context>
<context>
    <name>forlop::BackupController</name>
    <message>
        <source>Backup warning</source>
        <translation>Åtvaring om tryggingskopi</translation>
    </message>
    <message>
        <source>Taking the scheduled backup…</source>
        <translation>Tek den planlagde tryggingskopien…</translation>
    </message>
    <message>
        <source>Taking a backup before Forløp closes…</source>
        <translation>Tek ein tryggingskopi før Forløp vert lukka…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vent litt</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Tryggingskopieringa mislukkast</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <extracomment>%1 is core&apos;s message, which names the folder and says the backup failed</extracomment>
        <translation>Automatisk tryggingskopi: %1</translation>
    </message>
    <message>
        <source>Take a backup at the next sign-in.</source>
        <translation>Ta ein tryggingskopi neste gong du loggar inn.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta tryggingskopi no</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi…</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Tryggingskopiar i mappa for tryggingskopiar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>Innstillingane for tryggingskopi vart lagra.</translation>
    </message>
    <message>
        <source>This clinic has no verified backup yet.</source>
        <translation>Denne klinikken har ingen verifisert tryggingskopi enno.</translation>
    </message>
    <message>
        <source>No backup folder is set, so no backup is taken automatically.</source>
        <translation>Inga mappe for tryggingskopiar er sett, så ingen tryggingskopi vert teken automatisk.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups to %1 every %n hour(s), and when Forløp closes.</source>
        <translation>
            <numerusform>Automatiske tryggingskopiar til %1 kvar time, og når Forløp vert lukka.</numerusform>
            <numerusform>Automatiske tryggingskopiar til %1 kvar %n. time, og når Forløp vert lukka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup folder in the settings above to list its backups here.</source>
        <translation>Vel ei mappe for tryggingskopiar i innstillingane ovanfor for å sjå tryggingskopiane her.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifisert</translation>
    </message>
    <message>
        <source>Another clinic&apos;s backup</source>
        <translation>Tryggingskopi frå ein annan klinikk</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and checked.</source>
        <translation>Tryggingskopien vart gjenoppretta til %1 og kontrollert.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Tryggingskopi gjenoppretta</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and passed its checks.</source>
        <translation>Tryggingskopien vart gjenoppretta til %1 og bestod kontrollane.</translation>
    </message>
    <message>
        <source>Open it now in a second Forløp window? The clinic open here stays as it is.</source>
        <translation>Opne han no i eit nytt Forløp-vindauge? Klinikken som er open her, held seg som han er.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>Forløp could not be started for %1.</source>
        <translation>Forløp kunne ikkje startast for %1.</translation>
    </message>
    <message>
        <source>Last verified backup: %1, today.</source>
        <translation>Siste verifiserte tryggingskopi: %1, i dag.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Siste verifiserte tryggingskopi: %1, for %n dag sidan.</numerusform>
            <numerusform>Siste verifiserte tryggingskopi: %1, for %n dagar sidan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::BackupSettingsBox</name>
    <message>
        <source>Backup settings</source>
        <translation>Innstillingar for tryggingskopi</translation>
    </message>
    <message>
        <source>No folder chosen: backups are only taken by hand</source>
        <translation>Inga mappe vald: tryggingskopiar vert berre tekne manuelt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vel…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Choose a folder on another disk, such as a USB disk or a network share. Backups are encrypted like the clinic itself; any current user&apos;s password or the recovery key restores them. Automatic backups run while an administrator or unit leader is signed in, and when Forløp closes.</source>
        <translation>Vel ei mappe på ein annan disk, til dømes ein USB-disk eller ei nettverksmappe. Tryggingskopiar vert krypterte som sjølve klinikken; passordet til kva som helst noverande brukar eller gjenopprettingsnøkkelen gjenopprettar dei. Automatiske tryggingskopiar køyrer medan ein administrator eller einingsleiar er logga inn, og når Forløp vert lukka.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lagre innstillingar</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Berre ein administrator kan endre desse innstillingane.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mappe for tryggingskopiar:</translation>
    </message>
    <message>
        <source>Take a backup &amp;every:</source>
        <translation>Ta tryggingskopi &amp;kvar:</translation>
    </message>
    <message>
        <source>&amp;Warn when older than:</source>
        <translation>Var&amp;sle når eldre enn:</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Vel mappa for tryggingskopiar</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or choose it.</source>
        <translation>Oppgje mappa for tryggingskopiar som ein full sti, eller vel ho.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupWarningBar</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta tryggingskopi no</translation>
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
        <translation>Bestilt. Les tida opp for den som ringjer:</translation>
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
        <translation>Stad:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>The caller can give the reference when they call again. The letter can be printed now or later from the calendar.</source>
        <translation>Den som ringjer, kan oppgje referansen når dei ringjer igjen. Brevet kan skrivast ut no eller seinare frå kalenderen.</translation>
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
        <translation>Denne pasienten er ikkje tildelt deg</translation>
    </message>
    <message numerus="yes">
        <source>You may open the record in an emergency if you need it to give the patient health care now. Write why. The reason is stored with everything you open during the next %n hours. The patient can read it in their access log, and the unit leader reviews every emergency access.</source>
        <translation>
            <numerusform>Du kan opne journalen i ein nødsituasjon dersom du treng han for å gje pasienten helsehjelp no. Skriv kvifor. Grunngjevinga vert lagra saman med alt du opnar den neste %n timen. Pasienten kan lese ho i tilgangsloggen sin, og einingsleiaren går gjennom kvar nødtilgang.</numerusform>
            <numerusform>Du kan opne journalen i ein nødsituasjon dersom du treng han for å gje pasienten helsehjelp no. Skriv kvifor. Grunngjevinga vert lagra saman med alt du opnar dei neste %n timane. Pasienten kan lese ho i tilgangsloggen sin, og einingsleiaren går gjennom kvar nødtilgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why you need the record now</source>
        <translation>Kvifor du treng journalen no</translation>
    </message>
    <message>
        <source>Open with emergency access</source>
        <translation>Opne med nødtilgang</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; %1 so far.</source>
        <translation>
            <numerusform>Minst %n teikn; %1 så langt.</numerusform>
            <numerusform>Minst %n teikn; %1 så langt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters.</source>
        <translation>
            <numerusform>%n teikn.</numerusform>
            <numerusform>%n teikn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::CalendarPage</name>
    <message>
        <source>Drag an appointment to move it, or choose it with the arrow keys and press Enter. Right-click or the menu key for more.</source>
        <translation>Dra ein time for å flytte han, eller vel han med piltastane og trykk Enter. Høgreklikk eller bruk menytasten for meir.</translation>
    </message>
    <message>
        <source>%1, %2 with %3. Release the mouse or press Enter to move it here; Escape leaves it.</source>
        <extracomment>While moving an appointment: %1 the day, %2 the time, %3 the clinician.</extracomment>
        <translation>%1, %2 med %3. Slepp musa eller trykk Enter for å flytte han hit; Escape lèt han liggje.</translation>
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
        <translation>Fram (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Éin dag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Veke</translation>
    </message>
    <message>
        <source>Monday to Friday, and the weekend when anyone works then</source>
        <translation>Måndag til fredag, og helga når nokon arbeider då</translation>
    </message>
    <message>
        <source>Whose calendars to show</source>
        <translation>Kven sine kalendrar som skal visast</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alle</translation>
    </message>
    <message>
        <source>Clinicians: %1 of %2</source>
        <extracomment>The button choosing whose calendars show: %1 shown of %2 clinicians.</extracomment>
        <translation>Behandlarar: %1 av %2</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <extracomment>The week shown: %1 the week number, %2 and %3 its first and last day.</extracomment>
        <translation>Veke %1: %2 – %3</translation>
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
        <translation>Merk som &amp;ikkje møtt</translation>
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
        <translation>Flytta til %1, %2 med %3.</translation>
    </message>
    <message>
        <source>The appointment was cancelled; the time is free again.</source>
        <translation>Timen vart avlyst; tida er ledig igjen.</translation>
    </message>
    <message>
        <source>Marked as attended.</source>
        <translation>Merkt som møtt.</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>Merkt som ikkje møtt.</translation>
    </message>
</context>
<context>
    <name>forlop::CalendarView</name>
    <message>
        <source>Arrow keys choose an appointment; Enter starts a move, arrows shift it, Enter confirms and Escape cancels. The menu key opens its actions.</source>
        <extracomment>Accessible description of the calendar, also its tooltip where no appointment is.</extracomment>
        <translation>Piltastane vel ein time; Enter startar ei flytting, piltastane flyttar han, Enter stadfestar og Escape avbryt. Menytasten opnar handlingane.</translation>
    </message>
    <message>
        <source>Choose at least one clinician to see.</source>
        <translation>Vel minst éin behandlar å vise.</translation>
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
        <translation>Til dømes: sjuk, på reise, behandlar borte</translation>
    </message>
    <message>
        <source>The time becomes free for others. The appointment stays on record as cancelled.</source>
        <translation>Tida vert ledig for andre. Timen vert ståande i journalen som avlyst.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Kven:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment</source>
        <translation>Avlys &amp;timen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;hald han</translation>
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
        <translation>Ikkje starta</translation>
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
        <translation>Timar (16–20)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Neste time</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the plan (the line). The shaded band is the 16–20 sessions of the national advice.</source>
        <translation>Gjennomførte behandlingstimar samanlikna med planen (streken). Det skraverte feltet er dei 16–20 timane i det nasjonale rådet.</translation>
    </message>
    <message>
        <source>Your unsigned notes (drafts) for the patient</source>
        <translation>Dei usignerte journalnotata dine (utkast) for pasienten</translation>
    </message>
    <message>
        <source>Completed instruments of the assessment package, of those due</source>
        <translation>Fullførte instrument i utgreiingspakken, av dei som skal fyllast ut</translation>
    </message>
    <message>
        <source>Duty-to-report records whose follow-up is still open</source>
        <translation>Meldepliktvurderingar der oppfølginga framleis er open</translation>
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
        <translation>Opne plikter</translation>
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
        <translation>Vel eit tal for å sjå pasientane bak det. Hald musepeikaren over ei kolonneoverskrift for å sjå kva ho tel.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasientar</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Opne &amp;journal</translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n weeks and free time in the next %n weeks, as of %1</source>
        <translation>
            <numerusform>Timar den siste %n veka og ledig tid den neste %n veka, per %1</numerusform>
            <numerusform>Timar dei siste %n vekene og ledig tid dei neste %n vekene, per %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active clinicians.</source>
        <translation>Ingen aktive behandlarar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Heading of the patient list under the caseloads: the clinician, then what the chosen figure counts.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No patients.</source>
        <translation>Ingen pasientar.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pasient</numerusform>
            <numerusform>%n pasientar</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient record is not available to you.</source>
        <translation>Pasientjournalen er ikkje tilgjengeleg for deg.</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadTableModel</name>
    <message>
        <source>Active patients in the state “%1”</source>
        <translation>Aktive pasientar i tilstanden «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Attended treatment sessions in the last %n weeks</source>
        <translation>
            <numerusform>Gjennomførte behandlingstimar den siste %n veka</numerusform>
            <numerusform>Gjennomførte behandlingstimar dei siste %n vekene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned notes older than %n days</source>
        <translation>
            <numerusform>Usignerte journalnotat eldre enn %n dag</numerusform>
            <numerusform>Usignerte journalnotat eldre enn %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty-to-report records with the follow-up still open</source>
        <translation>Meldepliktvurderingar der oppfølginga framleis er open</translation>
    </message>
    <message numerus="yes">
        <source>Active patients without an appointment in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasientar utan time den neste %n veka</numerusform>
            <numerusform>Aktive pasientar utan time dei neste %n vekene</numerusform>
        </translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Aktive pasientar</translation>
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
            <numerusform>Neste %n veke: arbeidstid %1, bestilt %2, ledig %3</numerusform>
            <numerusform>Neste %n veker: arbeidstid %1, bestilt %2, ledig %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <extracomment>Tooltip of a count of sessions or notes: how many patients they belong to.</extracomment>
        <translation>Pasientar: %1</translation>
    </message>
    <message>
        <source>Active patients now in the state “%1”</source>
        <translation>Aktive pasientar som no er i tilstanden «%1»</translation>
    </message>
    <message>
        <source>Patients allocated to the clinician in active care (referred to in treatment)</source>
        <translation>Pasientar tildelte behandlaren i aktivt forløp (frå henvist til i behandling)</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Ledig tid i kalenderen den neste %n veka: arbeidstid minus bestilte timar</numerusform>
            <numerusform>Ledig tid i kalenderen dei neste %n vekene: arbeidstid minus bestilte timar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clinician&apos;s unsigned notes (drafts) older than %n days</source>
        <translation>
            <numerusform>Usignerte journalnotat (utkast) frå behandlaren eldre enn %n dag</numerusform>
            <numerusform>Usignerte journalnotat (utkast) frå behandlaren eldre enn %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed duty-to-report records assessed by the clinician whose follow-up is still open</source>
        <translation>Signerte meldepliktvurderingar gjorde av behandlaren der oppfølginga framleis er open</translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Aktive pasientar utan bestilt time den neste %n veka</numerusform>
            <numerusform>Aktive pasientar utan bestilt time dei neste %n vekene</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlar</translation>
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
        <translation>Ventar</translation>
    </message>
    <message>
        <source>Included</source>
        <extracomment>Column header, kept short: patients included.</extracomment>
        <translation>Inkludert</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Column header, kept short: sessions delivered in the last weeks.</extracomment>
        <translation>Timar</translation>
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
        <translation>Opne plikter</translation>
    </message>
    <message>
        <source>No appt.</source>
        <extracomment>Column header, kept short: active patients with no appointment booked ahead.</extracomment>
        <translation>Utan time</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <extracomment>Column header, kept short: patients in the eligibility assessment.</extracomment>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Column header, kept short: patients in the structured assessment.</extracomment>
        <translation>Utgreiing</translation>
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
        <translation>Logga inn som %1. Det nye passordet ditt vert brukt frå neste gong du loggar inn.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Noverande passord:</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Skriv inn det noverande passordet ditt.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Dei to nye passorda er ulike.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Endrar passordet ditt…</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Oppføringa di i nøkkelfila manglar.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det noverande passordet er feil.</translation>
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
        <translation>Opne journal</translation>
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
        <translation>Opne oppfølgingar av meldeplikt</translation>
    </message>
    <message>
        <source>Filter by name or pseudonym</source>
        <translation>Filtrer på namn eller pseudonym</translation>
    </message>
    <message>
        <source>Include ended and excluded</source>
        <translation>Ta med avslutta og ekskluderte</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Pasientane mine</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Ingen timar i dag.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ingen opne oppfølgingar.</translation>
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
        <translation>Avgjerd</translation>
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
        <translation>Opne</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Oppfølging…</translation>
    </message>
    <message>
        <source>Record what was done, and close the follow-up when it is finished</source>
        <translation>Registrer kva som vart gjort, og avslutt oppfølginga når ho er ferdig</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Varsle</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Ikkje varsle</translation>
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
        <translation>Ikkje naudsynt</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avslutta %1</translation>
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
        <translation>Ny registrering. Fyll ut alle felta, og signer ho med passordet ditt.</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>Plikta</translation>
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
        <translation>Kva som gav grunn til ho:</translation>
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
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Varsle</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Ikkje varsle</translation>
    </message>
    <message>
        <source>Someone outside this clinic (name below)</source>
        <translation>Nokon utanfor denne klinikken (namn nedanfor)</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Namn og rolle</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Avgjerd:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grunngjeving:</translation>
    </message>
    <message>
        <source>Colleague or leader consulted:</source>
        <translation>Kollega eller leiar som vart konsultert:</translation>
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
        <translation>Vel…</translation>
    </message>
    <message>
        <source>Which office, and whom you spoke to</source>
        <translation>Kva kontor, og kven du snakka med</translation>
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
        <translation>Mottakar:</translation>
    </message>
    <message>
        <source>Whom exactly:</source>
        <translation>Kven nøyaktig:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Korleis:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Varsla den:</translation>
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
        <translation>Ikkje enno</translation>
    </message>
    <message>
        <source>Needs follow-up (listed in My day until closed)</source>
        <translation>Treng oppfølging (vert vist i Min dag til ho er avslutta)</translation>
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
        <translation>Signert %1. Ei signert registrering kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is open; close it from the record&apos;s Duties page.</source>
        <translation>Signert %1. Oppfølginga er open; avslutt ho frå sida Meldeplikt i journalen.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is closed.</source>
        <translation>Signert %1. Oppfølginga er avslutta.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Utkast, sist lagra %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Utkastet kunne ikkje lagrast: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkast lagra %1.</translation>
    </message>
    <message>
        <source>Sign the duty-to-report record for %1.</source>
        <translation>Signer meldepliktregistreringa for %1.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityCriteriaForm</name>
    <message>
        <source>Inclusion criteria</source>
        <translation>Inklusjonskriterium</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Eksklusjonskriterium</translation>
    </message>
    <message>
        <source>All must be answered yes to include.</source>
        <translation>Alle må svarast ja på for å inkludere.</translation>
    </message>
    <message>
        <source>Any answered yes excludes.</source>
        <translation>Kvart ja ekskluderer.</translation>
    </message>
    <message>
        <source>Criteria version %1: %2</source>
        <extracomment>%1 the version number, %2 the version&apos;s name</extracomment>
        <translation>Kriterieversjon %1: %2</translation>
    </message>
    <message>
        <source>By the criteria: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</source>
        <extracomment>%1 is &quot;Include&quot; or &quot;Exclude&quot;</extracomment>
        <translation>Etter kriteria: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>By the criteria: answer every criterion first (%n left).</source>
        <translation>
            <numerusform>Etter kriteria: svar på alle kriteria først (%n att).</numerusform>
            <numerusform>Etter kriteria: svar på alle kriteria først (%n att).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityDecisionForm</name>
    <message>
        <source>What the decision rests on</source>
        <translation>Kva avgjerda byggjer på</translation>
    </message>
    <message>
        <source>Why the decision differs from the criteria</source>
        <translation>Kvifor avgjerda avvik frå kriteria</translation>
    </message>
    <message>
        <source>An exclusion needs an onward referral, or the reason why there is none.</source>
        <translation>Ein eksklusjon treng ei vidarehenvising, eller grunngjevinga for at det ikkje er noka.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Vidarehenvising</translation>
    </message>
    <message>
        <source>The criteria give &quot;%1&quot;, the decision is &quot;%2&quot;. Write why: the decision is recorded as a departure from the national standard (a deviation), counted in the fidelity figures.</source>
        <translation>Kriteria gir «%1», avgjerda er «%2». Skriv kvifor: avgjerda vert registrert som eit avvik frå den nasjonale standarden og vert tald med i tala for etterleving.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityOutcomeView</name>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>By the criteria</source>
        <translation>Etter kriteria</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Vidarehenvising</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Recorded as a departure from the national standard: %1</source>
        <translation>Registrert som avvik frå den nasjonale standarden: %1</translation>
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
Kvifor: %4</translation>
    </message>
    <message>
        <source>No onward referral: %1</source>
        <translation>Inga vidarehenvising: %1</translation>
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
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Lagre svar</translation>
    </message>
    <message>
        <source>Save the answers and comments; the assessment stays open.</source>
        <translation>Lagre svara og kommentarane; vurderinga held fram med å vere open.</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Fullfør vurderinga</translation>
    </message>
    <message>
        <source>Answers saved.</source>
        <translation>Svara er lagra.</translation>
    </message>
    <message>
        <source>No eligibility assessment yet. Starting it takes the patient off the waiting list.</source>
        <translation>Inga vurdering av inklusjon enno. Når ho vert starta, vert pasienten teken av ventelista.</translation>
    </message>
    <message>
        <source>No eligibility assessment. It can start once the patient is on the waiting list.</source>
        <translation>Inga vurdering av inklusjon. Ho kan starte når pasienten står på ventelista.</translation>
    </message>
    <message>
        <source>This assessment is completed and can no longer be changed.</source>
        <translation>Denne vurderinga er fullført og kan ikkje lenger endrast.</translation>
    </message>
    <message>
        <source>Started %1 by %2. Answer every criterion; the decision by the criteria is shown below them.</source>
        <extracomment>%1 date and time, %2 the clinician</extracomment>
        <translation>Starta %1 av %2. Svar på alle kriteria; avgjerda etter kriteria vert vist under dei.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Svar på alle kriteria før du avgjer: %n kriterium er framleis utan svar.</numerusform>
            <numerusform>Svar på alle kriteria før du avgjer: %n kriterium er framleis utan svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose include or exclude.</source>
        <translation>Vel inkluder eller ekskluder.</translation>
    </message>
</context>
<context>
    <name>forlop::EmergencyAccessModel</name>
    <message>
        <source>Opened</source>
        <translation>Opna</translation>
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
        <translation>Oppgjeven grunngjeving</translation>
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
        <translation>Denne pasienten er ikkje tildelt deg. Alt du opnar, vert logga med grunngjevinga di («%1»); pasienten kan lese ho, og einingsleiaren går gjennom ho.</translation>
    </message>
</context>
<context>
    <name>forlop::EndOfTreatmentPage</name>
    <message>
        <source>Fewer than 16 sessions attended. Ending for a reason other than completion is allowed, and is counted in the fidelity figures as a departure from the national standard.</source>
        <translation>Færre enn 16 timar gjennomførte. Avslutning av ein annan grunn enn fullføring er tillate, og vert tald i tala for etterleving som eit avvik frå den nasjonale standarden.</translation>
    </message>
    <message>
        <source>The outcome in a few words</source>
        <translation>Utfallet med nokre få ord</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Oppfølging den</translation>
    </message>
    <message>
        <source>End treatment</source>
        <translation>Avslutt behandlinga</translation>
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
        <translation>Avslutta den</translation>
    </message>
    <message>
        <source>Sessions delivered</source>
        <translation>Gjennomførte timar</translation>
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
        <translation>Behandling avslutta</translation>
    </message>
    <message>
        <source>The treatment can be ended once the patient is included.</source>
        <translation>Behandlinga kan avsluttast når pasienten er inkludert.</translation>
    </message>
    <message>
        <source>Record the end scores, then end the treatment. The end instruments become due then.</source>
        <translation>Registrer sluttskårane, og avslutt deretter behandlinga. Sluttinstrumenta skal då fyllast ut.</translation>
    </message>
    <message>
        <source>The treatment has not started. Ending now closes the pathway before treatment.</source>
        <translation>Behandlinga har ikkje starta. Avslutning no lukkar forløpet før behandling.</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 gjennomførte av %n planlagd</numerusform>
            <numerusform>%1 gjennomførte av %n planlagde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan</source>
        <translation>
            <numerusform>%n gjennomført, ingen plan</numerusform>
            <numerusform>%n gjennomførte, ingen plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment. Type the end scores not yet recorded; they are recorded with the end of treatment.</source>
        <translation>Skårar ved inntak og ved avslutning av behandlinga. Skriv inn sluttskårane som ikkje er registrerte enno; dei vert registrerte saman med avslutninga av behandlinga.</translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment, from the assessment package.</source>
        <translation>Skårar ved inntak og ved avslutning av behandlinga, frå utgreiingspakken.</translation>
    </message>
    <message>
        <source>The patient is in follow-up.</source>
        <translation>Pasienten er i oppfølging.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Oppfølging starta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 date, %2 reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. Counted in the fidelity figures: fewer than 16 sessions.</source>
        <translation>%1. Vert tald i tala for etterleving: færre enn 16 timar.</translation>
    </message>
    <message>
        <source>Planned on %1</source>
        <translation>Planlagd til %1</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Ikkje planlagd</translation>
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
        <translation>Lagre perioderapporten, alle tabellane på denne sida, som PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Save the period report as a CSV file for a spreadsheet</source>
        <translation>Lagre perioderapporten som ei CSV-fil for eit rekneark</translation>
    </message>
    <message>
        <source>Double-click a figure, or a bar in a chart, to see the patients behind it.</source>
        <translation>Dobbeltklikk på eit tal, eller på ein stolpe i eit diagram, for å sjå pasientane bak det.</translation>
    </message>
    <message>
        <source>Show the reasons for the overrides</source>
        <translation>Vis grunngjevingane for overstyringane</translation>
    </message>
    <message>
        <source>The reasons are clinical content: reading them is recorded in each patient&apos;s access log.</source>
        <translation>Grunngjevingane er klinisk innhald: at du les dei, vert registrert i tilgangsloggen til kvar pasient.</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Vel ein periode først.</translation>
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
        <translation>Perioderapporten vart lagra i %1.</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPatientsDialog</name>
    <message>
        <source>Patients behind the figure</source>
        <translation>Pasientane bak talet</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s). Open one to see the record; opening it is recorded in the patient&apos;s access log.</source>
        <translation>
            <numerusform>%n pasient. Opne ein for å sjå journalen; opninga vert registrert i tilgangsloggen til pasienten.</numerusform>
            <numerusform>%n pasientar. Opne ein for å sjå journalen; opninga vert registrert i tilgangsloggen til pasienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Opne journal</translation>
    </message>
    <message>
        <source>The patient record cannot be opened from here.</source>
        <translation>Pasientjournalen kan ikkje opnast herifrå.</translation>
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
        <translation>Ikkje tildelt</translation>
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
        <translation>Behandlar</translation>
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
        <translation>Siste 12 månader</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valfri periode</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show the figures for the days chosen</source>
        <translation>Vis tala for dei valde dagane</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Frå</translation>
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
            <numerusform>%n pasient bak dette talet. Dobbeltklikk eller trykk Enter for å sjå lista.</numerusform>
            <numerusform>%n pasientar bak dette talet. Dobbeltklikk eller trykk Enter for å sjå lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::FirstRunDialog</name>
    <message>
        <source>Create a demo clinic</source>
        <translation>Opprett ein demoklinikk</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Opprett klinikken</translation>
    </message>
    <message>
        <source>This demo clinic is for trying Forløp with made-up people only. Name it and its first users to begin.</source>
        <translation>Denne demoklinikken er for å prøve Forløp, berre med oppdikta personar. Gje han og dei første brukarane namn for å byrje.</translation>
    </message>
    <message>
        <source>No clinic has been set up on this computer yet. Name the clinic and its first users to begin. All its data is stored encrypted.</source>
        <translation>Ingen klinikk er sett opp på denne datamaskina enno. Gje klinikken og dei første brukarane namn for å byrje. Alle data vert lagra krypterte.</translation>
    </message>
    <message>
        <source>Creating the clinic and its keys. This takes a few seconds…</source>
        <translation>Opprettar klinikken og nøklane. Dette tek nokre sekund…</translation>
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
        <translation>til dømes: Det finnes hjelp Nord</translation>
    </message>
    <message>
        <source>town or address</source>
        <translation>stad eller adresse</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Namn på klinikken:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <source>Manages user accounts and settings. Administrators never see patient records.</source>
        <translation>Administrerer brukarkontoar og innstillingar. Administratorar ser aldri pasientjournalar.</translation>
    </message>
    <message>
        <source>First unit leader</source>
        <translation>Første einingsleiar</translation>
    </message>
    <message>
        <source>Without a unit leader, only the recovery key holds the key to clinical records until a unit leader is given it with the recovery key.</source>
        <translation>Utan ein einingsleiar har berre gjenopprettingsnøkkelen nøkkelen til journalar, til ein einingsleiar får han med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Holds the key to clinical records and gives it to clinicians. Untick to leave this out for now.</source>
        <translation>Har nøkkelen til journalar og gir han til behandlarar. Fjern haken for å sleppe dette førebels.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dei to passorda er ulike.</translation>
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
        <translation>Kva som vart gjort for å følgje opp meldepliktregistreringa:</translation>
    </message>
    <message>
        <source>This closes the follow-up</source>
        <translation>Dette avsluttar oppfølginga</translation>
    </message>
</context>
<context>
    <name>forlop::InstrumentEntryEditor</name>
    <message>
        <source>Why the patient declined</source>
        <translation>Kvifor pasienten avslo</translation>
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
        <translation>Skårar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
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
        <translation>%1 for %2 må vere eit heiltal frå %3 til %4.</translation>
    </message>
    <message>
        <source>Select an instrument in the list to record its status and scores, or why the patient declined it.</source>
        <translation>Vel eit instrument i lista for å registrere status og skårar, eller kvifor pasienten avslo det.</translation>
    </message>
</context>
<context>
    <name>forlop::IntakeForm</name>
    <message>
        <source>given when saved; the caller can quote it</source>
        <translation>vert gjeven ved lagring; den som ringjer, kan oppgje han</translation>
    </message>
    <message>
        <source>Optional: the caller may stay anonymous</source>
        <translation>Valfritt: den som ringjer, kan vere anonym</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>&amp;Messages may be left on this phone</source>
        <translation>&amp;Meldingar kan leggjast att på denne telefonen</translation>
    </message>
    <message>
        <source>Only tick this when the caller said so: someone else may hear a voicemail or read a text message.</source>
        <translation>Kryss berre av når den som ringjer, har sagt det: andre kan høyre ei talemelding eller lese ei tekstmelding.</translation>
    </message>
    <message>
        <source>For example: weekdays after 16:00</source>
        <translation>Til dømes: kvardagar etter kl. 16.00</translation>
    </message>
    <message>
        <source>Organisation that referred, if any</source>
        <translation>Organisasjon som henviste, om nokon</translation>
    </message>
    <message>
        <source>&amp;Urgent: offer the first free time</source>
        <translation>&amp;Hastar: tilby første ledige time</translation>
    </message>
    <message>
        <source>In the caller&apos;s own words, if they want to say</source>
        <translation>Med orda til den som ringjer, om dei vil seie det</translation>
    </message>
    <message>
        <source>Written encrypted to the clinicians — you cannot read it back after saving.</source>
        <translation>Vert skrive kryptert til behandlarane — du kan ikkje lese det att etter lagring.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Best time to &amp;call:</source>
        <translation>Beste tid å &amp;ringje:</translation>
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
        <translation>Henvising motteken</translation>
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
        <translation>PDF-en kunne ikkje skrivast til %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Lagra som %1.</translation>
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
        <translation>Sendt til skrivaren.</translation>
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
        <translation>Den som opnar posten, kan lese brevet og konvolutten. Hald begge diskré: ikkje noko namn på tenesta, ingen helseprofesjon, ingenting om kvifor personen kjem. Forløp avviser formuleringar som ville avsløre det.</translation>
    </message>
    <message>
        <source>Sender as printed, for example:
Helsehuset Sentrum
Postboks 1
0101 Oslo</source>
        <translation>Avsendar slik han vert skriven ut, til dømes:
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
        <translation>Plasshaldarar:</translation>
    </message>
    <message>
        <source>Preview with a made-up appointment:</source>
        <translation>Førehandsvising med ein oppdikta time:</translation>
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
        <translation>Lagra. Brev som vert skrivne ut frå no av, brukar denne formuleringa.</translation>
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
        <translation>Nødtilgangar som ventar på gjennomgang</translation>
    </message>
    <message>
        <source>No emergency access awaits review.</source>
        <translation>Ingen nødtilgang ventar på gjennomgang.</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Merk som gjennomgått</translation>
    </message>
    <message>
        <source>You have checked that the reason holds; the review is recorded in the log.</source>
        <translation>Du har kontrollert at grunngjevinga held; gjennomgangen vert registrert i loggen.</translation>
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
        <translation>Nødtilgangar som ventar på gjennomgang (%1)</translation>
    </message>
    <message>
        <source>Access log of %1 for the patient:</source>
        <translation>Tilgangsloggen til %1 for pasienten:</translation>
    </message>
    <message>
        <source>Choose a patient to export their access log:</source>
        <translation>Vel ein pasient for å eksportere tilgangsloggen:</translation>
    </message>
    <message>
        <source>The emergency access by %1 to %2 was marked as reviewed.</source>
        <translation>Nødtilgangen til %1 for %2 vart merkt som gjennomgått.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown; scroll for more</source>
        <translation>
            <numerusform>%1 av %n oppføring vist; bla for fleire</numerusform>
            <numerusform>%1 av %n oppføringar vist; bla for fleire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Vel ein pasient først.</translation>
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
        <translation>Tilgangsloggen til %1 vart lagra i %2.</translation>
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
        <translation>Logg inn med ditt eige brukarnamn og passord.</translation>
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
        <translation>&amp;Brukarnamn:</translation>
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
        <translation>Skriv inn brukarnamnet ditt.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv inn passordet ditt.</translation>
    </message>
    <message>
        <source>Demo clinic with synthetic people only. Users: %1. Password: %2</source>
        <translation>Demoklinikk med berre syntetiske personar. Brukarar: %1. Passord: %2</translation>
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
        <translation>Lås Forløp (Ctrl+L): lukkar klinikken til du loggar inn igjen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar…</translation>
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
        <translation>Registrer ein som ringjer, og bestill ein første time (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovudverktøylinje</translation>
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
        <translation>Logga inn: %1</translation>
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
        <translation>Ingen klinikk enno</translation>
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
        <translation>Lukk denne meldinga</translation>
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
            <numerusform>Bruk minst %n teikn; nokre ord som ikkje heng saman, er lette å hugse.</numerusform>
            <numerusform>Bruk minst %n teikn; nokre ord som ikkje heng saman, er lette å hugse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dei to passorda er ulike.</translation>
    </message>
</context>
<context>
    <name>forlop::NoClinicPage</name>
    <message>
        <source>Welcome to Forløp</source>
        <translation>Velkomen til Forløp</translation>
    </message>
    <message>
        <source>No clinic has been set up here yet. Create it to begin.</source>
        <translation>Ingen klinikk er sett opp her enno. Opprett han for å byrje.</translation>
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
        <translation>Oppmøte og korleis pasienten har det:


Tema for timen:


Kva vi arbeidde med:


Vurdering, inkludert risiko:


Plan og oppgåver til neste time:

</translation>
    </message>
    <message>
        <source>New note, not saved yet. Drafts are saved automatically.</source>
        <translation>Nytt journalnotat, ikkje lagra enno. Utkast vert lagra automatisk.</translation>
    </message>
    <message>
        <source>New addendum, not saved yet. The signed note above stays as it is.</source>
        <translation>Nytt tillegg, ikkje lagra enno. Det signerte journalnotatet ovanfor held seg som det er.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Utkast, sist lagra %1.</translation>
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
        <translation>Tillegg til eit signert journalnotat</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>The signed note (unchanged)</source>
        <translation>Det signerte journalnotatet (uendra)</translation>
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
        <translation>Dokumenter ei vurdering av opplysningsplikta til barnevernet eller avvergeplikta</translation>
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
        <translation>Signert %1. Ein signert tekst kan ikkje endrast; legg til eit signert tillegg for å rette eller utfylle han.</translation>
    </message>
    <message>
        <source>Signed %1 by %2:</source>
        <translation>Signert %1 av %2:</translation>
    </message>
    <message>
        <source>Draft by %1, saved %2:</source>
        <translation>Utkast av %1, lagra %2:</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Utkastet kunne ikkje lagrast: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkast lagra %1.</translation>
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
        <translation>Forkaste dette utkastet? Teksten vert sletta og kan ikkje gjenopprettast.</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardChoiceEditor</name>
    <message>
        <source>Refer the patient onward</source>
        <translation>Vidarehenvis pasienten</translation>
    </message>
    <message>
        <source>No onward referral</source>
        <translation>Inga vidarehenvising</translation>
    </message>
    <message>
        <source>Why there is no onward referral (e.g. the patient declined)</source>
        <translation>Kvifor det ikkje er noka vidarehenvising (t.d. pasienten takka nei)</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardReferralEditor</name>
    <message>
        <source>The service&apos;s name, e.g. the local DPS</source>
        <translation>Namnet på tenesta, t.d. det lokale DPS-et</translation>
    </message>
    <message>
        <source>The needs the recipient is to meet</source>
        <translation>Behova mottakaren skal dekkje</translation>
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
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
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
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Status of the selected referral</source>
        <translation>Status for den valde henvisinga</translation>
    </message>
    <message>
        <source>Add onward referral</source>
        <translation>Legg til vidarehenvising</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Vidarehenvisingar</translation>
    </message>
    <message>
        <source>New onward referral</source>
        <translation>Ny vidarehenvising</translation>
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
        <translation>%1 for %2 må vere eit heiltal frå %3 til %4.</translation>
    </message>
    <message>
        <source>Enter every end score of %1, or none of them.</source>
        <translation>Skriv inn alle sluttskårane for %1, eller ingen av dei.</translation>
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
        <translation>Logga inn som:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>You hold the key to clinical records.</source>
        <translation>Du har nøkkelen til journalar.</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records.</source>
        <translation>Ventar på tilgang til journalar.</translation>
    </message>
    <message>
        <source>Your roles do not include clinical records.</source>
        <translation>Rollene dine omfattar ikkje journalar.</translation>
    </message>
    <message>
        <source>Clinical records:</source>
        <translation>Journalar:</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records</source>
        <translation>Ventar på tilgang til journalar</translation>
    </message>
    <message>
        <source>A unit leader must give you the key to clinical records before you can see notes, assessments and other clinical content. Ask your unit leader; you do not need to do anything else.</source>
        <translation>Ein einingsleiar må gje deg nøkkelen til journalar før du kan sjå journalnotat, utgreiingar og anna klinisk innhald. Spør einingsleiaren din; du treng ikkje gjere noko anna.</translation>
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
        <translation>Denne klinikken er for å prøve Forløp. Bruk berre oppdikta personar, aldri verkelege pasientar.</translation>
    </message>
</context>
<context>
    <name>forlop::PackageTree</name>
    <message>
        <source>No scores</source>
        <translation>Ingen skårar</translation>
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
        <translation>Skårar</translation>
    </message>
    <message>
        <source>Date or reason</source>
        <translation>Dato eller grunngjeving</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>percent of the timepoint&apos;s instruments completed</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 completed, %3 declined</source>
        <extracomment>completion of the package at one timepoint</extracomment>
        <translation>%1 av %2 fullførte, %3 avslåtte</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Ikkje aktuelt enno</translation>
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
        <translation>Opne journal</translation>
    </message>
    <message>
        <source>Open a patient by pseudonym:</source>
        <translation>Opne ein pasient med pseudonym:</translation>
    </message>
    <message>
        <source>No record is open. Open one from My day, or type a pseudonym above.</source>
        <translation>Ingen journal er open. Opne ein frå Min dag, eller skriv eit pseudonym ovanfor.</translation>
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
        <translation>Dokumenter ei vurdering av opplysningsplikta til barnevernet eller avvergeplikta</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Messages OK</source>
        <extracomment>Column: whether messages may be left on the patient&apos;s phone.</extracomment>
        <translation>Meldingar OK</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlar</translation>
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
        <translation>Referanse (P-2026-…), namn, telefon eller fødselsnummer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Type at least part of a reference, name, phone number or national ID and press Enter.</source>
        <translation>Skriv inn minst ein del av ein referanse, eit namn, eit telefonnummer eller eit fødselsnummer og trykk Enter.</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Bestill time…</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or search by reference or phone number.</source>
        <translation>Ingen funne. Sjekk stavemåten, eller søk med referanse eller telefonnummer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n found; scroll for more.</source>
        <translation>
            <numerusform>Den første %n funnen; bla for fleire.</numerusform>
            <numerusform>Dei første %n funne; bla for fleire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n funnen.</numerusform>
            <numerusform>%n funne.</numerusform>
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
        <translation>1. Den som ringjer</translation>
    </message>
    <message>
        <source>&amp;Save and find a time</source>
        <translation>Lagre og &amp;finn ei tid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>2. A first appointment</source>
        <translation>2. Ein første time</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Bestill</translation>
    </message>
    <message>
        <source>Book &amp;later</source>
        <translation>Bestill &amp;seinare</translation>
    </message>
    <message>
        <source>The caller stays on the waiting list until a time is booked.</source>
        <translation>Den som ringjer, vert ståande på ventelista til ein time er bestilt.</translation>
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
        <translation>Lagra som &lt;b&gt;%1&lt;/b&gt; og sett på ventelista. Finn ein første time som passar for den som ringjer:</translation>
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
        <translation>Behandlar</translation>
    </message>
    <message>
        <source>Registry (KvaSO)</source>
        <translation>Register (KvaSO)</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlingstimar</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Pseudonym %1</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Ikkje tildelt</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 gjennomførte av %n planlagd</numerusform>
            <numerusform>%1 gjennomførte av %n planlagde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan yet</source>
        <translation>
            <numerusform>%n gjennomført, ingen plan enno</numerusform>
            <numerusform>%n gjennomførte, ingen plan enno</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Not informed yet</source>
        <translation>Ikkje informert enno</translation>
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
        <translation>Skriv ut eller skriv ned gjenopprettingsnøkkelen no</translation>
    </message>
    <message>
        <source>The recovery key opens the clinic when every administrator and unit leader has forgotten their password. It is shown only this once and is not stored anywhere in clear.

Keep the printout locked away, apart from this computer: whoever has it can open every record.</source>
        <translation>Gjenopprettingsnøkkelen opnar klinikken når alle administratorar og einingsleiarar har gløymt passordet sitt. Han vert berre vist denne eine gongen og vert ikkje lagra i klartekst nokon stad.

Oppbevar utskrifta innelåst, skild frå denne datamaskina: den som har ho, kan opne alle journalar.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Eg har skrive ut eller skrive ned gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Hald fram</translation>
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
        <translation>Skriven ut: %1</translation>
    </message>
    <message>
        <source>This key opens the clinic when every administrator and unit leader has forgotten their password. Keep it locked away, apart from the computer: whoever has it can open every record.</source>
        <translation>Denne nøkkelen opnar klinikken når alle administratorar og einingsleiarar har gløymt passordet sitt. Oppbevar han innelåst, skild frå datamaskina: den som har han, kan opne alle journalar.</translation>
    </message>
</context>
<context>
    <name>forlop::ReferralPage</name>
    <message>
        <source>Received:</source>
        <translation>Motteken:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Referrer:</source>
        <translation>Henvisar:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Hastegrad:</translation>
    </message>
    <message>
        <source>First appointment offered:</source>
        <translation>Første time tilboden:</translation>
    </message>
    <message>
        <source>Reason for referral:</source>
        <translation>Henvisingsgrunn:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikkje oppgjeve</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikkje enno</translation>
    </message>
    <message>
        <source>No reason was written.</source>
        <translation>Inga grunngjeving vart skriven.</translation>
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
        <translation>Pasienten har fått vite om registeret, føremålet med det og kva data det inneheld.</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Samtykt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Trekt…</translation>
    </message>
    <message>
        <source>A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>Ei tilbaketrekking er endeleg: pasienten vert halden utanfor alle seinare registereksportar.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Data go to the registry only with consent. A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>Data går til registeret berre med samtykke. Ei tilbaketrekking er endeleg: pasienten vert halden utanfor alle seinare registereksportar.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Not informed about the registry yet</source>
        <translation>Ikkje informert om registeret enno</translation>
    </message>
    <message>
        <source>Withdraw registry consent</source>
        <translation>Trekk attende registersamtykket</translation>
    </message>
    <message>
        <source>Record that the patient withdrew consent to the registry?

A withdrawal is final: the patient is left out of every later registry export, whatever is recorded afterwards.</source>
        <translation>Registrere at pasienten trekte attende samtykket til registeret?

Ei tilbaketrekking er endeleg: pasienten vert halden utanfor alle seinare registereksportar, same kva som vert registrert etterpå.</translation>
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
        <translation>&amp;Set passord</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Tilbakestill passord</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and give it to them in person. They can change it after signing in.</source>
        <translation>Vel eit nytt passord for %1 og gje det til vedkomande personleg. Vedkomande kan endre det etter innlogging.</translation>
    </message>
    <message>
        <source>%1 gets new keys with the new password, so a unit leader must grant access to clinical records again.</source>
        <translation>%1 får nye nøklar med det nye passordet, så ein einingsleiar må gje tilgang til journalar på nytt.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dei to passorda er ulike.</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Set det nye passordet…</translation>
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
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>The backup is restored into a new database file, which you can then open in a second window. The clinic open now is not changed.</source>
        <translation>Tryggingskopien vert gjenoppretta til ei ny databasefil, som du deretter kan opne i eit nytt vindauge. Klinikken som er open no, vert ikkje endra.</translation>
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
        <translation>%1-gjenoppretta-%2.forlop</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vel…</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Bruk gjenopprettingsnøkkelen i staden</translation>
    </message>
    <message>
        <source>A database already exists there. It is kept beside the restored one under a new name, but every computer must close it first. To replace it, type %1.</source>
        <translation>Det finst allereie ein database der. Han vert halden ved sida av den gjenoppretta under eit nytt namn, men alle datamaskiner må lukke han først. Skriv %1 for å erstatte han.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Tryggingskopi:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Gjenopprett t&amp;il:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Sta&amp;dfest:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
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
        <translation>Vel mappa for tryggingskopien (forlop-backup-…)</translation>
    </message>
    <message>
        <source>Restore the backup to</source>
        <translation>Gjenopprett tryggingskopien til</translation>
    </message>
    <message>
        <source>Forløp databases (*.forlop)</source>
        <translation>Forløp-databaser (*.forlop)</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Vel ein tryggingskopi å gjenopprette.</translation>
    </message>
    <message>
        <source>Choose where the restored database goes.</source>
        <translation>Vel kvar den gjenoppretta databasen skal liggje.</translation>
    </message>
    <message>
        <source>A database exists at %1. Type %2 to replace it, or choose a new location.</source>
        <translation>Det finst ein database i %1. Skriv %2 for å erstatte han, eller vel ein ny stad.</translation>
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
        <translation>Kontrollerer og gjenopprettar tryggingskopien…</translation>
    </message>
</context>
<context>
    <name>forlop::SessionProgressBar</name>
    <message numerus="yes">
        <source>%1 of %n planned sessions attended; the national advice is 16 to 20.</source>
        <extracomment>accessible description of the session bar</extracomment>
        <translation>
            <numerusform>%1 av %n planlagd time gjennomført; det nasjonale rådet er 16 til 20.</numerusform>
            <numerusform>%1 av %n planlagde timar gjennomførte; det nasjonale rådet er 16 til 20.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended, no plan yet.</source>
        <translation>
            <numerusform>%n time gjennomført, ingen plan enno.</numerusform>
            <numerusform>%n timar gjennomførte, ingen plan enno.</numerusform>
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
        <translation>Tema for den valde timen</translation>
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
        <translation>Korleis</translation>
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
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfattar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a note to read it here.</source>
        <translation>Vel eit journalnotat for å lese det her.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <source>A new note, for the selected session if one is selected</source>
        <translation>Eit nytt journalnotat, for den valde timen om ein er vald</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Legg til tillegg…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Journalnotat</translation>
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
        <translation>(Sletta etter ein førespurnad om sletting.)</translation>
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
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>The new language is used the next time Forløp starts.</source>
        <translation>Det nye språket vert brukt neste gong Forløp startar.</translation>
    </message>
    <message>
        <source>Forløp locks itself when nobody has used it for this many minutes. Signing in again opens the clinic where you left it.</source>
        <translation>Forløp låser seg sjølv når ingen har brukt det på så mange minutt. Når du loggar inn igjen, vert klinikken opna der du slapp.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Lås etter så mange &amp;minutt utan bruk:</translation>
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

Skriv inn passordet ditt for å signere. Ein signert tekst kan ikkje endrast etterpå; rettingar vert gjorde som signerte tillegg.</translation>
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
        <translation>Finn ei tid for %1</translation>
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
        <translation>Kva behandlar som helst</translation>
    </message>
    <message>
        <source>(none ticked: any day)</source>
        <translation>(ingen kryssa av: kva dag som helst)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation>Føremiddag (før kl. 12.00)</translation>
    </message>
    <message>
        <source>Afternoon (from 12:00)</source>
        <translation>Ettermiddag (frå kl. 12.00)</translation>
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
        <translation>Behandlar</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>Be&amp;handlar:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>Days that suit:</source>
        <translation>Dagar som passar:</translation>
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
            <numerusform>Inga ledig tid den neste %n dagen passar. Kryss av for andre dagar, vel eit anna tidspunkt på dagen eller kva behandlar som helst.</numerusform>
            <numerusform>Inga ledig tid dei neste %n dagane passar. Kryss av for andre dagar, vel eit anna tidspunkt på dagen eller kva behandlar som helst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n free times, earliest first. Enter books the one chosen.</source>
        <translation>
            <numerusform>Den første %n ledige tida, tidlegaste først. Enter bestiller den valde.</numerusform>
            <numerusform>Dei første %n ledige tidene, tidlegaste først. Enter bestiller den valde.</numerusform>
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
        <translation>Fila %1 er ikkje ein Forløp-database, eller ho er skadd. Dersom det er databasen til klinikken, gjenopprett han frå den siste tryggingskopien.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasefila %1 finst ikkje.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Databasefila %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>A second SQLite library is loaded in this program; refusing to open the database.</source>
        <translation>Eit anna SQLite-bibliotek er lasta i dette programmet; nektar å opne databasen.</translation>
    </message>
    <message>
        <source>The file is not a Forløp database, or it is damaged.</source>
        <translation>Fila er ikkje ein Forløp-database, eller ho er skadd.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from the latest backup.</source>
        <translation>Databasefila er skadd. Gjenopprett ho frå den siste tryggingskopien.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er full. Ingenting vart lagra; frigjer litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>Databasen er oppteken i eit anna vindauge eller program. Prøv igjen om ein augneblink.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved.</source>
        <translation>Disken rapporterte ein feil. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing.</source>
        <translation>Databasefila kan ikkje opnast for skriving.</translation>
    </message>
    <message>
        <source>Your role does not give access to this data.</source>
        <translation>Rolla di gir ikkje tilgang til desse dataa.</translation>
    </message>
    <message>
        <source>A signed record cannot be changed or deleted. Add a signed addendum instead.</source>
        <translation>Ei signert registrering kan ikkje endrast eller slettast. Legg til eit signert tillegg i staden.</translation>
    </message>
    <message>
        <source>This log can only be added to.</source>
        <translation>Denne loggen kan berre leggjast til i.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Endringa bryt ein regel i databasen og vart ikkje lagra.</translation>
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
        <translation>Hending</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Dobbeltklikk for å opne</translation>
    </message>
</context>
<context>
    <name>forlop::TreatmentPlanPage</name>
    <message>
        <source>Outside the national advice of 16–20 sessions. Write why: the plan is recorded as a departure from the national standard (a deviation).</source>
        <translation>Utanfor det nasjonale rådet om 16–20 timar. Skriv kvifor: planen vert registrert som eit avvik frå den nasjonale standarden.</translation>
    </message>
    <message>
        <source>Why this patient needs another number of sessions</source>
        <translation>Kvifor denne pasienten treng eit anna tal på timar</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>The national advice is 16 to 20 sessions (default 16).</source>
        <translation>Det nasjonale rådet er 16 til 20 timar (standard 16).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planlagde timar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlingstimar</translation>
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
        <translation>Ikkje møtt</translation>
    </message>
    <message>
        <source>Intake instruments are neither completed nor declined. Starting treatment now is recorded as a departure from the national standard: write why.</source>
        <translation>Inntaksinstrument er verken fullførte eller avslåtte. Å starte behandlinga no vert registrert som eit avvik frå den nasjonale standarden: skriv kvifor.</translation>
    </message>
    <message>
        <source>Why treatment starts before the package is complete</source>
        <translation>Kvifor behandlinga startar før pakken er fullført</translation>
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
        <translation>Behandlinga startar når planen er laga og pasienten er identifisert (namn og fødselsnummer).</translation>
    </message>
    <message>
        <source>No treatment plan. The plan is made during the assessment.</source>
        <translation>Ingen behandlingsplan. Planen vert laga under utgreiinga.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n session(s).</source>
        <translation>
            <numerusform>Plan på %n time.</numerusform>
            <numerusform>Plan på %n timar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: choose the number of sessions and the themes, then save.</source>
        <translation>Ingen plan enno: vel tal på timar og tema, og lagre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned</source>
        <translation>
            <numerusform>%1 av %n planlagd</numerusform>
            <numerusform>%1 av %n planlagde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (no plan yet)</source>
        <translation>
            <numerusform>%n (ingen plan enno)</numerusform>
            <numerusform>%n (ingen plan enno)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Lagre planen først.</translation>
    </message>
    <message>
        <source>Shaded: the national advice of 16–20 sessions. Line: the plan.</source>
        <translation>Skravert: det nasjonale rådet om 16–20 timar. Strek: planen.</translation>
    </message>
</context>
<context>
    <name>forlop::UnmetNeedsBox</name>
    <message>
        <source>Open: refer onward or record why not</source>
        <translation>Ope: vidarehenvis eller registrer kvifor ikkje</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Vidarehenvist</translation>
    </message>
    <message>
        <source>No referral: %1</source>
        <translation>Inga henvising: %1</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Udekte behov</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Funne</translation>
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
        <translation>Behovet, t.d. rusbruk</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Legg til behov</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Funne den</translation>
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
        <translation>Eit behov som står utan vidarehenvising eller registrert grunngjeving, tel som eit avvik frå den nasjonale standarden.</translation>
    </message>
    <message>
        <source>Follow up the need: %1</source>
        <translation>Følg opp behovet: %1</translation>
    </message>
    <message>
        <source>Record a need</source>
        <translation>Registrer eit behov</translation>
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
        <translation>Ventar på tilgang</translation>
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
        <translation>Ein einingsleiar må gje denne brukaren tilgang til journalar.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt namn</translation>
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
        <translation>Journalar</translation>
    </message>
</context>
<context>
    <name>forlop::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>Add staff, reset forgotten passwords and deactivate accounts. Users are never deleted, so the record of who wrote what stays intact.</source>
        <translation>Legg til tilsette, tilbakestill gløymde passord og deaktiver kontoar. Brukarar vert aldri sletta, så opplysningane om kven som skreiv kva, held seg intakte.</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders marked “Waiting for access” cannot read clinical records until you grant access.</source>
        <translation>Behandlarar og einingsleiarar merkte «Ventar på tilgang» kan ikkje lese journalar før du gir tilgang.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til brukar…</translation>
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
        <translation>&amp;Gje tilgang til journalar</translation>
    </message>
    <message>
        <source>Re&amp;place clinical key…</source>
        <translation>&amp;Byt klinisk nøkkel…</translation>
    </message>
    <message>
        <source>%1 was added. A unit leader must grant access to clinical records before they can read them.</source>
        <translation>%1 vart lagd til. Ein einingsleiar må gje tilgang til journalar før vedkomande kan lese dei.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 vart lagd til.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. A unit leader must grant access to clinical records again.</source>
        <translation>Passordet til %1 vart tilbakestilt. Ein einingsleiar må gje tilgang til journalar på nytt.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Passordet til %1 vart tilbakestilt.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktiver brukar</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and their keys are removed from the key file. The database key is then replaced, so that a copy of their old key file opens nothing; everyone else signs in as before. This takes a few seconds. The account stays in the list as deactivated.</source>
        <translation>%1 kan ikkje lenger logge inn, og nøklane til vedkomande vert fjerna frå nøkkelfila. Deretter vert databasenøkkelen bytt, slik at ein kopi av den gamle nøkkelfila ikkje opnar noko; alle andre loggar inn som før. Dette tek nokre sekund. Kontoen vert ståande i lista som deaktivert.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Deactivating %1 and replacing the database key…</source>
        <translation>Deaktiverer %1 og byter databasenøkkelen…</translation>
    </message>
    <message>
        <source>%1 was deactivated and the database key was replaced.</source>
        <translation>%1 vart deaktivert, og databasenøkkelen vart bytt.</translation>
    </message>
    <message>
        <source>Grant access to clinical records</source>
        <translation>Gje tilgang til journalar</translation>
    </message>
    <message>
        <source>Give %1 access to clinical records?</source>
        <translation>Gje %1 tilgang til journalar?</translation>
    </message>
    <message>
        <source>%1 will be able to read and write the clinical records of the patients allocated to them: notes, assessments and duty-to-report records. The grant is recorded in the audit log.</source>
        <translation>%1 vil kunne lese og skrive journalane til pasientane som er tildelte vedkomande: journalnotat, utgreiingar og meldepliktregistreringar. Tildelinga vert registrert i tilgangsloggen.</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Gje tilgang</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 har no tilgang til journalar.</translation>
    </message>
    <message>
        <source>Replace clinical key</source>
        <translation>Byt klinisk nøkkel</translation>
    </message>
    <message>
        <source>Replace the key to clinical records?</source>
        <translation>Byte nøkkelen til journalar?</translation>
    </message>
    <message>
        <source>Every clinical field is decrypted and encrypted again under a new key, and the new key is given to everyone who holds the current one. Do this after someone with access to clinical records has left. Keep Forløp open until it is done.</source>
        <translation>Kvart kliniske felt vert dekryptert og kryptert på nytt med ein ny nøkkel, og den nye nøkkelen vert gjeven til alle som har den noverande. Gjer dette etter at nokon med tilgang til journalar har slutta. Hald Forløp ope til det er ferdig.</translation>
    </message>
    <message>
        <source>&amp;Replace key</source>
        <translation>&amp;Byt nøkkel</translation>
    </message>
    <message>
        <source>Encrypting clinical records under the new key…</source>
        <translation>Krypterer journalar med den nye nøkkelen…</translation>
    </message>
    <message>
        <source>The clinical key was replaced.</source>
        <translation>Den kliniske nøkkelen vart bytt.</translation>
    </message>
</context>
<context>
    <name>forlop::WaitingListModel</name>
    <message>
        <source>%1 (earlier offer %2)</source>
        <extracomment>A waiting patient&apos;s stage, and the date of a first appointment that did not take place.</extracomment>
        <translation>%1 (tidlegare tilbod %2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kven som helst</translation>
    </message>
    <message>
        <source>Find a free time for this patient and book it</source>
        <translation>Finn ei ledig tid for denne pasienten og bestill henne</translation>
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
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Dagar venta</translation>
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
        <translation>Behandlar</translation>
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
        <translation>For den valde pasienten (Enter eller dobbeltklikk på rada gjer det same)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen ventar.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 is &quot;N waiting&quot;, %2 &quot;N urgent&quot;, %3 &quot;longest N days&quot;.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ventar</numerusform>
            <numerusform>%n ventar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n hastar</numerusform>
            <numerusform>%n hastar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n days</source>
        <translation>
            <numerusform>lengste %n dag</numerusform>
            <numerusform>lengste %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forløp: case management for the clinics of Det finnes hjelp.</source>
        <translation>Forløp: saksbehandling for klinikkane til Det finnes hjelp.</translation>
    </message>
    <message>
        <source>Open the clinic database at PATH (created on first run).</source>
        <translation>Opne klinikkdatabasen i PATH (vert oppretta ved første oppstart).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Mark this run as a demo (synthetic data only).</source>
        <translation>Merk denne køyringa som ein demo (berre syntetiske data).</translation>
    </message>
    <message>
        <source>No folder for application data was found; start Forløp with --database PATH.
</source>
        <translation>Fann inga mappe for programdata; start Forløp med --database PATH.
</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Åtvaring: kjernedumpar kunne ikkje slåast av.
</translation>
    </message>
</context>
</TS>
