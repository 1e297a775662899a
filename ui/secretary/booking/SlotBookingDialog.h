#pragma once

#include "scheduling/FreeSlotSearch.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace forlop {

class BookedSummary;
class Clinic;
class SlotPicker;

// "Find slot" for a patient already registered (from the waiting list or a search): the kind of appointment, the
// free times that suit, book one, then the booked time to read out and the letter.
class SlotBookingDialog : public QDialog
{
    Q_OBJECT

public:
    SlotBookingDialog(Clinic& clinic, std::int64_t patientId, const QString& patientLabel, const SlotSearch& search,
                      QWidget* parent = nullptr);

    [[nodiscard]] SlotPicker* picker() const { return m_picker; }
    [[nodiscard]] std::int64_t bookedAppointmentId() const { return m_appointmentId; }
    [[nodiscard]] BookedSummary* summary() const { return m_summary; }

    // Books the chosen time; on a refusal shows core's message and searches again.
    bool book();

private:
    void updateButtons();

    Clinic& m_clinic;
    std::int64_t m_patientId = 0;
    QString m_patientLabel;
    SlotSearch m_search;
    std::int64_t m_appointmentId = 0;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_type = nullptr;
    SlotPicker* m_picker = nullptr;
    BookedSummary* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_book = nullptr;
    QPushButton* m_letter = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace forlop
