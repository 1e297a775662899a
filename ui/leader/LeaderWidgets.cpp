#include "leader/LeaderWidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace forlop::leaderui {

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setVisible(false);
    return label;
}

QTableView* tableView(const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move within the table
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace forlop::leaderui
