#include "clinician/DisplayTime.h"
#include "clinician/DutyReportDialog.h"

#include "accounts/UserAdmin.h"
#include "clinic/Clinic.h"
#include "clinician/SignDialog.h"
#include "pathway/Signer.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace forlop {

namespace {

QPlainTextEdit* textBox(const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDateEdit* dateBox(const QString& objectName, const QDate& today)
{
    auto* edit = new QDateEdit(today);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

// One form for every section, so the labels of all sections line up; a section starts with a bold heading.
void addSection(QFormLayout* form, const QString& title, bool first = false)
{
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, first ? 0 : 14, 0, 2);
    form->addRow(heading);
}

template <typename T>
std::optional<T> chosen(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<T>(static_cast<T>(data.toInt())) : std::nullopt;
}

template <typename T>
void choose(QComboBox* combo, const std::optional<T>& value)
{
    const int index = value ? combo->findData(static_cast<int>(*value)) : combo->findData(QVariant());
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

DutyReportDialog::DutyReportDialog(Clinic& clinic, std::int64_t patientId, const QString& patientLabel,
                                   std::optional<std::int64_t> reportId, QWidget* parent)
    : QDialog(parent, Qt::Window)
    , m_clinic(clinic)
    , m_patientId(patientId)
    , m_patientLabel(patientLabel)
    , m_reportId(reportId)
{
    setObjectName(QStringLiteral("dutyReportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Duty to report – %1").arg(patientLabel));

    auto* title = new QLabel(tr("Assessment of the duty to report"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* patient = new QLabel(patientLabel);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dutyStatusLabel"));
    m_status->setWordWrap(true);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = buildForm();
    scroll->setWidget(m_form);

    m_saveButton = new QPushButton(tr("Save draft"));
    m_saveButton->setObjectName(QStringLiteral("dutySaveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &DutyReportDialog::saveDraft);
    m_signButton = new QPushButton(tr("Sign…"));
    m_signButton->setObjectName(QStringLiteral("dutySignButton"));
    connect(m_signButton, &QPushButton::clicked, this, &DutyReportDialog::startSigning);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("dutyCloseButton"));
    connect(close, &QPushButton::clicked, this, &DutyReportDialog::close);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(patient, 0, Qt::AlignBaseline);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    resize(760, 700);

    if (m_reportId) {
        if (auto report = DutyReports::get(clinic, *m_reportId)) {
            load(*report);
        } else {
            showStatus(report.error().message, true);
            m_form->setEnabled(false);
            m_saveButton->setEnabled(false);
            m_signButton->setEnabled(false);
        }
    } else {
        showStatus(tr("New record. Fill in every field, then sign it with your password."));
    }
    updateReminder();
    updateEnabled();
}

DutyReportDialog::~DutyReportDialog()
{
    if (m_dirty) {
        (void)saveDraft();
    }
}

QWidget* DutyReportDialog::buildForm()
{
    const QDate today = m_clinic.clock().today();
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setHorizontalSpacing(12);
    auto* dutyForm = layout;
    auto* groundsForm = layout;
    auto* decisionForm = layout;
    auto* notificationForm = layout;
    auto* afterForm = layout;

    addSection(layout, tr("The duty"), true);
    m_duty = new QComboBox;
    m_duty->setObjectName(QStringLiteral("dutyKindCombo"));
    for (Duty duty : {Duty::ChildWelfare, Duty::Avert, Duty::Other}) {
        m_duty->addItem(DutyReports::displayName(duty), static_cast<int>(duty));
    }
    m_reminder = new QLabel;
    m_reminder->setObjectName(QStringLiteral("dutyReminderLabel"));
    m_reminder->setWordWrap(true);
    m_reminder->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #4d2c00; padding: 8px; "
                                             "border: 1px solid #f0c36d; border-radius: 3px; }"));
    m_reminder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    dutyForm->addRow(tr("Duty:"), m_duty);
    dutyForm->addRow(QString(), m_reminder);

    addSection(layout, tr("Grounds and assessment"));
    m_trigger = textBox(QStringLiteral("dutyTriggerEdit"), 3);
    m_occurredOn = dateBox(QStringLiteral("dutyOccurredOnEdit"), today);
    m_assessedOn = dateBox(QStringLiteral("dutyAssessedOnEdit"), today);
    m_assessment = textBox(QStringLiteral("dutyAssessmentEdit"), 4);
    groundsForm->addRow(tr("What gave rise to it:"), m_trigger);
    groundsForm->addRow(tr("When it happened:"), m_occurredOn);
    groundsForm->addRow(tr("Assessed on:"), m_assessedOn);
    groundsForm->addRow(tr("Assessment:"), m_assessment);

    addSection(layout, tr("Decision"));
    m_decision = new QButtonGroup(this);
    auto* notify = new QRadioButton(tr("Notify"));
    notify->setObjectName(QStringLiteral("dutyNotifyRadio"));
    auto* notNotify = new QRadioButton(tr("Do not notify"));
    notNotify->setObjectName(QStringLiteral("dutyNotNotifyRadio"));
    m_decision->addButton(notify, static_cast<int>(DutyDecision::Notify));
    m_decision->addButton(notNotify, static_cast<int>(DutyDecision::NotNotify));
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(notify);
    decisionRow->addWidget(notNotify);
    decisionRow->addStretch(1);
    m_decisionReason = textBox(QStringLiteral("dutyDecisionReasonEdit"), 3);
    m_consulted = new QComboBox;
    m_consulted->setObjectName(QStringLiteral("dutyConsultedCombo"));
    m_consulted->addItem(tr("Someone outside this clinic (name below)"));
    if (auto staff = UserAdmin::list(m_clinic)) {
        for (const UserSummary& summary : std::as_const(*staff)) {
            const User& user = summary.user;
            const bool clinical = user.roles.testFlag(Role::Clinician) || user.roles.testFlag(Role::UnitLeader);
            if (user.active && clinical && user.id != m_clinic.session().userId) {
                m_consulted->addItem(user.fullName.isEmpty() ? user.name : user.fullName,
                                     QVariant::fromValue<qlonglong>(user.id));
            }
        }
    }
    m_consultedOther = new QLineEdit;
    m_consultedOther->setObjectName(QStringLiteral("dutyConsultedOtherEdit"));
    m_consultedOther->setPlaceholderText(tr("Name and role"));
    m_consultedOn = dateBox(QStringLiteral("dutyConsultedOnEdit"), today);
    decisionForm->addRow(tr("Decision:"), decisionRow);
    decisionForm->addRow(tr("Reason:"), m_decisionReason);
    decisionForm->addRow(tr("Colleague or leader consulted:"), m_consulted);
    decisionForm->addRow(QString(), m_consultedOther);
    decisionForm->addRow(tr("Consulted on:"), m_consultedOn);

    addSection(layout, tr("Notification"));
    m_recipient = new QComboBox;
    m_recipient->setObjectName(QStringLiteral("dutyRecipientCombo"));
    m_recipient->addItem(tr("Choose…"));
    for (DutyRecipient recipient :
         {DutyRecipient::ChildWelfare, DutyRecipient::Police, DutyRecipient::Emergency, DutyRecipient::Other}) {
        m_recipient->addItem(DutyReports::displayName(recipient), static_cast<int>(recipient));
    }
    m_recipientDetail = new QLineEdit;
    m_recipientDetail->setObjectName(QStringLiteral("dutyRecipientDetailEdit"));
    m_recipientDetail->setPlaceholderText(tr("Which office, and whom you spoke to"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("dutyChannelCombo"));
    m_channel->addItem(tr("Choose…"));
    m_channel->addItem(tr("Phone"), static_cast<int>(NotificationChannel::Phone));
    m_channel->addItem(tr("Letter"), static_cast<int>(NotificationChannel::Letter));
    m_channel->addItem(tr("In person"), static_cast<int>(NotificationChannel::InPerson));
    m_channel->addItem(tr("Electronic message"), static_cast<int>(NotificationChannel::Electronic));
    m_notifiedOn = dateBox(QStringLiteral("dutyNotifiedOnEdit"), today);
    notificationForm->addRow(tr("Recipient:"), m_recipient);
    notificationForm->addRow(tr("Whom exactly:"), m_recipientDetail);
    notificationForm->addRow(tr("How:"), m_channel);
    notificationForm->addRow(tr("Notified on:"), m_notifiedOn);

    addSection(layout, tr("The patient and follow-up"));
    m_patientInformed = new QComboBox;
    m_patientInformed->setObjectName(QStringLiteral("dutyPatientInformedCombo"));
    m_patientInformed->addItem(tr("Choose…"));
    m_patientInformed->addItem(tr("Yes"), static_cast<int>(PatientInformed::Yes));
    m_patientInformed->addItem(tr("No"), static_cast<int>(PatientInformed::No));
    m_patientInformed->addItem(tr("Not yet"), static_cast<int>(PatientInformed::NotYet));
    m_followUpNeeded = new QCheckBox(tr("Needs follow-up (listed in My day until closed)"));
    m_followUpNeeded->setObjectName(QStringLiteral("dutyFollowUpCheck"));
    m_followUpPlan = textBox(QStringLiteral("dutyFollowUpPlanEdit"), 2);
    afterForm->addRow(tr("Patient told:"), m_patientInformed);
    afterForm->addRow(QString(), m_followUpNeeded);
    afterForm->addRow(tr("Follow-up plan:"), m_followUpPlan);

    connect(m_duty, &QComboBox::currentIndexChanged, this, &DutyReportDialog::updateReminder);
    connect(m_decision, &QButtonGroup::idClicked, this, &DutyReportDialog::updateEnabled);
    connect(m_consulted, &QComboBox::currentIndexChanged, this, &DutyReportDialog::updateEnabled);
    connect(m_followUpNeeded, &QCheckBox::toggled, this, &DutyReportDialog::updateEnabled);
    for (QPlainTextEdit* edit : {m_trigger, m_assessment, m_decisionReason, m_followUpPlan}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &DutyReportDialog::markDirty);
    }
    for (QLineEdit* edit : {m_consultedOther, m_recipientDetail}) {
        connect(edit, &QLineEdit::textChanged, this, &DutyReportDialog::markDirty);
    }
    for (QComboBox* combo : {m_duty, m_consulted, m_recipient, m_channel, m_patientInformed}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DutyReportDialog::markDirty);
    }
    for (QDateEdit* edit : {m_occurredOn, m_assessedOn, m_consultedOn, m_notifiedOn}) {
        connect(edit, &QDateEdit::dateChanged, this, &DutyReportDialog::markDirty);
    }
    connect(m_decision, &QButtonGroup::idClicked, this, &DutyReportDialog::markDirty);
    connect(m_followUpNeeded, &QCheckBox::toggled, this, &DutyReportDialog::markDirty);
    return form;
}

void DutyReportDialog::markDirty()
{
    if (!m_loading && !m_signed) {
        m_dirty = true;
    }
}

void DutyReportDialog::updateReminder()
{
    m_reminder->setText(DutyReports::reminder(static_cast<Duty>(m_duty->currentData().toInt())));
}

void DutyReportDialog::updateEnabled()
{
    const bool notify = m_decision->checkedId() == static_cast<int>(DutyDecision::Notify);
    for (QWidget* field : {static_cast<QWidget*>(m_recipient), static_cast<QWidget*>(m_recipientDetail),
                           static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_notifiedOn)}) {
        field->setEnabled(notify);
    }
    m_consultedOther->setEnabled(!m_consulted->currentData().isValid());
    m_followUpPlan->setEnabled(m_followUpNeeded->isChecked());
}

DutyReportInput DutyReportDialog::input() const
{
    DutyReportInput in;
    in.duty = static_cast<Duty>(m_duty->currentData().toInt());
    in.trigger = m_trigger->toPlainText();
    in.occurredOn = m_occurredOn->date();
    in.assessedOn = m_assessedOn->date();
    in.assessment = m_assessment->toPlainText();
    if (m_decision->checkedId() >= 0) {
        in.decision = static_cast<DutyDecision>(m_decision->checkedId());
    }
    in.decisionReason = m_decisionReason->toPlainText();
    if (const QVariant consulted = m_consulted->currentData(); consulted.isValid()) {
        in.consultedUserId = consulted.toLongLong();
    } else {
        in.consultedOther = m_consultedOther->text().trimmed();
    }
    in.consultedOn = m_consultedOn->date();
    if (in.decision == DutyDecision::Notify) {
        in.recipient = chosen<DutyRecipient>(m_recipient);
        in.recipientDetail = m_recipientDetail->text().trimmed();
        in.channel = chosen<NotificationChannel>(m_channel);
        in.notifiedOn = m_notifiedOn->date();
    }
    in.patientInformed = chosen<PatientInformed>(m_patientInformed);
    in.followUpNeeded = m_followUpNeeded->isChecked();
    in.followUpPlan = in.followUpNeeded ? m_followUpPlan->toPlainText() : QString();
    return in;
}

void DutyReportDialog::load(const DutyReport& report)
{
    m_loading = true;
    const DutyReportInput& in = report.content;
    m_duty->setCurrentIndex(m_duty->findData(static_cast<int>(in.duty)));
    m_trigger->setPlainText(in.trigger);
    m_occurredOn->setDate(in.occurredOn);
    m_assessedOn->setDate(in.assessedOn);
    m_assessment->setPlainText(in.assessment);
    if (in.decision) {
        m_decision->button(static_cast<int>(*in.decision))->setChecked(true);
    }
    m_decisionReason->setPlainText(in.decisionReason);
    if (in.consultedUserId) {
        const int index = m_consulted->findData(QVariant::fromValue<qlonglong>(*in.consultedUserId));
        m_consulted->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_consultedOther->setText(in.consultedOther);
    if (in.consultedOn) {
        m_consultedOn->setDate(*in.consultedOn);
    }
    choose(m_recipient, in.recipient);
    m_recipientDetail->setText(in.recipientDetail);
    choose(m_channel, in.channel);
    if (in.notifiedOn) {
        m_notifiedOn->setDate(*in.notifiedOn);
    }
    choose(m_patientInformed, in.patientInformed);
    m_followUpNeeded->setChecked(in.followUpNeeded);
    m_followUpPlan->setPlainText(in.followUpPlan);
    m_loading = false;

    m_signed = report.signedAt.has_value();
    if (m_signed) {
        m_form->setEnabled(false);
        m_saveButton->setVisible(false);
        m_signButton->setVisible(false);
        const QString when = displaytime::dateTime(*report.signedAt);
        showStatus(!report.content.followUpNeeded ? tr("Signed %1. A signed record cannot be changed.").arg(when)
                   : report.followUpOpen()
                       ? tr("Signed %1. The follow-up is open; close it from the record's Duties page.").arg(when)
                       : tr("Signed %1. The follow-up is closed.").arg(when));
    } else {
        showStatus(tr("Draft, last saved %1.")
                       .arg(displaytime::dateTime(report.updatedAt)));
    }
}

void DutyReportDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

bool DutyReportDialog::saveDraft()
{
    if (m_signed || !m_dirty) {
        return true;
    }
    const DutyReportInput in = input();
    if (m_reportId) {
        if (auto status = DutyReports::updateDraft(m_clinic, *m_reportId, in); !status) {
            showStatus(tr("The draft could not be saved: %1").arg(status.error().message), true);
            return false;
        }
    } else {
        auto created = DutyReports::createDraft(m_clinic, m_patientId, in);
        if (!created) {
            showStatus(tr("The draft could not be saved: %1").arg(created.error().message), true);
            return false;
        }
        m_reportId = *created;
    }
    m_dirty = false;
    showStatus(tr("Draft saved %1.").arg(displaytime::time(m_clinic.clock().now())));
    Q_EMIT reportChanged();
    return true;
}

void DutyReportDialog::startSigning()
{
    if (!saveDraft()) {
        return;
    }
    // The completeness rule first, so a missing field is named before the password is asked for.
    if (auto complete = DutyReports::checkComplete(input(), m_clinic.clock().today()); !complete) {
        showStatus(complete.error().message, true);
        return;
    }
    if (!m_reportId) {
        return;
    }
    auto* dialog = new SignDialog(
        tr("Sign the duty-to-report record for %1.").arg(m_patientLabel),
        [this](const QByteArray& password) -> Status {
            auto signer = Signer::confirm(m_clinic, password);
            if (!signer) {
                return std::unexpected(signer.error());
            }
            return DutyReports::sign(m_clinic, *m_reportId, *signer);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (auto report = DutyReports::get(m_clinic, *m_reportId)) {
            load(*report);
        }
        Q_EMIT reportChanged();
    });
    dialog->open();
}

void DutyReportDialog::reject()
{
    (void)saveDraft();
    QDialog::reject();
}

void DutyReportDialog::closeEvent(QCloseEvent* event)
{
    if (m_dirty && !saveDraft()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace forlop
