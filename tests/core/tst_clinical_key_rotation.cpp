#include "TestClinic.h"
#include "TestStaff.h"
#include "accounts/ClinicalKeyRotation.h"
#include "pathway/ClinicalNote.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "pathway/Signer.h"
#include "security/ClinicalCipher.h"
#include "security/KeySlot.h"

#include <QFile>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestClinicalKeyRotation : public QObject
{
    Q_OBJECT

    // A patient allocated to psykolog1 with a referral reason and a signed note; returns the patient id.
    std::int64_t seed(TestClinic& clinic, std::int64_t clinicianId, std::int64_t& noteId)
    {
        std::int64_t patientId = 0;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            NewReferral referral;
            referral.receivedOn = QDate(2026, 2, 20);
            referral.channel = ReferralChannel::Phone;
            referral.reason = QStringLiteral("Henvisningsgrunn som er klinisk");
            auto registered = Referrals::registerReferral(*leader, referral);
            if (!registered) {
                qWarning("%s", qPrintable(registered.error().message));
                return 0;
            }
            patientId = registered->patientId;
            if (!PatientRegistry::allocate(*leader, patientId, clinicianId)) {
                return 0;
            }
        }
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        auto draft = ClinicalNotes::createDraft(*clinician, patientId, std::nullopt, QStringLiteral("Signert notat"));
        if (!draft) {
            qWarning("%s", qPrintable(draft.error().message));
            return 0;
        }
        auto signer = Signer::confirm(*clinician, TestClinic::Password);
        if (!signer || !ClinicalNotes::sign(*clinician, *draft, *signer)) {
            return 0;
        }
        noteId = *draft;
        return patientId;
    }

private Q_SLOTS:
    void rotationReencryptsEverythingAndKeepsTriggers()
    {
        TestClinic clinic;
        const auto clinicianId = addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician);
        QVERIFY(clinicianId > 0);
        std::int64_t noteId = 0;
        const auto patientId = seed(clinic, clinicianId, noteId);
        QVERIFY(patientId > 0);

        QByteArray oldPublic;
        SecretBytes oldSecret;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            oldPublic = leader->clinicalPublicKey();
            oldSecret = leader->clinicalSecretKey()->clone();
            const auto triggersBefore =
                leader->db().queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").value();
            auto rotated = ClinicalKeyRotation::rotate(*leader, [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
            });
            QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
            QVERIFY(leader->clinicalPublicKey() != oldPublic);
            QCOMPARE(leader->db().queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").value(),
                     triggersBefore);
            // Signed notes are still immutable afterwards.
            QVERIFY(!leader->db().exec("UPDATE clinical_note SET signed_at = NULL"));
        }
        QVERIFY(lastTotal >= 2);
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(!QFile::exists(clinic.path() + QStringLiteral(".keyring.next")));

        // The clinician, whose key file entry was resealed, reads the same texts under the new key.
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        QVERIFY(clinician && clinician->clinicalSecretKey());
        QCOMPARE(Referrals::reason(*clinician, patientId).value(), QStringLiteral("Henvisningsgrunn som er klinisk"));
        auto note = ClinicalNotes::get(*clinician, noteId);
        QVERIFY(note);
        QCOMPARE(note->body, QStringLiteral("Signert notat"));
        // The old key opens nothing any more.
        auto raw = clinician->db().prepare("SELECT body FROM clinical_note WHERE id = ?1");
        QVERIFY(raw);
        raw->bind(1, noteId);
        QVERIFY(raw->step().value());
        QVERIFY(!KeySlot::open(raw->blob(0), oldPublic, oldSecret));
    }

    void onlyUnitLeadersWithTheKeyRotate()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician) > 0);
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        QCOMPARE(ClinicalKeyRotation::rotate(*clinician).error().code, ErrorCode::PermissionDenied);
        auto admin = clinic.open(QStringLiteral("admin"));
        QCOMPARE(ClinicalKeyRotation::rotate(*admin).error().code, ErrorCode::PermissionDenied);
    }

    void interruptedAfterCommitIsFinishedAtSignIn()
    {
        TestClinic clinic;
        const auto clinicianId = addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician);
        std::int64_t noteId = 0;
        const auto patientId = seed(clinic, clinicianId, noteId);
        QVERIFY(patientId > 0);
        const QString keyring = Keyring::pathFor(clinic.path());
        const QByteArray before = readAll(keyring);
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            QVERIFY(ClinicalKeyRotation::rotate(*leader));
        }
        // Simulate a crash between the database commit and the key file rename: the new key file is still
        // ".next" and the old one is in place.
        const QByteArray after = readAll(keyring);
        QVERIFY(QFile::rename(keyring, keyring + QStringLiteral(".next")));
        QFile old(keyring);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(before);
        old.close();
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        QVERIFY(clinician);
        QVERIFY(!QFile::exists(keyring + QStringLiteral(".next")));
        QCOMPARE(ClinicalNotes::get(*clinician, noteId).value().body, QStringLiteral("Signert notat"));
    }
};

QTEST_GUILESS_MAIN(TestClinicalKeyRotation)
#include "tst_clinical_key_rotation.moc"
