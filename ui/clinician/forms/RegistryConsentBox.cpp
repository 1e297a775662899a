#include "clinician/forms/RegistryConsentBox.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/ClinicStaff.h"
#include "clinician/forms/FormParts.h"
#include "util/Clock.h"

#include <QBoxLayout>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace forlop {

RegistryConsentBox::RegistryConsentBox(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : QGroupBox(tr("Registry consent (KvaSO)"), parent), m_clinic(clinic), m_patientId(patientId)
{
    setObjectName(QStringLiteral("registryConsentBox"));
    m_current = FormParts::heading({});
    m_current->setObjectName(QStringLiteral("registryStatusLabel"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("registryHistoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Status"), tr("Recorded by")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setUniformRowHeights(true);
    m_date = FormParts::dateField(QStringLiteral("registryDateEdit"), clinic.clock().today());

    auto button = [this](const QString& text, const QString& name, RegistryStatus status) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this,
                [this, status] { status == RegistryStatus::Withdrawn ? confirmWithdrawal() : record(status); });
        return b;
    };
    m_informed = button(tr("Informed"), QStringLiteral("registryInformedButton"), RegistryStatus::Informed);
    m_informed->setToolTip(tr("The patient has been told about the registry, its purpose and which data it holds."));
    m_consented = button(tr("Consented"), QStringLiteral("registryConsentedButton"), RegistryStatus::Consented);
    m_declined = button(tr("Declined"), QStringLiteral("registryDeclinedButton"), RegistryStatus::Declined);
    m_withdrawn = button(tr("Withdrawn…"), QStringLiteral("registryWithdrawnButton"), RegistryStatus::Withdrawn);
    m_withdrawn->setToolTip(tr("A withdrawal is final: the patient is left out of every later registry export."));
    m_feedback = FormParts::feedback(QStringLiteral("registryFeedbackLabel"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("On")));
    actions->addWidget(m_date);
    actions->addSpacing(8);
    actions->addWidget(m_informed);
    actions->addWidget(m_consented);
    actions->addWidget(m_declined);
    actions->addWidget(m_withdrawn);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    layout->addWidget(
        FormParts::hint(tr("Data go to the registry only with consent. A withdrawal is final: the patient "
                           "is left out of every later registry export.")));
    layout->addWidget(m_feedback);
}

QString RegistryConsentBox::load()
{
    m_list->clear();
    auto history = RegistryConsent::history(m_clinic, m_patientId);
    if (!history) {
        m_history.clear();
        m_current->setText(tr("Unknown"));
        updateActions();
        return history.error().message;
    }
    m_history = *history;
    const auto names = ClinicStaff::names(m_clinic);
    for (const RegistryConsentEvent& event : std::as_const(m_history)) {
        m_list->addTopLevelItem(
            new QTreeWidgetItem({FormParts::date(event.onDate), RegistryConsent::displayName(event.status),
                                 event.recordedBy ? names.value(*event.recordedBy) : QString()}));
    }
    m_list->setVisible(!m_history.isEmpty());
    // As tall as its rows (a history is short), so the box does not grow empty space.
    const int rows = std::max(1, int(m_history.size()));
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2);
    FormParts::setToday(m_date, m_clinic.clock().today());
    m_current->setText(m_history.isEmpty() ? tr("Not informed about the registry yet")
                                           : RegistryConsent::displayName(m_history.constLast().status));
    updateActions();
    return {};
}

void RegistryConsentBox::updateActions()
{
    const bool mayWrite = Policy::allows(m_clinic.session(), Permission::WriteClinical);
    bool informed = false;
    bool withdrawn = false;
    for (const RegistryConsentEvent& event : std::as_const(m_history)) {
        informed = informed || event.status == RegistryStatus::Informed;
        withdrawn = withdrawn || event.status == RegistryStatus::Withdrawn;
    }
    const auto current = m_history.isEmpty() ? std::nullopt : std::optional(m_history.constLast().status);
    m_informed->setEnabled(mayWrite && !withdrawn);
    m_consented->setEnabled(mayWrite && informed && !withdrawn && current != RegistryStatus::Consented);
    // Once consented, the way out is a withdrawal, which is final for exports.
    m_declined->setEnabled(mayWrite && informed && !withdrawn && current != RegistryStatus::Declined &&
                           current != RegistryStatus::Consented);
    m_withdrawn->setEnabled(mayWrite && current == RegistryStatus::Consented);
    m_date->setEnabled(mayWrite && !withdrawn);
}

void RegistryConsentBox::confirmWithdrawal()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Withdraw registry consent"),
                                tr("Record that the patient withdrew consent to the registry?\n\nA withdrawal is "
                                   "final: the patient is left out of every later registry export, whatever is "
                                   "recorded afterwards."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("withdrawConsentMessageBox"));
    auto* confirm = box->addButton(tr("Record withdrawal"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmWithdrawalButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QPushButton::clicked, this, [this] { record(RegistryStatus::Withdrawn); });
    box->open();
}

void RegistryConsentBox::record(RegistryStatus status)
{
    if (auto result = RegistryConsent::record(m_clinic, m_patientId, status, m_date->date()); !result) {
        FormParts::showError(m_feedback, result.error().message);
        return;
    }
    FormParts::clear(m_feedback);
    Q_EMIT changed();
}

} // namespace forlop
