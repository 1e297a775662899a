#pragma once

#include "reports/FidelityFigures.h"
#include "reports/OverrideReasons.h"
#include "reports/Report.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace forlop {

class Clinic;
class FidelityPatientsDialog;
class FidelityPeriodChooser;
class FidelitySectionView;

// The unit leader's "Fidelity to the standard" (Permission::ViewReports): for a chosen period, per clinician and
// for the clinic, package completion, eligibility with overrides, treatment length against 16–20, unmet needs
// without follow-up, waiting times and referrals by channel, as tables with charts beside them. Every figure
// opens the list of its patients, and each patient's record opens from there. The period report is exported as
// PDF and CSV. Core computes, checks the permission and audits: looking at the report, the patient lists, the
// override reasons and each export.
class FidelityPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "leader.fidelity";

    explicit FidelityPage(Clinic& clinic, QWidget* parent = nullptr);

    // Computes and shows the figures for the period (also what choosing a period does).
    void showPeriod(const ReportPeriod& period);
    [[nodiscard]] FidelityPeriodChooser* chooser() const { return m_chooser; }
    // The figures shown; none before the page was first shown or when computing failed.
    [[nodiscard]] const std::optional<FidelityReport>& fidelity() const { return m_fidelity; }
    [[nodiscard]] const Report& report() const { return m_report; }
    [[nodiscard]] FidelitySectionView* section(const QString& sectionId) const;
    // Shows the tab of the section; false when there is none.
    bool showSection(const QString& sectionId);

    // The patient list behind a figure, opened non-modally.
    FidelityPatientsDialog* showPatients(const QString& figure, const QList<std::int64_t>& patients);
    // Reads the assessors' reasons for the overrides (clinical, audited per patient) into the eligibility table.
    void showOverrideReasons();

    // The export buttons, without asking for a file (the buttons ask, then call these).
    [[nodiscard]] Status exportPdf(const QString& path);
    [[nodiscard]] Status exportCsv(const QString& path);

protected:
    // The figures are first computed when the page is first shown: computing them is audited as a look at the
    // report, and signing in is not looking at it.
    void showEvent(QShowEvent* event) override;

private:
    void rebuildTabs();
    void exportAs(bool pdf);
    void showMessage(const QString& text, bool error);

    Clinic& m_clinic;
    FidelityPeriodChooser* m_chooser = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::optional<FidelityReport> m_fidelity;
    QList<OverrideReason> m_reasons;
    Report m_report;
    bool m_shownOnce = false;
};

} // namespace forlop
