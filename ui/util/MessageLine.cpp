#include "util/MessageLine.h"

#include <QLabel>
#include <QPalette>

namespace forlop::MessageLine {

QColor errorColor()
{
    return {0xb0, 0x1e, 0x1e};
}

QColor doneColor()
{
    return {0x1d, 0x6b, 0x2f};
}

void show(QLabel* label, const QString& text, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? errorColor() : doneColor());
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace forlop::MessageLine
