#pragma once

#include <QSyntaxHighlighter>
#include <memory>

namespace forlop {

class SpellChecker;

// The simple structure of a note: a short line ending in a colon is a heading and is shown in bold. With a spell
// checker, words it does not know get the platform's spelling underline.
class NoteHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit NoteHighlighter(QTextDocument* document, std::shared_ptr<const SpellChecker> spelling = {});

protected:
    void highlightBlock(const QString& text) override;

private:
    std::shared_ptr<const SpellChecker> m_spelling;
};

} // namespace forlop
