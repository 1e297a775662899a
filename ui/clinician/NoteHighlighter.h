#pragma once

#include <QSyntaxHighlighter>

namespace forlop {

// The simple structure of a note: a short line ending in a colon is a heading and is shown in bold.
class NoteHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace forlop
