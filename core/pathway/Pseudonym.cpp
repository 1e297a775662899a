#include "pathway/Pseudonym.h"

#include "pathway/PathwaySql.h"

#include <QRegularExpression>

namespace forlop {

QString Pseudonym::format(int year, int number)
{
    return QStringLiteral("P-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
}

std::optional<std::pair<int, int>> Pseudonym::parse(const QString& pseudonym)
{
    static const QRegularExpression pattern(QStringLiteral("^P-(\\d{4})-(\\d{4,})$"));
    const auto match = pattern.match(pseudonym);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::make_pair(match.captured(1).toInt(), match.captured(2).toInt());
}

Result<QString> Pseudonym::next(Database& db, int year)
{
    const QString prefix = QStringLiteral("P-%1-").arg(year);
    auto highest = pathwaysql::optionalInt(
        db, "SELECT max(CAST(substr(pseudonym, 8) AS INTEGER)) FROM patient WHERE pseudonym LIKE ?1",
        prefix + QLatin1Char('%'));
    if (!highest) {
        return std::unexpected(highest.error());
    }
    return format(year, static_cast<int>(highest->value_or(0)) + 1);
}

} // namespace forlop
