#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace forlop {

class AllocationClinicianModel;
class AllocationReferralModel;
class Clinic;

// The unit leader's waiting list and allocation: referrals without a clinician (urgent first, then the longest
// waiting) beside the clinicians with their current load. Choosing one of each and Allocate (or Ctrl+Return)
// allocates through core (AllocationBoard, audited there); the board is read again afterwards. Enter on a
// referral moves on to the clinicians.
class AllocationPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "leader.allocation";

    explicit AllocationPage(Clinic& clinic, QWidget* parent = nullptr);

    void reload();
    // Allocates the chosen referral to the chosen clinician; the result shows on the page.
    void allocateSelected();
    [[nodiscard]] AllocationReferralModel* referralModel() const { return m_referrals; }
    [[nodiscard]] AllocationClinicianModel* clinicianModel() const { return m_clinicians; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildReferrals();
    QWidget* buildClinicians();
    void updateActions();
    void showMessage(const QString& text, bool error);

    Clinic& m_clinic;
    QLabel* m_message = nullptr;
    QLabel* m_referralCount = nullptr;
    QTableView* m_referralView = nullptr;
    AllocationReferralModel* m_referrals = nullptr;
    QTableView* m_clinicianView = nullptr;
    AllocationClinicianModel* m_clinicians = nullptr;
    QLabel* m_choice = nullptr;
    QPushButton* m_allocate = nullptr;
};

} // namespace forlop
