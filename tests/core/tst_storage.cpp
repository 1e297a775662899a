// The encrypted store: what lies on disk, how every kind of bad file is refused without being changed,
// transactions, migrations and the fixed connection settings.
#include "TestClinic.h"
#include "security/Keyring.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace forlop;

namespace {

constexpr qint64 PageSize = 4096;
const QByteArray Marker = QStringLiteral("Markør-Pasient-Q7ZK-2291").toUtf8();

QString errorText(const Error& error)
{
    return QStringLiteral("code %1: %2").arg(static_cast<int>(error.code)).arg(error.message);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).exists() ? QFileInfo(path).size() : -1;
}

// Every file under dir that contains needle (relative names), for the known-plaintext scan.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (test::readAll(path).contains(needle)) {
            found << QDir(dir).relativeFilePath(path);
        }
    }
    return found;
}

// The database key of a test clinic, taken from a signed-in session, for opening the file directly.
SecretBytes databaseKeyOf(test::TestClinic& testClinic)
{
    auto clinic = testClinic.open(QStringLiteral("admin"));
    if (!clinic) {
        qFatal("test clinic does not open");
    }
    return clinic->databaseKey().clone();
}

// A WAL file left behind with frames in it would change what the database holds.
bool noWalContent(const QString& databasePath)
{
    return fileSize(databasePath + QStringLiteral("-wal")) <= 0;
}

Result<std::int64_t> userVersion(Database& db)
{
    return db.queryInt("PRAGMA user_version");
}

// Applies one schema step by hand, the way a released program at that version would have.
Status applyStep(Database& db, const Migration& step)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = db.exec(step.sql); !status) {
        return status;
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.version);
    if (auto status = db.exec(setVersion.constData()); !status) {
        return status;
    }
    return transaction->commit();
}

QStringList schemaOf(Database& db)
{
    QStringList rows;
    auto stmt = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        rows << stmt->text(0) + QLatin1Char('|') + stmt->text(1) + QLatin1Char('|') + stmt->text(2);
    }
    return rows;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerIsEncryptedAndCipherIsVersion4();
    void markerIsInNoFileOnDisk();
    void wrongPasswordChangesNothing();
    void foreignFilesAreRefusedUntouched_data();
    void foreignFilesAreRefusedUntouched();
    void everyBitFlippedPageIsRefusedUntouched();
    void newerSchemaIsRefusedUntouched();
    void missingOrDamagedKeyringIsRefused_data();
    void missingOrDamagedKeyringIsRefused();
    void createRefusesAnExistingFile();

    void statementBindsAndReadsEveryType();
    void failedMultiStatementWriteLeavesNoRows();
    void uncommittedTransactionRollsBackInDestructor();

    void migratesFromEmptyFileToLatest();
    void eachStepWorksFromThePreviousVersion();
    void secondMigrateIsANoOp();

    void onlyOneSqliteLibraryIsLoaded();
    void connectionSettingsAreEnforced();
};

void TestStorage::headerIsEncryptedAndCipherIsVersion4()
{
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    auto version = clinic->db().queryText("PRAGMA cipher_version");
    QVERIFY(version);
    QVERIFY2(version->startsWith(QLatin1String("4.")), qPrintable(*version));
    QVERIFY(clinic->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));

    const QByteArray bytes = test::readAll(testClinic.path());
    QVERIFY(bytes.size() >= PageSize);
    QCOMPARE(bytes.size() % PageSize, 0);
    QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("CREATE TABLE")); // the schema is encrypted too
    // A random salt opens the file: two clinics never share their first bytes.
    test::TestClinic other;
    QVERIFY(test::readAll(other.path()).left(16) != bytes.left(16));
}

void TestStorage::markerIsInNoFileOnDisk()
{
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    Database& db = clinic->db();
    // Keep every frame in the WAL until the test asks for a checkpoint, so the WAL is scanned full.
    QVERIFY(db.exec("PRAGMA wal_autocheckpoint = 0"));
    QVERIFY(db.exec("CREATE TABLE scratch_patient (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL, note TEXT)"));
    {
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction);
        auto insert = db.prepare("INSERT INTO scratch_patient (pseudonym, note) VALUES (?1, ?2)");
        QVERIFY(insert);
        for (int i = 0; i < 200; ++i) {
            const QString note = QString::fromUtf8(Marker) + QStringLiteral(" note %1 ").arg(i).repeated(20);
            insert->reset();
            insert->bindAll(QString::fromUtf8(Marker + '-' + QByteArray::number(i)), note);
            QVERIFY(insert->run());
        }
        QVERIFY(transaction->commit());
    }
    // An update and a delete too: old versions of rows must not linger in clear anywhere.
    QVERIFY(db.exec("UPDATE scratch_patient SET note = note || ' changed' WHERE id % 3 = 0"));
    QVERIFY(db.exec("DELETE FROM scratch_patient WHERE id % 5 = 0"));
    auto stored = db.queryInt("SELECT count(*) FROM scratch_patient WHERE instr(pseudonym, "
                              "'Markør-Pasient-Q7ZK-2291') = 1");
    QVERIFY(stored);
    QCOMPARE(*stored, 160); // the marker really is in the database

    const QString wal = testClinic.path() + QStringLiteral("-wal");
    QVERIFY2(fileSize(wal) > 100 * PageSize / 4, "the writes should still be in the WAL");
    QCOMPARE(filesContaining(testClinic.dir(), Marker), QStringList());

    QVERIFY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    QCOMPARE(fileSize(wal), 0);
    QVERIFY(fileSize(testClinic.path()) > 20 * PageSize);
    QCOMPARE(filesContaining(testClinic.dir(), Marker), QStringList());

    clinic.reset();
    QCOMPARE(filesContaining(testClinic.dir(), Marker), QStringList());
    // Shorter pieces of it, in case a row was split across pages.
    QCOMPARE(filesContaining(testClinic.dir(), Marker.left(12)), QStringList());
}

void TestStorage::wrongPasswordChangesNothing()
{
    test::TestClinic testClinic;
    const QByteArray before = test::readAll(testClinic.path());
    auto result = Clinic::open(testClinic.path(), QStringLiteral("admin"), "Test", testClinic.clock());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(result.error().message, Clinic::tr("Wrong user name or password."));
    QCOMPARE(test::readAll(testClinic.path()), before);
    QVERIFY(noWalContent(testClinic.path()));
    // The failure is remembered in the key file (to be audited and throttled), not in the database.
    auto keyring = Keyring::load(Keyring::pathFor(testClinic.path()));
    QVERIFY(keyring);
    QCOMPARE(keyring->failedLogins.value(keyring->lookupKey(QStringLiteral("admin"))).count, 1);
    // And the right password still works afterwards.
    QVERIFY(testClinic.open(QStringLiteral("admin")));
}

void TestStorage::foreignFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    const int damaged = static_cast<int>(ErrorCode::Damaged);
    QTest::newRow("random bytes") << QStringLiteral("random") << damaged;
    QTest::newRow("random bytes, one page") << QStringLiteral("random-page") << damaged;
    QTest::newRow("empty file") << QStringLiteral("empty") << damaged;
    QTest::newRow("text file") << QStringLiteral("text") << damaged;
    QTest::newRow("plain SQLite database") << QStringLiteral("plain") << damaged;
    QTest::newRow("cut in half") << QStringLiteral("half") << damaged;
    QTest::newRow("cut to two pages") << QStringLiteral("8k") << damaged;
    QTest::newRow("cut to 5000 bytes") << QStringLiteral("5000") << damaged;
    QTest::newRow("cut to 3000 bytes") << QStringLiteral("3000") << damaged;
    QTest::newRow("last page missing") << QStringLiteral("minus-page") << damaged;
    QTest::newRow("trailing page zeroed") << QStringLiteral("zero-last") << damaged;
    QTest::newRow("missing file") << QStringLiteral("missing") << static_cast<int>(ErrorCode::NotFound);
}

void TestStorage::foreignFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    test::TestClinic testClinic;
    const SecretBytes key = databaseKeyOf(testClinic);
    {
        // Enough rows that the file has many pages, so cuts fall in the middle of real data.
        auto clinic = testClinic.open(QStringLiteral("admin"));
        QVERIFY(clinic);
        QVERIFY(clinic->db().exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)"));
        QVERIFY(clinic->db().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                                  "INSERT INTO scratch (body) SELECT printf('%0300d', i) FROM n"));
    }
    const QString path = testClinic.path();
    const QByteArray original = test::readAll(path);
    QVERIFY(original.size() >= 40 * PageSize);
    QVERIFY(noWalContent(path));

    if (kind == QLatin1String("random")) {
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
        writeFile(path, random);
    } else if (kind == QLatin1String("random-page")) {
        QByteArray random(PageSize, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
        writeFile(path, random);
    } else if (kind == QLatin1String("empty")) {
        writeFile(path, {});
    } else if (kind == QLatin1String("text")) {
        writeFile(path, QByteArray("Dette er ikke en database.\n").repeated(400));
    } else if (kind == QLatin1String("plain")) {
        QVERIFY(QFile::remove(path));
        auto plain = Database::createPlain(path);
        QVERIFY(plain);
        QVERIFY(plain->exec("CREATE TABLE patient (name TEXT); INSERT INTO patient VALUES ('Ola Testesen');"));
        QVERIFY(plain->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        plain->close();
        QVERIFY(test::readAll(path).startsWith("SQLite format 3"));
    } else if (kind == QLatin1String("half")) {
        writeFile(path, original.left(original.size() / 2));
    } else if (kind == QLatin1String("8k")) {
        writeFile(path, original.left(2 * PageSize));
    } else if (kind == QLatin1String("5000")) {
        writeFile(path, original.left(5000));
    } else if (kind == QLatin1String("3000")) {
        writeFile(path, original.left(3000));
    } else if (kind == QLatin1String("minus-page")) {
        writeFile(path, original.left(original.size() - PageSize));
    } else if (kind == QLatin1String("zero-last")) {
        QByteArray zeroed = original;
        zeroed.replace(zeroed.size() - PageSize, PageSize, QByteArray(PageSize, '\0'));
        writeFile(path, zeroed);
    } else if (kind == QLatin1String("missing")) {
        QVERIFY(QFile::remove(path));
    }
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = test::readAll(path);

    // Through the front door, with the right password.
    auto clinic = Clinic::open(path, QStringLiteral("admin"), "test", testClinic.clock());
    QVERIFY2(!clinic, "a bad database file was accepted");
    QCOMPARE(static_cast<int>(clinic.error().code), expected);
    QVERIFY(!clinic.error().message.isEmpty());
    QVERIFY2(clinic.error().message.contains(QStringLiteral("clinic.forlop")), qPrintable(clinic.error().message));
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(test::readAll(path), before);
    QVERIFY(noWalContent(path));

    // And directly at the storage layer.
    auto db = Database::open(path, key);
    QVERIFY2(!db, "a bad database file was accepted");
    QCOMPARE(static_cast<int>(db.error().code), expected);
    QVERIFY(db.error().message.contains(QStringLiteral("clinic.forlop")));
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(test::readAll(path), before);
    QVERIFY(noWalContent(path));

    // Putting the original back makes it work again: nothing else was damaged on the way.
    writeFile(path, original);
    QVERIFY(testClinic.open(QStringLiteral("admin")));
}

void TestStorage::everyBitFlippedPageIsRefusedUntouched()
{
    test::TestClinic testClinic;
    const SecretBytes key = databaseKeyOf(testClinic);
    const QString path = testClinic.path();
    const QByteArray original = test::readAll(path);
    const qsizetype pages = original.size() / PageSize;
    QVERIFY(pages >= 4);
    QStringList problems;
    // One bit in the page body, and one in the per-page IV/HMAC area at its end.
    for (qsizetype page = 0; page < pages; ++page) {
        for (qsizetype offset : {qsizetype(2000), PageSize - 10}) {
            QByteArray flipped = original;
            const qsizetype at = page * PageSize + offset;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
            const QString where = QStringLiteral("page %1 offset %2").arg(page + 1).arg(offset);
            writeFile(path, flipped);
            {
                auto clinic = Clinic::open(path, QStringLiteral("admin"), "test", testClinic.clock());
                if (clinic) {
                    problems << where + QStringLiteral(": the clinic opened");
                } else if (clinic.error().code != ErrorCode::Damaged) {
                    problems << where + QStringLiteral(": ") + errorText(clinic.error());
                }
            }
            if (test::readAll(path) != flipped || !noWalContent(path)) {
                problems << where + QStringLiteral(": Clinic::open changed the file");
                writeFile(path, flipped);
                QFile::remove(path + QStringLiteral("-wal"));
            }
            {
                auto db = Database::open(path, key);
                if (db) {
                    problems << where + QStringLiteral(": the database opened");
                } else if (db.error().code != ErrorCode::Damaged ||
                           !db.error().message.contains(QStringLiteral("clinic.forlop"))) {
                    problems << where + QStringLiteral(": ") + errorText(db.error());
                }
            }
            if (test::readAll(path) != flipped || !noWalContent(path)) {
                problems << where + QStringLiteral(": Database::open changed the file");
                QFile::remove(path + QStringLiteral("-wal"));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
    writeFile(path, original);
    QVERIFY(testClinic.open(QStringLiteral("admin")));
}

void TestStorage::newerSchemaIsRefusedUntouched()
{
    test::TestClinic testClinic;
    {
        auto clinic = testClinic.open(QStringLiteral("admin"));
        QVERIFY(clinic);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Schema::latestVersion() + 1);
        QVERIFY(clinic->db().exec(sql.constData()));
    }
    const QByteArray before = test::readAll(testClinic.path());
    const QByteArray keyringBefore = test::readAll(Keyring::pathFor(testClinic.path()));
    auto result = Clinic::open(testClinic.path(), QStringLiteral("admin"), "test", testClinic.clock());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NewerVersion);
    QVERIFY(result.error().message.contains(QString::number(Schema::latestVersion() + 1)));
    QCOMPARE(test::readAll(testClinic.path()), before);
    QVERIFY(noWalContent(testClinic.path()));
    // No sign-in happened, so nothing was recorded anywhere.
    QCOMPARE(test::readAll(Keyring::pathFor(testClinic.path())), keyringBefore);
}

void TestStorage::missingOrDamagedKeyringIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("edited JSON value") << QStringLiteral("edited");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("checksum mismatch") << QStringLiteral("checksum");
    QTest::newRow("not JSON") << QStringLiteral("garbage");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void TestStorage::missingOrDamagedKeyringIsRefused()
{
    QFETCH(QString, kind);
    test::TestClinic testClinic;
    const QString keyringPath = Keyring::pathFor(testClinic.path());
    const QByteArray keyring = test::readAll(keyringPath);
    QVERIFY(!keyring.isEmpty());
    if (kind == QLatin1String("missing")) {
        QVERIFY(QFile::remove(keyringPath));
    } else if (kind == QLatin1String("edited")) {
        // Valid JSON, one character of the admin's salt changed.
        QJsonObject root = QJsonDocument::fromJson(keyring).object();
        QByteArray text = QJsonDocument(root).toJson();
        const qsizetype salt = text.indexOf("\"salt\": \"");
        QVERIFY(salt > 0);
        const qsizetype at = salt + 10;
        text[at] = text[at] == 'A' ? 'B' : 'A';
        QVERIFY(!QJsonDocument::fromJson(text).isNull());
        writeFile(keyringPath, text);
    } else if (kind == QLatin1String("truncated")) {
        writeFile(keyringPath, keyring.left(keyring.size() / 2));
    } else if (kind == QLatin1String("checksum")) {
        QJsonObject root = QJsonDocument::fromJson(keyring).object();
        QByteArray checksum = root.value(QStringLiteral("checksum")).toString().toLatin1();
        checksum[5] = checksum[5] == '0' ? '1' : '0';
        root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum));
        writeFile(keyringPath, QJsonDocument(root).toJson());
    } else if (kind == QLatin1String("garbage")) {
        writeFile(keyringPath, QByteArray(3000, '\x7f'));
    } else if (kind == QLatin1String("empty")) {
        writeFile(keyringPath, {});
    }
    const QByteArray database = test::readAll(testClinic.path());
    const QByteArray keyringBefore = test::readAll(keyringPath);
    auto result = Clinic::open(testClinic.path(), QStringLiteral("admin"), "test", testClinic.clock());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Damaged);
    QVERIFY2(result.error().message.contains(QStringLiteral("clinic.forlop.keyring")),
             qPrintable(result.error().message));
    QCOMPARE(test::readAll(testClinic.path()), database);
    QCOMPARE(test::readAll(keyringPath), keyringBefore);
    QCOMPARE(QFileInfo::exists(keyringPath), kind != QLatin1String("missing"));
}

void TestStorage::createRefusesAnExistingFile()
{
    test::TestClinic testClinic;
    const QByteArray before = test::readAll(testClinic.path());
    auto db = Database::create(testClinic.path(), SecretBytes::random(Database::KeySize));
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Conflict);
    QCOMPARE(test::readAll(testClinic.path()), before);
}

void TestStorage::statementBindsAndReadsEveryType()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("types.forlop")), SecretBytes::random(Database::KeySize));
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE scratch (a, b, c, d, e, f, g, h, i, j)"));
    auto insert = db->prepare("INSERT INTO scratch VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    QVERIFY(insert);
    const qint64 bigQt = Q_INT64_C(-9007199254740993); // qint64 is long long, std::int64_t is long
    const std::int64_t bigStd = std::numeric_limits<std::int64_t>::max();
    const unsigned int unsignedValue = 4000000000u;
    const QByteArray blob("\0\x01\xff" "bytes", 8);
    insert->bindAll(bigQt, bigStd, unsignedValue, short(-7), true, 2.5, QStringLiteral("blåbær ✓"), blob,
                    std::optional<qint64>(), std::optional<qint64>(42));
    QVERIFY(insert->run());

    auto select = db->prepare("SELECT a, b, c, d, e, f, g, h, i, j, typeof(h), typeof(i) FROM scratch");
    QVERIFY(select);
    auto row = select->step();
    QVERIFY(row && *row);
    QCOMPARE(select->int64(0), bigQt);
    QCOMPARE(select->int64(1), bigStd);
    QCOMPARE(select->int64(2), std::int64_t(unsignedValue));
    QCOMPARE(select->integer(3), -7);
    QCOMPARE(select->integer(4), 1);
    QCOMPARE(select->real(5), 2.5);
    QCOMPARE(select->text(6), QStringLiteral("blåbær ✓"));
    QCOMPARE(select->blob(7), blob);
    QVERIFY(select->isNull(8));
    QCOMPARE(select->optionalInt64(8), std::nullopt);
    QCOMPARE(select->optionalInt64(9), std::optional<std::int64_t>(42));
    QCOMPARE(select->text(10), QStringLiteral("blob"));
    QCOMPARE(select->text(11), QStringLiteral("null"));
    QCOMPARE(select->columnCount(), 12);
    row = select->step();
    QVERIFY(row && !*row);

    // Binding past the last parameter is reported when the statement runs, not silently dropped.
    auto tooMany = db->prepare("INSERT INTO scratch (a) VALUES (?1)");
    QVERIFY(tooMany);
    tooMany->bind(1, 1).bind(2, 2);
    QVERIFY(!tooMany->run());
    QCOMPARE(*db->queryInt("SELECT count(*) FROM scratch"), 1);
}

void TestStorage::failedMultiStatementWriteLeavesNoRows()
{
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    Database& db = clinic->db();
    QVERIFY(db.exec("CREATE TABLE scratch_referral (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)"));
    QVERIFY(db.exec("CREATE TABLE scratch_contact (id INTEGER PRIMARY KEY, referral_id INTEGER NOT NULL "
                    "REFERENCES scratch_referral (id), note TEXT NOT NULL)"));
    QVERIFY(db.exec("INSERT INTO scratch_referral (code) VALUES ('R-1')"));

    Error failure;
    {
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction);
        auto insert = db.prepare("INSERT INTO scratch_referral (code) VALUES (?1)");
        QVERIFY(insert);
        QVERIFY(insert->bindAll(QStringLiteral("R-2")).run());
        const std::int64_t id = db.lastInsertId();
        auto contact = db.prepare("INSERT INTO scratch_contact (referral_id, note) VALUES (?1, ?2)");
        QVERIFY(contact);
        QVERIFY(contact->bindAll(id, QStringLiteral("first")).run());
        // The third statement breaks the UNIQUE rule; the caller returns early without committing.
        insert->reset();
        auto broken = insert->bindAll(QStringLiteral("R-1")).run();
        QVERIFY(!broken);
        failure = broken.error();
        // A foreign key to nothing is refused too.
        contact->reset();
        auto orphan = contact->bindAll(std::int64_t(999), QStringLiteral("orphan")).run();
        QVERIFY(!orphan);
    }
    QCOMPARE(failure.code, ErrorCode::InvalidInput);
    QVERIFY(!failure.message.contains(QStringLiteral("R-1"))); // messages never echo data
    auto referrals = db.queryInt("SELECT count(*) FROM scratch_referral");
    auto contacts = db.queryInt("SELECT count(*) FROM scratch_contact");
    QVERIFY(referrals && contacts);
    QCOMPARE(*referrals, 1);
    QCOMPARE(*contacts, 0);
    // The connection is usable again: a new transaction can begin and commit.
    auto again = Transaction::begin(db);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(db.exec("INSERT INTO scratch_referral (code) VALUES ('R-3')"));
    QVERIFY(again->commit());
    QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch_referral"), 2);
    // And it survives a reopen as exactly that.
    clinic.reset();
    clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    QCOMPARE(*clinic->db().queryInt("SELECT count(*) FROM scratch_referral"), 2);
    QCOMPARE(*clinic->db().queryInt("SELECT count(*) FROM scratch_contact"), 0);
}

void TestStorage::uncommittedTransactionRollsBackInDestructor()
{
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    Database& db = clinic->db();
    QVERIFY(db.exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)"));
    {
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction);
        QVERIFY(db.exec("INSERT INTO scratch (v) VALUES ('a'); INSERT INTO scratch (v) VALUES ('b');"));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch"), 2); // visible inside the transaction
    }
    QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch"), 0);

    // A moved-from transaction does not roll back twice; the moved-to one still rolls back.
    {
        auto first = Transaction::begin(db);
        QVERIFY(first);
        Transaction moved(std::move(*first));
        QVERIFY(db.exec("INSERT INTO scratch (v) VALUES ('c')"));
    }
    QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch"), 0);

    // Committed is committed; a second commit is refused and changes nothing.
    auto transaction = Transaction::begin(db);
    QVERIFY(transaction);
    QVERIFY(db.exec("INSERT INTO scratch (v) VALUES ('d')"));
    QVERIFY(transaction->commit());
    QVERIFY(!transaction->commit());
    QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch"), 1);

    // Nested BEGIN fails rather than silently joining the outer transaction.
    auto outer = Transaction::begin(db);
    QVERIFY(outer);
    auto inner = Transaction::begin(db);
    QVERIFY(!inner);
    QVERIFY(db.exec("INSERT INTO scratch (v) VALUES ('e')"));
    QVERIFY(outer->commit());
    QCOMPARE(*db.queryInt("SELECT count(*) FROM scratch"), 2);
}

void TestStorage::migratesFromEmptyFileToLatest()
{
    const auto steps = Schema::migrations();
    QVERIFY(!steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, static_cast<int>(i) + 1); // numbered 1, 2, 3 … without gaps
    }
    QCOMPARE(Schema::latestVersion(), steps.back().version);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.forlop"));
    auto db = Database::create(path, SecretBytes::random(Database::KeySize));
    QVERIFY(db);
    QCOMPARE(*userVersion(*db), 0);
    auto migrated = Schema::migrate(*db);
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
    QCOMPARE(*userVersion(*db), Schema::latestVersion());
    for (const char* table : {"clinic", "setting", "user", "audit_log"}) {
        QVERIFY2(schemaOf(*db).join(QLatin1Char('\n')).contains(QStringLiteral("table|%1|").arg(QLatin1String(table))),
                 table);
    }
    auto problems = db->fullCheck();
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    QCOMPARE(*db->queryText("PRAGMA foreign_key_check"), QString());
}

void TestStorage::eachStepWorksFromThePreviousVersion()
{
    const auto steps = Schema::migrations();
    QStringList latestSchema;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step.forlop"));
        auto db = Database::create(path, SecretBytes::random(Database::KeySize));
        QVERIFY(db);
        for (std::size_t i = 0; i < k; ++i) {
            QVERIFY(applyStep(*db, steps[i]));
        }
        const int previous = k == 0 ? 0 : steps[k - 1].version;
        QCOMPARE(*userVersion(*db), previous);

        // The step on its own.
        auto stepped = applyStep(*db, steps[k]);
        QVERIFY2(stepped, qPrintable(QStringLiteral("step %1: %2")
                                         .arg(steps[k].version)
                                         .arg(stepped ? QString() : stepped.error().message)));
        QCOMPARE(*userVersion(*db), steps[k].version);
        QCOMPARE(*db->queryText("PRAGMA foreign_key_check"), QString());
        QCOMPARE(*db->queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        db->close();

        // And Schema::migrate from the previous version, reopened as a released program would find it.
        const QString upPath = dir.filePath(QStringLiteral("up.forlop"));
        const SecretBytes key = SecretBytes::random(Database::KeySize);
        {
            auto fresh = Database::create(upPath, key);
            QVERIFY(fresh);
            for (std::size_t i = 0; i < k; ++i) {
                QVERIFY(applyStep(*fresh, steps[i]));
            }
        }
        auto reopened = Database::open(upPath, key);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        auto migrated = Schema::migrate(*reopened);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
        QCOMPARE(*userVersion(*reopened), Schema::latestVersion());
        const QStringList schema = schemaOf(*reopened);
        if (k == 0) {
            latestSchema = schema;
        }
        QCOMPARE(schema, latestSchema); // every path upward ends in the same schema
    }
}

void TestStorage::secondMigrateIsANoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.forlop"));
    auto db = Database::create(path, SecretBytes::random(Database::KeySize));
    QVERIFY(db);
    QVERIFY(Schema::migrate(*db));
    QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QStringList schema = schemaOf(*db);
    const QByteArray bytes = test::readAll(path);
    const std::int64_t changes = *db->queryInt("SELECT total_changes()");

    QVERIFY(Schema::migrate(*db));
    QCOMPARE(*userVersion(*db), Schema::latestVersion());
    QCOMPARE(schemaOf(*db), schema);
    QCOMPARE(*db->queryInt("SELECT total_changes()"), changes);
    QCOMPARE(fileSize(path + QStringLiteral("-wal")), 0); // not even an empty transaction was written
    QCOMPARE(test::readAll(path), bytes);
}

void TestStorage::onlyOneSqliteLibraryIsLoaded()
{
    // Open a clinic first, so everything a session loads is mapped when we look.
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    QVERIFY(ensureSingleSqliteLibrary());
    const QByteArray maps = test::readAll(QStringLiteral("/proc/self/maps"));
    QVERIFY(!maps.isEmpty());
    QVERIFY(!maps.contains("libsqlite3.so"));
    QVERIFY(maps.contains("libsqlcipher.so"));
}

void TestStorage::connectionSettingsAreEnforced()
{
    test::TestClinic testClinic;
    auto clinic = testClinic.open(QStringLiteral("admin"));
    QVERIFY(clinic);
    QTemporaryDir dir;
    auto created = Database::create(dir.filePath(QStringLiteral("new.forlop")), SecretBytes::random(32));
    QVERIFY(created);
    for (Database* db : {&clinic->db(), &*created}) {
        QCOMPARE(*db->queryInt("PRAGMA temp_store"), 2);
        QCOMPARE(*db->queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(*db->queryInt("PRAGMA synchronous"), 2);
        QCOMPARE(*db->queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(*db->queryInt("PRAGMA secure_delete"), 1);
        QCOMPARE(*db->queryInt("PRAGMA trusted_schema"), 0);
        QCOMPARE(*db->queryInt("PRAGMA cipher_memory_security"), 1);
        QCOMPARE(*db->queryInt("PRAGMA cipher_page_size"), PageSize);
    }
    // Defensive mode: writing the schema table directly is refused even with writable_schema.
    (void)clinic->db().exec("PRAGMA writable_schema = ON");
    QVERIFY(!clinic->db().exec("UPDATE sqlite_schema SET sql = sql WHERE name = 'clinic'"));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
