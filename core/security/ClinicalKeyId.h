#pragma once

#include <QByteArray>
#include <QString>

namespace forlop {

// A short fingerprint of a clinical public key, kept in the database so an interrupted key rotation can
// tell which key file matches the data.
[[nodiscard]] QString clinicalKeyId(const QByteArray& publicKey);

} // namespace forlop
