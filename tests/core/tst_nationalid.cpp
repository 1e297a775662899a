#include "pathway/NationalId.h"

#include <QTest>

using namespace forlop;

namespace {

// Builds a number with valid check digits from a date part (DDMMYY, already carrying any D-number or synthetic
// offset) and an individual number. firstRemainder 0 is the rule before 2032; 1–3 are only valid from 2032.
// Returns an empty string when no check digit gives that remainder (the register never issues such numbers).
QString makeId(const QString& datePart, int individual, int firstRemainder = 0)
{
    const QString nine = datePart + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
    const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        sum += w1[i] * nine.at(i).digitValue();
    }
    const int k1 = ((firstRemainder - sum) % 11 + 11) % 11;
    if (k1 > 9) {
        return {};
    }
    const QString ten = nine + QString::number(k1);
    const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    sum = 0;
    for (int i = 0; i < 10; ++i) {
        sum += w2[i] * ten.at(i).digitValue();
    }
    const int k2 = (11 - sum % 11) % 11;
    if (k2 > 9) {
        return {};
    }
    return ten + QString::number(k2);
}

// The first individual number from `from` upward that yields a valid number.
QString firstValid(const QString& datePart, int from, int firstRemainder = 0)
{
    for (int individual = from; individual < from + 100; ++individual) {
        const QString id = makeId(datePart, individual, firstRemainder);
        if (!id.isEmpty()) {
            return id;
        }
    }
    return {};
}

// Changes one check digit so the number is certainly wrong under every rule.
QString breakDigit(const QString& id, int index)
{
    QString broken = id;
    for (int delta = 1; delta < 10; ++delta) {
        broken[index] = QChar(u'0' + (id.at(index).digitValue() + delta) % 10);
        if (!NationalId::checkDigitsValid(broken)) {
            return broken;
        }
    }
    return {};
}

} // namespace

class TestNationalId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorSelfCheck();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void syntheticOnlyOutsideProduction_data();
    void syntheticOnlyOutsideProduction();
    void oldRuleRemainderOnlyForFirstDigit();
};

void TestNationalId::generatorSelfCheck()
{
    // The generator and the parser must not share a mistake: check one number by hand.
    // 010190 + 123 → k1: 3*0+7*1+6*0+1*1+8*9+9*0+4*1+5*2+2*3 = 100, 100 % 11 = 1 → k1 = 10 (not issued)
    QVERIFY(makeId(QStringLiteral("010190"), 123).isEmpty());
    // 010190 + 124 → sum 102, k1 = 8 (102 + 8 = 110); k2: 5*0+4*1+3*0+2*1+7*9+6*0+5*1+4*2+3*4+2*8 = 110 → k2 = 0
    QCOMPARE(makeId(QStringLiteral("010190"), 124), QStringLiteral("01019012480"));
}

void TestNationalId::accepted_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("synthetic");
    QTest::addColumn<QDate>("birthDate");

    const auto birth = int(NationalId::Kind::BirthNumber);
    const auto dnum = int(NationalId::Kind::DNumber);
    QTest::newRow("birth number 1990") << firstValid(QStringLiteral("150390"), 100) << birth << false
                                       << QDate(1990, 3, 15);
    QTest::newRow("birth number leap day")
        << firstValid(QStringLiteral("290296"), 200) << birth << false << QDate(1996, 2, 29);
    QTest::newRow("born 2005, individual 500+")
        << firstValid(QStringLiteral("311205"), 500) << birth << false << QDate(2005, 12, 31);
    QTest::newRow("born 1945, individual 900+")
        << firstValid(QStringLiteral("010145"), 900) << birth << false << QDate(1945, 1, 1);
    QTest::newRow("born 1880, individual 500-749")
        << firstValid(QStringLiteral("010180"), 600) << birth << false << QDate(1880, 1, 1);
    QTest::newRow("with a space") << firstValid(QStringLiteral("150390"), 100).insert(6, QLatin1Char(' ')) << birth
                                  << false << QDate(1990, 3, 15);
    QTest::newRow("D-number day 41") << firstValid(QStringLiteral("410185"), 300) << dnum << false << QDate(1985, 1, 1);
    QTest::newRow("D-number day 71") << firstValid(QStringLiteral("711285"), 300) << dnum << false
                                     << QDate(1985, 12, 31);
    QTest::newRow("2032 rule remainder 1")
        << firstValid(QStringLiteral("150390"), 100, 1) << birth << false << QDate(1990, 3, 15);
    QTest::newRow("2032 rule remainder 2")
        << firstValid(QStringLiteral("010101"), 400, 2) << birth << false << QDate(1901, 1, 1);
    QTest::newRow("2032 rule remainder 3")
        << firstValid(QStringLiteral("200632"), 600, 3) << birth << false << QDate(2032, 6, 20);
    QTest::newRow("2032 rule D-number") << firstValid(QStringLiteral("450770"), 100, 3) << dnum << false
                                        << QDate(1970, 7, 5);
    QTest::newRow("synthetic month+80") << firstValid(QStringLiteral("158390"), 100) << birth << true
                                        << QDate(1990, 3, 15);
    QTest::newRow("synthetic D-number") << firstValid(QStringLiteral("559288"), 100) << dnum << true
                                        << QDate(1988, 12, 15);
}

void TestNationalId::accepted()
{
    QFETCH(QString, id);
    QFETCH(int, kind);
    QFETCH(bool, synthetic);
    QFETCH(QDate, birthDate);
    QVERIFY2(!id.isEmpty(), "generator found no number");
    auto parsed = NationalId::parse(id, ClinicKind::Test);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(int(parsed->kind()), kind);
    QCOMPARE(parsed->isSynthetic(), synthetic);
    QCOMPARE(parsed->birthDate(), birthDate);
    QCOMPARE(parsed->digits().size(), NationalId::Length);
    QCOMPARE(parsed->digits(), QString(id).remove(QLatin1Char(' ')));
}

void TestNationalId::rejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("messagePart");

    const QString valid = firstValid(QStringLiteral("150390"), 100);
    const QString valid2032 = firstValid(QStringLiteral("150390"), 100, 2);
    QTest::newRow("empty") << QString() << QStringLiteral("11 digits");
    QTest::newRow("ten digits") << valid.left(10) << QStringLiteral("11 digits");
    QTest::newRow("twelve digits") << valid + QLatin1Char('0') << QStringLiteral("11 digits");
    QTest::newRow("letter") << QString(valid).replace(3, 1, QLatin1Char('x')) << QStringLiteral("11 digits");
    QTest::newRow("dash") << QString(valid).insert(6, QLatin1Char('-')).left(11) << QStringLiteral("11 digits");
    QTest::newRow("first check digit wrong") << breakDigit(valid, 9) << QStringLiteral("check digits");
    QTest::newRow("second check digit wrong") << breakDigit(valid, 10) << QStringLiteral("check digits");
    QTest::newRow("2032 number, second check wrong") << breakDigit(valid2032, 10) << QStringLiteral("check digits");
    QTest::newRow("transposed digits") << [&] {
        QString swapped = valid;
        std::swap(swapped[0], swapped[1]);
        return NationalId::checkDigitsValid(swapped) ? QString() : swapped;
    }() << QStringLiteral("");
    QTest::newRow("first remainder 4") << makeId(QStringLiteral("150390"), 100, 4) << QStringLiteral("check digits");
    QTest::newRow("31 February") << firstValid(QStringLiteral("310290"), 100) << QStringLiteral("date of birth");
    QTest::newRow("29 February, not leap")
        << firstValid(QStringLiteral("290297"), 100) << QStringLiteral("date of birth");
    QTest::newRow("month 13") << firstValid(QStringLiteral("011390"), 100) << QStringLiteral("date of birth");
    QTest::newRow("month 00") << firstValid(QStringLiteral("010090"), 100) << QStringLiteral("date of birth");
    QTest::newRow("day 00") << firstValid(QStringLiteral("000190"), 100) << QStringLiteral("date of birth");
    QTest::newRow("day 32") << firstValid(QStringLiteral("320190"), 100) << QStringLiteral("date of birth");
    QTest::newRow("D-number day 72") << firstValid(QStringLiteral("720190"), 100) << QStringLiteral("date of birth");
    QTest::newRow("D-number 31 April") << firstValid(QStringLiteral("710490"), 100) << QStringLiteral("date of birth");
    QTest::newRow("H-number month+40") << firstValid(QStringLiteral("014590"), 100) << QStringLiteral("date of birth");
    QTest::newRow("synthetic month 93") << firstValid(QStringLiteral("019390"), 100) << QStringLiteral("date of birth");
}

void TestNationalId::rejected()
{
    QFETCH(QString, id);
    QFETCH(QString, messagePart);
    if (QByteArray(QTest::currentDataTag()) != "empty") {
        QVERIFY2(!id.isEmpty(), "generator found no number");
    }
    auto parsed = NationalId::parse(id, ClinicKind::Test);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    // An error never repeats the number.
    if (id.size() >= 6) {
        QVERIFY(!parsed.error().message.contains(id.left(6)));
    }
}

void TestNationalId::syntheticOnlyOutsideProduction_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("synthetic birth number") << firstValid(QStringLiteral("158390"), 100);
    QTest::newRow("synthetic D-number") << firstValid(QStringLiteral("559288"), 100);
    QTest::newRow("synthetic 2032 rule") << firstValid(QStringLiteral("018101"), 200, 3);
}

void TestNationalId::syntheticOnlyOutsideProduction()
{
    QFETCH(QString, id);
    QVERIFY(!id.isEmpty());
    QVERIFY(NationalId::parse(id, ClinicKind::Test).has_value());
    QVERIFY(NationalId::parse(id, ClinicKind::Demo).has_value());
    auto production = NationalId::parse(id, ClinicKind::Production);
    QVERIFY(!production.has_value());
    QCOMPARE(production.error().code, ErrorCode::InvalidInput);
    QVERIFY(production.error().message.contains(QStringLiteral("synthetic")));
    // A real (non-synthetic) number of the same shape is fine in production.
    QVERIFY(NationalId::parse(firstValid(QStringLiteral("150390"), 100), ClinicKind::Production).has_value());
}

void TestNationalId::oldRuleRemainderOnlyForFirstDigit()
{
    // Every remainder 0–3 of the first sum is valid, 4–10 are not, and the second sum must always leave 0.
    int acceptedCount = 0;
    int checked = 0;
    for (int remainder = 0; remainder <= 10; ++remainder) {
        for (int individual = 100; individual < 160; ++individual) {
            const QString id = makeId(QStringLiteral("150390"), individual, remainder);
            if (id.isEmpty()) {
                continue;
            }
            ++checked;
            const bool ok = NationalId::parse(id, ClinicKind::Production).has_value();
            QCOMPARE(ok, remainder <= 3);
            acceptedCount += ok ? 1 : 0;
        }
    }
    QVERIFY(checked > 200);
    QVERIFY(acceptedCount > 50);
}

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"
