#include "secretary/booking/SlotPicker.h"

#include "clinic/Clinic.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "scheduling/Room.h"
#include "util/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

enum TimeOfDay { AnyTime, Morning, Afternoon };
constexpr int SlotRole = Qt::UserRole + 1;

} // namespace

SlotPicker::SlotPicker(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("slotPicker"));

    m_clinician = new QComboBox;
    m_clinician->setObjectName(QStringLiteral("clinicianComboBox"));
    m_clinician->addItem(tr("Any clinician"), QVariant::fromValue<qint64>(0));
    if (auto clinicians = Clinicians::active(clinic.db())) {
        for (const User& user : std::as_const(*clinicians)) {
            m_clinicianNames.insert(user.id, Clinicians::displayName(user));
            m_clinician->addItem(Clinicians::displayName(user), QVariant::fromValue<qint64>(user.id));
        }
    }
    if (auto rooms = Rooms::list(clinic)) {
        for (const Room& room : std::as_const(*rooms)) {
            m_roomNames.insert(room.id, room.name);
        }
    }

    m_modality = new QComboBox;
    m_modality->setObjectName(QStringLiteral("modalityComboBox"));
    for (Modality modality : Modalities::all()) {
        m_modality->addItem(Modalities::displayName(modality), int(modality));
    }

    auto* days = new QHBoxLayout;
    days->setSpacing(10);
    const QLocale locale(Language::current());
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("dayCheckBox%1").arg(day));
        box->setToolTip(ClinicTime::weekdayName(day));
        box->setProperty("weekday", day);
        m_days.append(box);
        days->addWidget(box);
    }
    days->addStretch();
    auto* anyDay = new QLabel(tr("(none ticked: any day)"));
    anyDay->setForegroundRole(QPalette::PlaceholderText);
    days->addWidget(anyDay);

    m_timeOfDay = new QComboBox;
    m_timeOfDay->setObjectName(QStringLiteral("timeOfDayComboBox"));
    m_timeOfDay->addItem(tr("Any time"), int(AnyTime));
    m_timeOfDay->addItem(tr("Morning (before 12:00)"), int(Morning));
    m_timeOfDay->addItem(tr("Afternoon (from 12:00)"), int(Afternoon));

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("slotList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Day"), tr("Time"), tr("Clinician"), tr("Room")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(180);
    // A clinic that keeps no rooms has nothing to show there.
    m_list->setColumnHidden(3, m_roomNames.isEmpty());

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("slotStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&linician:"), m_clinician);
    form->addRow(tr("&Meeting:"), m_modality);
    form->addRow(tr("Days that suit:"), days);
    form->addRow(tr("T&ime of day:"), m_timeOfDay);

    auto* freeTimes = new QLabel(tr("&Free times:"));
    freeTimes->setBuddy(m_list);
    QFont bold = freeTimes->font();
    bold.setBold(true);
    freeTimes->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(freeTimes);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_clinician, &QComboBox::currentIndexChanged, this, &SlotPicker::refresh);
    connect(m_modality, &QComboBox::currentIndexChanged, this, &SlotPicker::refresh);
    connect(m_timeOfDay, &QComboBox::currentIndexChanged, this, &SlotPicker::refresh);
    for (QCheckBox* box : std::as_const(m_days)) {
        connect(box, &QCheckBox::toggled, this, &SlotPicker::refresh);
    }
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SlotPicker::slotActivated);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SlotPicker::selectedSlotChanged);
}

void SlotPicker::setSearch(const SlotSearch& search)
{
    m_search = search;
    m_refreshing = true;
    const qint64 clinician = search.clinicianIds.size() == 1 ? search.clinicianIds.first() : 0;
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(QVariant::fromValue<qint64>(clinician))));
    m_refreshing = false;
    refresh();
}

Modality SlotPicker::modality() const
{
    return Modality(m_modality->currentData().toInt());
}

SlotSearch SlotPicker::currentSearch() const
{
    SlotSearch search = m_search;
    const qint64 clinician = m_clinician->currentData().toLongLong();
    search.clinicianIds = clinician ? QList<std::int64_t>{clinician} : QList<std::int64_t>{};
    // A room only when there are rooms to book: a clinic that keeps no rooms meets wherever the clinician sits.
    search.needsRoom = modality() == Modality::InPerson && !m_roomNames.isEmpty();
    search.maxSlots = 12;
    search.preferences.weekdays.clear();
    for (QCheckBox* box : m_days) {
        if (box->isChecked()) {
            search.preferences.weekdays.append(box->property("weekday").toInt());
        }
    }
    switch (m_timeOfDay->currentData().toInt()) {
    case Morning:
        search.preferences.earliestStart = QTime();
        search.preferences.latestEnd = QTime(12, 0);
        break;
    case Afternoon:
        search.preferences.earliestStart = QTime(12, 0);
        search.preferences.latestEnd = QTime();
        break;
    default:
        search.preferences.earliestStart = QTime();
        search.preferences.latestEnd = QTime();
        break;
    }
    return search;
}

void SlotPicker::refresh()
{
    if (m_refreshing) {
        return;
    }
    m_list->clear();
    m_slots.clear();
    const SlotSearch search = currentSearch();
    auto found = FreeSlotSearch::find(m_clinic, search);
    if (!found) {
        m_status->setText(found.error().message);
        Q_EMIT selectedSlotChanged();
        return;
    }
    m_slots = *found;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, ClinicTime::dayText(ClinicTime::dateOf(slot.time.start)));
        item->setText(1, ClinicTime::rangeText(slot.time.start, slot.time.end));
        item->setText(2, m_clinicianNames.value(slot.clinicianId));
        item->setText(3, slot.roomId ? m_roomNames.value(*slot.roomId) : QString());
        item->setData(0, SlotRole, qint64(i));
    }
    if (m_slots.isEmpty()) {
        m_status->setText(tr("No free time in the next %n days matches. Tick other days, choose another time of day "
                             "or any clinician.",
                             nullptr, search.days));
    } else {
        m_status->setText(
            tr("The first %n free times, earliest first. Enter books the one chosen.", nullptr, int(m_slots.size())));
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    Q_EMIT selectedSlotChanged();
}

int SlotPicker::slotCount() const
{
    return int(m_slots.size());
}

std::optional<Slot> SlotPicker::selectedSlot() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return std::nullopt;
    }
    const qint64 index = item->data(0, SlotRole).toLongLong();
    return index >= 0 && index < m_slots.size() ? std::optional<Slot>(m_slots.at(index)) : std::nullopt;
}

QString SlotPicker::describe(const Slot& slot) const
{
    //: How a booked time is read out: %1 the day ("Tuesday 03.03.2026"), %2 the time ("10:00–10:45"), %3 the clinician.
    return tr("%1, %2, with %3")
        .arg(ClinicTime::dayText(ClinicTime::dateOf(slot.time.start)),
             ClinicTime::rangeText(slot.time.start, slot.time.end), m_clinicianNames.value(slot.clinicianId));
}

} // namespace forlop
