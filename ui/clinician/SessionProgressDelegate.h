#pragma once

#include <QStyledItemDelegate>

namespace forlop {

// Sessions attended drawn against the national advice: a bar on a scale of at least 20 sessions with the 16–20
// band shaded, the planned number marked, and "n of planned" written over it.
class SessionProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace forlop
