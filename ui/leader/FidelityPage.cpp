#include "leader/FidelityPage.h"

#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "clinician/ClinicStaff.h"
#include "leader/FidelityPatientsDialog.h"
#include "leader/FidelityPeriodChooser.h"
#include "leader/FidelitySectionView.h"
#include "leader/PeriodReportPdf.h"
#include "reports/FidelityReports.h"
#include "reports/PeriodReport.h"
#include "reports/PeriodReportExport.h"
#include "scheduling/ClinicTime.h"
#include "util/Clock.h"
#include "util/MessageLine.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace forlop {

FidelityPage::FidelityPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("fidelityPage"));
    m_chooser = new FidelityPeriodChooser(ClinicTime::dateOf(clinic.clock().now()));
    m_chooser->setObjectName(QStringLiteral("fidelityPeriodChooser"));
    connect(m_chooser, &FidelityPeriodChooser::periodChosen, this, [this](const ReportPeriod& period) {
        if (m_shownOnce) {
            showPeriod(period);
        }
    });

    m_exportPdf = new QPushButton(tr("Export PDF…"));
    m_exportPdf->setObjectName(QStringLiteral("fidelityExportPdfButton"));
    m_exportPdf->setToolTip(tr("Save the period report, every table of this page, as a PDF"));
    m_exportCsv = new QPushButton(tr("Export CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("fidelityExportCsvButton"));
    m_exportCsv->setToolTip(tr("Save the period report as a CSV file for a spreadsheet"));
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(false); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_exportPdf);
    top->addWidget(m_exportCsv);

    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("fidelitySubtitleLabel"));
    QFont font = m_subtitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_subtitle->setFont(font);
    auto* hint = new QLabel(tr("Double-click a figure, or a bar in a chart, to see the patients behind it."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_subtitle);
    headingRow->addStretch(1);
    headingRow->addWidget(hint);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("fidelityMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("fidelityTabs"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(headingRow);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    m_exportPdf->setEnabled(false);
    m_exportCsv->setEnabled(false);
}

void FidelityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shownOnce) {
        return;
    }
    m_shownOnce = true;
    if (auto period = m_chooser->period()) {
        showPeriod(*period);
    }
}

void FidelityPage::showPeriod(const ReportPeriod& period)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto computed = FidelityReports::compute(m_clinic, period);
    QApplication::restoreOverrideCursor();
    if (!computed) {
        showMessage(computed.error().message, true);
        return;
    }
    showMessage({}, false);
    m_fidelity = std::move(*computed);
    m_reasons.clear();
    rebuildTabs();
    m_exportPdf->setEnabled(true);
    m_exportCsv->setEnabled(true);
}

void FidelityPage::rebuildTabs()
{
    const Session& session = m_clinic.session();
    m_report = PeriodReport::build(*m_fidelity, m_clinic.info().name,
                                   session.fullName.isEmpty() ? session.userName : session.fullName, m_reasons);
    m_subtitle->setText(m_report.subtitle);
    const int current = std::max(0, m_tabs->currentIndex());
    while (m_tabs->count() > 0) {
        QWidget* tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    for (const ReportSection& section : std::as_const(m_report.sections)) {
        auto* view = new FidelitySectionView(section);
        connect(view, &FidelitySectionView::drillRequested, this,
                [this](const QString& figure, const QList<std::int64_t>& patients) { showPatients(figure, patients); });
        if (section.id == QLatin1String("eligibility") && !m_fidelity->overrides.isEmpty() && m_reasons.isEmpty()) {
            auto* reasons = new QPushButton(tr("Show the reasons for the overrides"));
            reasons->setObjectName(QStringLiteral("fidelityOverrideReasonsButton"));
            reasons->setToolTip(tr("The reasons are clinical content: reading them is recorded in each patient's "
                                   "access log."));
            connect(reasons, &QPushButton::clicked, this, &FidelityPage::showOverrideReasons);
            view->addTool(reasons);
        }
        m_tabs->addTab(view, section.title);
    }
    m_tabs->setCurrentIndex(std::min(current, m_tabs->count() - 1));
}

FidelitySectionView* FidelityPage::section(const QString& sectionId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<FidelitySectionView*>(m_tabs->widget(i));
        if (view && view->sectionId() == sectionId) {
            return view;
        }
    }
    return nullptr;
}

bool FidelityPage::showSection(const QString& sectionId)
{
    FidelitySectionView* view = section(sectionId);
    if (view) {
        m_tabs->setCurrentWidget(view);
    }
    return view != nullptr;
}

FidelityPatientsDialog* FidelityPage::showPatients(const QString& figure, const QList<std::int64_t>& patients)
{
    auto* dialog = new FidelityPatientsDialog(m_clinic, figure, patients, ClinicStaff::names(m_clinic), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FidelityPage::showOverrideReasons()
{
    if (!m_fidelity) {
        return;
    }
    auto reasons = OverrideReasons::read(m_clinic, m_fidelity->overrides);
    if (!reasons) {
        showMessage(reasons.error().message, true);
        return;
    }
    m_reasons = *reasons;
    rebuildTabs();
}

Status FidelityPage::exportPdf(const QString& path)
{
    if (!m_fidelity) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period first."));
    }
    return PeriodReportPdf::exportTo(m_clinic, m_fidelity->period, path);
}

Status FidelityPage::exportCsv(const QString& path)
{
    if (!m_fidelity) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period first."));
    }
    return PeriodReportExport::writeCsv(m_clinic, m_fidelity->period, path);
}

void FidelityPage::exportAs(bool pdf)
{
    if (!m_fidelity) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ReportPeriod& period = m_fidelity->period;
    //: File name suggested for the period report; %1 and %2 are the first and last day (ISO dates)
    const QString name =
        tr("period-report-%1-%2").arg(period.from.toString(Qt::ISODate), period.last().toString(Qt::ISODate));
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    QString path = PathPrompt::saveFile(
        this, pdf ? tr("Save the period report as PDF") : tr("Save the period report as CSV"),
        QDir(folder).filePath(name + suffix), pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    const Status status = pdf ? exportPdf(path) : exportCsv(path);
    showMessage(status ? tr("The period report was saved to %1.").arg(QDir::toNativeSeparators(path))
                       : status.error().message,
                !status);
}

void FidelityPage::showMessage(const QString& text, bool error)
{
    MessageLine::show(m_message, text, error);
}

} // namespace forlop
