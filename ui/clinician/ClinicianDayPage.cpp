#include "clinician/ClinicianDayPage.h"

#include "clinic/Clinic.h"
#include "clinician/CaseloadModel.h"
#include "clinician/DisplayTime.h"
#include "clinician/FollowUpDialog.h"
#include "clinician/PatientRecordPage.h"
#include "clinician/SessionProgressDelegate.h"
#include "pathway/DutyToReport.h"
#include "scheduling/CalendarQuery.h"
#include "scheduling/ClinicTime.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int PatientRole = Qt::UserRole + 1;

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QTreeWidget* list(const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QWidget* box(QLayout* layout)
{
    auto* widget = new QWidget;
    layout->setContentsMargins(0, 0, 0, 0);
    widget->setLayout(layout);
    return widget;
}

} // namespace

ClinicianDayPage::ClinicianDayPage(Clinic& clinic, QWidget* parent)
    : QWidget(parent)
    , m_clinic(clinic)
{
    setObjectName(QStringLiteral("clinicianDayPage"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dayErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);

    auto* top = new QSplitter(Qt::Horizontal);
    top->setChildrenCollapsible(false);
    top->addWidget(buildToday());
    top->addWidget(buildFollowUps());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(buildCaseload());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

QWidget* ClinicianDayPage::buildToday()
{
    m_today = list(QStringLiteral("todayTree"), {tr("Time"), tr("Patient"), tr("Appointment"), tr("Room")});
    auto* openRecord = new QPushButton(tr("Open record"));
    openRecord->setObjectName(QStringLiteral("todayOpenRecordButton"));
    auto* writeNote = new QPushButton(tr("Write note"));
    writeNote->setObjectName(QStringLiteral("todayWriteNoteButton"));
    connect(openRecord, &QPushButton::clicked, this, [this] { openSelectedAppointment(false); });
    connect(writeNote, &QPushButton::clicked, this, [this] { openSelectedAppointment(true); });
    connect(m_today, &QTreeWidget::itemActivated, this, [this] { openSelectedAppointment(false); });

    const QString date = ClinicTime::dayText(ClinicTime::dateOf(m_clinic.clock().now()));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(openRecord);
    buttons->addWidget(writeNote);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout;
    layout->addWidget(heading(tr("Today, %1").arg(date)));
    layout->addWidget(m_today, 1);
    layout->addLayout(buttons);
    return box(layout);
}

QWidget* ClinicianDayPage::buildFollowUps()
{
    m_followUps = list(QStringLiteral("followUpTree"), {tr("Patient"), tr("Duty"), tr("Assessed")});
    m_closeFollowUp = new QPushButton(tr("Close follow-up…"));
    m_closeFollowUp->setObjectName(QStringLiteral("closeFollowUpButton"));
    m_closeFollowUp->setEnabled(false);
    auto* open = new QPushButton(tr("Open record"));
    open->setObjectName(QStringLiteral("followUpOpenRecordButton"));
    connect(m_closeFollowUp, &QPushButton::clicked, this, &ClinicianDayPage::closeSelectedFollowUp);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_followUps->currentItem(); item && item->data(0, PatientRole).isValid()) {
            openPatient(item->data(0, PatientRole).toLongLong());
        }
    });
    connect(m_followUps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_closeFollowUp->setEnabled(item && item->data(0, IdRole).isValid()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_closeFollowUp);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout;
    layout->addWidget(heading(tr("Open duty-to-report follow-ups")));
    layout->addWidget(m_followUps, 1);
    layout->addLayout(buttons);
    return box(layout);
}

QWidget* ClinicianDayPage::buildCaseload()
{
    m_caseload = new CaseloadModel(m_clinic, this);
    connect(m_caseload, &CaseloadModel::errorOccurred, this, &ClinicianDayPage::showError);
    m_caseloadView = new QTableView;
    m_caseloadView->setObjectName(QStringLiteral("caseloadView"));
    m_caseloadView->setModel(m_caseload);
    m_caseloadView->setItemDelegateForColumn(CaseloadModel::SessionsColumn, new SessionProgressDelegate(this));
    m_caseloadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseloadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseloadView->setAlternatingRowColors(true);
    m_caseloadView->setWordWrap(false);
    m_caseloadView->verticalHeader()->setVisible(false);
    m_caseloadView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The next appointment takes what is left, so nothing is cut off at 1366 pixels.
    m_caseloadView->horizontalHeader()->setStretchLastSection(false);
    m_caseloadView->horizontalHeader()->setSectionResizeMode(CaseloadModel::NextColumn, QHeaderView::Stretch);
    m_caseloadView->setColumnWidth(CaseloadModel::PatientColumn, 160);
    m_caseloadView->setColumnWidth(CaseloadModel::StateColumn, 150);
    m_caseloadView->setColumnWidth(CaseloadModel::SessionsColumn, 160);
    // The counts are narrow; their headers decide the width.
    for (int column : {CaseloadModel::UnsignedColumn, CaseloadModel::PackageColumn, CaseloadModel::DutyColumn}) {
        m_caseloadView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_caseloadView->setSortingEnabled(true);
    m_caseloadView->sortByColumn(CaseloadModel::NextColumn, Qt::AscendingOrder);
    connect(m_caseloadView, &QTableView::activated, this, [this](const QModelIndex& index) {
        openPatient(index.data(CaseloadModel::PatientIdRole).toLongLong());
    });

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("caseloadFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name or pseudonym"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, m_caseload, &CaseloadModel::setFilterText);
    m_includeEnded = new QCheckBox(tr("Include ended and excluded"));
    m_includeEnded->setObjectName(QStringLiteral("caseloadIncludeEndedCheck"));
    connect(m_includeEnded, &QCheckBox::toggled, this, [this](bool on) { m_caseload->setActiveOnly(!on); });
    auto* open = new QPushButton(tr("Open record"));
    open->setObjectName(QStringLiteral("caseloadOpenRecordButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_caseloadView->currentIndex();
        if (index.isValid()) {
            openPatient(index.data(CaseloadModel::PatientIdRole).toLongLong());
        }
    });

    auto* tools = new QHBoxLayout;
    tools->addWidget(heading(tr("My patients")));
    tools->addSpacing(16);
    tools->addWidget(m_filter);
    tools->addWidget(m_includeEnded);
    tools->addStretch(1);
    tools->addWidget(open);
    auto* layout = new QVBoxLayout;
    layout->addLayout(tools);
    layout->addWidget(m_caseloadView, 1);
    return box(layout);
}

void ClinicianDayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ClinicianDayPage::reload()
{
    showError({});
    loadToday();
    loadFollowUps();
    m_caseload->reload();
}

void ClinicianDayPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ClinicianDayPage::loadToday()
{
    m_today->clear();
    auto entries = CalendarQuery::myDay(m_clinic);
    if (!entries) {
        showError(entries.error().message);
        return;
    }
    for (const CalendarEntry& entry : std::as_const(*entries)) {
        auto* item = new QTreeWidgetItem(m_today);
        item->setData(0, IdRole, QVariant::fromValue<qlonglong>(entry.appointmentId));
        item->setData(0, PatientRole, QVariant::fromValue<qlonglong>(entry.patientId));
        item->setText(0, ClinicTime::timeText(entry.time.start) + QStringLiteral("–") +
                             ClinicTime::timeText(entry.time.end));
        item->setText(1, entry.patientLabel);
        item->setText(2, AppointmentTypes::displayName(entry.type));
        item->setText(3, entry.roomName);
    }
    if (entries->isEmpty()) {
        auto* item = new QTreeWidgetItem(m_today);
        item->setText(1, tr("No appointments today."));
        item->setFlags(Qt::NoItemFlags);
    }
}

void ClinicianDayPage::loadFollowUps()
{
    m_followUps->clear();
    auto open = DutyReports::openFollowUps(m_clinic);
    if (!open) {
        showError(open.error().message);
        return;
    }
    for (const OpenDutyFollowUp& followUp : std::as_const(*open)) {
        auto* item = new QTreeWidgetItem(m_followUps);
        item->setData(0, IdRole, QVariant::fromValue<qlonglong>(followUp.reportId));
        item->setData(0, PatientRole, QVariant::fromValue<qlonglong>(followUp.patientId));
        item->setText(0, followUp.pseudonym);
        item->setText(1, DutyReports::displayName(followUp.duty));
        item->setText(2, displaytime::date(followUp.assessedOn));
    }
    if (open->isEmpty()) {
        auto* item = new QTreeWidgetItem(m_followUps);
        item->setText(0, tr("No open follow-ups."));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    m_closeFollowUp->setEnabled(false);
}

void ClinicianDayPage::openSelectedAppointment(bool writeNote)
{
    const QTreeWidgetItem* item = m_today->currentItem();
    if (!item || !item->data(0, IdRole).isValid()) {
        return;
    }
    const std::int64_t patientId = item->data(0, PatientRole).toLongLong();
    PatientRecordPage* page = PatientRecordPage::showIn(this);
    if (!page) {
        return;
    }
    page->openPatient(patientId);
    if (writeNote && page->record() && page->record()->patientId() == patientId) {
        page->record()->writeNoteForAppointment(item->data(0, IdRole).toLongLong());
    }
}

void ClinicianDayPage::openPatient(std::int64_t patientId)
{
    if (PatientRecordPage* page = PatientRecordPage::showIn(this)) {
        page->openPatient(patientId);
    }
}

void ClinicianDayPage::closeSelectedFollowUp()
{
    const QTreeWidgetItem* item = m_followUps->currentItem();
    if (!item || !item->data(0, IdRole).isValid()) {
        return;
    }
    auto* dialog = new FollowUpDialog(
        [this, reportId = item->data(0, IdRole).toLongLong()](const QString& text, bool closes) {
            return DutyReports::addFollowUp(m_clinic, reportId, text, closes);
        },
        true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ClinicianDayPage::reload);
    dialog->open();
}

} // namespace forlop
