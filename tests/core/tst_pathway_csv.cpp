// The RFC 4180 reader under the referral import: quoting, line ends, encoding, and every malformed input
// refused with its line.
#include "pathway/CsvReader.h"

#include <QTest>

using namespace forlop;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char*>> records)
{
    QList<QStringList> result;
    for (const auto& record : records) {
        QStringList fields;
        for (const char* field : record) {
            fields << QString::fromUtf8(field);
        }
        result << fields;
    }
    return result;
}

} // namespace

class TestPathwayCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void recordLinesCountQuotedBreaks();
    void arbitraryBytesNeverCrash();
};

void TestPathwayCsv::valid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rows({{"a", "b", "c"}, {"1", "2", "3"}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << rows({{"a", "", "c"}, {"", "", ""}});
    QTest::newRow("trailing comma") << QByteArray("a,") << rows({{"a", ""}});
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << rows({{"a,b", "c"}});
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << rows({{"say \"hi\"", "x"}});
    QTest::newRow("quoted newline") << QByteArray("\"line1\nline2\",x\n") << rows({{"line1\nline2", "x"}});
    QTest::newRow("quoted CRLF kept") << QByteArray("\"a\r\nb\"\r\n") << rows({{"a\r\nb"}});
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << rows({{"", "x"}});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << rows({{"a"}, {"b"}});
    QTest::newRow("UTF-8") << QByteArray("navn\nÆrlig Østbø Ålesund\n") << rows({{"navn"}, {"Ærlig Østbø Ålesund"}});
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFreceived,channel\n") << rows({{"received", "channel"}});
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << rows({{" a ", " b "}});
    QTest::newRow("empty file") << QByteArray() << QList<QStringList>();
}

void TestPathwayCsv::valid()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    auto records = CsvReader::parse(input);
    QVERIFY2(records.has_value(), qPrintable(records ? QString() : records.error().what));
    QList<QStringList> fields;
    for (const CsvRecord& record : std::as_const(*records)) {
        fields << record.fields;
    }
    QCOMPARE(fields, expected);
}

void TestPathwayCsv::invalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"open,c\nd\n") << 2;
    QTest::newRow("quote inside a field") << QByteArray("a\nab\"c\n") << 2;
    QTest::newRow("text after closing quote") << QByteArray("a\n\n\"x\"y,z\n") << 3;
    QTest::newRow("lone carriage return") << QByteArray("a\rb\n") << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("ok\nbad\xC3\x28,x\n") << 2;
    QTest::newRow("Latin-1 file") << QByteArray("navn\n\xD8stb\xF8\n") << 2;
    QTest::newRow("overlong field") << QByteArray("x\n") + QByteArray(CsvReader::MaxFieldLength + 1, 'a') << 2;
}

void TestPathwayCsv::invalid()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    auto records = CsvReader::parse(input);
    QVERIFY(!records.has_value());
    QCOMPARE(records.error().line, line);
    QVERIFY(!records.error().what.isEmpty());
}

void TestPathwayCsv::recordLinesCountQuotedBreaks()
{
    auto records = CsvReader::parse("h1,h2\n\"two\nlines\",x\n\nlast,y\n");
    QVERIFY(records.has_value());
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).line, 1);
    QCOMPARE(records->at(1).line, 2);
    QCOMPARE(records->at(2).line, 5);
}

void TestPathwayCsv::arbitraryBytesNeverCrash()
{
    // A cheap stand-in for the fuzzer: random and mutated inputs either parse or fail with a line in range.
    const QByteArray alphabet("ab,\"\r\n\xC3\xA6\xFF ");
    quint32 state = 12345;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = int(next() % 64);
        for (int i = 0; i < length; ++i) {
            input += alphabet.at(int(next() % alphabet.size()));
        }
        auto records = CsvReader::parse(input);
        const int lines = int(input.count('\n')) + 1;
        if (records) {
            for (const CsvRecord& record : std::as_const(*records)) {
                QVERIFY(record.line >= 1 && record.line <= lines);
                QVERIFY(!record.fields.isEmpty());
            }
        } else {
            QVERIFY(records.error().line >= 1 && records.error().line <= lines);
        }
    }
}

QTEST_GUILESS_MAIN(TestPathwayCsv)
#include "tst_pathway_csv.moc"
