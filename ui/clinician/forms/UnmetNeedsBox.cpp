#include "clinician/forms/UnmetNeedsBox.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/forms/FormParts.h"
#include "clinician/forms/OnwardChoiceEditor.h"
#include "pathway/OnwardReferral.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

QString resolutionText(const UnmetNeed& need)
{
    switch (need.resolution) {
    case NeedResolution::Open:
        return UnmetNeedsBox::tr("Open: refer onward or record why not");
    case NeedResolution::Referred:
        return UnmetNeedsBox::tr("Referred onward");
    case NeedResolution::ReasonRecorded:
        return UnmetNeedsBox::tr("No referral: %1").arg(need.noReferralReason);
    }
    return {};
}

} // namespace

UnmetNeedsBox::UnmetNeedsBox(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : QGroupBox(tr("Unmet needs"), parent), m_clinic(clinic), m_patientId(patientId)
{
    setObjectName(QStringLiteral("unmetNeedsBox"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("unmetNeedsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Found"), tr("Need"), tr("Follow-up")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setMinimumHeight(90);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &UnmetNeedsBox::updateSelection);

    const QDate today = clinic.clock().today();
    m_foundOn = FormParts::dateField(QStringLiteral("needFoundOnEdit"), today);
    m_description = FormParts::textBox(QStringLiteral("needDescriptionEdit"), tr("The need, e.g. substance use"), 2);
    m_addButton = new QPushButton(tr("Add need"));
    m_addButton->setObjectName(QStringLiteral("addNeedButton"));
    connect(m_addButton, &QPushButton::clicked, this, &UnmetNeedsBox::addNeed);
    auto* foundRow = new QHBoxLayout;
    foundRow->addWidget(m_foundOn);
    foundRow->addStretch(1);
    auto* addForm = new QFormLayout;
    addForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addForm->addRow(tr("New need"), m_description);
    addForm->addRow(tr("Found on"), foundRow);
    addForm->addRow(QString(), FormParts::buttonRow({m_addButton}));

    m_followUpTitle = FormParts::heading({});
    m_choice = new OnwardChoiceEditor(today);
    m_followUpButton = new QPushButton(tr("Record follow-up"));
    m_followUpButton->setObjectName(QStringLiteral("followUpNeedButton"));
    connect(m_followUpButton, &QPushButton::clicked, this, &UnmetNeedsBox::followUp);
    m_followUpBox = new QWidget;
    m_followUpBox->setObjectName(QStringLiteral("needFollowUpBox"));
    auto* followLayout = new QVBoxLayout(m_followUpBox);
    followLayout->setContentsMargins(0, 0, 0, 0);
    followLayout->addWidget(m_followUpTitle);
    followLayout->addWidget(m_choice);
    followLayout->addLayout(FormParts::buttonRow({m_followUpButton}));
    m_feedback = FormParts::feedback(QStringLiteral("needFeedbackLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(FormParts::hint(tr("A need left without an onward referral or a recorded reason counts as a "
                                         "departure from the national standard.")));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_followUpBox);
    layout->addWidget(FormParts::heading(tr("Record a need")));
    layout->addLayout(addForm);
    layout->addWidget(m_feedback);
    m_followUpBox->setVisible(false);
}

QString UnmetNeedsBox::load()
{
    m_list->clear();
    const bool mayWrite = Policy::allows(m_clinic.session(), Permission::WriteClinical);
    m_description->setEnabled(mayWrite);
    m_foundOn->setEnabled(mayWrite);
    m_addButton->setEnabled(mayWrite);
    FormParts::setToday(m_foundOn, m_clinic.clock().today());
    auto needs = UnmetNeeds::forPatient(m_clinic, m_patientId);
    if (!needs) {
        m_needs.clear();
        return needs.error().message;
    }
    m_needs = *needs;
    for (const UnmetNeed& need : std::as_const(m_needs)) {
        auto* item = new QTreeWidgetItem({FormParts::date(need.foundOn), need.description, resolutionText(need)});
        item->setToolTip(1, need.description);
        item->setToolTip(2, item->text(2));
        if (need.resolution == NeedResolution::Open) {
            item->setForeground(2, QColor(0xa3, 0x15, 0x15));
        }
        m_list->addTopLevelItem(item);
    }
    updateSelection();
    return {};
}

void UnmetNeedsBox::updateSelection()
{
    const int row = m_list->currentItem() && m_list->currentItem()->isSelected()
                        ? m_list->indexOfTopLevelItem(m_list->currentItem())
                        : -1;
    const bool open = row >= 0 && row < m_needs.size() && m_needs.at(row).resolution == NeedResolution::Open &&
                      Policy::allows(m_clinic.session(), Permission::WriteClinical);
    if (open) {
        m_followUpTitle->setText(tr("Follow up the need: %1").arg(m_needs.at(row).description));
        m_choice->reset(m_clinic.clock().today());
    }
    m_followUpBox->setVisible(open);
}

void UnmetNeedsBox::addNeed()
{
    auto id = UnmetNeeds::record(m_clinic, m_patientId, m_foundOn->date(), m_description->toPlainText());
    if (!id) {
        FormParts::showError(m_feedback, id.error().message);
        return;
    }
    m_description->clear();
    FormParts::clear(m_feedback);
    Q_EMIT changed();
}

void UnmetNeedsBox::followUp()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_needs.size()) {
        return;
    }
    const UnmetNeed& need = m_needs.at(row);
    const OnwardChoice choice = m_choice->choice();
    if (auto status = OnwardReferrals::validateChoice(choice, m_clinic.clock().today()); !status) {
        FormParts::showError(m_feedback, status.error().message);
        return;
    }
    Status status;
    if (choice.referral) {
        // Two steps in core: the referral, then the need linked to it. The need was checked open above.
        auto referralId = OnwardReferrals::create(m_clinic, m_patientId, *choice.referral);
        status = referralId ? UnmetNeeds::resolveWithReferral(m_clinic, need.id, *referralId)
                            : Status(std::unexpected(referralId.error()));
    } else {
        status = UnmetNeeds::resolveWithReason(m_clinic, need.id, choice.noReferralReason);
    }
    if (!status) {
        FormParts::showError(m_feedback, status.error().message);
        return;
    }
    FormParts::clear(m_feedback);
    Q_EMIT changed();
}

} // namespace forlop
