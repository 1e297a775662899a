// The backup manifest is read from removable media: every malformed shape is refused as damaged, naming the
// file, and never crashes. (fuzz/ runs the same parser on random input.)
#include "backup/BackupManifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace forlop;

namespace {

BackupManifest sample()
{
    BackupManifest manifest;
    manifest.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 0, 123), Qt::UTC);
    manifest.verifiedAt = manifest.createdAt.addSecs(2);
    manifest.appVersion = QStringLiteral("0.1.0");
    manifest.clinicId = QStringLiteral("6f1c2f1e-0000-4000-8000-000000000001");
    manifest.createdBy = QStringLiteral("admin");
    manifest.databaseFile = QStringLiteral("clinic.forlop");
    manifest.databaseSize = 81920;
    manifest.databaseChecksum = QByteArray(64, 'a');
    manifest.keyringFile = QStringLiteral("clinic.forlop.keyring");
    manifest.keyringChecksum = QByteArray(64, 'b');
    manifest.content.schemaVersion = 3;
    manifest.content.rowCounts = {{QStringLiteral("audit_log"), 9'007'199'254'740'993LL}, {QStringLiteral("user"), 2}};
    manifest.content.auditHeadSeq = 9'007'199'254'740'993LL; // above 2^53: must not pass through a double
    manifest.content.auditHeadHash = QByteArray(32, '\x5a');
    return manifest;
}

// Rewrites one field of the body and re-signs it, so only the field's own check can catch it.
QByteArray withField(const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(sample().toJson()).object();
    QJsonObject body = root.value(QStringLiteral("manifest")).toObject();
    if (value.isUndefined()) {
        body.remove(key);
    } else {
        body.insert(key, value);
    }
    const QByteArray compact = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray hash(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), 32,
                       reinterpret_cast<const unsigned char*>(compact.constData()), compact.size(), nullptr, 0);
    root.insert(QStringLiteral("manifest"), body);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(hash.toHex()));
    return QJsonDocument(root).toJson();
}

} // namespace

class TestBackupManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void roundTrip()
    {
        const BackupManifest manifest = sample();
        auto parsed = BackupManifest::parse(manifest.toJson(), QStringLiteral("manifest.json"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->createdAt, manifest.createdAt);
        QCOMPARE(parsed->verifiedAt, manifest.verifiedAt);
        QCOMPARE(parsed->clinicId, manifest.clinicId);
        QCOMPARE(parsed->createdBy, manifest.createdBy);
        QCOMPARE(parsed->databaseFile, manifest.databaseFile);
        QCOMPARE(parsed->databaseSize, manifest.databaseSize);
        QCOMPARE(parsed->databaseChecksum, manifest.databaseChecksum);
        QCOMPARE(parsed->keyringFile, manifest.keyringFile);
        QCOMPARE(parsed->keyringChecksum, manifest.keyringChecksum);
        QCOMPARE(parsed->content, manifest.content);
    }

    void everyEditedByteIsNoticed()
    {
        const QByteArray good = sample().toJson();
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            auto parsed = BackupManifest::parse(bad, QStringLiteral("manifest.json"));
            if (parsed) {
                // Only whitespace between tokens may change without changing the content.
                QVERIFY2(QByteArray(" \n\r\t").contains(good[i]), qPrintable(QString::number(i)));
                QCOMPARE(parsed->content, sample().content);
                continue;
            }
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
            QVERIFY(parsed.error().message.contains(QStringLiteral("manifest.json")));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not json") << QByteArray("forlop");
        QTest::addRow("array") << QByteArray("[1,2,3]");
        QTest::addRow("no body") << QByteArray(R"({"format":"forlop-backup-manifest","checksum":""})");
        QTest::addRow("too large") << QByteArray(BackupManifest::MaxBytes + 1, ' ');
        QTest::addRow("deep nesting") << QByteArray(100000, '[');
        QTest::addRow("path in database file") << withField(QStringLiteral("database_file"), QStringLiteral("../x"));
        QTest::addRow("absolute database file") << withField(QStringLiteral("database_file"), QStringLiteral("/etc/x"));
        QTest::addRow("hidden keyring file") << withField(QStringLiteral("keyring_file"), QStringLiteral(".k"));
        QTest::addRow("same file twice") << withField(QStringLiteral("keyring_file"), QStringLiteral("clinic.forlop"));
        QTest::addRow("manifest as database")
            << withField(QStringLiteral("database_file"), QStringLiteral("manifest.json"));
        QTest::addRow("control character") << withField(QStringLiteral("created_by"), QStringLiteral("a\nb"));
        QTest::addRow("number as number") << withField(QStringLiteral("audit_head_seq"), 12);
        QTest::addRow("negative count") << withField(QStringLiteral("database_size"), QStringLiteral("-1"));
        QTest::addRow("huge number") << withField(QStringLiteral("audit_head_seq"),
                                                  QStringLiteral("99999999999999999999"));
        QTest::addRow("short checksum") << withField(QStringLiteral("database_checksum"), QStringLiteral("abcd"));
        QTest::addRow("upper-case hex") << withField(QStringLiteral("database_checksum"),
                                                     QString(64, QLatin1Char('A')));
        QTest::addRow("bad date") << withField(QStringLiteral("created_at"), QStringLiteral("yesterday"));
        QTest::addRow("missing field") << withField(QStringLiteral("clinic_id"), QJsonValue(QJsonValue::Undefined));
        QTest::addRow("schema zero") << withField(QStringLiteral("schema_version"), QStringLiteral("0"));
        QTest::addRow("counts not object") << withField(QStringLiteral("row_counts"), QStringLiteral("x"));
        QTest::addRow("odd table name") << withField(QStringLiteral("row_counts"),
                                                     QJsonObject{{QStringLiteral("a b"), QStringLiteral("1")}});
        QTest::addRow("version text") << withField(QStringLiteral("version"), QStringLiteral("1"));
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = BackupManifest::parse(bytes, QStringLiteral("manifest.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        QVERIFY(parsed.error().message.contains(QStringLiteral("manifest.json")));
    }

    void newerFormatIsNotDamage()
    {
        auto parsed = BackupManifest::parse(withField(QStringLiteral("version"), 2), QStringLiteral("manifest.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::NewerVersion);
    }

    void plainFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("plain");
        QTest::addRow("simple") << QStringLiteral("clinic.forlop") << true;
        QTest::addRow("unicode") << QStringLiteral("klinikk-Tromsø.forlop") << true;
        QTest::addRow("dot") << QStringLiteral(".") << false;
        QTest::addRow("dotdot") << QStringLiteral("..") << false;
        QTest::addRow("slash") << QStringLiteral("a/b") << false;
        QTest::addRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("long") << QString(300, QLatin1Char('a')) << false;
    }

    void plainFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, plain);
        QCOMPARE(BackupManifest::isPlainFileName(name), plain);
    }
};

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
