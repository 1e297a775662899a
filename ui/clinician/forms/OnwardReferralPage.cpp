#include "clinician/forms/OnwardReferralPage.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/forms/FormParts.h"
#include "clinician/forms/OnwardReferralEditor.h"
#include "clinician/forms/UnmetNeedsBox.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

OnwardReferralPage::OnwardReferralPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("onwardReferralPage"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("onwardReferralList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("To"), tr("Service"), tr("Why"), tr("Status")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->setMinimumHeight(110);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OnwardReferralPage::updateSelection);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("referralStatusCombo"));
    for (OnwardStatus status : {OnwardStatus::Planned, OnwardStatus::Sent, OnwardStatus::Accepted,
                                OnwardStatus::Declined, OnwardStatus::Cancelled}) {
        m_status->addItem(OnwardReferrals::displayName(status), OnwardReferrals::id(status));
    }
    m_statusButton = new QPushButton(tr("Set status"));
    m_statusButton->setObjectName(QStringLiteral("setReferralStatusButton"));
    connect(m_statusButton, &QPushButton::clicked, this, &OnwardReferralPage::changeStatus);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status of the selected referral")));
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_statusButton);
    statusRow->addStretch(1);

    m_editor = new OnwardReferralEditor(clinic.clock().today());
    m_addButton = new QPushButton(tr("Add onward referral"));
    m_addButton->setObjectName(QStringLiteral("addOnwardReferralButton"));
    connect(m_addButton, &QPushButton::clicked, this, &OnwardReferralPage::add);
    m_feedback = FormParts::feedback(QStringLiteral("onwardFeedbackLabel"));

    auto* referrals = FormParts::section(tr("Onward referrals"), QStringLiteral("onwardReferralsBox"));
    auto* referralsLayout = new QVBoxLayout(referrals);
    referralsLayout->addWidget(m_list);
    referralsLayout->addLayout(statusRow);
    auto* added = FormParts::section(tr("New onward referral"), QStringLiteral("newOnwardReferralBox"));
    auto* addedLayout = new QVBoxLayout(added);
    addedLayout->addWidget(m_editor);
    addedLayout->addLayout(FormParts::buttonRow({m_addButton}));
    addedLayout->addWidget(m_feedback);

    m_needs = new UnmetNeedsBox(clinic, patientId);
    connect(m_needs, &UnmetNeedsBox::changed, this, &RecordPage::recordChanged);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    auto* left = new QVBoxLayout;
    left->addWidget(referrals, 1);
    left->addWidget(added);
    columns->addLayout(left, 1);
    columns->addWidget(m_needs, 1);

    auto* layout = FormParts::scrollingContent(this);
    layout->addLayout(columns, 1);
}

void OnwardReferralPage::load()
{
    FormParts::clear(m_feedback);
    m_list->clear();
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);
    m_editor->setEnabled(mayWrite);
    m_editor->reset(clinic().clock().today());
    m_addButton->setEnabled(mayWrite);
    auto referrals = OnwardReferrals::list(clinic(), patientId());
    if (!referrals) {
        m_referrals.clear();
        Q_EMIT errorOccurred(referrals.error().message);
    } else {
        m_referrals = *referrals;
        for (const OnwardReferral& referral : std::as_const(m_referrals)) {
            auto* item = new QTreeWidgetItem(
                {FormParts::date(referral.referredOn), OnwardReferrals::displayName(referral.recipient),
                 referral.recipientDetail, referral.reason, OnwardReferrals::displayName(referral.status)});
            item->setToolTip(3, referral.reason);
            m_list->addTopLevelItem(item);
        }
    }
    updateSelection();
    if (const QString error = m_needs->load(); !error.isEmpty()) {
        Q_EMIT errorOccurred(error);
    }
}

void OnwardReferralPage::updateSelection()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const bool selected = row >= 0 && row < m_referrals.size();
    if (selected) {
        m_status->setCurrentIndex(m_status->findData(OnwardReferrals::id(m_referrals.at(row).status)));
    }
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);
    m_status->setEnabled(selected && mayWrite);
    m_statusButton->setEnabled(selected && mayWrite);
}

void OnwardReferralPage::add()
{
    auto id = OnwardReferrals::create(clinic(), patientId(), m_editor->referral());
    if (!id) {
        FormParts::showError(m_feedback, id.error().message);
        return;
    }
    m_editor->clear();
    Q_EMIT recordChanged();
}

void OnwardReferralPage::changeStatus()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_referrals.size()) {
        return;
    }
    const auto status = OnwardReferrals::statusFromId(m_status->currentData().toString());
    if (!status) {
        return;
    }
    if (auto changed = OnwardReferrals::setStatus(clinic(), m_referrals.at(row).id, *status); !changed) {
        FormParts::showError(m_feedback, changed.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

} // namespace forlop
