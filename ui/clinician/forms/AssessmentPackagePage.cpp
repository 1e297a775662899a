#include "clinician/forms/AssessmentPackagePage.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/forms/FormParts.h"
#include "clinician/forms/InstrumentEntryEditor.h"
#include "clinician/forms/PackageTree.h"
#include "clinician/forms/RegistryConsentBox.h"
#include "pathway/AssessmentPackage.h"
#include "util/Clock.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

AssessmentPackagePage::AssessmentPackagePage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("assessmentPackagePage"));
    m_status = FormParts::hint({}, QStringLiteral("packageStatusLabel"));
    m_startButton = new QPushButton(tr("Start the assessment package"));
    m_startButton->setObjectName(QStringLiteral("startPackageButton"));
    connect(m_startButton, &QPushButton::clicked, this, &AssessmentPackagePage::start);

    m_tree = new PackageTree;
    m_tree->setMinimumHeight(260);
    m_editor = new InstrumentEntryEditor;
    m_editor->setMinimumWidth(320);
    m_feedback = FormParts::feedback(QStringLiteral("packageFeedbackLabel"));
    connect(m_tree, &PackageTree::itemSelectionChanged, this, &AssessmentPackagePage::showSelected);
    connect(m_editor, &InstrumentEntryEditor::recordRequested, this, &AssessmentPackagePage::record);

    m_instruments = FormParts::section(tr("Instruments"), QStringLiteral("instrumentsBox"));
    auto* editorColumn = new QVBoxLayout;
    editorColumn->addWidget(m_editor, 1);
    editorColumn->addWidget(m_feedback);
    auto* instruments = new QHBoxLayout(m_instruments);
    instruments->setSpacing(16);
    instruments->addWidget(m_tree, 3);
    instruments->addLayout(editorColumn, 2);

    m_registry = new RegistryConsentBox(clinic, patientId);
    connect(m_registry, &RegistryConsentBox::changed, this, &RecordPage::recordChanged);

    auto* layout = FormParts::scrollingContent(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_startButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_instruments, 1);
    layout->addWidget(m_registry);
}

void AssessmentPackagePage::load()
{
    FormParts::clear(m_feedback);
    m_startButton->setVisible(false);
    m_instruments->setVisible(false);
    if (const QString error = m_registry->load(); !error.isEmpty()) {
        Q_EMIT errorOccurred(error);
    }
    auto state = FormParts::stateOf(clinic(), patientId());
    if (!state) {
        m_status->setText(state.error().message);
        Q_EMIT errorOccurred(state.error().message);
        return;
    }
    const bool mayWrite = Policy::allows(clinic().session(), Permission::WriteClinical);
    auto package = AssessmentPackages::get(clinic(), patientId());
    if (!package) {
        if (package.error().code != ErrorCode::NotFound) {
            m_status->setText(package.error().message);
            Q_EMIT errorOccurred(package.error().message);
            return;
        }
        const bool included = *state == PatientState::Included;
        m_status->setText(included ? tr("The patient is included. Starting the assessment package begins the "
                                        "structured assessment.")
                                   : tr("The assessment package starts once the patient is included."));
        m_startButton->setVisible(included && mayWrite);
        return;
    }
    m_example = package->catalogue.example;
    m_editable = mayWrite && QList<PatientState>{PatientState::Assessment, PatientState::Treatment, PatientState::Ended,
                                                 PatientState::FollowUp}
                                 .contains(*state);
    m_status->setText(m_example ? tr("The instruments come from the example catalogue, until the clinic replaces it "
                                     "with the national assessment package.")
                                : tr("Instruments of the catalogue \"%1\".").arg(package->catalogue.label));
    auto completion = AssessmentPackages::completion(clinic(), patientId());
    if (!completion) {
        Q_EMIT errorOccurred(completion.error().message);
    }
    m_tree->setPackage(*package, completion.value_or(QMap<Timepoint, PackageCompletion>{}));
    m_instruments->setVisible(true);
    if (!m_selected || !select(m_selected->first, m_selected->second)) {
        m_editor->clearEntry();
    }
}

bool AssessmentPackagePage::select(std::int64_t instrumentId, Timepoint timepoint)
{
    if (!m_tree->select(instrumentId, timepoint)) {
        return false;
    }
    showSelected();
    return true;
}

void AssessmentPackagePage::showSelected()
{
    FormParts::clear(m_feedback);
    const auto entry = m_tree->selectedEntry();
    if (!entry) {
        m_editor->clearEntry();
        return;
    }
    m_selected = std::pair{entry->first.id, entry->second.timepoint};
    m_editor->setEntry(entry->first, m_example, entry->second, clinic().clock().today(), m_editable);
}

void AssessmentPackagePage::start()
{
    if (auto status = AssessmentPackages::start(clinic(), patientId()); !status) {
        FormParts::showError(m_feedback, status.error().message);
        Q_EMIT errorOccurred(status.error().message);
        return;
    }
    Q_EMIT recordChanged();
}

void AssessmentPackagePage::record()
{
    auto entry = m_editor->entry();
    if (!entry) {
        FormParts::showError(m_feedback, entry.error().message);
        return;
    }
    if (auto status = AssessmentPackages::record(clinic(), patientId(), *entry); !status) {
        FormParts::showError(m_feedback, status.error().message);
        return;
    }
    Q_EMIT recordChanged();
    FormParts::showDone(m_feedback, tr("Recorded."));
}

} // namespace forlop
