#include "clinician/NoteHighlighter.h"

namespace forlop {

void NoteHighlighter::highlightBlock(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 1 && trimmed.size() <= 60 && trimmed.endsWith(QLatin1Char(':'))) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        setFormat(0, static_cast<int>(text.size()), format);
    }
}

} // namespace forlop
