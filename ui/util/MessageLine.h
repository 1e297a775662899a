#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace forlop::MessageLine {

// The colours of what a page says just happened: the same red for a refusal and green for a success everywhere.
[[nodiscard]] QColor errorColor();
[[nodiscard]] QColor doneColor();

// Shows text on a page's message line in the colour of its kind; empty text hides the line.
void show(QLabel* label, const QString& text, bool error);

} // namespace forlop::MessageLine
