#include "security/Keyring.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

namespace forlop {

namespace {

constexpr auto Magic = "forlop-keyring";

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QByteArray checksum(const QByteArray& body)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(body.constData()), body.size(), nullptr, 0);
    return hash.toHex();
}

QJsonObject toJson(const KeyringEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("name"), entry.name},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                                            {QStringLiteral("ops"), QString::number(entry.kdf.opsLimit)},
                                            {QStringLiteral("mem"), QString::number(entry.kdf.memLimit)},
                                            {QStringLiteral("salt"), b64(entry.kdf.salt)}}},
        {QStringLiteral("public_key"), b64(entry.publicKey)},
        {QStringLiteral("secret_key_nonce"), b64(entry.secretKeyNonce)},
        {QStringLiteral("wrapped_secret_key"), b64(entry.wrappedSecretKey)},
        {QStringLiteral("sealed_database_key"), b64(entry.sealedDatabaseKey)},
        {QStringLiteral("sealed_clinical_key"), b64(entry.sealedClinicalKey)},
    };
}

std::optional<KeyringEntry> entryFromJson(const QJsonObject& object)
{
    KeyringEntry entry;
    entry.name = object.value(QStringLiteral("name")).toString();
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13")) {
        return std::nullopt;
    }
    bool opsOk = false;
    bool memOk = false;
    entry.kdf.opsLimit = kdf.value(QStringLiteral("ops")).toString().toULongLong(&opsOk);
    entry.kdf.memLimit = kdf.value(QStringLiteral("mem")).toString().toULongLong(&memOk);
    entry.kdf.salt = unb64(kdf.value(QStringLiteral("salt")));
    entry.publicKey = unb64(object.value(QStringLiteral("public_key")));
    entry.secretKeyNonce = unb64(object.value(QStringLiteral("secret_key_nonce")));
    entry.wrappedSecretKey = unb64(object.value(QStringLiteral("wrapped_secret_key")));
    entry.sealedDatabaseKey = unb64(object.value(QStringLiteral("sealed_database_key")));
    entry.sealedClinicalKey = unb64(object.value(QStringLiteral("sealed_clinical_key")));
    const bool valid = !entry.name.isEmpty() && opsOk && memOk &&
                       entry.kdf.salt.size() == crypto_pwhash_SALTBYTES &&
                       entry.publicKey.size() == crypto_box_PUBLICKEYBYTES &&
                       entry.secretKeyNonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
                       entry.wrappedSecretKey.size() ==
                           crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES &&
                       entry.sealedDatabaseKey.size() == 32 + crypto_box_SEALBYTES &&
                       (entry.sealedClinicalKey.isEmpty() ||
                        entry.sealedClinicalKey.size() == crypto_box_SECRETKEYBYTES + crypto_box_SEALBYTES);
    if (!valid) {
        return std::nullopt;
    }
    return entry;
}

} // namespace

QString Keyring::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keyring");
}

Result<Keyring> Keyring::load(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto damaged = [&] {
        return fail(ErrorCode::Damaged,
                    tr("The key file %1 is damaged. Restore it from the latest backup, together with its database.")
                        .arg(fileName));
    };
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::Damaged, tr("The key file %1 is missing. It must lie beside the database; restore it "
                                           "from the latest backup.")
                                            .arg(fileName));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Failed, tr("The key file %1 cannot be read.").arg(fileName));
    }
    if (file.size() > 16 * 1024 * 1024) {
        return damaged();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged();
    }
    const QJsonObject root = document.object();
    const QJsonObject body = root.value(QStringLiteral("keyring")).toObject();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Magic) ||
        root.value(QStringLiteral("checksum")).toString().toLatin1() !=
            checksum(QJsonDocument(body).toJson(QJsonDocument::Compact))) {
        return damaged();
    }
    if (body.value(QStringLiteral("version")).toInt() > FormatVersion) {
        return fail(ErrorCode::NewerVersion,
                    tr("The key file %1 was written by a newer version of Forløp.").arg(fileName));
    }
    Keyring keyring;
    keyring.clinicId = body.value(QStringLiteral("clinic_id")).toString();
    keyring.clinicalPublicKey = unb64(body.value(QStringLiteral("clinical_public_key")));
    keyring.auditAnchorSeq = body.value(QStringLiteral("audit_anchor_seq")).toString().toLongLong();
    keyring.auditAnchorHash = QByteArray::fromHex(body.value(QStringLiteral("audit_anchor_hash")).toString().toLatin1());
    if (keyring.clinicId.isEmpty() || keyring.clinicalPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return damaged();
    }
    for (const QJsonValue& value : body.value(QStringLiteral("entries")).toArray()) {
        auto entry = entryFromJson(value.toObject());
        if (!entry) {
            return damaged();
        }
        keyring.entries.push_back(std::move(*entry));
    }
    const QJsonObject failures = body.value(QStringLiteral("failed_logins")).toObject();
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QJsonObject record = it.value().toObject();
        keyring.failedLogins.insert(
            it.key(), FailedLogins{record.value(QStringLiteral("count")).toInt(),
                                   QDateTime::fromString(record.value(QStringLiteral("last")).toString(), Qt::ISODate)});
    }
    for (const QJsonValue& value : body.value(QStringLiteral("pending_failures")).toArray()) {
        const QJsonObject record = value.toObject();
        keyring.pendingFailures.append(
            {record.value(QStringLiteral("lookup")).toString(),
             QDateTime::fromString(record.value(QStringLiteral("at")).toString(), Qt::ISODate)});
    }
    return keyring;
}

Status Keyring::save(const QString& path) const
{
    QJsonArray entryArray;
    for (const KeyringEntry& entry : entries) {
        entryArray.append(toJson(entry));
    }
    QJsonObject failures;
    for (auto it = failedLogins.begin(); it != failedLogins.end(); ++it) {
        failures.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count},
                                              {QStringLiteral("last"), it->last.toString(Qt::ISODateWithMs)}});
    }
    QJsonArray pending;
    for (const auto& [lookup, at] : pendingFailures) {
        pending.append(QJsonObject{{QStringLiteral("lookup"), lookup},
                                   {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject body{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("clinic_id"), clinicId},
        {QStringLiteral("clinical_public_key"), b64(clinicalPublicKey)},
        {QStringLiteral("audit_anchor_seq"), QString::number(auditAnchorSeq)},
        {QStringLiteral("audit_anchor_hash"), QString::fromLatin1(auditAnchorHash.toHex())},
        {QStringLiteral("entries"), entryArray},
        {QStringLiteral("failed_logins"), failures},
        {QStringLiteral("pending_failures"), pending},
    };
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(Magic)},
        {QStringLiteral("checksum"), QString::fromLatin1(checksum(QJsonDocument(body).toJson(QJsonDocument::Compact)))},
        {QStringLiteral("keyring"), body},
    };
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Failed, tr("The key file %1 cannot be written.").arg(QFileInfo(path).fileName()));
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::DiskFull, tr("The key file %1 could not be saved; the previous version is kept. Is "
                                            "the disk full?")
                                             .arg(QFileInfo(path).fileName()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::WriteGroup);
    return {};
}

const KeyringEntry* Keyring::find(const QString& name) const
{
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const KeyringEntry& e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
    return it == entries.end() ? nullptr : &*it;
}

KeyringEntry* Keyring::find(const QString& name)
{
    return const_cast<KeyringEntry*>(std::as_const(*this).find(name));
}

void Keyring::put(KeyringEntry entry)
{
    if (KeyringEntry* existing = find(entry.name)) {
        *existing = std::move(entry);
    } else {
        entries.push_back(std::move(entry));
    }
}

void Keyring::remove(const QString& name)
{
    std::erase_if(entries, [&](const KeyringEntry& e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QString Keyring::lookupKey(const QString& name) const
{
    const QByteArray input = clinicId.toUtf8() + '|' + name.toLower().toUtf8();
    return QString::fromLatin1(checksum(input).left(32));
}

} // namespace forlop
