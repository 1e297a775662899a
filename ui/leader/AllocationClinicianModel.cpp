#include "leader/AllocationClinicianModel.h"

#include "leader/CaseloadTableModel.h"

namespace forlop {

AllocationClinicianModel::AllocationClinicianModel(QObject* parent) : QAbstractTableModel(parent) {}

void AllocationClinicianModel::setClinicians(QList<ClinicianLoadSummary> clinicians)
{
    beginResetModel();
    m_clinicians = std::move(clinicians);
    endResetModel();
}

const ClinicianLoadSummary* AllocationClinicianModel::clinicianAt(int row) const
{
    return row >= 0 && row < m_clinicians.size() ? &m_clinicians.at(row) : nullptr;
}

int AllocationClinicianModel::rowOf(std::int64_t clinicianId) const
{
    for (int row = 0; row < m_clinicians.size(); ++row) {
        if (m_clinicians.at(row).clinicianId == clinicianId) {
            return row;
        }
    }
    return -1;
}

int AllocationClinicianModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clinicians.size());
}

int AllocationClinicianModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationClinicianModel::data(const QModelIndex& index, int role) const
{
    const ClinicianLoadSummary* clinician = index.isValid() ? clinicianAt(index.row()) : nullptr;
    if (!clinician || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case ClinicianIdRole:
        return QVariant::fromValue<qlonglong>(clinician->clinicianId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == ClinicianColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                     : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == FreeColumn ? CaseloadTableModel::hoursAndMinutes(clinician->freeMinutes) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ClinicianColumn:
        return clinician->name;
    case ActiveColumn:
        return clinician->activePatients;
    case FreeColumn:
        return CaseloadTableModel::hours(clinician->freeMinutes);
    case NoAppointmentColumn:
        return clinician->withoutAppointment;
    }
    return {};
}

QVariant AllocationClinicianModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ActiveColumn:
            return tr("Patients allocated to the clinician in active care");
        case FreeColumn:
            return tr("Free time in the calendar in the next %n weeks: working hours less booked appointments", nullptr,
                      AllocationBoard::LoadWeeks);
        case NoAppointmentColumn:
            return tr("Active patients with no appointment booked in the next %n weeks", nullptr,
                      AllocationBoard::LoadWeeks);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == ClinicianColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                              : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ClinicianColumn:
        return tr("Clinician");
    case ActiveColumn:
        //: Column header, kept short: active patients.
        return tr("Active");
    case FreeColumn:
        //: Column header, kept short: free time in the calendar in the next 4 weeks.
        return tr("Free time");
    case NoAppointmentColumn:
        //: Column header, kept short: active patients with no appointment booked ahead.
        return tr("No appt.");
    }
    return {};
}

} // namespace forlop
