#pragma once

// Both the key file and the backup manifest carry a BLAKE2b checksum over their body, which random mutations
// never satisfy: without help the fuzzer would stop at the checksum and never reach the field checks behind it.
// This rewrites an input's checksum to match its body (when the input is a JSON object with that body), so
// every target runs each input twice: as it is, and re-signed.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <optional>

inline std::optional<QByteArray> withValidChecksum(const QByteArray& input, const char* bodyKey)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    QJsonObject root = document.object();
    const QJsonValue body = root.value(QLatin1String(bodyKey));
    if (!body.isObject()) {
        return std::nullopt;
    }
    const QByteArray compact = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(compact.constData()), compact.size(), nullptr, 0);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(hash.toHex()));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
