#include "shell/NavigationFrame.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyledItemDelegate>

namespace forlop {

namespace {

// Taller rows with the title set in from the edge; the selection still spans the whole row.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * Indent, 14);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        opt.rect.adjust(Indent, 0, -Indent, 0);
        opt.state &= ~QStyle::State_HasFocus;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

private:
    static constexpr int Indent = 12;
};

} // namespace

NavigationFrame::NavigationFrame(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("navigationFrame"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("navigationList"));
    m_list->setFixedWidth(200);
    m_list->setItemDelegate(new NavigationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Window);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size()) {
            return;
        }
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPageChanged(m_ids.at(row));
    });
}

void NavigationFrame::addPage(const QString& id, const QString& title, QWidget* page)
{
    Q_ASSERT(!m_ids.contains(id));
    m_ids.append(id);
    m_stack->addWidget(page);
    new QListWidgetItem(title, m_list);
    if (m_list->currentRow() < 0) {
        m_list->setCurrentRow(0);
    }
}

QString NavigationFrame::currentPageId() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QWidget* NavigationFrame::page(const QString& id) const
{
    const auto index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_stack->widget(static_cast<int>(index));
}

bool NavigationFrame::showPage(const QString& id)
{
    const auto index = m_ids.indexOf(id);
    if (index < 0) {
        return false;
    }
    m_list->setCurrentRow(static_cast<int>(index));
    return true;
}

} // namespace forlop
