#include "leader/CaseloadPage.h"

#include "clinic/Clinic.h"
#include "clinician/DisplayTime.h"
#include "clinician/PatientRecordPage.h"
#include "leader/CaseloadTableModel.h"
#include "leader/LeaderPatientModel.h"
#include "leader/LeaderWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

CaseloadPage::CaseloadPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_period = new QLabel;
    m_period->setObjectName(QStringLiteral("caseloadPeriodLabel"));
    m_period->setForegroundRole(QPalette::PlaceholderText);
    auto* refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("caseloadRefreshButton"));
    connect(refresh, &QPushButton::clicked, this, &CaseloadPage::reload);
    m_error = leaderui::errorLabel(QStringLiteral("caseloadErrorLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(leaderui::heading(tr("Caseloads")));
    top->addSpacing(12);
    top->addWidget(m_period, 1);
    top->addWidget(refresh);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildCaseloads());
    splitter->addWidget(buildPatients());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

QWidget* CaseloadPage::buildCaseloads()
{
    m_caseloads = new CaseloadTableModel(this);
    m_caseloadView = leaderui::tableView(QStringLiteral("caseloadTableView"));
    // One figure at a time: the cell chosen decides which patients are listed below.
    m_caseloadView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_caseloadView->setModel(m_caseloads);
    QHeaderView* header = m_caseloadView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseloadTableModel::ClinicianColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(56);
    connect(m_caseloadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { drill(current); });
    // Enter or a double click goes down to the list, ready to open a patient.
    connect(m_caseloadView, &QTableView::activated, this, [this](const QModelIndex& index) {
        drill(index);
        if (m_patients->rowCount() > 0) {
            m_patientView->setFocus();
            m_patientView->setCurrentIndex(m_patients->index(0, 0));
        }
    });

    auto* hint = new QLabel(tr("Choose a figure to list the patients behind it. Hover over a column header to "
                               "see what it counts."));
    hint->setObjectName(QStringLiteral("caseloadHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caseloadView, 1);
    layout->addWidget(hint);
    return box;
}

QWidget* CaseloadPage::buildPatients()
{
    m_patients = new LeaderPatientModel(m_clinic, this);
    connect(m_patients, &LeaderPatientModel::errorOccurred, this, &CaseloadPage::showError);
    m_patientView = leaderui::tableView(QStringLiteral("caseloadPatientsView"));
    m_patientView->setModel(m_patients);
    QHeaderView* header = m_patientView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    connect(m_patientView, &QTableView::activated, this, &CaseloadPage::openSelectedPatient);

    m_drillTitle = leaderui::heading(tr("Patients"));
    m_drillTitle->setObjectName(QStringLiteral("caseloadDrillTitleLabel"));
    m_drillCount = new QLabel;
    m_drillCount->setObjectName(QStringLiteral("caseloadDrillCountLabel"));
    m_openRecord = new QPushButton(tr("&Open record"));
    m_openRecord->setObjectName(QStringLiteral("caseloadOpenPatientButton"));
    m_openRecord->setEnabled(false);
    connect(m_openRecord, &QPushButton::clicked, this, &CaseloadPage::openSelectedPatient);
    connect(m_patientView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_openRecord->setEnabled(current.isValid()); });
    connect(m_patients, &QAbstractItemModel::modelReset, this, [this] { m_openRecord->setEnabled(false); });

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_drillTitle);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_drillCount, 1);
    titleRow->addWidget(m_openRecord);

    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_patientView, 1);
    return box;
}

void CaseloadPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void CaseloadPage::reload()
{
    showError({});
    // Keep the figure that was chosen, by clinician and column, across the re-read.
    const QModelIndex before = m_caseloadView->currentIndex();
    const qlonglong clinician = before.isValid() ? before.data(CaseloadTableModel::ClinicianIdRole).toLongLong() : 0;
    const int column = before.isValid() ? before.column() : int(CaseloadTableModel::ActiveColumn);

    auto view = Caseloads::view(m_clinic);
    if (!view) {
        showError(view.error().message);
        return;
    }
    m_period->setText(
        tr("Sessions in the last %n weeks and free time in the next %n weeks, as of %1", nullptr, view->weeks)
            .arg(displaytime::dateTime(view->at)));
    m_caseloads->setView(std::move(*view));
    m_drilled = {-1, -1}; // the figures were read again, so is the list under them
    if (m_caseloads->rowCount() == 0) {
        m_drillTitle->setText(tr("Patients"));
        m_drillCount->setText(tr("No active clinicians."));
        m_patients->clear();
        return;
    }
    int row = 0;
    for (int r = 0; r < m_caseloads->rowCount(); ++r) {
        if (m_caseloads->caseloadAt(r)->clinicianId == clinician) {
            row = r;
        }
    }
    m_caseloadView->setCurrentIndex(m_caseloads->index(row, column));
    drill(m_caseloadView->currentIndex()); // when the view kept its current cell through the reset
}

void CaseloadPage::drill(const QModelIndex& index)
{
    const Caseload* caseload = index.isValid() ? m_caseloads->caseloadAt(index.row()) : nullptr;
    if (!caseload) {
        m_drilled = {-1, -1};
        m_patients->clear();
        return;
    }
    // Each list read is audited; the same figure is not read twice for a click and its Enter.
    if (m_drilled == std::pair(index.row(), index.column())) {
        return;
    }
    m_drilled = {index.row(), index.column()};
    const auto ids = index.data(CaseloadTableModel::PatientIdsRole).value<QList<qlonglong>>();
    //: Heading of the patient list under the caseloads: the clinician, then what the chosen figure counts.
    m_drillTitle->setText(tr("%1: %2").arg(caseload->name, index.data(CaseloadTableModel::FigureRole).toString()));
    m_drillCount->setText(ids.isEmpty() ? tr("No patients.") : tr("%n patient(s)", nullptr, int(ids.size())));
    m_patients->setPatients(QList<std::int64_t>(ids.cbegin(), ids.cend()));
}

void CaseloadPage::openSelectedPatient()
{
    const QModelIndex index = m_patientView->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const std::int64_t patientId = index.data(LeaderPatientModel::PatientIdRole).toLongLong();
    if (PatientRecordPage* page = PatientRecordPage::showIn(this)) {
        page->openPatient(patientId);
        return;
    }
    showError(tr("The patient record is not available to you."));
}

void CaseloadPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace forlop
