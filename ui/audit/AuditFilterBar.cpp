#include "audit/AuditFilterBar.h"

#include "accounts/TaskDialog.h"
#include "accounts/UserAdmin.h"
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

AuditFilterBar::AuditFilterBar(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_patient = new QLineEdit;
    m_patient->setObjectName(QStringLiteral("patientFilterEdit"));
    m_patient->setPlaceholderText(tr("Pseudonym, e.g. P-2026-0001"));
    m_patient->setClearButtonEnabled(true);
    m_patient->setMinimumWidth(170);

    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("userFilterComboBox"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    loadUsers();

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("Any time"), static_cast<int>(Period::Any));
    m_period->addItem(tr("Today"), static_cast<int>(Period::Today));
    m_period->addItem(tr("Last 7 days"), static_cast<int>(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(Period::Last30Days));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Chosen dates"), static_cast<int>(Period::Chosen));
    const QDate today = clinic.clock().now().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    m_dash = new QLabel(QStringLiteral("–"));

    m_flaggedFirst = new QCheckBox(tr("&Flagged first"));
    m_flaggedFirst->setObjectName(QStringLiteral("flaggedFirstCheckBox"));
    m_flaggedFirst->setToolTip(tr("Emergency accesses and refused accesses before everything else"));
    m_flaggedFirst->setChecked(true);

    auto* show = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Show"));
    show->setObjectName(QStringLiteral("applyFilterButton"));

    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(label(tr("P&atient:"), m_patient));
    row->addWidget(m_patient);
    row->addSpacing(8);
    row->addWidget(label(tr("&User:"), m_user));
    row->addWidget(m_user);
    row->addSpacing(8);
    row->addWidget(label(tr("P&eriod:"), m_period));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(m_dash);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_flaggedFirst);
    row->addStretch();
    row->addWidget(show);

    m_problem = errorLabel(QStringLiteral("filterProblemLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditFilterBar::updatePeriodFields);
    connect(show, &QPushButton::clicked, this, &AuditFilterBar::apply);
    connect(m_patient, &QLineEdit::returnPressed, this, &AuditFilterBar::apply);
    updatePeriodFields();
}

void AuditFilterBar::loadUsers()
{
    m_user->addItem(tr("Everyone"));
    auto users = UserAdmin::list(m_clinic);
    if (!users) {
        return;
    }
    for (const UserSummary& summary : *users) {
        const User& user = summary.user;
        const QString text = user.fullName.isEmpty() || user.fullName == user.name
                                 ? user.name
                                 : tr("%1 (%2)", "full name (user name)").arg(user.fullName, user.name);
        m_user->addItem(text, QVariant::fromValue(static_cast<qint64>(user.id)));
    }
}

void AuditFilterBar::updatePeriodFields()
{
    const bool chosen = static_cast<Period>(m_period->currentData().toInt()) == Period::Chosen;
    m_from->setVisible(chosen);
    m_dash->setVisible(chosen);
    m_to->setVisible(chosen);
}

QDate AuditFilterBar::fromDate() const
{
    const QDate today = m_clinic.clock().now().toLocalTime().date();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Any:
        return {};
    case Period::Today:
        return today;
    case Period::Last7Days:
        return today.addDays(-6);
    case Period::Last30Days:
        return today.addDays(-29);
    case Period::ThisYear:
        return QDate(today.year(), 1, 1);
    case Period::Chosen:
        return std::min(m_from->date(), m_to->date());
    }
    return {};
}

QDate AuditFilterBar::toDate() const
{
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Any:
        return {};
    case Period::Chosen:
        return std::max(m_from->date(), m_to->date());
    default:
        return m_clinic.clock().now().toLocalTime().date();
    }
}

void AuditFilterBar::showPatient(const QString& pseudonym)
{
    m_patient->setText(pseudonym);
    apply();
}

void AuditFilterBar::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AuditFilterBar::apply()
{
    AuditFilter filter;
    QString pseudonym = m_patient->text().trimmed().toUpper();
    if (!pseudonym.isEmpty()) {
        auto found = PatientRegistry::findByPseudonym(m_clinic, pseudonym);
        if (!found) {
            showProblem(found.error().message);
            return;
        }
        if (!*found) {
            showProblem(tr("No patient has the pseudonym %1.").arg(pseudonym));
            return;
        }
        filter.patientId = **found;
    }
    if (m_user->currentData().isValid()) {
        filter.userId = m_user->currentData().toLongLong();
    }
    if (const QDate from = fromDate(); from.isValid()) {
        filter.from = from.startOfDay();
    }
    if (const QDate to = toDate(); to.isValid()) {
        filter.to = to.addDays(1).startOfDay();
    }
    filter.flaggedFirst = m_flaggedFirst->isChecked();
    showProblem(QString());
    Q_EMIT filterChanged(filter, pseudonym);
}

} // namespace forlop
