#include "clinician/NoteHighlighter.h"

#include "clinician/SpellChecker.h"

#include <QRegularExpression>

namespace forlop {

NoteHighlighter::NoteHighlighter(QTextDocument* document, std::shared_ptr<const SpellChecker> spelling)
    : QSyntaxHighlighter(document), m_spelling(std::move(spelling))
{
}

void NoteHighlighter::highlightBlock(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 1 && trimmed.size() <= 60 && trimmed.endsWith(QLatin1Char(':'))) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        setFormat(0, static_cast<int>(text.size()), format);
    }
    if (!m_spelling) {
        return;
    }
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*"));
    for (auto match = word.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        if (!SpellChecker::isCheckable(found.captured()) || m_spelling->isCorrect(found.captured())) {
            continue;
        }
        QTextCharFormat format = this->format(static_cast<int>(found.capturedStart()));
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x1c, 0x1c));
        setFormat(static_cast<int>(found.capturedStart()), static_cast<int>(found.capturedLength()), format);
    }
}

} // namespace forlop
