#include "audit/LogReviewPage.h"

#include "access/PatientAccess.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditLogModel.h"
#include "audit/EmergencyAccessModel.h"
#include "audit/PatientLogExport.h"
#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "util/Clock.h"
#include "util/MessageLine.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace forlop {

namespace {

QTableView* table(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

LogReviewPage::LogReviewPage(Clinic& clinic, QWidget* parent)
    : QWidget(parent), m_clinic(clinic), m_emergencies(new EmergencyAccessModel(this)),
      m_log(new AuditLogModel(clinic, this))
{
    setObjectName(QStringLiteral("logReviewPage"));

    auto* heading = new QLabel(tr("Log review"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // --- Emergency accesses awaiting review
    m_emergencyBox = new QGroupBox(tr("Emergency accesses awaiting review"));
    m_emergencyBox->setObjectName(QStringLiteral("emergencyGroupBox"));
    m_emergencyView = table(m_emergencies, QStringLiteral("emergencyView"));
    m_noEmergencies = new QLabel(tr("No emergency access awaits review."));
    m_noEmergencies->setObjectName(QStringLiteral("noEmergenciesLabel"));
    m_noEmergencies->setForegroundRole(QPalette::PlaceholderText);
    m_markReviewed = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Mark as reviewed"));
    m_markReviewed->setObjectName(QStringLiteral("markReviewedButton"));
    m_markReviewed->setToolTip(tr("You have checked that the reason holds; the review is recorded in the log."));
    m_showPatient = new QPushButton(tr("Show this &patient's log"));
    m_showPatient->setObjectName(QStringLiteral("showEmergencyPatientButton"));
    auto* emergencyButtons = new QHBoxLayout;
    emergencyButtons->addWidget(m_markReviewed);
    emergencyButtons->addWidget(m_showPatient);
    emergencyButtons->addStretch();
    auto* emergencyLayout = new QVBoxLayout(m_emergencyBox);
    emergencyLayout->addWidget(m_noEmergencies);
    emergencyLayout->addWidget(m_emergencyView);
    emergencyLayout->addLayout(emergencyButtons);

    // --- The log
    auto* logBox = new QGroupBox(tr("Audit log"));
    m_filterBar = new AuditFilterBar(clinic);
    m_logView = table(m_log, QStringLiteral("auditLogView"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_exportLabel = new QLabel;
    m_exportLabel->setObjectName(QStringLiteral("exportLabel"));
    m_exportCsv = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export as &CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPdf = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export as P&DF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_count);
    exportRow->addStretch();
    exportRow->addWidget(m_exportLabel);
    exportRow->addWidget(m_exportCsv);
    exportRow->addWidget(m_exportPdf);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_filterBar);
    logLayout->addWidget(m_logView, 1);
    logLayout->addLayout(exportRow);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_emergencyBox);
    layout->addWidget(logBox, 1);

    connect(m_emergencyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogReviewPage::updateButtons);
    connect(m_markReviewed, &QPushButton::clicked, this, &LogReviewPage::markReviewed);
    connect(m_showPatient, &QPushButton::clicked, this, &LogReviewPage::showEmergencyPatient);
    connect(m_filterBar, &AuditFilterBar::filterChanged, this, &LogReviewPage::applyFilter);
    connect(m_log, &AuditLogModel::loaded, this, &LogReviewPage::updateCount);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(true); });

    updateButtons();
}

void LogReviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    reloadEmergencies();
    m_filterBar->apply();
    m_logView->resizeColumnsToContents();
}

void LogReviewPage::reload()
{
    reloadEmergencies();
    m_log->reload();
}

void LogReviewPage::reloadEmergencies()
{
    auto records = AuditReview::emergencyAccesses(m_clinic, true);
    if (!records) {
        showMessage(records.error().message, true);
        m_emergencies->setRecords({});
    } else {
        m_emergencies->setRecords(std::move(*records));
    }
    const bool any = m_emergencies->rowCount() > 0;
    m_emergencyView->setVisible(any);
    m_noEmergencies->setVisible(!any);
    m_markReviewed->setVisible(any);
    m_showPatient->setVisible(any);
    m_emergencyBox->setTitle(any ? tr("Emergency accesses awaiting review (%1)").arg(m_emergencies->rowCount())
                                 : tr("Emergency accesses awaiting review"));
    if (any) {
        // As tall as its rows, up to four; the log below gets the rest of the page.
        const int rows = std::min(m_emergencies->rowCount(), 4);
        m_emergencyView->setFixedHeight(m_emergencyView->verticalHeader()->defaultSectionSize() * rows +
                                        m_emergencyView->horizontalHeader()->sizeHint().height() +
                                        2 * m_emergencyView->frameWidth());
        m_emergencyView->resizeColumnsToContents();
        m_emergencyView->selectRow(0);
    }
    updateButtons();
}

void LogReviewPage::updateButtons()
{
    const bool selected = m_emergencyView->selectionModel()->hasSelection();
    m_markReviewed->setEnabled(selected);
    m_showPatient->setEnabled(selected);
    const bool patient = m_patientId.has_value();
    m_exportCsv->setEnabled(patient);
    m_exportPdf->setEnabled(patient);
    m_exportLabel->setText(patient ? tr("Access log of %1 for the patient:").arg(m_pseudonym)
                                   : tr("Choose a patient to export their access log:"));
}

void LogReviewPage::markReviewed()
{
    const QModelIndexList rows = m_emergencyView->selectionModel()->selectedRows();
    const EmergencyAccessRecord* record = rows.isEmpty() ? nullptr : m_emergencies->recordAt(rows.first().row());
    if (!record) {
        return;
    }
    const QString who = record->userName;
    const QString pseudonym = record->pseudonym;
    auto status = PatientAccess::markReviewed(m_clinic, record->id);
    reload();
    showMessage(status ? tr("The emergency access by %1 to %2 was marked as reviewed.").arg(who, pseudonym)
                       : status.error().message,
                !status);
}

void LogReviewPage::showEmergencyPatient()
{
    const QModelIndexList rows = m_emergencyView->selectionModel()->selectedRows();
    if (const EmergencyAccessRecord* record = rows.isEmpty() ? nullptr : m_emergencies->recordAt(rows.first().row())) {
        m_filterBar->showPatient(record->pseudonym);
    }
}

void LogReviewPage::applyFilter(const AuditFilter& filter, const QString& pseudonym)
{
    m_patientId = filter.patientId;
    m_pseudonym = pseudonym;
    m_from = m_filterBar->fromDate();
    m_to = m_filterBar->toDate();
    m_log->setFilter(filter);
    if (!m_log->error().isEmpty()) {
        showMessage(m_log->error(), true);
    }
    updateButtons();
}

void LogReviewPage::updateCount()
{
    const int shown = m_log->rowCount();
    m_count->setText(
        m_log->canFetchMore({})
            ? tr("%1 of %n entries shown; scroll for more", nullptr, static_cast<int>(m_log->total())).arg(shown)
            : tr("%n entries", nullptr, shown));
}

Result<QList<PatientAccessEntry>> LogReviewPage::patientEntries()
{
    if (!m_patientId) {
        return fail(ErrorCode::InvalidInput, tr("Choose a patient first."));
    }
    auto entries = AuditReview::patientAccessLog(m_clinic, *m_patientId);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    return PatientLogExport::within(*entries, m_from, m_to);
}

Status LogReviewPage::exportCsv(const QString& path)
{
    auto entries = patientEntries();
    if (!entries) {
        return std::unexpected(entries.error());
    }
    return PatientLogExport::writeCsv(path, *entries);
}

Status LogReviewPage::exportPdf(const QString& path)
{
    auto entries = patientEntries();
    if (!entries) {
        return std::unexpected(entries.error());
    }
    const ClinicInfo& info = m_clinic.info();
    const PatientLogHeading heading{info.name, info.site, m_pseudonym, m_from, m_to, m_clinic.clock().now()};
    return PatientLogExport::writePdf(path, heading, *entries);
}

void LogReviewPage::exportAs(bool pdf)
{
    if (!m_patientId) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: File name suggested for a patient's access log; %1 is the pseudonym
    const QString suggested = QDir(folder).filePath(tr("access-log-%1").arg(m_pseudonym) +
                                                    (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString path = PathPrompt::saveFile(this,
                                              pdf ? tr("Save the access log as PDF")
                                                  : tr("Save the access log "
                                                       "as CSV"),
                                              suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Status status = pdf ? exportPdf(path) : exportCsv(path);
    showMessage(status ? tr("The access log of %1 was saved to %2.").arg(m_pseudonym, QDir::toNativeSeparators(path))
                       : status.error().message,
                !status);
    // The export itself is now a row of the log.
    m_log->reload();
}

void LogReviewPage::showMessage(const QString& text, bool error)
{
    MessageLine::show(m_message, text, error);
}

} // namespace forlop
