#include "leader/LeaderPatientModel.h"

#include "clinician/DisplayTime.h"

namespace forlop {

LeaderPatientModel::LeaderPatientModel(Clinic& clinic, QObject* parent) : QAbstractTableModel(parent), m_clinic(clinic)
{
}

void LeaderPatientModel::setPatients(const QList<std::int64_t>& patientIds)
{
    beginResetModel();
    m_ids = patientIds;
    m_rows.clear();
    // Nothing to fetch while views react to the reset; the first page comes after it, as its own insert.
    m_fetched = m_ids.size();
    endResetModel();
    m_fetched = 0;
    fetchMore({});
}

void LeaderPatientModel::clear()
{
    setPatients({});
}

const ReportPatient* LeaderPatientModel::patientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LeaderPatientModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderPatientModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderPatientModel::data(const QModelIndex& index, int role) const
{
    const ReportPatient* patient = index.isValid() ? patientAt(index.row()) : nullptr;
    if (!patient || index.column() >= ColumnCount) {
        return {};
    }
    if (role == PatientIdRole) {
        return QVariant::fromValue<qlonglong>(patient->patientId);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case PatientColumn:
        return patient->pseudonym;
    case StateColumn:
        return PatientStates::displayName(patient->state);
    case ReferredColumn:
        return patient->referredOn ? displaytime::date(*patient->referredOn) : QString();
    case LastSessionColumn:
        return patient->lastSession ? displaytime::date(ClinicTime::dateOf(*patient->lastSession)) : tr("None");
    case NextColumn:
        return patient->nextAppointment ? displaytime::dateTime(*patient->nextAppointment) : tr("None booked");
    }
    return {};
}

QVariant LeaderPatientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case StateColumn:
        return tr("State");
    case ReferredColumn:
        return tr("Referral received");
    case LastSessionColumn:
        return tr("Last session attended");
    case NextColumn:
        return tr("Next appointment");
    }
    return {};
}

bool LeaderPatientModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < m_ids.size();
}

void LeaderPatientModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<std::int64_t> page = m_ids.mid(m_fetched, PageSize);
    m_fetched += page.size();
    auto patients = ReportPatients::list(m_clinic, page);
    if (!patients) {
        m_fetched = m_ids.size(); // no retry loop from the view: the error is shown, Refresh starts again
        Q_EMIT errorOccurred(patients.error().message);
        return;
    }
    if (patients->isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(patients->size()) - 1);
    m_rows.append(*patients);
    endInsertRows();
}

} // namespace forlop
