#include "secretary/waiting/WaitingListPage.h"

#include "clinic/Clinic.h"
#include "scheduling/Clinicians.h"
#include "secretary/booking/SlotBookingDialog.h"
#include "secretary/common/ButtonDelegate.h"
#include "secretary/common/MessageBar.h"
#include "secretary/common/SchedulingEvents.h"
#include "secretary/waiting/WaitingListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

WaitingListPage::WaitingListPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("waitingListPage"));
    auto* title = new QLabel(tr("Waiting list"));
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    title->setFont(heading);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("waitingSummaryLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_model = new WaitingListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("waitingListTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WaitingListModel::Patient, QHeaderView::Stretch);
    auto* buttons = new ButtonDelegate(tr("Find slot"), this);
    m_table->setItemDelegateForColumn(WaitingListModel::FindSlot, buttons);

    m_findButton = new QPushButton(tr("&Find slot…"));
    m_findButton->setObjectName(QStringLiteral("findSlotButton"));
    m_findButton->setToolTip(tr("For the chosen patient (Enter or a double-click on the row does the same)"));
    auto* refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshWaitingListButton"));
    m_message = new MessageBar;

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_summary, 1, Qt::AlignBottom);
    top->addWidget(refresh);
    top->addWidget(m_findButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(buttons, &ButtonDelegate::clicked, this, [this](const QModelIndex& index) { findSlot(index.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { findSlot(index.row()); });
    connect(m_findButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            findSlot(current.row());
        }
    });
    connect(refresh, &QPushButton::clicked, this, &WaitingListPage::reload);
    auto changed = [this] {
        m_dirty = true;
        if (isVisible()) {
            reload();
        }
    };
    connect(&SchedulingEvents::instance(), &SchedulingEvents::appointmentsChanged, this, changed);
    connect(&SchedulingEvents::instance(), &SchedulingEvents::patientsChanged, this, changed);
}

void WaitingListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

void WaitingListPage::reload()
{
    m_dirty = false;
    auto entries = WaitingList::entries(m_clinic);
    if (!entries) {
        m_message->show(MessageBar::Kind::Error, entries.error().message);
        m_model->setEntries({}, {});
        updateSummary();
        return;
    }
    QHash<std::int64_t, QString> names;
    if (auto clinicians = Clinicians::active(m_clinic.db())) {
        for (const User& user : std::as_const(*clinicians)) {
            names.insert(user.id, Clinicians::displayName(user));
        }
    }
    m_model->setEntries(*entries, names);
    m_findButton->setEnabled(!entries->isEmpty());
    if (!entries->isEmpty()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateSummary();
}

void WaitingListPage::updateSummary()
{
    const QList<WaitingEntry>& entries = m_model->entries();
    if (entries.isEmpty()) {
        m_summary->setText(tr("Nobody is waiting."));
        return;
    }
    int longest = 0;
    int urgent = 0;
    for (const WaitingEntry& e : entries) {
        longest = std::max(longest, e.daysWaited);
        urgent += e.urgent ? 1 : 0;
    }
    //: %1 is "N waiting", %2 "N urgent", %3 "longest N days".
    m_summary->setText(tr("%1 · %2 · %3")
                           .arg(tr("%n waiting", nullptr, int(entries.size())), tr("%n urgent", nullptr, urgent),
                                tr("longest %n days", nullptr, longest)));
}

QWidget* WaitingListPage::findSlot(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return nullptr;
    }
    const WaitingEntry entry = m_model->entry(row);
    auto* dialog =
        new SlotBookingDialog(m_clinic, entry.patientId, entry.patientLabel, WaitingList::slotSearchFor(entry), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace forlop
