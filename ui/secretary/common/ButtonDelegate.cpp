#include "secretary/common/ButtonDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace forlop {

ButtonDelegate::ButtonDelegate(QString text, QObject* parent) : QStyledItemDelegate(parent), m_text(std::move(text)) {}

QRect ButtonDelegate::buttonRect(const QStyleOptionViewItem& option) const
{
    return option.rect.adjusted(4, 3, -4, -3);
}

void ButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = m_text;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index) {
        button.state |= QStyle::State_Sunken;
    }
    button.palette = option.palette;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return QSize(metrics.horizontalAdvance(m_text) + 32, metrics.height() + 14);
}

bool ButtonDelegate::editorEvent(QEvent* event, QAbstractItemModel*, const QStyleOptionViewItem& option,
                                 const QModelIndex& index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease) {
        return false;
    }
    auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton || !buttonRect(option).contains(mouse->position().toPoint())) {
        m_pressed = QModelIndex();
        return false;
    }
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = index;
        return true;
    }
    const bool wasPressed = m_pressed == index;
    m_pressed = QModelIndex();
    if (wasPressed) {
        Q_EMIT clicked(index);
    }
    return true;
}

} // namespace forlop
