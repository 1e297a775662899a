#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace forlop {

class BookedSummary;
class Clinic;
class IntakeForm;
class SlotPicker;

// A phone call, from the first question to the booked first appointment, in one dialog and without the mouse:
// 1. the caller's details (all optional) and the reason, sealed to the clinicians; Enter saves the referral;
// 2. the next free times for a first contact that suit the caller; Enter books the one chosen;
// 3. the booked time in large type to read out, with the letter one click away.
class PhoneIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Details, Slot, Booked };

    // Raises the one already open, or opens a new one (non-modal to the test, deleted on close).
    static PhoneIntakeDialog* openFor(Clinic& clinic, QWidget* parent);

    explicit PhoneIntakeDialog(Clinic& clinic, QWidget* parent = nullptr);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] std::int64_t patientId() const { return m_patientId; }
    [[nodiscard]] const QString& pseudonym() const { return m_pseudonym; }
    [[nodiscard]] std::int64_t appointmentId() const { return m_appointmentId; }
    [[nodiscard]] IntakeForm* form() const { return m_form; }
    [[nodiscard]] SlotPicker* picker() const { return m_picker; }
    [[nodiscard]] BookedSummary* summary() const { return m_summary; }

private:
    void primary();
    bool save();
    bool book();
    void showStep(Step step);

    Clinic& m_clinic;
    Step m_step = Step::Details;
    std::int64_t m_patientId = 0;
    QString m_pseudonym;
    std::int64_t m_appointmentId = 0;
    QStackedWidget* m_pages = nullptr;
    IntakeForm* m_form = nullptr;
    QLabel* m_savedLabel = nullptr;
    SlotPicker* m_picker = nullptr;
    QLabel* m_bookingError = nullptr;
    BookedSummary* m_summary = nullptr;
    QLabel* m_stepLabel = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_secondary = nullptr;
    QPushButton* m_letter = nullptr;
};

} // namespace forlop
