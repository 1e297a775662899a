#include "leader/AllocationReferralModel.h"

#include "clinician/DisplayTime.h"

#include <QBrush>
#include <QFont>

namespace forlop {

AllocationReferralModel::AllocationReferralModel(QObject* parent) : QAbstractTableModel(parent) {}

void AllocationReferralModel::setReferrals(QList<UnallocatedReferral> referrals)
{
    beginResetModel();
    m_referrals = std::move(referrals);
    endResetModel();
}

const UnallocatedReferral* AllocationReferralModel::referralAt(int row) const
{
    return row >= 0 && row < m_referrals.size() ? &m_referrals.at(row) : nullptr;
}

int AllocationReferralModel::rowOf(std::int64_t patientId) const
{
    for (int row = 0; row < m_referrals.size(); ++row) {
        if (m_referrals.at(row).patientId == patientId) {
            return row;
        }
    }
    return -1;
}

int AllocationReferralModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_referrals.size());
}

int AllocationReferralModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationReferralModel::data(const QModelIndex& index, int role) const
{
    const UnallocatedReferral* referral = index.isValid() ? referralAt(index.row()) : nullptr;
    if (!referral || index.column() >= ColumnCount) {
        return {};
    }
    const bool urgent = referral->urgency == Urgency::Urgent;
    switch (role) {
    case PatientIdRole:
        return QVariant::fromValue<qlonglong>(referral->patientId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == WaitedColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (urgent && index.column() == UrgencyColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return urgent && index.column() == UrgencyColumn ? QVariant(QBrush(QColor(0xb7, 0x1c, 0x1c))) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PatientColumn:
        return referral->pseudonym;
    case UrgencyColumn:
        return ReferralCodes::displayName(referral->urgency);
    case WaitedColumn:
        return tr("%n day(s)", nullptr, referral->daysWaited);
    case ReceivedColumn:
        return displaytime::date(referral->receivedOn);
    case ChannelColumn:
        if (auto channel = ReferralCodes::channelFromId(referral->channel)) {
            return ReferralCodes::displayName(*channel);
        }
        return referral->channel;
    case StateColumn:
        if (auto state = PatientStates::fromId(referral->state)) {
            return PatientStates::displayName(*state);
        }
        return referral->state;
    }
    return {};
}

QVariant AllocationReferralModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case UrgencyColumn:
        return tr("Urgency");
    case WaitedColumn:
        return tr("Waited");
    case ReceivedColumn:
        return tr("Referral received");
    case ChannelColumn:
        return tr("Referred by");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace forlop
