#include "clinician/forms/EligibilityPage.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/ClinicStaff.h"
#include "clinician/forms/EligibilityCriteriaForm.h"
#include "clinician/forms/EligibilityDecisionForm.h"
#include "clinician/forms/EligibilityOutcomeView.h"
#include "clinician/forms/FormParts.h"
#include "pathway/EligibilityAssessment.h"
#include "util/Clock.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

EligibilityPage::EligibilityPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("eligibilityPage"));
    m_status = FormParts::hint({}, QStringLiteral("eligibilityStatusLabel"));
    m_startButton = new QPushButton(tr("Start eligibility assessment"));
    m_startButton->setObjectName(QStringLiteral("startEligibilityButton"));
    connect(m_startButton, &QPushButton::clicked, this, &EligibilityPage::start);

    m_criteriaBox = FormParts::section(tr("Criteria"), QStringLiteral("criteriaBox"));
    m_criteria = new EligibilityCriteriaForm;
    (new QVBoxLayout(m_criteriaBox))->addWidget(m_criteria);
    m_decisionBox = FormParts::section(tr("Decision"), QStringLiteral("decisionBox"));
    new QVBoxLayout(m_decisionBox);

    m_saveButton = new QPushButton(tr("Save answers"));
    m_saveButton->setObjectName(QStringLiteral("saveEligibilityButton"));
    m_saveButton->setToolTip(tr("Save the answers and comments; the assessment stays open."));
    m_completeButton = new QPushButton(tr("Complete assessment"));
    m_completeButton->setObjectName(QStringLiteral("completeEligibilityButton"));
    m_completeButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (saveAnswers()) {
            FormParts::showDone(m_feedback, tr("Answers saved."));
        }
    });
    connect(m_completeButton, &QPushButton::clicked, this, &EligibilityPage::complete);
    m_feedback = FormParts::feedback(QStringLiteral("eligibilityFeedbackLabel"));
    m_buttons = new QWidget;
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_completeButton);

    auto* layout = FormParts::scrollingContent(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_startButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_criteriaBox);
    layout->addWidget(m_decisionBox);
    layout->addWidget(m_buttons);
    layout->addWidget(m_feedback);
    layout->addStretch(1);

    m_startButton->setVisible(false);
    m_criteriaBox->setVisible(false);
    m_decisionBox->setVisible(false);
    m_buttons->setVisible(false);
}

void EligibilityPage::load()
{
    FormParts::clear(m_feedback);
    m_startButton->setVisible(false);
    m_criteriaBox->setVisible(false);
    m_decisionBox->setVisible(false);
    m_buttons->setVisible(false);
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);

    auto state = FormParts::stateOf(clinic(), patientId());
    if (!state) {
        m_status->setText(state.error().message);
        Q_EMIT errorOccurred(state.error().message);
        return;
    }
    auto record = EligibilityAssessments::get(clinic(), patientId());
    if (!record) {
        if (record.error().code != ErrorCode::NotFound) {
            m_status->setText(record.error().message);
            Q_EMIT errorOccurred(record.error().message);
            return;
        }
        const bool waiting = *state == PatientState::Waiting;
        m_status->setText(waiting ? tr("No eligibility assessment yet. Starting it takes the patient off the waiting "
                                       "list.")
                                  : tr("No eligibility assessment. It can start once the patient is on the waiting "
                                       "list."));
        m_startButton->setVisible(waiting && mayWrite);
        return;
    }

    const auto names = ClinicStaff::names(clinic());
    m_criteria->setCriteria(record->criteria, record->responses);
    m_criteriaBox->setVisible(true);
    m_decisionBox->setVisible(true);
    if (record->completedAt) {
        m_status->setText(tr("This assessment is completed and can no longer be changed."));
        m_criteria->setReadOnly(true);
        std::optional<OnwardReferral> onward;
        if (record->onwardReferralId) {
            if (auto referrals = OnwardReferrals::list(clinic(), patientId())) {
                for (const OnwardReferral& referral : std::as_const(*referrals)) {
                    if (referral.id == *record->onwardReferralId) {
                        onward = referral;
                    }
                }
            }
        }
        m_outcome = new EligibilityOutcomeView;
        m_outcome->show(*record, onward, names.value(record->assessorId));
        setDecisionWidget(m_outcome);
        return;
    }
    const bool editable = mayWrite && *state == PatientState::Eligibility;
    //: %1 date and time, %2 the clinician
    m_status->setText(tr("Started %1 by %2. Answer every criterion; the decision by the criteria is shown below them.")
                          .arg(FormParts::dateTime(record->startedAt), names.value(record->assessorId)));
    showOpen(editable);
}

void EligibilityPage::showOpen(bool editable)
{
    m_criteria->setReadOnly(!editable);
    m_decision = new EligibilityDecisionForm(clinic().clock().today());
    m_decision->setEnabled(editable);
    m_decision->setDerived(m_criteria->derived());
    EligibilityDecisionForm* form = m_decision;
    connect(m_criteria, &EligibilityCriteriaForm::derivedChanged, form,
            [this, form] { form->setDerived(m_criteria->derived()); });
    setDecisionWidget(m_decision);
    m_buttons->setVisible(editable);
}

void EligibilityPage::setDecisionWidget(QWidget* widget)
{
    // One decision widget at a time: the form while open, the outcome once completed.
    QLayout* layout = m_decisionBox->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* old = item->widget(); old && old != widget) {
            old->hide(); // deleted later: it may be the sender of the signal being handled
            old->deleteLater();
        }
        delete item;
    }
    if (widget != m_decision) {
        m_decision = nullptr;
    }
    if (widget != m_outcome) {
        m_outcome = nullptr;
    }
    layout->addWidget(widget);
    widget->show(); // at once, not when the layout gets round to it
}

void EligibilityPage::start()
{
    if (auto started = EligibilityAssessments::start(clinic(), patientId()); !started) {
        FormParts::showError(m_feedback, started.error().message);
        Q_EMIT errorOccurred(started.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

bool EligibilityPage::saveAnswers()
{
    FormParts::clear(m_feedback);
    const QList<CriterionResponse> changed = m_criteria->changedResponses();
    for (const CriterionResponse& response : changed) {
        if (auto status = EligibilityAssessments::answer(clinic(), patientId(), response); !status) {
            FormParts::showError(m_feedback, status.error().message);
            return false;
        }
    }
    m_criteria->markSaved();
    return true;
}

void EligibilityPage::complete()
{
    if (!m_decision) {
        return;
    }
    if (const int left = m_criteria->unanswered(); left > 0) {
        FormParts::showError(m_feedback, tr("Answer every criterion before deciding: %n criterion(s) still "
                                            "unanswered.",
                                            nullptr, left));
        return;
    }
    if (!m_decision->decision()) {
        FormParts::showError(m_feedback, tr("Choose include or exclude."));
        return;
    }
    if (!saveAnswers()) {
        return;
    }
    if (auto status = EligibilityAssessments::complete(clinic(), patientId(), m_decision->conclusion()); !status) {
        FormParts::showError(m_feedback, status.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

} // namespace forlop
