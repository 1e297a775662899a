#include "clinician/forms/TreatmentPlanPage.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/forms/FormParts.h"
#include "clinician/forms/SessionProgressBar.h"
#include "clinician/forms/SessionThemesEditor.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/SessionLog.h"
#include "pathway/TreatmentPlan.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace forlop {

namespace {

constexpr int SpinMaximum = 30;

QLabel* count(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    return label;
}

} // namespace

TreatmentPlanPage::TreatmentPlanPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("treatmentPlanPage"));
    m_status = FormParts::hint({}, QStringLiteral("planStatusLabel"));

    // The plan.
    m_sessions = new QSpinBox;
    m_sessions->setObjectName(QStringLiteral("plannedSessionsSpinBox"));
    m_sessions->setRange(1, SpinMaximum);
    m_sessions->setValue(TreatmentPlans::DefaultSessions);
    m_outsideNotice = FormParts::notice(tr("Outside the national advice of 16–20 sessions. Write why: the plan is "
                                           "recorded as a departure from the national standard (a deviation)."),
                                        QStringLiteral("planOutsideNotice"));
    m_outsideReason = FormParts::textBox(QStringLiteral("planOutsideReasonEdit"),
                                         tr("Why this patient needs another number of sessions"), 2);
    m_themes = new SessionThemesEditor;
    m_themes->setMinimumHeight(200);
    m_saveButton = new QPushButton(tr("Save plan"));
    m_saveButton->setObjectName(QStringLiteral("savePlanButton"));
    m_feedback = FormParts::feedback(QStringLiteral("planFeedbackLabel"));
    connect(m_sessions, &QSpinBox::valueChanged, this, &TreatmentPlanPage::updateRange);
    connect(m_saveButton, &QPushButton::clicked, this, &TreatmentPlanPage::save);

    auto* sessionsRow = new QHBoxLayout;
    sessionsRow->addWidget(m_sessions);
    sessionsRow->addWidget(FormParts::hint(tr("The national advice is 16 to 20 sessions (default 16).")), 1);
    auto* outside = new QWidget;
    outside->setObjectName(QStringLiteral("planOutsideBox"));
    auto* outsideLayout = new QVBoxLayout(outside);
    outsideLayout->setContentsMargins(0, 0, 0, 0);
    outsideLayout->addWidget(m_outsideNotice);
    outsideLayout->addWidget(m_outsideReason);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Planned sessions"), sessionsRow);
    form->addRow(QString(), outside);
    m_planBox = FormParts::section(tr("Plan"), QStringLiteral("planBox"));
    auto* planLayout = new QVBoxLayout(m_planBox);
    planLayout->addLayout(form);
    planLayout->addWidget(m_themes, 1);
    planLayout->addLayout(FormParts::buttonRow({m_saveButton}));
    planLayout->addWidget(m_feedback);

    // The sessions so far.
    m_progress = new SessionProgressBar;
    m_attended = count(QStringLiteral("attendedLabel"));
    m_cancelledByPatient = count(QStringLiteral("cancelledByPatientLabel"));
    m_cancelledByClinic = count(QStringLiteral("cancelledByClinicLabel"));
    m_noShows = count(QStringLiteral("noShowLabel"));
    m_countsBox = FormParts::section(tr("Treatment sessions"), QStringLiteral("sessionCountsBox"));
    auto* counts = new QFormLayout(m_countsBox);
    counts->addRow(tr("Attended"), m_attended);
    counts->addRow(QString(), m_progress);
    counts->addRow(QString(), FormParts::hint(tr("Shaded: the national advice of 16–20 sessions. Line: the plan.")));
    counts->addRow(tr("Cancelled by the patient"), m_cancelledByPatient);
    counts->addRow(tr("Cancelled by the clinic"), m_cancelledByClinic);
    counts->addRow(tr("Did not attend"), m_noShows);

    // The start of treatment.
    m_packageNotice = FormParts::notice(tr("Intake instruments are neither completed nor declined. Starting "
                                           "treatment now is recorded as a departure from the national standard: "
                                           "write why."),
                                        QStringLiteral("packageIncompleteNotice"));
    m_packageReason = FormParts::textBox(QStringLiteral("packageIncompleteReasonEdit"),
                                         tr("Why treatment starts before the package is complete"), 2);
    m_startButton = new QPushButton(tr("Start treatment"));
    m_startButton->setObjectName(QStringLiteral("startTreatmentButton"));
    m_startFeedback = FormParts::feedback(QStringLiteral("startTreatmentFeedbackLabel"));
    connect(m_startButton, &QPushButton::clicked, this, &TreatmentPlanPage::startTreatment);
    m_startBox = FormParts::section(tr("Start of treatment"), QStringLiteral("startTreatmentBox"));
    auto* startLayout = new QVBoxLayout(m_startBox);
    startLayout->addWidget(FormParts::hint(tr("Treatment starts when the plan is made and the patient is "
                                              "identified (name and national ID number).")));
    startLayout->addWidget(m_packageNotice);
    startLayout->addWidget(m_packageReason);
    startLayout->addLayout(FormParts::buttonRow({m_startButton}));
    startLayout->addWidget(m_startFeedback);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(m_planBox, 3);
    auto* side = new QVBoxLayout;
    side->addWidget(m_countsBox);
    side->addWidget(m_startBox);
    side->addStretch(1);
    columns->addLayout(side, 2);

    auto* layout = FormParts::scrollingContent(this);
    layout->addWidget(m_status);
    layout->addLayout(columns, 1);
    updateRange();
}

void TreatmentPlanPage::load()
{
    FormParts::clear(m_feedback);
    FormParts::clear(m_startFeedback);
    m_planBox->setVisible(false);
    m_startBox->setVisible(false);
    auto state = FormParts::stateOf(clinic(), patientId());
    if (!state) {
        m_status->setText(state.error().message);
        Q_EMIT errorOccurred(state.error().message);
        return;
    }
    loadCounts();
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);
    const bool editable = mayWrite && (*state == PatientState::Assessment || *state == PatientState::Treatment);
    auto plan = TreatmentPlans::get(clinic(), patientId());
    if (!plan && plan.error().code != ErrorCode::NotFound) {
        m_status->setText(plan.error().message);
        Q_EMIT errorOccurred(plan.error().message);
        return;
    }
    if (!plan && !editable) {
        m_status->setText(tr("No treatment plan. The plan is made during the assessment."));
        return;
    }
    auto catalogue = plan ? ThemeCatalogue::version(clinic().db(), plan->themeCatalogueVersionId)
                          : ThemeCatalogue::current(clinic().db());
    if (!catalogue) {
        Q_EMIT errorOccurred(catalogue.error().message);
        return;
    }
    m_themes->setCatalogue(*catalogue);
    m_savedSessions = plan ? std::optional(plan->plannedSessions) : std::nullopt;
    m_sessions->setValue(plan ? std::min(plan->plannedSessions, SpinMaximum) : TreatmentPlans::DefaultSessions);
    m_outsideReason->clear();
    m_themes->setSessionCount(m_sessions->value());
    m_themes->setThemes(plan ? plan->themesBySession : QMap<int, QList<std::int64_t>>{});
    m_themes->setReadOnly(!editable);
    m_sessions->setEnabled(editable);
    m_saveButton->setVisible(editable);
    m_planBox->setVisible(true);
    m_status->setText(plan ? tr("Plan of %n session(s).", nullptr, plan->plannedSessions)
                           : tr("No plan yet: choose the number of sessions and the themes, then save."));
    updateRange();
    if (*state == PatientState::Assessment) {
        loadStart(mayWrite);
    }
}

void TreatmentPlanPage::loadCounts()
{
    auto tally = SessionLog::counts(clinic(), patientId());
    if (!tally) {
        Q_EMIT errorOccurred(tally.error().message);
        return;
    }
    m_progress->setCounts(tally->attended, tally->planned);
    m_attended->setText(tally->planned ? tr("%1 of %n planned", nullptr, *tally->planned).arg(tally->attended)
                                       : tr("%n (no plan yet)", nullptr, tally->attended));
    m_cancelledByPatient->setText(QString::number(tally->cancelledByPatient));
    m_cancelledByClinic->setText(QString::number(tally->cancelledByClinic));
    m_noShows->setText(QString::number(tally->noShow));
}

void TreatmentPlanPage::loadStart(bool mayWrite)
{
    auto completion = AssessmentPackages::completion(clinic(), patientId());
    const bool complete = completion && completion->value(Timepoint::Intake).allAccountedFor();
    m_packageNotice->setVisible(!complete);
    m_packageReason->setVisible(!complete);
    m_packageReason->clear();
    m_startButton->setEnabled(mayWrite && m_savedSessions.has_value());
    m_startButton->setToolTip(m_savedSessions ? QString() : tr("Save the plan first."));
    m_startBox->setVisible(true);
}

void TreatmentPlanPage::updateRange()
{
    const bool outside = !TreatmentPlans::withinAdvice(m_sessions->value());
    m_outsideNotice->parentWidget()->setVisible(outside && m_sessions->isEnabled());
    m_themes->setSessionCount(m_sessions->value());
}

void TreatmentPlanPage::save()
{
    PlanInput input;
    input.plannedSessions = m_sessions->value();
    input.themesBySession = m_themes->themes();
    if (!TreatmentPlans::withinAdvice(input.plannedSessions)) {
        input.outsideRangeReason = m_outsideReason->toPlainText().trimmed();
    }
    if (auto saved = TreatmentPlans::set(clinic(), patientId(), input); !saved) {
        FormParts::showError(m_feedback, saved.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

void TreatmentPlanPage::startTreatment()
{
    const QString reason = m_packageReason->isHidden() ? QString() : m_packageReason->toPlainText().trimmed();
    if (auto status = TreatmentPlans::startTreatment(clinic(), patientId(), reason); !status) {
        FormParts::showError(m_startFeedback, status.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

} // namespace forlop
