#pragma once

#include "clinician/PatientRecordView.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace forlop {

class Clinic;

// The workspace page that holds the open patient record. Records open from "My day" (RecordNavigator) or by
// pseudonym here. Opening checks the access in core first: a patient not allocated to the user offers the
// break-the-glass dialog (emergency access with a reason), which core records and the unit leader reviews.
class PatientRecordPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "clinician.record";

    explicit PatientRecordPage(Clinic& clinic, QWidget* parent = nullptr);

    // Switches the workspace around `from` to the record page and returns it (null outside a workspace).
    static PatientRecordPage* showIn(QWidget* from);

    // Opens the record when the session may read it; otherwise explains, or asks for an emergency reason.
    void openPatient(std::int64_t patientId);
    // Null when no record is open.
    [[nodiscard]] PatientRecordView* record() const { return m_record; }

private:
    void openByPseudonym();
    void showRecord(std::int64_t patientId, bool emergency, const QString& reason);
    void offerEmergencyAccess(std::int64_t patientId);
    void showError(const QString& text);

    Clinic& m_clinic;
    QLineEdit* m_pseudonym = nullptr;
    QLabel* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_empty = nullptr;
    QPointer<PatientRecordView> m_record;
};

} // namespace forlop
