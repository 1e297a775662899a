#include "clinician/RecordHeader.h"

#include "clinician/ClinicStaff.h"
#include "pathway/PatientRegistry.h"
#include "pathway/RegistryConsent.h"
#include "pathway/SessionLog.h"

#include <QGridLayout>
#include <QLabel>

namespace forlop {

namespace {

QLabel* value(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* caption(const QString& text)
{
    auto* label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RecordHeader::RecordHeader(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recordHeader"));
    m_name = value(QStringLiteral("recordNameLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_pseudonym = value(QStringLiteral("recordPseudonymLabel"));
    m_state = value(QStringLiteral("recordStateLabel"));
    m_clinician = value(QStringLiteral("recordClinicianLabel"));
    m_sessions = value(QStringLiteral("recordSessionsLabel"));
    m_registry = value(QStringLiteral("recordRegistryLabel"));

    // Name on the first line; the facts below in pairs of caption and value, so they line up.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    auto* nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_pseudonym, 0, Qt::AlignBottom);
    nameRow->addStretch(1);
    grid->addLayout(nameRow, 0, 0, 1, 6);
    grid->addWidget(caption(tr("State")), 1, 0);
    grid->addWidget(m_state, 1, 1);
    grid->addWidget(caption(tr("Clinician")), 1, 2);
    grid->addWidget(m_clinician, 1, 3);
    grid->addWidget(caption(tr("Registry (KvaSO)")), 1, 4);
    grid->addWidget(m_registry, 1, 5);
    grid->addWidget(caption(tr("Treatment sessions")), 2, 0);
    grid->addWidget(m_sessions, 2, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
}

QString RecordHeader::patientLabel() const
{
    return m_name->text();
}

QString RecordHeader::load(Clinic& clinic, std::int64_t patientId)
{
    QString firstError;
    auto remember = [&firstError](const Error& error) {
        if (firstError.isEmpty()) {
            firstError = error.message;
        }
    };
    auto patient = PatientRegistry::get(clinic, patientId);
    if (!patient) {
        remember(patient.error());
        return firstError;
    }
    m_name->setText(patient->displayName());
    m_pseudonym->setText(patient->displayName() == patient->pseudonym
                             ? QString()
                             : tr("Pseudonym %1").arg(patient->pseudonym));
    m_pseudonym->setVisible(!m_pseudonym->text().isEmpty());
    m_state->setText(PatientStates::displayName(patient->state));
    m_clinician->setText(patient->clinicianId ? ClinicStaff::names(clinic).value(*patient->clinicianId)
                                              : tr("Not allocated"));

    if (auto tally = SessionLog::counts(clinic, patientId)) {
        m_sessions->setText(tally->planned ? tr("%1 attended of %n planned", nullptr, *tally->planned)
                                                 .arg(tally->attended)
                                           : tr("%n attended, no plan yet", nullptr, tally->attended));
    } else {
        remember(tally.error());
        m_sessions->setText(tr("Unknown"));
    }
    if (auto history = RegistryConsent::history(clinic, patientId)) {
        m_registry->setText(history->isEmpty() ? tr("Not informed yet")
                                               : RegistryConsent::displayName(history->constLast().status));
    } else {
        remember(history.error());
        m_registry->setText(tr("Unknown"));
    }
    return firstError;
}

} // namespace forlop
