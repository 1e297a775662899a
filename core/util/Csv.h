#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace forlop {

// RFC 4180 writing: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends.
class Csv
{
public:
    [[nodiscard]] static QString field(const QString& value);
    [[nodiscard]] static QString write(const QList<QStringList>& rows);
};

} // namespace forlop
