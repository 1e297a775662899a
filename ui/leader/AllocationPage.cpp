#include "leader/AllocationPage.h"

#include "leader/AllocationClinicianModel.h"
#include "leader/AllocationReferralModel.h"
#include "leader/LeaderWidgets.h"
#include "util/MessageLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

AllocationPage::AllocationPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("allocationPage"));
    auto* refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("allocationRefreshButton"));
    connect(refresh, &QPushButton::clicked, this, [this] {
        showMessage({}, false);
        reload();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(leaderui::heading(tr("Waiting list and allocation")));
    top->addStretch(1);
    top->addWidget(refresh);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("allocationMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildReferrals());
    splitter->addWidget(buildClinicians());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_choice = new QLabel;
    m_choice->setObjectName(QStringLiteral("allocationChoiceLabel"));
    m_allocate = new QPushButton(tr("&Allocate"));
    m_allocate->setObjectName(QStringLiteral("allocateButton"));
    m_allocate->setToolTip(tr("Allocate the chosen referral to the chosen clinician (Ctrl+Return)"));
    connect(m_allocate, &QPushButton::clicked, this, &AllocationPage::allocateSelected);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &AllocationPage::allocateSelected);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_choice, 1);
    actions->addWidget(m_allocate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    updateActions();
}

QWidget* AllocationPage::buildReferrals()
{
    m_referrals = new AllocationReferralModel(this);
    m_referralView = leaderui::tableView(QStringLiteral("allocationReferralView"));
    m_referralView->setModel(m_referrals);
    m_referralView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_referralView->horizontalHeader()->setStretchLastSection(true);
    connect(m_referralView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AllocationPage::updateActions);
    // Enter on a referral moves on to choosing the clinician.
    connect(m_referralView, &QTableView::activated, this, [this] { m_clinicianView->setFocus(); });

    m_referralCount = leaderui::heading(tr("Waiting for a clinician"));
    m_referralCount->setObjectName(QStringLiteral("allocationReferralCountLabel"));
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_referralCount);
    layout->addWidget(m_referralView, 1);
    return box;
}

QWidget* AllocationPage::buildClinicians()
{
    m_clinicians = new AllocationClinicianModel(this);
    m_clinicianView = leaderui::tableView(QStringLiteral("allocationClinicianView"));
    m_clinicianView->setModel(m_clinicians);
    QHeaderView* header = m_clinicianView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AllocationClinicianModel::ClinicianColumn, QHeaderView::Stretch);
    connect(m_clinicianView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AllocationPage::updateActions);
    // Enter or a double click on a clinician does not allocate: a slip of the mouse should not move a patient.

    auto* label = leaderui::heading(tr("Clinicians and their load"));
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_clinicianView, 1);
    return box;
}

void AllocationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AllocationPage::reload()
{
    const QModelIndex referral = m_referralView->currentIndex();
    const int referralRow = referral.isValid() ? referral.row() : 0;
    const QModelIndex clinician = m_clinicianView->currentIndex();
    const qlonglong clinicianId =
        clinician.isValid() ? clinician.data(AllocationClinicianModel::ClinicianIdRole).toLongLong() : 0;

    auto view = AllocationBoard::view(m_clinic);
    if (!view) {
        showMessage(view.error().message, true);
        return;
    }
    m_referralCount->setText(view->referrals.isEmpty()
                                 ? tr("No referrals are waiting for a clinician")
                                 : tr("%n referral(s) waiting for a clinician", nullptr, int(view->referrals.size())));
    m_referrals->setReferrals(std::move(view->referrals));
    m_clinicians->setClinicians(std::move(view->clinicians));
    // The row that took the allocated referral's place is chosen next; the clinician stays chosen.
    if (m_referrals->rowCount() > 0) {
        m_referralView->setCurrentIndex(m_referrals->index(std::min(referralRow, m_referrals->rowCount() - 1), 0));
    }
    if (const int row = m_clinicians->rowOf(clinicianId); row >= 0) {
        m_clinicianView->setCurrentIndex(m_clinicians->index(row, 0));
    }
    updateActions();
}

void AllocationPage::allocateSelected()
{
    const UnallocatedReferral* referral = m_referrals->referralAt(m_referralView->currentIndex().row());
    const ClinicianLoadSummary* clinician = m_clinicians->clinicianAt(m_clinicianView->currentIndex().row());
    if (!referral || !clinician) {
        showMessage(tr("Choose a referral and a clinician first."), true);
        return;
    }
    // Copies: reload() replaces the rows these point into.
    const QString pseudonym = referral->pseudonym;
    const QString name = clinician->name;
    if (auto allocated = AllocationBoard::allocate(m_clinic, referral->patientId, clinician->clinicianId); !allocated) {
        showMessage(allocated.error().message, true);
        reload();
        return;
    }
    reload();
    showMessage(tr("%1 is allocated to %2.").arg(pseudonym, name), false);
}

void AllocationPage::updateActions()
{
    const UnallocatedReferral* referral = m_referrals->referralAt(m_referralView->currentIndex().row());
    const ClinicianLoadSummary* clinician = m_clinicians->clinicianAt(m_clinicianView->currentIndex().row());
    m_allocate->setEnabled(referral && clinician);
    if (!referral) {
        m_choice->setText(tr("Choose a referral on the left."));
    } else if (!clinician) {
        m_choice->setText(tr("Choose a clinician for %1 on the right.").arg(referral->pseudonym));
    } else {
        m_choice->setText(
            tr("Allocate %1 to %2: press Allocate or Ctrl+Return.").arg(referral->pseudonym, clinician->name));
    }
}

void AllocationPage::showMessage(const QString& text, bool error)
{
    MessageLine::show(m_message, text, error);
}

} // namespace forlop
