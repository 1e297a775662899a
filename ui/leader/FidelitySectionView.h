#pragma once

#include "reports/Report.h"

#include <QHash>
#include <QScrollArea>

class QTableView;
class QVBoxLayout;

namespace forlop {

class FidelityTableModel;

// One section of the fidelity view (waiting times, package, eligibility, treatment length, onward referral):
// each table with its chart beside it when a picture is clearer, and the note that defines the figure. Every
// figure with patients behind it drills down (double-click or Enter on a cell, or a click on a bar or point).
class FidelitySectionView : public QScrollArea
{
    Q_OBJECT

public:
    explicit FidelitySectionView(const ReportSection& section, QWidget* parent = nullptr);

    [[nodiscard]] QString sectionId() const { return m_sectionId; }
    [[nodiscard]] FidelityTableModel* model(const QString& tableId) const { return m_models.value(tableId); }
    [[nodiscard]] QTableView* view(const QString& tableId) const { return m_views.value(tableId); }
    // A widget placed under the section's description (such as a button acting on the section).
    void addTool(QWidget* widget);

Q_SIGNALS:
    // figure: how the drill-down names it ("Referrals by channel – GP – Referrals").
    void drillRequested(const QString& figure, const QList<std::int64_t>& patients);

private:
    QWidget* buildTable(const ReportTable& table);
    QTableView* tableView(const ReportTable& table, FidelityTableModel* model);
    void drill(FidelityTableModel* model, const QModelIndex& index);

    QString m_sectionId;
    QVBoxLayout* m_tools = nullptr;
    QHash<QString, FidelityTableModel*> m_models;
    QHash<QString, QTableView*> m_views;
};

} // namespace forlop
