#pragma once

#include <QStyledItemDelegate>

namespace forlop {

// A push button painted in every row of one column ("Find slot"), so a long list needs no widget per row. A click
// on it emits clicked(index); the keyboard reaches the same action through the view's activated().
class ButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ButtonDelegate(QString text, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

Q_SIGNALS:
    void clicked(const QModelIndex& index);

private:
    [[nodiscard]] QRect buttonRect(const QStyleOptionViewItem& option) const;

    QString m_text;
    QModelIndex m_pressed;
};

} // namespace forlop
