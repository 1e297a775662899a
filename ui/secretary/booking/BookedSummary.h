#pragma once

#include "scheduling/Modality.h"
#include "scheduling/Slot.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace forlop {

class Clinic;

// The booked appointment in large type, to read out to the caller: the day and time first, then with whom, how and
// where, and the reference number the caller can give when they call again.
class BookedSummary : public QWidget
{
    Q_OBJECT

public:
    explicit BookedSummary(QWidget* parent = nullptr);

    void setBooking(const QString& day, const QString& time, const QString& clinician, const QString& meeting,
                    const QString& place, const QString& reference);
    // Fills it from a booked slot: the clinic's address for an appointment in person, the room when there is one.
    void setBooking(Clinic& clinic, const Slot& slot, Modality modality, const QString& clinician, const QString& room,
                    const QString& reference);
    // Everything shown, for reading out and for tests.
    [[nodiscard]] QString text() const;

private:
    QLabel* m_day = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_clinician = nullptr;
    QLabel* m_meeting = nullptr;
    QLabel* m_place = nullptr;
    QLabel* m_reference = nullptr;
};

} // namespace forlop
