#include "clinician/DutiesPage.h"

#include "clinician/DisplayTime.h"
#include "clinician/FollowUpDialog.h"
#include "pathway/DutyToReport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int FollowUpOpenRole = Qt::UserRole + 1;

} // namespace

DutiesPage::DutiesPage(Clinic& clinic, std::int64_t patientId, QWidget* parent) : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("dutiesPage"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("dutiesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Assessed"), tr("Duty"), tr("Decision"), tr("Status"), tr("Follow-up")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto* newButton = new QPushButton(tr("New record…"));
    newButton->setObjectName(QStringLiteral("dutiesNewButton"));
    m_openButton = new QPushButton(tr("Open"));
    m_openButton->setObjectName(QStringLiteral("dutiesOpenButton"));
    m_followUpButton = new QPushButton(tr("Follow-up…"));
    m_followUpButton->setObjectName(QStringLiteral("dutiesFollowUpButton"));
    m_followUpButton->setToolTip(tr("Record what was done, and close the follow-up when it is finished"));
    connect(newButton, &QPushButton::clicked, this, &DutiesPage::newReportRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (auto id = selected()) {
            Q_EMIT openRequested(QStringLiteral("duty_report"), *id);
        }
    });
    connect(m_followUpButton, &QPushButton::clicked, this, &DutiesPage::addFollowUp);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRequested(QStringLiteral("duty_report"), item->data(0, IdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DutiesPage::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_followUpButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void DutiesPage::load()
{
    m_tree->clear();
    auto reports = DutyReports::forPatient(clinic(), patientId());
    if (!reports) {
        Q_EMIT errorOccurred(reports.error().message);
        updateButtons();
        return;
    }
    for (auto it = reports->crbegin(); it != reports->crend(); ++it) {
        const DutyReport& report = *it;
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, IdRole, QVariant::fromValue<qlonglong>(report.id));
        item->setData(0, FollowUpOpenRole, report.signedAt.has_value() && report.followUpOpen());
        item->setText(0, displaytime::date(report.content.assessedOn));
        item->setText(1, DutyReports::displayName(report.content.duty));
        item->setText(2, !report.content.decision                           ? QString()
                         : *report.content.decision == DutyDecision::Notify ? tr("Notify")
                                                                            : tr("Do not notify"));
        item->setText(3, report.signedAt ? tr("Signed") : tr("Draft"));
        item->setText(4, !report.content.followUpNeeded ? tr("None needed")
                         : report.followUpOpen()
                             ? tr("Open")
                             : tr("Closed %1").arg(displaytime::dateTime(*report.followUpClosedAt)));
    }
    updateButtons();
}

std::optional<std::int64_t> DutiesPage::selected() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? std::optional<std::int64_t>(item->data(0, IdRole).toLongLong()) : std::nullopt;
}

void DutiesPage::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_openButton->setEnabled(item != nullptr);
    m_followUpButton->setEnabled(item && item->data(0, FollowUpOpenRole).toBool());
}

void DutiesPage::addFollowUp()
{
    const auto id = selected();
    if (!id) {
        return;
    }
    auto* dialog = new FollowUpDialog(
        [this, reportId = *id](const QString& text, bool closes) {
            return DutyReports::addFollowUp(clinic(), reportId, text, closes);
        },
        true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RecordPage::recordChanged);
    dialog->open();
}

} // namespace forlop
