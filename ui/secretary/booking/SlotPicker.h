#pragma once

#include "scheduling/FreeSlotSearch.h"
#include "scheduling/Modality.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace forlop {

class Clinic;

// The next free times for an appointment, found by core's FreeSlotSearch as the caller's wishes are entered:
// whose calendar (one clinician or any), how to meet, which weekdays and what time of day. Searches again after
// every change, so the list always answers what is on screen.
class SlotPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SlotPicker(Clinic& clinic, QWidget* parent = nullptr);

    // The patient, the kind of appointment and (optionally) the clinician to start with; searches at once.
    void setSearch(const SlotSearch& search);
    void refresh();

    [[nodiscard]] std::optional<Slot> selectedSlot() const;
    [[nodiscard]] Modality modality() const;
    [[nodiscard]] AppointmentType type() const { return m_search.type; }
    [[nodiscard]] int slotCount() const;
    [[nodiscard]] QTreeWidget* slotList() const { return m_list; }
    // How a slot is read out: "Tuesday 03.03.2026, 10:00–10:45, with Kari Nordmann".
    [[nodiscard]] QString describe(const Slot& slot) const;
    [[nodiscard]] QString clinicianName(std::int64_t clinicianId) const { return m_clinicianNames.value(clinicianId); }
    [[nodiscard]] QString roomName(std::int64_t roomId) const { return m_roomNames.value(roomId); }

Q_SIGNALS:
    void slotActivated();
    void selectedSlotChanged();

private:
    [[nodiscard]] SlotSearch currentSearch() const;

    Clinic& m_clinic;
    SlotSearch m_search;
    QHash<std::int64_t, QString> m_clinicianNames;
    QHash<std::int64_t, QString> m_roomNames;
    QComboBox* m_clinician = nullptr;
    QComboBox* m_modality = nullptr;
    QList<QCheckBox*> m_days;
    QComboBox* m_timeOfDay = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QList<Slot> m_slots;
    bool m_refreshing = false;
};

} // namespace forlop
