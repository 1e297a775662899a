#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace forlop {

class CaseloadModel;
class Clinic;

// "My day": today's appointments (open the record or write the note from there), the clinician's patients with
// their progress against the standard (CaseloadModel), and the duty-to-report follow-ups still open, each with a
// close action. Everything is read through core; opening a record goes through the record page's access check.
class ClinicianDayPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "clinician.day";

    explicit ClinicianDayPage(Clinic& clinic, QWidget* parent = nullptr);

    // Rereads today, the caseload and the follow-ups (also done whenever the page is shown).
    void reload();
    [[nodiscard]] CaseloadModel* caseloadModel() const { return m_caseload; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToday();
    QWidget* buildCaseload();
    QWidget* buildFollowUps();
    void loadToday();
    void loadFollowUps();
    void openSelectedAppointment(bool writeNote);
    void openPatient(std::int64_t patientId);
    void closeSelectedFollowUp();
    void showError(const QString& text);

    Clinic& m_clinic;
    QLabel* m_error = nullptr;
    QTreeWidget* m_today = nullptr;
    QTableView* m_caseloadView = nullptr;
    CaseloadModel* m_caseload = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_includeEnded = nullptr;
    QTreeWidget* m_followUps = nullptr;
    QPushButton* m_closeFollowUp = nullptr;
};

} // namespace forlop
