#pragma once

#include <QByteArray>
#include <QString>

namespace forlop {

// The one-time recovery key shown at clinic creation: 160 random bits as eight groups of five
// characters from an alphabet without look-alikes (Crockford base32), for printing and typing back.
class RecoveryKey
{
public:
    [[nodiscard]] static QString generate();
    // Uppercases and drops spaces and dashes, so the key may be typed back in any grouping.
    [[nodiscard]] static QByteArray normalise(const QString& typed);
};

} // namespace forlop
