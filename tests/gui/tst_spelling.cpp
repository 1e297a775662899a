// Spelling in session notes: Debian's bokmål and nynorsk dictionaries through hunspell, misspelt words underlined
// in the note, and suggestions at the top of the editor's context menu that replace the word.
#include "clinician/NoteHighlighter.h"
#include "clinician/SpellChecker.h"
#include "clinician/SpellingMenu.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace forlop;

namespace {

// The underlined stretches of the first block, as the words they cover.
QStringList underlined(QPlainTextEdit& editor)
{
    QStringList words;
    const QTextBlock block = editor.document()->firstBlock();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
            words << block.text().mid(range.start, range.length);
        }
    }
    return words;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bokmaalAndNynorskDictionaries()
    {
        const auto nb = SpellChecker::forLanguage(QStringLiteral("nb"));
        QVERIFY2(nb, "hunspell-no is installed by scripts/setup");
        QCOMPARE(nb->dictionary(), QStringLiteral("nb_NO"));
        QVERIFY(nb->isCorrect(QStringLiteral("pasienten")));
        QVERIFY(nb->isCorrect(QStringLiteral("behandlingstime")));
        QVERIFY(nb->isCorrect(QStringLiteral("søvn"))); // outside ASCII, in the dictionary's own encoding
        QVERIFY(!nb->isCorrect(QStringLiteral("pasjenten")));
        QVERIFY(nb->suggestions(QStringLiteral("pasjenten")).contains(QStringLiteral("pasienten")));

        const auto nn = SpellChecker::forLanguage(QStringLiteral("nn"));
        QVERIFY(nn);
        QCOMPARE(nn->dictionary(), QStringLiteral("nn_NO"));
        QVERIFY(nn->isCorrect(QStringLiteral("ikkje")));
        QVERIFY(!nb->isCorrect(QStringLiteral("ikkje")));
        QCOMPARE(SpellChecker::forLanguage(QStringLiteral("en"))->dictionary(), QStringLiteral("nb_NO"));
        QCOMPARE(SpellChecker::forLanguage(QStringLiteral("nb")).get(), nb.get()); // loaded once
    }

    void abbreviationsAndCodesAreNotJudged()
    {
        QVERIFY(!SpellChecker::isCheckable(QStringLiteral("PHQ")));
        QVERIFY(!SpellChecker::isCheckable(QStringLiteral("CORE10")));
        QVERIFY(!SpellChecker::isCheckable(QStringLiteral("a")));
        QVERIFY(SpellChecker::isCheckable(QStringLiteral("Pasienten")));
    }

    void misspeltWordsAreUnderlinedAndHeadingsStayBold()
    {
        QPlainTextEdit editor;
        new NoteHighlighter(editor.document(), SpellChecker::forLanguage(QStringLiteral("nb")));
        editor.setPlainText(QStringLiteral("Pasjenten fortalte om søvn og PHQ skår."));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Pasjenten")});

        editor.setPlainText(QStringLiteral("Vurderng:"));
        const QTextBlock block = editor.document()->firstBlock();
        const auto formats = block.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QVERIFY(std::all_of(formats.cbegin(), formats.cend(),
                            [](const auto& range) { return range.format.fontWeight() == QFont::Bold; }));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Vurderng")});
    }

    void withoutADictionaryNothingIsUnderlined()
    {
        QPlainTextEdit editor;
        new NoteHighlighter(editor.document());
        editor.setPlainText(QStringLiteral("Pasjenten"));
        QVERIFY(underlined(editor).isEmpty());
    }

    void aSuggestionReplacesTheWordAsOneUndo()
    {
        QPlainTextEdit editor;
        editor.resize(400, 200);
        editor.setPlainText(QStringLiteral("Pasjenten møtte."));
        auto* menu = new SpellingMenu(&editor, SpellChecker::forLanguage(QStringLiteral("nb")));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextCursor start(editor.document());
        const QPoint onWord = editor.cursorRect(start).center() + QPoint(8, 0);
        std::unique_ptr<QMenu> shown(menu->menuAt(onWord));
        QAction* suggestion = nullptr;
        for (QAction* action : shown->actions()) {
            if (action->text() == QLatin1String("Pasienten")) {
                suggestion = action;
            }
        }
        QVERIFY2(suggestion, "the correct spelling is offered");
        QCOMPARE(shown->actions().indexOf(suggestion) < 6, true); // at the top, before cut/copy/paste
        suggestion->trigger();
        QCOMPARE(editor.toPlainText(), QStringLiteral("Pasienten møtte."));
        editor.undo();
        QCOMPARE(editor.toPlainText(), QStringLiteral("Pasjenten møtte."));

        editor.setReadOnly(true); // a signed note offers no corrections
        std::unique_ptr<QMenu> readOnly(menu->menuAt(onWord));
        for (QAction* action : readOnly->actions()) {
            QVERIFY(action->text() != QLatin1String("Pasienten"));
        }
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
