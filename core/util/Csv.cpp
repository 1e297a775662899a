#include "util/Csv.h"

namespace forlop {

QString Csv::field(const QString& value)
{
    // A leading = + - @ would be run as a formula by spreadsheets opening the file.
    QString safe = value;
    if (!safe.isEmpty() && QStringLiteral("=+-@").contains(safe.front())) {
        safe.prepend(QLatin1Char('\''));
    }
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) || safe.contains(QLatin1Char('\n')) ||
        safe.contains(QLatin1Char('\r'))) {
        safe.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

QString Csv::write(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& value : row) {
            fields << field(value);
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace forlop
