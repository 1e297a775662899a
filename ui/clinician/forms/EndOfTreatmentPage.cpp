#include "clinician/forms/EndOfTreatmentPage.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/forms/FormParts.h"
#include "clinician/forms/OutcomeMeasuresTable.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/SessionLog.h"
#include "pathway/TreatmentPlan.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

EndOfTreatmentPage::EndOfTreatmentPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("endOfTreatmentPage"));
    const QDate today = clinic.clock().today();
    m_status = FormParts::hint({}, QStringLiteral("endStatusLabel"));

    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("endReasonCombo"));
    for (EndReason reason : EndOfTreatment::reasons()) {
        m_reason->addItem(EndOfTreatment::displayName(reason), EndOfTreatment::id(reason));
    }
    m_endedOn = FormParts::dateField(QStringLiteral("endedOnEdit"), today);
    m_sessions = new QLabel;
    m_sessions->setObjectName(QStringLiteral("sessionsDeliveredLabel"));
    m_shortfall = FormParts::notice(tr("Fewer than 16 sessions attended. Ending for a reason other than completion "
                                       "is allowed, and is counted in the fidelity figures as a departure from the "
                                       "national standard."),
                                    QStringLiteral("shortTreatmentNotice"));
    m_narrative = FormParts::textBox(QStringLiteral("endNarrativeEdit"), tr("The outcome in a few words"), 3);
    m_followUpPlanned = new QCheckBox(tr("Follow-up on"));
    m_followUpPlanned->setObjectName(QStringLiteral("followUpPlannedCheckBox"));
    m_followUpOn = new QDateEdit(today.addMonths(6));
    m_followUpOn->setObjectName(QStringLiteral("followUpDateEdit"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setDisplayFormat(FormParts::dateFormat());
    m_followUpOn->setEnabled(false);
    connect(m_followUpPlanned, &QCheckBox::toggled, m_followUpOn, &QDateEdit::setEnabled);
    m_endButton = new QPushButton(tr("End treatment"));
    m_endButton->setObjectName(QStringLiteral("endTreatmentButton"));
    m_feedback = FormParts::feedback(QStringLiteral("endFeedbackLabel"));
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EndOfTreatmentPage::updateShortfall);
    connect(m_endButton, &QPushButton::clicked, this, &EndOfTreatmentPage::end);

    auto* followUp = new QHBoxLayout;
    followUp->addWidget(m_followUpPlanned);
    followUp->addWidget(m_followUpOn);
    followUp->addStretch(1);
    m_endBox = FormParts::section(tr("End of treatment"), QStringLiteral("endBox"));
    m_endForm = new QFormLayout;
    m_endForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_endForm->addRow(tr("Reason"), m_reason);
    m_endForm->addRow(tr("Ended on"), m_endedOn);
    m_endForm->addRow(tr("Sessions delivered"), m_sessions);
    m_endForm->addRow(QString(), m_shortfall);
    m_endForm->addRow(tr("Outcome"), m_narrative);
    m_endForm->addRow(tr("Follow-up"), followUp);
    auto* endLayout = new QVBoxLayout(m_endBox);
    endLayout->addLayout(m_endForm);
    endLayout->addLayout(FormParts::buttonRow({m_endButton}));
    endLayout->addWidget(m_feedback);

    m_outcome = new OutcomeMeasuresTable;
    m_outcomeHint = FormParts::hint({}, QStringLiteral("outcomeHintLabel"));
    m_outcomeBox = FormParts::section(tr("Outcome measures"), QStringLiteral("outcomeBox"));
    auto* outcomeLayout = new QVBoxLayout(m_outcomeBox);
    outcomeLayout->addWidget(m_outcomeHint);
    outcomeLayout->addWidget(m_outcome);

    auto value = [](const QString& objectName) {
        auto* label = new QLabel;
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_endedReason = value(QStringLiteral("endedReasonLabel"));
    m_endedSessions = value(QStringLiteral("endedSessionsLabel"));
    m_endedFollowUp = value(QStringLiteral("endedFollowUpLabel"));
    m_endedNarrative = value(QStringLiteral("endedNarrativeLabel"));
    m_followUpStart = FormParts::dateField(QStringLiteral("followUpStartEdit"), today);
    m_followUpButton = new QPushButton(tr("Start follow-up"));
    m_followUpButton->setObjectName(QStringLiteral("startFollowUpButton"));
    m_followUpFeedback = FormParts::feedback(QStringLiteral("followUpFeedbackLabel"));
    connect(m_followUpButton, &QPushButton::clicked, this, &EndOfTreatmentPage::startFollowUp);
    m_followUpRow = new QWidget;
    auto* followRow = new QHBoxLayout(m_followUpRow);
    followRow->setContentsMargins(0, 0, 0, 0);
    followRow->addWidget(m_followUpStart);
    followRow->addWidget(m_followUpButton);
    followRow->addStretch(1);
    m_endedBox = FormParts::section(tr("Treatment ended"), QStringLiteral("endedBox"));
    m_endedForm = new QFormLayout;
    m_endedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_endedForm->addRow(tr("Ended"), m_endedReason);
    m_endedForm->addRow(tr("Sessions delivered"), m_endedSessions);
    m_endedForm->addRow(tr("Follow-up"), m_endedFollowUp);
    m_endedForm->addRow(tr("Outcome"), m_endedNarrative);
    m_endedForm->addRow(tr("Follow-up started"), m_followUpRow);
    auto* endedLayout = new QVBoxLayout(m_endedBox);
    endedLayout->addLayout(m_endedForm);
    endedLayout->addWidget(m_followUpFeedback);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    auto* left = new QVBoxLayout;
    left->addWidget(m_endBox);
    left->addWidget(m_endedBox);
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_outcomeBox);
    right->addStretch(1);
    columns->addLayout(right, 1);

    auto* layout = FormParts::scrollingContent(this);
    layout->addWidget(m_status);
    layout->addLayout(columns, 1);
}

void EndOfTreatmentPage::load()
{
    FormParts::clear(m_feedback);
    FormParts::clear(m_followUpFeedback);
    m_endBox->setVisible(false);
    m_endedBox->setVisible(false);
    m_outcomeBox->setVisible(false);
    auto state = FormParts::stateOf(clinic(), patientId());
    if (!state) {
        m_status->setText(state.error().message);
        Q_EMIT errorOccurred(state.error().message);
        return;
    }
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);
    if (*state == PatientState::Ended || *state == PatientState::FollowUp) {
        m_status->clear();
        loadEnded(mayWrite, *state == PatientState::FollowUp);
        loadOutcome(false);
        return;
    }
    const bool endable = PatientStates::canTransition(*state, PatientState::Ended);
    if (!endable || !mayWrite) {
        m_status->setText(tr("The treatment can be ended once the patient is included."));
        return;
    }
    m_status->setText(*state == PatientState::Treatment
                          ? tr("Record the end scores, then end the treatment. The end instruments become due then.")
                          : tr("The treatment has not started. Ending now closes the pathway before treatment."));
    auto tally = SessionLog::counts(clinic(), patientId());
    if (!tally) {
        Q_EMIT errorOccurred(tally.error().message);
        return;
    }
    m_attended = tally->attended;
    m_sessions->setText(tally->planned ? tr("%1 attended of %n planned", nullptr, *tally->planned).arg(tally->attended)
                                       : tr("%n attended, no plan", nullptr, tally->attended));
    const int completed = m_reason->findData(EndOfTreatment::id(EndReason::Completed));
    if (*state != PatientState::Treatment && m_reason->currentIndex() == completed) {
        m_reason->setCurrentIndex(m_reason->findData(EndOfTreatment::id(EndReason::DroppedOut)));
    }
    FormParts::setToday(m_endedOn, clinic().clock().today());
    m_followUpOn->setMinimumDate(clinic().clock().today());
    m_followUpOn->setDate(clinic().clock().today().addMonths(6));
    m_endBox->setVisible(true);
    updateShortfall();
    loadOutcome(*state == PatientState::Treatment);
}

void EndOfTreatmentPage::loadOutcome(bool editableEnd)
{
    auto versionId = AssessmentPackages::catalogueVersionOf(clinic().db(), patientId());
    if (!versionId || !*versionId) {
        return; // no package: nothing to compare
    }
    auto catalogue = InstrumentCatalogue::version(clinic().db(), **versionId);
    auto measures = EndOfTreatment::outcomeMeasures(clinic(), patientId());
    if (!catalogue || !measures) {
        Q_EMIT errorOccurred(!catalogue ? catalogue.error().message : measures.error().message);
        return;
    }
    m_outcome->setMeasures(*measures, *catalogue, editableEnd);
    m_outcomeHint->setText(editableEnd ? tr("Scores at intake and at the end of treatment. Type the end scores not "
                                            "yet recorded; they are recorded with the end of treatment.")
                                       : tr("Scores at intake and at the end of treatment, from the assessment "
                                            "package."));
    m_outcomeBox->setVisible(true);
}

void EndOfTreatmentPage::loadEnded(bool mayWrite, bool followingUp)
{
    auto record = EndOfTreatment::get(clinic(), patientId());
    if (!record) {
        Q_EMIT errorOccurred(record.error().message);
        return;
    }
    //: %1 date, %2 reason
    m_endedReason->setText(
        tr("%1: %2").arg(FormParts::date(record->endedOn), EndOfTreatment::displayName(record->reason)));
    QString sessions =
        record->plannedSessions
            ? tr("%1 attended of %n planned", nullptr, *record->plannedSessions).arg(record->sessionsAttended)
            : tr("%n attended, no plan", nullptr, record->sessionsAttended);
    if (record->sessionsAttended < TreatmentPlans::RecommendedMinimum && record->reason != EndReason::Completed) {
        sessions = tr("%1. Counted in the fidelity figures: fewer than 16 sessions.").arg(sessions);
    }
    m_endedSessions->setText(sessions);
    m_endedFollowUp->setText(record->followUpOn ? tr("Planned on %1").arg(FormParts::date(*record->followUpOn))
                                                : tr("Not planned"));
    m_endedNarrative->setText(record->narrative);
    m_endedForm->setRowVisible(m_endedNarrative, !record->narrative.isEmpty());
    const QDate today = clinic().clock().today();
    FormParts::setToday(m_followUpStart, today);
    if (record->followUpOn && *record->followUpOn <= today && *record->followUpOn >= record->endedOn) {
        m_followUpStart->setDate(*record->followUpOn);
    }
    m_endedForm->setRowVisible(m_followUpRow, mayWrite && !followingUp);
    m_status->setText(followingUp ? tr("The patient is in follow-up.") : QString());
    m_endedBox->setVisible(true);
}

void EndOfTreatmentPage::updateShortfall()
{
    const bool completed = m_reason->currentData().toString() == EndOfTreatment::id(EndReason::Completed);
    m_endForm->setRowVisible(m_shortfall, !completed && m_attended < TreatmentPlans::RecommendedMinimum);
}

void EndOfTreatmentPage::end()
{
    auto scores = m_outcome->typedEndScores(m_endedOn->date());
    if (!scores) {
        FormParts::showError(m_feedback, scores.error().message);
        return;
    }
    // The end scores first: they belong to the treatment, and core accepts them while it runs.
    for (const InstrumentEntry& entry : std::as_const(*scores)) {
        if (auto status = AssessmentPackages::record(clinic(), patientId(), entry); !status) {
            FormParts::showError(m_feedback, status.error().message);
            return;
        }
    }
    EndInput input;
    input.reason = EndOfTreatment::reasonFromId(m_reason->currentData().toString()).value_or(EndReason::Other);
    input.endedOn = m_endedOn->date();
    input.narrative = m_narrative->toPlainText().trimmed();
    if (m_followUpPlanned->isChecked()) {
        input.followUpOn = m_followUpOn->date();
    }
    if (auto status = EndOfTreatment::end(clinic(), patientId(), input); !status) {
        if (!scores->isEmpty()) {
            Q_EMIT recordChanged(); // the end scores were recorded: show them (this reloads the page)
        }
        FormParts::showError(m_feedback, status.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

void EndOfTreatmentPage::startFollowUp()
{
    if (auto status = EndOfTreatment::startFollowUp(clinic(), patientId(), m_followUpStart->date()); !status) {
        FormParts::showError(m_followUpFeedback, status.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

} // namespace forlop
