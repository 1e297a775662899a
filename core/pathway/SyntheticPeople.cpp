#include "pathway/SyntheticPeople.h"

#include "pathway/DemoRandom.h"
#include "pathway/NationalId.h"

#include <QStringList>

namespace forlop {

QString SyntheticPeople::name(DemoRandom& random)
{
    static const QStringList first{
        QStringLiteral("Anders"),  QStringLiteral("Bjørn"),  QStringLiteral("Daniel"), QStringLiteral("Espen"),
        QStringLiteral("Fredrik"), QStringLiteral("Geir"),   QStringLiteral("Håkon"),  QStringLiteral("Ivar"),
        QStringLiteral("Jonas"),   QStringLiteral("Kjetil"), QStringLiteral("Lars"),   QStringLiteral("Magnus"),
        QStringLiteral("Nils"),    QStringLiteral("Ole"),    QStringLiteral("Pål"),    QStringLiteral("Rune"),
        QStringLiteral("Sindre"),  QStringLiteral("Tor"),    QStringLiteral("Vegard"), QStringLiteral("Øystein"),
        QStringLiteral("Aslak"),   QStringLiteral("Eirik"),  QStringLiteral("Henrik"), QStringLiteral("Kristian"),
        QStringLiteral("Anne"),    QStringLiteral("Hilde"),  QStringLiteral("Ingrid"), QStringLiteral("Marte"),
    };
    static const QStringList last{
        QStringLiteral("Aasen"),    QStringLiteral("Berg"),      QStringLiteral("Dahl"),     QStringLiteral("Eide"),
        QStringLiteral("Fjeld"),    QStringLiteral("Gundersen"), QStringLiteral("Haugen"),   QStringLiteral("Iversen"),
        QStringLiteral("Johansen"), QStringLiteral("Kvam"),      QStringLiteral("Lie"),      QStringLiteral("Moen"),
        QStringLiteral("Nygård"),   QStringLiteral("Olsen"),     QStringLiteral("Pedersen"), QStringLiteral("Rønning"),
        QStringLiteral("Solberg"),  QStringLiteral("Tangen"),    QStringLiteral("Ulvik"),    QStringLiteral("Vik"),
        QStringLiteral("Ødegård"),  QStringLiteral("Strand"),    QStringLiteral("Hagen"),    QStringLiteral("Lund"),
    };
    return random.pick(first) + QLatin1Char(' ') + random.pick(last);
}

QString SyntheticPeople::nationalId(const QDate& birthDate, DemoRandom& random, bool dNumber)
{
    const int day = birthDate.day() + (dNumber ? 40 : 0);
    const int month = birthDate.month() + 80;
    const QString datePart = QStringLiteral("%1%2%3")
                                 .arg(day, 2, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'));
    // Individual numbers in the range the register uses for the century of birth.
    const int low = birthDate.year() >= 2000 ? 500 : 0;
    const int high = birthDate.year() >= 2000 ? 999 : 499;
    const int start = random.between(low, high);
    static constexpr int W1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static constexpr int W2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int step = 0; step <= high - low; ++step) {
        const int individual = low + (start - low + step) % (high - low + 1);
        const QString nine = datePart + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            sum += W1[i] * nine.at(i).digitValue();
        }
        const int k1 = (11 - sum % 11) % 11;
        if (k1 > 9) {
            continue;
        }
        const QString ten = nine + QString::number(k1);
        sum = 0;
        for (int i = 0; i < 10; ++i) {
            sum += W2[i] * ten.at(i).digitValue();
        }
        const int k2 = (11 - sum % 11) % 11;
        if (k2 > 9) {
            continue;
        }
        const QString id = ten + QString::number(k2);
        if (NationalId::checkDigitsValid(id)) {
            return id;
        }
    }
    return {};
}

QString SyntheticPeople::phone(DemoRandom& random)
{
    // 9xx xx xxx: the shape of a Norwegian mobile number.
    return QStringLiteral("9%1 %2 %3")
        .arg(random.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(random.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(random.between(0, 999), 3, 10, QLatin1Char('0'));
}

} // namespace forlop
