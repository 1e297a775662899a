// The key file and its key slots: what a correct password opens, and every way a changed file must fail.
#include "TestClinic.h"
#include "security/KeySlot.h"
#include "security/Keyring.h"
#include "security/PasswordKdf.h"
#include "security/SecretBytes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sodium.h>

using namespace forlop;

namespace {

const QString ClinicId = QStringLiteral("5b0c8a5e-1f7e-4c1e-9d59-0c7f1d2e3a4b");

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

// Marks every translated string with its context, so a test sees both that a message went through tr() and
// under which context (two contexts for one message would let translations drift apart).
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        return QStringLiteral("<%1>%2").arg(QString::fromUtf8(context), QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

bool sameEntry(const KeyringEntry& a, const KeyringEntry& b)
{
    return a.name == b.name && a.kdf.opsLimit == b.kdf.opsLimit && a.kdf.memLimit == b.kdf.memLimit &&
           a.kdf.salt == b.kdf.salt && a.publicKey == b.publicKey && a.secretKeyNonce == b.secretKeyNonce &&
           a.wrappedSecretKey == b.wrappedSecretKey && a.sealedDatabaseKey == b.sealedDatabaseKey &&
           a.sealedClinicalKey == b.sealedClinicalKey;
}

bool sameKeyring(const Keyring& a, const Keyring& b)
{
    if (a.clinicId != b.clinicId || a.clinicalPublicKey != b.clinicalPublicKey ||
        a.auditAnchorSeq != b.auditAnchorSeq || a.auditAnchorHash != b.auditAnchorHash ||
        a.entries.size() != b.entries.size() || a.failedLogins.keys() != b.failedLogins.keys() ||
        a.pendingFailures != b.pendingFailures) {
        return false;
    }
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        if (!sameEntry(a.entries[i], b.entries[i])) {
            return false;
        }
    }
    for (auto it = a.failedLogins.begin(); it != a.failedLogins.end(); ++it) {
        const FailedLogins other = b.failedLogins.value(it.key());
        if (it->count != other.count || it->last != other.last) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void saveAndLoadKeepEveryField();
    void savedFileHoldsNoSecretInClear();
    void checksumCatchesEveryEditedByte();
    void missingOrNewerFileIsRefused();

    void correctPasswordUnlocks();
    void wrongPasswordFails();
    void wrongPasswordMessageMatchesUnknownUser();
    void entryOfAnotherClinicFails();
    void relabelledEntryFails();
    void loweredKdfLimitsFail_data();
    void loweredKdfLimitsFail();
    void kdfLimitsBelowMinimumAreDamage();
    void rewrapChangesThePassword();

    void recoveryKeyOpensClinic_data();
    void recoveryKeyOpensClinic();
    void wrongRecoveryKeyFails();

private:
    // Builds a keyring with every field set, as the file would hold after some use.
    Keyring sampleKeyring();
    // Saves and loads through the file, so a test changes the keyring the way an edited file would.
    Keyring throughFile(const Keyring& keyring);

    QTemporaryDir m_dir;
    SecretBytes m_databaseKey;
    KeySlot::KeyPair m_clinical;
};

void TestKeyring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clinical = KeySlot::generateKeyPair();
}

void TestKeyring::init()
{
    m_databaseKey = SecretBytes::random(32);
}

Keyring TestKeyring::sampleKeyring()
{
    Keyring keyring;
    keyring.clinicId = ClinicId;
    keyring.clinicalPublicKey = m_clinical.publicKey;
    auto anna = KeySlot::create(ClinicId, QStringLiteral("anna"), "anna-password", KdfParams::fastForTests(),
                                m_databaseKey, nullptr);
    auto bjorn = KeySlot::create(ClinicId, QStringLiteral("bjørn"), "bjørn-password", KdfParams::fastForTests(),
                                 m_databaseKey, &m_clinical.secretKey);
    if (!anna || !bjorn) {
        qFatal("key slots could not be created");
    }
    keyring.put(std::move(*anna));
    keyring.put(std::move(*bjorn));
    keyring.auditAnchorSeq = 4711;
    keyring.auditAnchorHash = QByteArray(32, '\x5a');
    const QDateTime utc(QDate(2026, 3, 2), QTime(9, 15, 30, 250), Qt::UTC);
    keyring.failedLogins.insert(keyring.lookupKey(QStringLiteral("anna")), FailedLogins{3, utc});
    keyring.failedLogins.insert(keyring.lookupKey(QStringLiteral("nobody")),
                                FailedLogins{1, QDateTime(QDate(2026, 3, 1), QTime(23, 59, 59, 999),
                                                          Qt::OffsetFromUTC, 3600)});
    keyring.pendingFailures.append({keyring.lookupKey(QStringLiteral("anna")), utc});
    keyring.pendingFailures.append({keyring.lookupKey(QStringLiteral("nobody")), utc.addSecs(61)});
    return keyring;
}

Keyring TestKeyring::throughFile(const Keyring& keyring)
{
    const QString path = m_dir.filePath(QStringLiteral("through.keyring"));
    if (auto saved = keyring.save(path); !saved) {
        qFatal("keyring could not be saved: %s", qPrintable(saved.error().message));
    }
    auto loaded = Keyring::load(path);
    if (!loaded) {
        qFatal("keyring could not be loaded: %s", qPrintable(loaded.error().message));
    }
    return std::move(*loaded);
}

void TestKeyring::saveAndLoadKeepEveryField()
{
    const Keyring original = sampleKeyring();
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.keyring"));
    QVERIFY(original.save(path));
    auto loaded = Keyring::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QVERIFY(sameKeyring(original, *loaded));
    QVERIFY(loaded->find(QStringLiteral("ANNA")) != nullptr); // names are case-insensitive
    QVERIFY(loaded->find(QStringLiteral("bjørn"))->holdsClinicalKey());
    QVERIFY(!loaded->find(QStringLiteral("anna"))->holdsClinicalKey());

    // Saving what was loaded writes the same bytes: nothing is lost or reordered on the way.
    const QString again = m_dir.filePath(QStringLiteral("roundtrip2.keyring"));
    QVERIFY(loaded->save(again));
    QCOMPARE(test::readAll(again), test::readAll(path));

    // Only owner and group may read it.
    const QFile::Permissions permissions = QFile::permissions(path);
    QVERIFY(!(permissions & (QFile::ReadOther | QFile::WriteOther)));
}

void TestKeyring::savedFileHoldsNoSecretInClear()
{
    const Keyring keyring = sampleKeyring();
    const QString path = m_dir.filePath(QStringLiteral("secrets.keyring"));
    QVERIFY(keyring.save(path));
    const QByteArray file = test::readAll(path);
    const QByteArray key = bytesOf(m_databaseKey);
    for (const QByteArray& form : {key, key.toHex(), key.toBase64(), key.toHex().toUpper()}) {
        QVERIFY(!file.contains(form));
    }
    QVERIFY(!file.contains("anna-password"));
    QVERIFY(!file.contains(bytesOf(m_clinical.secretKey).toBase64()));
}

void TestKeyring::checksumCatchesEveryEditedByte()
{
    const Keyring original = sampleKeyring();
    const QString path = m_dir.filePath(QStringLiteral("original.keyring"));
    QVERIFY(original.save(path));
    const QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.size() > 1000);

    const QString editedPath = m_dir.filePath(QStringLiteral("edited.keyring"));
    int rejected = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray edited = bytes;
        edited[i] = static_cast<char>(edited[i] ^ 0x01);
        QFile file(editedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(edited), edited.size());
        file.close();
        auto loaded = Keyring::load(editedPath);
        if (loaded) {
            // An edit may only pass when it changes nothing that is read (there is no such byte today).
            QVERIFY2(sameKeyring(original, *loaded), qPrintable(QStringLiteral("byte %1 changed the keyring").arg(i)));
            continue;
        }
        ++rejected;
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("edited.keyring")),
                 qPrintable(loaded.error().message));
    }
    QCOMPARE(rejected, bytes.size());

    // Cut short anywhere: damaged, never a partial keyring.
    for (qsizetype length : {qsizetype(0), qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 2}) {
        QFile file(editedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes.left(length));
        file.close();
        auto loaded = Keyring::load(editedPath);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
    }
}

void TestKeyring::missingOrNewerFileIsRefused()
{
    auto missing = Keyring::load(m_dir.filePath(QStringLiteral("absent.keyring")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Damaged);
    QVERIFY(missing.error().message.contains(QStringLiteral("absent.keyring")));

    // A well-formed file (valid checksum) from a later format version.
    const QString path = m_dir.filePath(QStringLiteral("newer.keyring"));
    QVERIFY(sampleKeyring().save(path));
    QJsonObject root = QJsonDocument::fromJson(test::readAll(path)).object();
    QJsonObject body = root.value(QStringLiteral("keyring")).toObject();
    body.insert(QStringLiteral("version"), Keyring::FormatVersion + 1);
    const QByteArray compact = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(compact.constData()), compact.size(), nullptr, 0);
    root.insert(QStringLiteral("keyring"), body);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(hash.toHex()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const QByteArray before = test::readAll(path);
    auto newer = Keyring::load(path);
    QVERIFY(!newer);
    QCOMPARE(newer.error().code, ErrorCode::NewerVersion);
    QVERIFY(newer.error().message.contains(QStringLiteral("newer.keyring")));
    QCOMPARE(test::readAll(path), before);
}

void TestKeyring::correctPasswordUnlocks()
{
    const Keyring keyring = throughFile(sampleKeyring());
    auto anna = KeySlot::unlock(ClinicId, *keyring.find(QStringLiteral("anna")), "anna-password");
    QVERIFY2(anna, qPrintable(anna ? QString() : anna.error().message));
    QCOMPARE(bytesOf(anna->databaseKey), bytesOf(m_databaseKey));
    QVERIFY(!anna->clinicalSecretKey);

    auto bjorn = KeySlot::unlock(ClinicId, *keyring.find(QStringLiteral("bjørn")), "bjørn-password");
    QVERIFY(bjorn);
    QCOMPARE(bytesOf(bjorn->databaseKey), bytesOf(m_databaseKey));
    QVERIFY(bjorn->clinicalSecretKey);
    QCOMPARE(bytesOf(*bjorn->clinicalSecretKey), bytesOf(m_clinical.secretKey));
    // The private key opened is the one belonging to the entry's public key.
    QByteArray derivedPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(derivedPublic.data()), bjorn->secretKey.data());
    QCOMPARE(derivedPublic, keyring.find(QStringLiteral("bjørn"))->publicKey);
}

void TestKeyring::wrongPasswordFails()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const Keyring keyring = throughFile(sampleKeyring());
    const KeyringEntry& anna = *keyring.find(QStringLiteral("anna"));
    for (const QByteArray& wrong : {QByteArray("anna-Password"), QByteArray("bjørn-password"), QByteArray(),
                                    QByteArray("anna-password ")}) {
        auto result = KeySlot::unlock(ClinicId, anna, wrong);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY2(result.error().message.endsWith(QStringLiteral(">Wrong user name or password.")),
                 qPrintable(result.error().message));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestKeyring::wrongPasswordMessageMatchesUnknownUser()
{
    // Whatever the language, a wrong password and an unknown name must read the same, or the message tells
    // an attacker which user names exist.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    test::TestClinic clinic;
    auto wrongPassword = Clinic::open(clinic.path(), QStringLiteral("admin"), "not-the-password", clinic.clock());
    auto unknownUser = Clinic::open(clinic.path(), QStringLiteral("ingen"), "test", clinic.clock());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!wrongPassword);
    QVERIFY(!unknownUser);
    QCOMPARE(wrongPassword.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(unknownUser.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(wrongPassword.error().message, unknownUser.error().message);
    QVERIFY(wrongPassword.error().message.startsWith(QLatin1Char('<'))); // went through a translator
}

void TestKeyring::entryOfAnotherClinicFails()
{
    const Keyring keyring = throughFile(sampleKeyring());
    auto result = KeySlot::unlock(QStringLiteral("another-clinic"), *keyring.find(QStringLiteral("anna")),
                                  "anna-password");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
}

void TestKeyring::relabelledEntryFails()
{
    // Someone with write access to the file copies anna's entry under bjørn's name (or renames it), hoping
    // to sign in as bjørn with anna's password. The name is bound into the wrapping, so it fails.
    Keyring keyring = sampleKeyring();
    KeyringEntry copy = *keyring.find(QStringLiteral("anna"));
    keyring.remove(QStringLiteral("bjørn"));
    copy.name = QStringLiteral("bjørn");
    keyring.put(copy);
    const Keyring edited = throughFile(keyring);
    auto result = KeySlot::unlock(ClinicId, *edited.find(QStringLiteral("bjørn")), "anna-password");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
    // The untouched entry still opens.
    QVERIFY(KeySlot::unlock(ClinicId, *edited.find(QStringLiteral("anna")), "anna-password"));
}

void TestKeyring::loweredKdfLimitsFail_data()
{
    QTest::addColumn<bool>("lowerOps");
    QTest::addColumn<bool>("lowerMem");
    QTest::newRow("operations") << true << false;
    QTest::newRow("memory") << false << true;
    QTest::newRow("both") << true << true;
}

void TestKeyring::loweredKdfLimitsFail()
{
    QFETCH(bool, lowerOps);
    QFETCH(bool, lowerMem);
    // Above the minimum, so there is room to lower them (the fast test limits are the minimum).
    KdfParams strong = KdfParams::fastForTests();
    strong.opsLimit = crypto_pwhash_OPSLIMIT_MIN + 2;
    strong.memLimit = crypto_pwhash_MEMLIMIT_MIN * 8;
    Keyring keyring;
    keyring.clinicId = ClinicId;
    keyring.clinicalPublicKey = m_clinical.publicKey;
    auto entry = KeySlot::create(ClinicId, QStringLiteral("anna"), "anna-password", strong, m_databaseKey, nullptr);
    QVERIFY(entry);
    keyring.put(std::move(*entry));
    Keyring saved = throughFile(keyring);
    QVERIFY(KeySlot::unlock(ClinicId, *saved.find(QStringLiteral("anna")), "anna-password"));

    KeyringEntry* anna = saved.find(QStringLiteral("anna"));
    if (lowerOps) {
        anna->kdf.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    }
    if (lowerMem) {
        anna->kdf.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
    const Keyring downgraded = throughFile(saved); // a valid file with a fresh checksum
    auto result = KeySlot::unlock(ClinicId, *downgraded.find(QStringLiteral("anna")), "anna-password");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
}

void TestKeyring::kdfLimitsBelowMinimumAreDamage()
{
    Keyring keyring = throughFile(sampleKeyring());
    KeyringEntry* anna = keyring.find(QStringLiteral("anna"));
    anna->kdf.opsLimit = 0;
    auto result = KeySlot::unlock(ClinicId, *throughFile(keyring).find(QStringLiteral("anna")), "anna-password");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Damaged);
}

void TestKeyring::rewrapChangesThePassword()
{
    Keyring keyring = throughFile(sampleKeyring());
    KeyringEntry* bjorn = keyring.find(QStringLiteral("bjørn"));
    const KeyringEntry before = *bjorn;
    auto unlocked = KeySlot::unlock(ClinicId, *bjorn, "bjørn-password");
    QVERIFY(unlocked);

    QVERIFY(KeySlot::rewrap(ClinicId, *bjorn, unlocked->secretKey, "a new password", KdfParams::fastForTests()));
    // Only the wrapping changed: same person, same sealed keys; new salt and nonce.
    QCOMPARE(bjorn->publicKey, before.publicKey);
    QCOMPARE(bjorn->sealedDatabaseKey, before.sealedDatabaseKey);
    QCOMPARE(bjorn->sealedClinicalKey, before.sealedClinicalKey);
    QVERIFY(bjorn->kdf.salt != before.kdf.salt);
    QVERIFY(bjorn->secretKeyNonce != before.secretKeyNonce);

    const Keyring saved = throughFile(keyring);
    auto withNew = KeySlot::unlock(ClinicId, *saved.find(QStringLiteral("bjørn")), "a new password");
    QVERIFY2(withNew, qPrintable(withNew ? QString() : withNew.error().message));
    QCOMPARE(bytesOf(withNew->databaseKey), bytesOf(m_databaseKey));
    QVERIFY(withNew->clinicalSecretKey);
    QCOMPARE(bytesOf(*withNew->clinicalSecretKey), bytesOf(m_clinical.secretKey));

    auto withOld = KeySlot::unlock(ClinicId, *saved.find(QStringLiteral("bjørn")), "bjørn-password");
    QVERIFY(!withOld);
    QCOMPARE(withOld.error().code, ErrorCode::AuthenticationFailed);
    // Others are not affected.
    QVERIFY(KeySlot::unlock(ClinicId, *saved.find(QStringLiteral("anna")), "anna-password"));
}

void TestKeyring::recoveryKeyOpensClinic_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("as printed") << QStringLiteral("printed");
    QTest::newRow("lowercase, no dashes") << QStringLiteral("lower-joined");
    QTest::newRow("groups of four with spaces") << QStringLiteral("fours");
    QTest::newRow("mixed case, stray spaces") << QStringLiteral("mixed");
}

void TestKeyring::recoveryKeyOpensClinic()
{
    QFETCH(QString, form);
    test::TestClinic clinic;
    const QString printed = clinic.recoveryKey();
    QCOMPARE(printed.size(), 8 * 5 + 7);
    QString compact = printed;
    compact.remove(QLatin1Char('-'));
    QString typed;
    if (form == QLatin1String("printed")) {
        typed = printed;
    } else if (form == QLatin1String("lower-joined")) {
        typed = compact.toLower();
    } else if (form == QLatin1String("fours")) {
        for (qsizetype i = 0; i < compact.size(); i += 4) {
            typed += compact.mid(i, 4) + QLatin1Char(' ');
        }
    } else {
        for (qsizetype i = 0; i < compact.size(); ++i) {
            typed += i % 2 ? compact.at(i).toLower() : compact.at(i);
            if (i % 7 == 3) {
                typed += QStringLiteral("  ");
            }
        }
        typed = QLatin1Char(' ') + typed + QLatin1Char('\t');
    }
    auto opened = Clinic::openWithRecoveryKey(clinic.path(), typed, clinic.clock());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY((*opened)->isOpen());
    QVERIFY((*opened)->clinicalSecretKey() != nullptr); // the recovery key can grant the clinical key
    auto clinics = (*opened)->db().queryInt("SELECT count(*) FROM clinic");
    QVERIFY(clinics);
    QCOMPARE(*clinics, 1);
}

void TestKeyring::wrongRecoveryKeyFails()
{
    test::TestClinic clinic;
    QString wrong = clinic.recoveryKey();
    wrong[0] = wrong.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QByteArray before = test::readAll(clinic.path());
    auto opened = Clinic::openWithRecoveryKey(clinic.path(), wrong, clinic.clock());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(test::readAll(clinic.path()), before);
    // The recovery entry is not a user: its name with a password does not open it.
    auto asUser = Clinic::open(clinic.path(), QLatin1String(Keyring::RecoveryName), clinic.recoveryKey().toUtf8(),
                               clinic.clock());
    QVERIFY(!asUser);
    QCOMPARE(asUser.error().code, ErrorCode::AuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
