#include "secretary/waiting/WaitingListModel.h"

#include "pathway/PatientState.h"
#include "pathway/Referral.h"
#include "scheduling/ClinicTime.h"

#include <QColor>
#include <QFont>

namespace forlop {

WaitingListModel::WaitingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void WaitingListModel::setEntries(QList<WaitingEntry> entries, QHash<std::int64_t, QString> clinicianNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_clinicianNames = std::move(clinicianNames);
    endResetModel();
}

int WaitingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WaitingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const WaitingEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Patient:
            return e.patientLabel;
        case Urgency:
            return ReferralCodes::displayName(e.urgent ? Urgency::Urgent : Urgency::Normal);
        case Received:
            return ClinicTime::dateText(e.receivedOn);
        case DaysWaited:
            return e.daysWaited;
        case Channel:
            if (auto channel = ReferralCodes::channelFromId(e.channel)) {
                return ReferralCodes::displayName(*channel);
            }
            return e.channel;
        case Stage: {
            const QString stage = PatientStates::fromId(e.state)
                                      .transform([](PatientState s) { return PatientStates::displayName(s); })
                                      .value_or(e.state);
            if (e.firstOfferedOn) {
                //: A waiting patient's stage, and the date of a first appointment that did not take place.
                return tr("%1 (earlier offer %2)").arg(stage, ClinicTime::dateText(*e.firstOfferedOn));
            }
            return stage;
        }
        case Clinician:
            return e.clinicianId ? m_clinicianNames.value(*e.clinicianId) : tr("Anyone");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysWaited) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && e.urgent && (index.column() == Urgency || index.column() == Patient)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && e.urgent && index.column() == Urgency) {
        return QColor(0xb3, 0x26, 0x1e);
    }
    if (role == Qt::ToolTipRole && index.column() == FindSlot) {
        return tr("Find a free time for this patient and book it");
    }
    return {};
}

QVariant WaitingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Patient:
        return tr("Patient");
    case Urgency:
        return tr("Urgency");
    case Received:
        return tr("Received");
    case DaysWaited:
        return tr("Days waited");
    case Channel:
        return tr("Channel");
    case Stage:
        return tr("Stage");
    case Clinician:
        return tr("Clinician");
    case FindSlot:
        return QString();
    default:
        return {};
    }
}

} // namespace forlop
