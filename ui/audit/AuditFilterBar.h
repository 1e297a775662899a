#pragma once

#include "audit/AuditReview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace forlop {

class Clinic;

// The log review's filter: one patient (typed as a pseudonym), one user, a period, and whether flagged rows
// come first. Apply resolves the pseudonym through core and emits the filter; a pseudonym that names no patient
// is reported under the bar and changes nothing.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(Clinic& clinic, QWidget* parent = nullptr);

    enum class Period { Any, Today, Last7Days, Last30Days, ThisYear, Chosen };

    // Fills the patient field and applies, as if typed (the emergency queue's "show this patient's log").
    void showPatient(const QString& pseudonym);
    // The period as dates (inclusive, local); invalid for an open end.
    [[nodiscard]] QDate fromDate() const;
    [[nodiscard]] QDate toDate() const;

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    // pseudonym is empty when the filter names no patient.
    void filterChanged(const AuditFilter& filter, const QString& pseudonym);

private:
    void loadUsers();
    void updatePeriodFields();
    void showProblem(const QString& text);

    Clinic& m_clinic;
    QLineEdit* m_patient = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_dash = nullptr;
    QCheckBox* m_flaggedFirst = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace forlop
