#include "backup/BackupManifest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

#include <limits>

namespace forlop {

namespace {

constexpr auto Magic = "forlop-backup-manifest";
constexpr int HashBytes = 32;
constexpr qsizetype MaxTables = 1000;
constexpr qsizetype MaxTextLength = 255;

QByteArray bodyChecksum(const QJsonObject& body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray hash(HashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), HashBytes,
                       reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size(), nullptr, 0);
    return hash.toHex();
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Each reader returns nullopt for anything that is not exactly the expected shape.
std::optional<QString> text(const QJsonObject& object, const char* key, bool allowEmpty = false)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString result = value.toString();
    if ((!allowEmpty && result.isEmpty()) || result.size() > MaxTextLength) {
        return std::nullopt;
    }
    for (const QChar c : result) {
        if (c.category() == QChar::Other_Control) {
            return std::nullopt;
        }
    }
    return result;
}

// Integers are written as decimal strings: JSON numbers are doubles and lose precision above 2^53.
std::optional<qint64> integer(const QJsonObject& object, const char* key, qint64 max)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString digits = value.toString();
    if (digits.isEmpty() || digits.size() > 19) {
        return std::nullopt;
    }
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number < 0 || number > max) {
        return std::nullopt;
    }
    return number;
}

std::optional<QByteArray> hex(const QJsonObject& object, const char* key, qsizetype bytes)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString digits = value.toString();
    static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]*$"));
    if (digits.size() != bytes * 2 || !lowerHex.match(digits).hasMatch()) {
        return std::nullopt;
    }
    return digits.toLatin1();
}

std::optional<QDateTime> time(const QJsonObject& object, const char* key)
{
    const auto value = text(object, key);
    if (!value) {
        return std::nullopt;
    }
    QDateTime at = QDateTime::fromString(*value, Qt::ISODateWithMs);
    if (!at.isValid() || at.date().year() < 2000 || at.date().year() > 9999) {
        return std::nullopt;
    }
    return at.toUTC();
}

bool isTableName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

bool BackupManifest::isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxTextLength || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.startsWith(QLatin1Char('.'))) {
        return false;
    }
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 0x20 ||
            c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

QByteArray BackupManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = content.rowCounts.begin(); it != content.rowCounts.end(); ++it) {
        counts.insert(it.key(), QString::number(it.value()));
    }
    const QJsonObject body{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("created_at"), stamp(createdAt)},
        {QStringLiteral("verified_at"), stamp(verifiedAt)},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("clinic_id"), clinicId},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("schema_version"), QString::number(content.schemaVersion)},
        {QStringLiteral("database_file"), databaseFile},
        {QStringLiteral("database_size"), QString::number(databaseSize)},
        {QStringLiteral("database_checksum"), QString::fromLatin1(databaseChecksum)},
        {QStringLiteral("keyring_file"), keyringFile},
        {QStringLiteral("keyring_checksum"), QString::fromLatin1(keyringChecksum)},
        {QStringLiteral("audit_head_seq"), QString::number(content.auditHeadSeq)},
        {QStringLiteral("audit_head_hash"), QString::fromLatin1(content.auditHeadHash.toHex())},
        {QStringLiteral("row_counts"), counts},
    };
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(Magic)},
        {QStringLiteral("checksum"), QString::fromLatin1(bodyChecksum(body))},
        {QStringLiteral("manifest"), body},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::parse(const QByteArray& bytes, const QString& fileName)
{
    auto damaged = [&] {
        return fail(ErrorCode::Damaged, tr("The backup description %1 is damaged, so this backup cannot be trusted. "
                                           "Restore from another backup.")
                                            .arg(fileName));
    };
    if (bytes.size() > MaxBytes) {
        return damaged();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged();
    }
    const QJsonObject root = document.object();
    const QJsonValue bodyValue = root.value(QStringLiteral("manifest"));
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Magic) || !bodyValue.isObject()) {
        return damaged();
    }
    const QJsonObject body = bodyValue.toObject();
    if (root.value(QStringLiteral("checksum")).toString().toLatin1() != bodyChecksum(body)) {
        return damaged();
    }
    const QJsonValue version = body.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1) {
        return damaged();
    }
    if (version.toDouble() > FormatVersion) {
        return fail(ErrorCode::NewerVersion,
                    tr("The backup %1 was made by a newer version of Forløp. Install that version to restore it.")
                        .arg(fileName));
    }

    BackupManifest manifest;
    const auto createdAt = time(body, "created_at");
    const auto verifiedAt = time(body, "verified_at");
    const auto appVersion = text(body, "app_version");
    const auto clinicId = text(body, "clinic_id");
    const auto createdBy = text(body, "created_by", true);
    const auto schemaVersion = integer(body, "schema_version", 1'000'000);
    const auto databaseFile = text(body, "database_file");
    const auto databaseSize = integer(body, "database_size", std::numeric_limits<qint64>::max());
    const auto databaseChecksum = hex(body, "database_checksum", HashBytes);
    const auto keyringFile = text(body, "keyring_file");
    const auto keyringChecksum = hex(body, "keyring_checksum", HashBytes);
    const auto auditSeq = integer(body, "audit_head_seq", std::numeric_limits<qint64>::max());
    const auto auditHash = hex(body, "audit_head_hash", HashBytes);
    const QJsonValue counts = body.value(QStringLiteral("row_counts"));
    if (!createdAt || !verifiedAt || !appVersion || !clinicId || !createdBy || !schemaVersion || *schemaVersion < 1 ||
        !databaseFile || !isPlainFileName(*databaseFile) || !databaseSize || !databaseChecksum || !keyringFile ||
        !isPlainFileName(*keyringFile) || *keyringFile == *databaseFile || *databaseFile == QLatin1String(FileName) ||
        *keyringFile == QLatin1String(FileName) || !keyringChecksum || !auditSeq || !auditHash || !counts.isObject() ||
        counts.toObject().size() > MaxTables) {
        return damaged();
    }
    const QJsonObject countObject = counts.toObject();
    for (auto it = countObject.begin(); it != countObject.end(); ++it) {
        if (!isTableName(it.key())) {
            return damaged();
        }
        const auto rows = integer(countObject, it.key().toLatin1().constData(), std::numeric_limits<qint64>::max());
        if (!rows) {
            return damaged();
        }
        manifest.content.rowCounts.insert(it.key(), *rows);
    }
    manifest.createdAt = *createdAt;
    manifest.verifiedAt = *verifiedAt;
    manifest.appVersion = *appVersion;
    manifest.clinicId = *clinicId;
    manifest.createdBy = *createdBy;
    manifest.content.schemaVersion = static_cast<int>(*schemaVersion);
    manifest.databaseFile = *databaseFile;
    manifest.databaseSize = *databaseSize;
    manifest.databaseChecksum = *databaseChecksum;
    manifest.keyringFile = *keyringFile;
    manifest.keyringChecksum = *keyringChecksum;
    manifest.content.auditHeadSeq = *auditSeq;
    manifest.content.auditHeadHash = QByteArray::fromHex(*auditHash);
    return manifest;
}

Result<BackupManifest> BackupManifest::load(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, tr("%1 is not a Forløp backup: its description %2 is missing.")
                                             .arg(QFileInfo(QFileInfo(path).absolutePath()).fileName(), fileName));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Failed, tr("The backup description %1 cannot be read.").arg(fileName));
    }
    // Read one byte past the limit, so an oversized file is refused without reading all of it.
    return parse(file.read(MaxBytes + 1), fileName);
}

} // namespace forlop
