// Backups of a clinic in use, their verification, restore to a new place, and the sign-in warning.
#include "TestClinic.h"
#include "TestStaff.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupContent.h"
#include "backup/BackupRestore.h"
#include "backup/BackupRetention.h"
#include "backup/BackupStatus.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "clinic/ClinicSettings.h"
#include "security/SecretBytes.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

// Leaves a trace in several tables, so a copy that missed a page or a row would differ.
void addActivity(Clinic& clinic, int events)
{
    for (int i = 0; i < events; ++i) {
        QVERIFY(clinic.audit(AuditEvent{QStringLiteral("test.event"),
                                        std::nullopt,
                                        QStringLiteral("test"),
                                        i,
                                        QLatin1String(AuditBasis::System),
                                        {},
                                        QStringLiteral("ok")}));
    }
    QVERIFY(ClinicSettings::store(clinic.db(), Setting::ClinicAddress, QStringLiteral("Testveien %1").arg(events)));
}

int countAudit(Clinic& clinic, const char* action, const char* outcome)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND outcome = ?2");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(QString::fromLatin1(action), QString::fromLatin1(outcome));
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}

QStringList folderEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char c = 0;
    QVERIFY(file.getChar(&c));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(static_cast<char>(c ^ 0x10)));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupIsVerifiedAndRestores()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        addActivity(*admin, 25);

        auto backup = BackupWriter::write(*admin, destination.path());
        QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
        // Exactly one published folder with its three files, and no temporary left behind.
        QCOMPARE(folderEntries(destination.path()), QStringList{QFileInfo(backup->folder).fileName()});
        QCOMPARE(folderEntries(backup->folder),
                 (QStringList{QStringLiteral("clinic.forlop"), QStringLiteral("clinic.forlop.keyring"),
                              QStringLiteral("manifest.json")}));
        const BackupManifest& manifest = backup->manifest;
        QCOMPARE(manifest.clinicId, admin->info().uuid);
        QCOMPARE(manifest.createdBy, QStringLiteral("admin"));
        QCOMPARE(manifest.appVersion, QStringLiteral(FORLOP_VERSION));
        QVERIFY(manifest.content.rowCounts.value(QStringLiteral("audit_log")) > 25);
        QCOMPARE(manifest.content.rowCounts.value(QStringLiteral("user")), 2);
        QVERIFY(manifest.content.auditHeadSeq > 25);
        // The manifest on disk says the same as the one returned.
        auto reread = BackupManifest::load(backup->manifestPath());
        QVERIFY(reread);
        QCOMPARE(reread->content, manifest.content);
        QCOMPARE(reread->databaseChecksum, manifest.databaseChecksum);

        // The copy is encrypted and opens only with the clinic's key.
        QVERIFY(!readAll(backup->databasePath()).startsWith("SQLite format 3"));
        QVERIFY(!Database::open(backup->databasePath(), SecretBytes::random(Database::KeySize)));

        // Audited and recorded for the sign-in warning.
        QCOMPARE(countAudit(*admin, "backup.create", "ok"), 1);
        auto status = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(status);
        QCOMPARE(status->lastVerified, std::optional<QDateTime>(manifest.verifiedAt));
        QVERIFY(!status->overdue());

        // Restored by another user, with that user's own password, to a new place.
        QTemporaryDir restoreDir;
        RestoreRequest request{backup->folder, restoreDir.filePath(QStringLiteral("restored.forlop")),
                               QStringLiteral("leder"), "test"};
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE((*restored)->databasePath(), request.target);
        QCOMPARE((*restored)->info().uuid, admin->info().uuid);
        auto content = BackupContent::measure((*restored)->db());
        QVERIFY(content);
        for (auto it = manifest.content.rowCounts.begin(); it != manifest.content.rowCounts.end(); ++it) {
            if (it.key() != QLatin1String("audit_log")) {
                QCOMPARE(content->rowCounts.value(it.key()), it.value());
            }
        }
        auto address = ClinicSettings::value((*restored)->db(), Setting::ClinicAddress);
        QVERIFY(address);
        QCOMPARE(address->toString(), QStringLiteral("Testveien 25"));
        auto chain = AuditLog::verify((*restored)->db(), manifest.content.auditHeadSeq, manifest.content.auditHeadHash);
        QVERIFY(chain && chain->intact);
        QCOMPARE(countAudit(**restored, "backup.restore", "ok"), 1);
        // Only the database and its key file, no staging files.
        QCOMPARE(folderEntries(restoreDir.path()).filter(QStringLiteral(".restoring")), QStringList());
        QVERIFY(QFile::exists(Keyring::pathFor(request.target)));
        // The backup itself is untouched by the restore.
        QVERIFY(BackupVerifier::checkFiles(*backup));
    }

    void restoreWithRecoveryKey()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto backup = BackupWriter::write(*admin, destination.path());
        QVERIFY(backup);
        QTemporaryDir restoreDir;
        RestoreRequest request{
            backup->folder, restoreDir.filePath(QStringLiteral("r.forlop")), {}, clinic.recoveryKey().toUtf8(), true};
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QVERIFY((*restored)->session().has(Role::Administrator));

        // A wrong password restores nothing and leaves nothing behind.
        RestoreRequest wrong{backup->folder, restoreDir.filePath(QStringLiteral("w.forlop")), QStringLiteral("admin"),
                             "wrong"};
        auto refused = BackupRestore::restore(wrong, clinic.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY(folderEntries(restoreDir.path()).filter(QStringLiteral("w.forlop")).isEmpty());
    }

    void onlyAdministratorsAndLeadersBackUp()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog"), Role::Clinician) > 0);
        QTemporaryDir destination;
        for (const char* name : {"sekretar", "psykolog"}) {
            auto user = clinic.open(QString::fromLatin1(name));
            QVERIFY(user);
            auto denied = BackupWriter::write(*user, destination.path());
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        }
        QVERIFY(folderEntries(destination.path()).isEmpty());
        auto leader = clinic.open(QStringLiteral("leder"));
        QVERIFY(leader);
        QVERIFY(BackupWriter::write(*leader, destination.path()));

        // A secretary cannot restore either, even holding a backup and her own password.
        auto backup = BackupCatalog::latest(destination.path(), leader->info().uuid);
        QVERIFY(backup);
        QTemporaryDir restoreDir;
        RestoreRequest request{backup->folder, restoreDir.filePath(QStringLiteral("r.forlop")),
                               QStringLiteral("sekretar"), "test"};
        auto refused = BackupRestore::restore(request, clinic.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(folderEntries(restoreDir.path()).isEmpty());
    }

    void failedVerificationKeepsEarlierBackups()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto good = BackupWriter::write(*admin, destination.path());
        QVERIFY(good);
        const QByteArray goodBytes = readAll(good->databasePath());
        const QStringList before = folderEntries(destination.path());

        // A key file that no longer matches the users: the copy must not pass as a backup.
        auto keyring = Keyring::load(admin->keyringPath());
        QVERIFY(keyring);
        keyring->remove(QStringLiteral("leder"));
        QVERIFY(keyring->save(admin->keyringPath()));
        clinic.clock().advanceSeconds(3600);
        auto failed = BackupWriter::write(*admin, destination.path());
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("THE BACKUP FAILED")),
                 qPrintable(failed.error().message));
        QVERIFY(failed.error().message.contains(QStringLiteral("leder")));
        QCOMPARE(folderEntries(destination.path()), before);
        QCOMPARE(readAll(good->databasePath()), goodBytes);
        QCOMPARE(countAudit(*admin, "backup.create", "error"), 1);
        auto status = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(status);
        QCOMPARE(status->lastVerified, std::optional<QDateTime>(good->manifest.verifiedAt));

        // An unwritable destination fails the same way.
        const QString blocked = destination.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto nowhere = BackupWriter::write(*admin, blocked);
        QVERIFY(!nowhere);
        QVERIFY(nowhere.error().message.contains(QStringLiteral("THE BACKUP FAILED")));
    }

    void backupsInTheSameSecondGetTheirOwnFolders()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto first = BackupWriter::write(*admin, destination.path());
        auto second = BackupWriter::write(*admin, destination.path());
        QVERIFY(first && second);
        QVERIFY(first->folder != second->folder);
        QCOMPARE(BackupCatalog::list(destination.path()).size(), 2);
        // The second snapshot holds the first one's audit row.
        QVERIFY(second->manifest.content.auditHeadSeq > first->manifest.content.auditHeadSeq);
    }

    void interruptedBackupsAreNotBackups()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        // What a crash in the middle of a backup leaves: a hidden temporary folder with a partial copy.
        QVERIFY(QDir(destination.path()).mkdir(QStringLiteral(".forlop-backup-123.tmp")));
        QFile partial(destination.filePath(QStringLiteral(".forlop-backup-123.tmp/clinic.forlop")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'x'));
        partial.close();
        QVERIFY(BackupCatalog::list(destination.path()).isEmpty());
        QVERIFY(!BackupCatalog::latest(destination.path(), admin->info().uuid));
        // A folder that looks published but has no manifest is listed as a problem, never as a backup.
        QVERIFY(QDir(destination.path()).mkdir(QStringLiteral("forlop-backup-20260101T000000Z")));
        const auto entries = BackupCatalog::list(destination.path());
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.first().backup);
        QVERIFY(entries.first().problem.contains(QStringLiteral("manifest.json")));
        auto backup = BackupWriter::write(*admin, destination.path());
        QVERIFY(backup);
        QCOMPARE(BackupCatalog::latest(destination.path(), admin->info().uuid)->folder, backup->folder);
    }

    void restoreNeverReplacesSilently()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto backup = BackupWriter::write(*admin, destination.path());
        QVERIFY(backup);
        addActivity(*admin, 3);
        admin->lock();

        // Onto the live clinic itself: refused without confirmation, and the files are byte-identical.
        const QByteArray liveBytes = readAll(clinic.path());
        const QByteArray liveKeyring = readAll(Keyring::pathFor(clinic.path()));
        RestoreRequest request{backup->folder, clinic.path(), QStringLiteral("admin"), "test"};
        auto refused = BackupRestore::restore(request, clinic.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(clinic.path()), liveBytes);
        QCOMPARE(readAll(Keyring::pathFor(clinic.path())), liveKeyring);

        // Confirmed, but the clinic is open (here, in this very process): refused, files untouched.
        request.replaceExisting = true;
        {
            auto open = clinic.open(QStringLiteral("leder"));
            QVERIFY(open);
            QVERIFY(BackupRestore::isInUse(clinic.path()));
            auto busy = BackupRestore::restore(request, clinic.clock());
            QVERIFY(!busy);
            QCOMPARE(busy.error().code, ErrorCode::Busy);
        }
        QVERIFY(!BackupRestore::isInUse(clinic.path()));
        const QByteArray closedBytes = readAll(clinic.path());

        // With confirmation: restored, and the replaced database kept beside it with its key file.
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        auto address = ClinicSettings::value((*restored)->db(), Setting::ClinicAddress);
        QVERIFY(address);
        QVERIFY(address->toString().isEmpty()); // the backup predates the address
        const QStringList aside = QDir(clinic.dir()).entryList({QStringLiteral("clinic.forlop.replaced-*")});
        QCOMPARE(aside.size(), 2);
        const QString oldName = aside.first().endsWith(QLatin1String(".keyring")) ? aside.last() : aside.first();
        const QString oldPath = QDir(clinic.dir()).filePath(oldName);
        QCOMPARE(readAll(oldPath), closedBytes);
        auto old = Clinic::open(oldPath, QStringLiteral("admin"), "test", clinic.clock());
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        auto oldAddress = ClinicSettings::value((*old)->db(), Setting::ClinicAddress);
        QCOMPARE(oldAddress->toString(), QStringLiteral("Testveien 3"));
        QVERIFY(!BackupStatus::read((*old)->db(), clinic.clock())->overdue());
    }

    void damagedBackupsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named");
        for (const char* file : {"clinic.forlop", "clinic.forlop.keyring", "manifest.json"}) {
            for (const char* damage : {"flip", "truncate", "delete"}) {
                QTest::addRow("%s %s", file, damage)
                    << QString::fromLatin1(file) << QString::fromLatin1(damage) << QString::fromLatin1(file);
            }
        }
    }

    void damagedBackupsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, damage);
        QFETCH(QString, named);
        TestClinic clinic;
        QTemporaryDir destination;
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
            addActivity(*admin, 40);
            QVERIFY(BackupWriter::write(*admin, destination.path()));
        }
        const QString folder = BackupCatalog::list(destination.path()).first().folder;
        const QString path = QDir(folder).filePath(file);
        const qint64 size = QFileInfo(path).size();
        if (damage == QLatin1String("flip")) {
            flipByte(path, size / 2);
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(QFile::resize(path, size / 2));
        } else {
            QVERIFY(QFile::remove(path));
        }
        QTemporaryDir restoreDir;
        RestoreRequest request{folder, restoreDir.filePath(QStringLiteral("r.forlop")), QStringLiteral("admin"),
                               "test"};
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(named), qPrintable(restored.error().message));
        QVERIFY2(restored.error().message.contains(QStringLiteral("backup")), qPrintable(restored.error().message));
        QVERIFY(restored.error().code == ErrorCode::Damaged || restored.error().code == ErrorCode::NotFound);
        // Nothing half-restored: no database, key file or staging file at the target.
        QVERIFY(folderEntries(restoreDir.path()).isEmpty());
    }

    void statusWarnsWhenBackupsAreOld()
    {
        TestClinic clinic;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(BackupStatus::concerns(admin->session()));
        auto never = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(never);
        QVERIFY(!never->lastVerified);
        QVERIFY(never->overdue());
        QVERIFY(!never->warning().isEmpty());

        QTemporaryDir destination;
        QVERIFY(BackupWriter::write(*admin, destination.path()));
        auto fresh = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(fresh && !fresh->overdue());
        QVERIFY(fresh->warning().isEmpty());

        clinic.clock().advanceSeconds(2 * 86400 + 60);
        auto old = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(old && old->overdue());
        QCOMPARE(old->ageDays(), std::optional<qint64>(2));
        QVERIFY(old->warning().contains(QLatin1Char('2')));

        // Configurable by an administrator; the time of the last backup is not.
        QVERIFY(ClinicSettings::set(*admin, Setting::BackupWarnAfterDays, 7));
        auto relaxed = BackupStatus::read(admin->db(), clinic.clock());
        QVERIFY(relaxed && !relaxed->overdue());
        QVERIFY(!ClinicSettings::set(*admin, Setting::BackupLastVerified, QStringLiteral("2099-01-01T00:00:00Z")));

        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        auto secretary = clinic.open(QStringLiteral("sekretar"));
        QVERIFY(secretary);
        QVERIFY(!BackupStatus::concerns(secretary->session()));
    }

    void retentionPrunesOldBackups()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        // One backup a day for 12 days, two on the last (the rules themselves are in tst_backupretention).
        for (int day = 0; day < 12; ++day) {
            QVERIFY(BackupWriter::write(*admin, destination.path()));
            clinic.clock().advanceSeconds(day == 11 ? 3600 : 86400);
        }
        QVERIFY(BackupWriter::write(*admin, destination.path()));
        QCOMPARE(BackupCatalog::list(destination.path()).size(), 13);
        auto newest = BackupCatalog::latest(destination.path(), admin->info().uuid);
        auto outcome = BackupRetention::apply(destination.path(), admin->info().uuid, BackupRetention::Policy{});
        QVERIFY(outcome);
        QVERIFY(outcome->problems.isEmpty());
        const auto kept = BackupCatalog::list(destination.path());
        QCOMPARE(kept.size() + outcome->removed.size(), 13);
        // The 7 newest days (one backup each), plus the last backup of older weeks and months within the span.
        QVERIFY2(kept.size() >= 7 && kept.size() <= 7 + 2 + 1, qPrintable(QString::number(kept.size())));
        QVERIFY(outcome->removed.size() >= 3);
        QCOMPARE(BackupCatalog::latest(destination.path(), admin->info().uuid)->folder, newest->folder);
        QVERIFY(folderEntries(destination.path()).filter(QStringLiteral(".forlop-backup-")).isEmpty());

        // With every period set to zero the newest backup still stays.
        auto strict = BackupRetention::apply(destination.path(), admin->info().uuid, BackupRetention::Policy{0, 0, 0});
        QVERIFY(strict);
        QCOMPARE(BackupCatalog::list(destination.path()).size(), 1);
        QCOMPARE(BackupCatalog::list(destination.path()).first().folder, newest->folder);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
