#include "leader/FidelityPatientsModel.h"

#include "scheduling/ClinicTime.h"

namespace forlop {

FidelityPatientsModel::FidelityPatientsModel(Clinic& clinic, QHash<std::int64_t, QString> names, QObject* parent)
    : QAbstractTableModel(parent), m_clinic(clinic), m_names(std::move(names))
{
}

void FidelityPatientsModel::setPatients(const QList<std::int64_t>& patientIds)
{
    beginResetModel();
    m_ids = patientIds;
    m_rows.clear();
    m_asked = 0;
    m_failed = false;
    endResetModel();
    if (canFetchMore({})) {
        fetchMore({});
    }
}

std::int64_t FidelityPatientsModel::patientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).patientId : 0;
}

int FidelityPatientsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FidelityPatientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FidelityPatientsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_failed && m_asked < m_ids.size();
}

void FidelityPatientsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<std::int64_t> page = m_ids.mid(m_asked, PageSize);
    auto rows = ReportPatients::list(m_clinic, page);
    if (!rows) {
        // No retry loop from the view: the list stops here and says why.
        m_failed = true;
        Q_EMIT errorOccurred(rows.error().message);
        return;
    }
    m_asked += page.size();
    if (rows->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows += *rows;
    endInsertRows();
}

QVariant FidelityPatientsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ReportPatient& patient = m_rows.at(index.row());
    if (role == PatientIdRole) {
        return qlonglong(patient.patientId);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case PseudonymColumn:
        return patient.pseudonym;
    case StateColumn:
        return PatientStates::displayName(patient.state);
    case ClinicianColumn:
        return patient.clinicianId ? m_names.value(*patient.clinicianId) : tr("Not allocated");
    case ReferredColumn:
        return patient.referredOn ? ClinicTime::dateText(*patient.referredOn) : QString();
    case LastSessionColumn:
        return patient.lastSession ? ClinicTime::dateText(ClinicTime::dateOf(*patient.lastSession)) : QString();
    case NextColumn:
        return patient.nextAppointment ? ClinicTime::dateText(ClinicTime::dateOf(*patient.nextAppointment)) +
                                             QLatin1Char(' ') + ClinicTime::timeText(*patient.nextAppointment)
                                       : QString();
    default:
        return {};
    }
}

QVariant FidelityPatientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PseudonymColumn:
        return tr("Patient");
    case StateColumn:
        return tr("State");
    case ClinicianColumn:
        return tr("Clinician");
    case ReferredColumn:
        return tr("Referred");
    case LastSessionColumn:
        return tr("Last session");
    case NextColumn:
        return tr("Next appointment");
    default:
        return {};
    }
}

} // namespace forlop
