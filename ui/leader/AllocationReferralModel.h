#pragma once

#include "reports/AllocationBoard.h"

#include <QAbstractTableModel>

namespace forlop {

// The referrals waiting for a clinician, urgent first and then the longest waiting, as core orders them. The
// board is read whole (referrals waiting for allocation are tens, not thousands).
class AllocationReferralModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PatientColumn, UrgencyColumn, WaitedColumn, ReceivedColumn, ChannelColumn, StateColumn, ColumnCount };
    static constexpr int PatientIdRole = Qt::UserRole + 1;

    explicit AllocationReferralModel(QObject* parent = nullptr);

    void setReferrals(QList<UnallocatedReferral> referrals);
    [[nodiscard]] const UnallocatedReferral* referralAt(int row) const;
    // The row of a patient, or -1.
    [[nodiscard]] int rowOf(std::int64_t patientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnallocatedReferral> m_referrals;
};

} // namespace forlop
