// The discreet appointment letter: the list of revealing words, the template's rules, who may change it, the letter
// composed for a booked appointment (never its type, never anything clinical), the refusals, and the audit row
// written for every print.
#include "TestClinic.h"
#include "TestStaff.h"
#include "clinic/ClinicSettings.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "scheduling/AppointmentLetters.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/DiscreetText.h"
#include "scheduling/WorkingHours.h"
#include "util/Language.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

const QString Address = QStringLiteral("Helsehuset Sentrum\nPostboks 1\n0101 Oslo");

} // namespace

class TestAppointmentLetters : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    std::unique_ptr<Clinic> m_admin;
    std::int64_t m_clinician = 0;

    std::int64_t book(const QString& name, const QString& address, const QDateTime& start,
                      Modality modality = Modality::InPerson)
    {
        NewReferral referral;
        referral.receivedOn = QDate(2026, 3, 1);
        referral.channel = ReferralChannel::Phone;
        referral.reason = QStringLiteral("Klinisk grunn som aldri skal stå i et brev");
        referral.identity.name = name;
        referral.identity.address = address;
        auto registered = Referrals::registerReferral(*m_desk, referral);
        if (!registered) {
            qWarning("%s", qPrintable(registered.error().message));
            return 0;
        }
        BookingRequest request;
        request.patientId = registered->patientId;
        request.type = AppointmentType::EligibilityAssessment;
        request.modality = modality;
        request.slot = Slot::forType(m_clinician, start, request.type);
        auto id = Booking::book(*m_desk, request);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    std::int64_t auditCount(const char* action, std::int64_t objectId)
    {
        auto stmt = m_desk->db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND object_id = ?2 "
                                         "AND patient_id IS NOT NULL");
        if (!stmt) {
            return -1;
        }
        stmt->bindAll(QString::fromLatin1(action), objectId);
        auto row = stmt->step();
        return row && *row ? stmt->int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<TestClinic>();
        m_clinician = addStaff(*m_clinic, QStringLiteral("psykolog1"), Role::Clinician);
        QVERIFY(addStaff(*m_clinic, QStringLiteral("sekretar"), Role::Secretary));
        m_desk = m_clinic->open(QStringLiteral("sekretar"));
        m_admin = m_clinic->open(QStringLiteral("admin"));
        QVERIFY(m_desk && m_admin);
        WeekTemplate week{QDate(2026, 1, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(16, 0)});
        }
        QVERIFY(WorkingHours::setWeek(*m_desk, m_clinician, week));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_admin.reset();
        m_clinic.reset();
    }

    void revealingWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("service name") << QStringLiteral("Hilsen Det finnes hjelp, Oslo")
                                      << QStringList{QStringLiteral("det finnes hjelp")};
        QTest::newRow("service name, odd spacing and case")
            << QStringLiteral("DET  finnes\nHJELP") << QStringList{QStringLiteral("det finnes hjelp")};
        QTest::newRow("nynorsk service name")
            << QStringLiteral("Det finst hjelp") << QStringList{QStringLiteral("det finst hjelp")};
        QTest::newRow("abuse") << QStringLiteral("forebygging av overgrep") << QStringList{QStringLiteral("overgrep")};
        QTest::newRow("sexual, inflected")
            << QStringLiteral("Seksuelle interesser") << QStringList{QStringLiteral("seksu")};
        QTest::newRow("English") << QStringLiteral("Child sexual abuse prevention")
                                 << QStringList{QStringLiteral("sexu"), QStringLiteral("abuse"),
                                                QStringLiteral("child")};
        QTest::newRow("profession") << QStringLiteral("Din psykolog") << QStringList{QStringLiteral("psykolog")};
        QTest::newRow("treatment") << QStringLiteral("Behandlingstime") << QStringList{QStringLiteral("behandling")};
        QTest::newRow("children") << QStringLiteral("om barn") << QStringList{QStringLiteral("barn")};
        QTest::newRow("a street is no child") << QStringLiteral("Barnesvei 3") << QStringList{};
        QTest::newRow("six is no sex") << QStringLiteral("kl. seks") << QStringList{};
        QTest::newRow("plain letter")
            << QStringLiteral("Hei Kari, du har time mandag 09.03.2026 kl. 10:00. Sted: Postboks 1, 0101 Oslo.")
            << QStringList{};
    }

    void revealingWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(DiscreetText::revealingWords(text), found);
    }

    void defaultTemplateIsDiscreetInEveryLanguage()
    {
        for (const QString& language : Language::available()) {
            Language::install(language);
            const QString text = AppointmentLetters::defaultTemplate();
            QVERIFY2(AppointmentLetters::validateTemplate(text), qPrintable(language));
            QVERIFY2(DiscreetText::isDiscreet(text), qPrintable(language + QLatin1String(": ") + text));
        }
        Language::install(QStringLiteral("en"));
    }

    void templateRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << QStringLiteral("Hei {name}, time {weekday} {date} kl. {time}. {place}") << true;
        QTest::newRow("empty") << QStringLiteral("  \n") << false;
        QTest::newRow("unknown placeholder") << QStringLiteral("{nmae} {date} {time}") << false;
        QTest::newRow("no time") << QStringLiteral("Hei {name}, {date}.") << false;
        QTest::newRow("revealing") << QStringLiteral("Time hos psykolog {date} {time}") << false;
        QTest::newRow("too long") << QStringLiteral("{date} {time} ") +
                                         QString(AppointmentLetters::MaxTemplateLength, QLatin1Char('x'))
                                  << false;
    }

    void templateRules()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto status = AppointmentLetters::validateTemplate(text);
        QCOMPARE(bool(status), valid);
        if (!valid) {
            QCOMPARE(status.error().code, ErrorCode::InvalidInput);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void onlyAdministratorsChangeTheLetter()
    {
        auto denied = AppointmentLetters::saveSettings(*m_desk, AppointmentLetters::defaultTemplate(), Address);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);

        auto revealing =
            AppointmentLetters::saveSettings(*m_admin, QString(), QStringLiteral("Det finnes hjelp\nOslo"));
        QVERIFY(!revealing);
        QCOMPARE(revealing.error().code, ErrorCode::InvalidInput);
        QVERIFY(revealing.error().message.contains(QLatin1String("det finnes hjelp")));
        auto settings = AppointmentLetters::settings(m_desk->db());
        QVERIFY(settings);
        QVERIFY(settings->clinicAddress.isEmpty()); // nothing was saved

        QVERIFY(AppointmentLetters::saveSettings(*m_admin, QString(), Address));
        settings = AppointmentLetters::settings(m_desk->db());
        QCOMPARE(settings->clinicAddress, Address);
        QVERIFY(settings->isDefaultTemplate);
        QCOMPARE(settings->letterTemplate, AppointmentLetters::defaultTemplate());
    }

    void letterForABookedAppointment()
    {
        const QDateTime start = ClinicTime::at(QDate(2026, 3, 10), QTime(10, 0));
        const std::int64_t id =
            book(QStringLiteral("Kari Testesen"), QStringLiteral("Eksempelveien 2\n0002 Oslo"), start);
        QVERIFY(id);
        auto letter = AppointmentLetters::compose(*m_desk, id);
        QVERIFY2(letter, letter ? "" : qPrintable(letter.error().message));
        QCOMPARE(letter->senderLines, Address.split(QLatin1Char('\n')));
        QCOMPARE(letter->recipientLines, (QStringList{QStringLiteral("Kari Testesen"),
                                                      QStringLiteral("Eksempelveien 2"), QStringLiteral("0002 Oslo")}));
        QVERIFY(letter->body.contains(QLatin1String("10.03.2026")));
        QVERIFY(letter->body.contains(QLatin1String("10:00")));
        QVERIFY(letter->body.contains(QLatin1String("Postboks 1")));
        QVERIFY(letter->body.contains(QLatin1String("Kari Testesen")));
        const QString all = letter->plainText() + letter->envelopeText();
        QVERIFY2(DiscreetText::isDiscreet(all), qPrintable(all));
        // Not the kind of appointment, not the reason for referral.
        for (AppointmentType type : AppointmentTypes::all()) {
            QVERIFY(!all.contains(AppointmentTypes::displayName(type), Qt::CaseInsensitive));
        }
        QVERIFY(!all.contains(QLatin1String("Klinisk")));
        QVERIFY(letter->envelopeText().startsWith(QLatin1String("Helsehuset Sentrum, Postboks 1, 0101 Oslo")));
    }

    void anonymousPatientsGetTheirPseudonym()
    {
        const std::int64_t id =
            book(QString(), QString(), ClinicTime::at(QDate(2026, 3, 10), QTime(12, 0)), Modality::Video);
        QVERIFY(id);
        auto letter = AppointmentLetters::compose(*m_desk, id);
        QVERIFY(letter);
        QCOMPARE(letter->recipientLines.size(), 1);
        QVERIFY(letter->recipientLines.first().startsWith(QLatin1String("P-2026-")));
        QVERIFY(letter->body.contains(AppointmentLetters::placeText(Modality::Video, Address)));
        QVERIFY(!letter->body.contains(QLatin1String("Postboks")));
    }

    void aRevealingTemplateStoredAnotherWayIsRefusedAtPrintTime()
    {
        const std::int64_t id =
            book(QStringLiteral("Ola Testesen"), QString(), ClinicTime::at(QDate(2026, 3, 11), QTime(9, 0)));
        QVERIFY(id);
        QVERIFY(ClinicSettings::set(*m_admin, Setting::LetterTemplate,
                                    QStringLiteral("Velkommen til Det finnes hjelp {date} {time}")));
        auto refused = AppointmentLetters::compose(*m_desk, id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QLatin1String("det finnes hjelp")));
        QVERIFY(ClinicSettings::set(*m_admin, Setting::LetterTemplate, QString()));
        QVERIFY(AppointmentLetters::compose(*m_desk, id));
    }

    void noLetterWithoutAnAddressOrForACancelledAppointment()
    {
        const std::int64_t id =
            book(QStringLiteral("Per Testesen"), QString(), ClinicTime::at(QDate(2026, 3, 12), QTime(9, 0)));
        QVERIFY(id);
        QVERIFY(ClinicSettings::set(*m_admin, Setting::ClinicAddress, QString()));
        auto noAddress = AppointmentLetters::compose(*m_desk, id);
        QVERIFY(!noAddress);
        QCOMPARE(noAddress.error().code, ErrorCode::InvalidInput);
        QVERIFY(AppointmentLetters::saveSettings(*m_admin, QString(), Address));

        QVERIFY(Cancellation::cancel(*m_desk, id, CancelledBy::Patient, QStringLiteral("Syk")));
        auto cancelled = AppointmentLetters::compose(*m_desk, id);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Conflict);
    }

    void printingIsAudited()
    {
        const std::int64_t id =
            book(QStringLiteral("Siri Testesen"), QString(), ClinicTime::at(QDate(2026, 3, 13), QTime(9, 0)));
        QVERIFY(id);
        QCOMPARE(auditCount("letter.print", id), 0);
        QVERIFY(AppointmentLetters::recordPrinted(*m_desk, id));
        QCOMPARE(auditCount("letter.print", id), 1);

        auto denied = AppointmentLetters::recordPrinted(*m_admin, id);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        auto composeDenied = AppointmentLetters::compose(*m_admin, id);
        QVERIFY(!composeDenied);
        QCOMPARE(auditCount("letter.print", id), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentLetters)
#include "tst_appointment_letters.moc"
