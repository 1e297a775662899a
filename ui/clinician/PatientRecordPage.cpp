#include "clinician/PatientRecordPage.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/BreakGlassDialog.h"
#include "clinician/PatientRecordView.h"
#include "clinician/RecordPageCatalog.h"
#include "pathway/PatientRegistry.h"
#include "shell/NavigationFrame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace forlop {

PatientRecordPage::PatientRecordPage(Clinic& clinic, QWidget* parent)
    : QWidget(parent)
    , m_clinic(clinic)
{
    setObjectName(QStringLiteral("patientRecordPage"));
    m_pseudonym = new QLineEdit;
    m_pseudonym->setObjectName(QStringLiteral("recordPseudonymEdit"));
    m_pseudonym->setPlaceholderText(tr("Pseudonym"));
    m_pseudonym->setClearButtonEnabled(true);
    m_pseudonym->setFixedWidth(180);
    auto* open = new QPushButton(tr("Open record"));
    open->setObjectName(QStringLiteral("recordOpenButton"));
    connect(open, &QPushButton::clicked, this, &PatientRecordPage::openByPseudonym);
    connect(m_pseudonym, &QLineEdit::returnPressed, this, &PatientRecordPage::openByPseudonym);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("recordOpenErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);

    auto* findRow = new QHBoxLayout;
    findRow->setContentsMargins(16, 10, 16, 0);
    findRow->addWidget(new QLabel(tr("Open a patient by pseudonym:")));
    findRow->addWidget(m_pseudonym);
    findRow->addWidget(open);
    findRow->addWidget(m_error, 1);
    findRow->addStretch(1);

    m_empty = new QLabel(tr("No record is open. Open one from My day, or type a pseudonym above."));
    m_empty->setObjectName(QStringLiteral("recordEmptyLabel"));
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(findRow);
    layout->addWidget(m_stack, 1);
}

PatientRecordPage* PatientRecordPage::showIn(QWidget* from)
{
    for (QWidget* widget = from; widget; widget = widget->parentWidget()) {
        if (auto* frame = qobject_cast<NavigationFrame*>(widget)) {
            const QString id = QLatin1String(PageId);
            frame->showPage(id);
            return qobject_cast<PatientRecordPage*>(frame->page(id));
        }
    }
    return nullptr;
}

void PatientRecordPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PatientRecordPage::openByPseudonym()
{
    const QString pseudonym = m_pseudonym->text().trimmed();
    if (pseudonym.isEmpty()) {
        return;
    }
    auto found = PatientRegistry::findByPseudonym(m_clinic, pseudonym);
    if (!found) {
        showError(found.error().message);
        return;
    }
    if (!*found) {
        showError(tr("No patient has the pseudonym %1.").arg(pseudonym.toUpper()));
        return;
    }
    openPatient(**found);
}

void PatientRecordPage::openPatient(std::int64_t patientId)
{
    showError({});
    if (m_record && m_record->patientId() == patientId) {
        m_record->refresh();
        return;
    }
    auto grant = PatientAccess::clinical(m_clinic, patientId);
    if (grant) {
        showRecord(patientId, grant->basis == QLatin1String(AuditBasis::Emergency), grant->reason);
        return;
    }
    if (grant.error().code == ErrorCode::PermissionDenied &&
        Policy::allows(m_clinic.session(), Permission::EmergencyAccess)) {
        offerEmergencyAccess(patientId);
        return;
    }
    showError(grant.error().message);
}

void PatientRecordPage::offerEmergencyAccess(std::int64_t patientId)
{
    auto reason = std::make_shared<QString>();
    auto* dialog = new BreakGlassDialog(
        [this, patientId, reason](const QString& text) -> Status {
            auto granted = PatientAccess::breakGlass(m_clinic, patientId, text);
            if (!granted) {
                return std::unexpected(granted.error());
            }
            *reason = granted->reason;
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, patientId, reason] { showRecord(patientId, true, *reason); });
    dialog->open();
}

void PatientRecordPage::showRecord(std::int64_t patientId, bool emergency, const QString& reason)
{
    if (m_record) {
        m_stack->removeWidget(m_record);
        delete m_record;
    }
    m_record = new PatientRecordView(m_clinic, patientId, emergency, reason, RecordPageCatalog::standard());
    m_stack->addWidget(m_record);
    m_stack->setCurrentWidget(m_record);
    m_pseudonym->clear();
}

} // namespace forlop
