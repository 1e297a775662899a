#include "leader/CaseloadTableModel.h"

namespace forlop {

CaseloadTableModel::CaseloadTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseloadTableModel::setView(CaseloadView view)
{
    beginResetModel();
    m_view = std::move(view);
    endResetModel();
}

const Caseload* CaseloadTableModel::caseloadAt(int row) const
{
    return row >= 0 && row < m_view.clinicians.size() ? &m_view.clinicians.at(row) : nullptr;
}

std::optional<PatientState> CaseloadTableModel::stateOf(int column)
{
    switch (column) {
    case ReferredColumn:
        return PatientState::Referred;
    case WaitingColumn:
        return PatientState::Waiting;
    case EligibilityColumn:
        return PatientState::Eligibility;
    case IncludedColumn:
        return PatientState::Included;
    case AssessmentColumn:
        return PatientState::Assessment;
    case TreatmentColumn:
        return PatientState::Treatment;
    default:
        return std::nullopt;
    }
}

int CaseloadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_view.clinicians.size());
}

int CaseloadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Tally* CaseloadTableModel::tallyOf(const Caseload& caseload, int column) const
{
    if (auto state = stateOf(column)) {
        auto found = caseload.activeByState.constFind(*state);
        return found == caseload.activeByState.constEnd() ? nullptr : &found.value();
    }
    switch (column) {
    case ClinicianColumn:
    case ActiveColumn:
    case FreeColumn:
        return &caseload.active;
    case SessionsColumn:
        return &caseload.sessionsDelivered;
    case UnsignedColumn:
        return &caseload.unsignedNotes;
    case DutyColumn:
        return &caseload.openDutyFollowUps;
    case NoAppointmentColumn:
        return &caseload.withoutAppointment;
    default:
        return nullptr;
    }
}

QString CaseloadTableModel::figureName(int column) const
{
    if (auto state = stateOf(column)) {
        return tr("Active patients in the state “%1”").arg(PatientStates::displayName(*state));
    }
    switch (column) {
    case SessionsColumn:
        return tr("Attended treatment sessions in the last %n weeks", nullptr, m_view.weeks);
    case UnsignedColumn:
        return tr("Unsigned notes older than %n days", nullptr, Caseloads::UnsignedNoteDays);
    case DutyColumn:
        return tr("Duty-to-report records with the follow-up still open");
    case NoAppointmentColumn:
        return tr("Active patients without an appointment in the next %n weeks", nullptr, m_view.weeks);
    default:
        return tr("Active patients");
    }
}

QString CaseloadTableModel::hours(qint64 minutes)
{
    //: Whole hours, as in "149 h".
    return tr("%1 h").arg(minutes / 60);
}

QString CaseloadTableModel::hoursAndMinutes(qint64 minutes)
{
    if (minutes % 60 == 0) {
        return hours(minutes);
    }
    //: Hours and minutes, as in "149 h 15 min".
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString CaseloadTableModel::capacityTip(const Caseload& caseload) const
{
    return tr("Next %n weeks: working time %1, booked %2, free %3", nullptr, m_view.weeks)
        .arg(hoursAndMinutes(caseload.workingMinutes), hoursAndMinutes(caseload.bookedMinutes),
             hoursAndMinutes(caseload.freeMinutes));
}

QVariant CaseloadTableModel::data(const QModelIndex& index, int role) const
{
    const Caseload* caseload = index.isValid() ? caseloadAt(index.row()) : nullptr;
    if (!caseload || index.column() >= ColumnCount) {
        return {};
    }
    const int column = index.column();
    const Tally* tally = tallyOf(*caseload, column);
    switch (role) {
    case ClinicianIdRole:
        return QVariant::fromValue<qlonglong>(caseload->clinicianId);
    case PatientIdsRole: {
        QList<qlonglong> ids;
        if (tally) {
            ids.reserve(tally->patients.size());
            for (std::int64_t id : tally->patients) {
                ids.append(id);
            }
        }
        return QVariant::fromValue(ids);
    }
    case FigureRole:
        return figureName(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == ClinicianColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                             : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == FreeColumn) {
            return capacityTip(*caseload);
        }
        if ((column == SessionsColumn || column == UnsignedColumn) && tally && tally->count > 0) {
            //: Tooltip of a count of sessions or notes: how many patients they belong to.
            return tr("Patients: %1").arg(tally->patientCount());
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (column == ClinicianColumn) {
        return caseload->name;
    }
    if (column == FreeColumn) {
        return hours(caseload->freeMinutes);
    }
    // The by-state columns leave zero blank, so the states a clinician's patients are in stand out.
    const qint64 count = tally ? tally->count : 0;
    if (stateOf(column) && count == 0) {
        return QString();
    }
    return QString::number(count);
}

QVariant CaseloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        if (auto state = stateOf(section)) {
            return tr("Active patients now in the state “%1”").arg(PatientStates::displayName(*state));
        }
        switch (section) {
        case ActiveColumn:
            return tr("Patients allocated to the clinician in active care (referred to in treatment)");
        case SessionsColumn:
            return tr("Attended treatment sessions in the last %n weeks", nullptr, m_view.weeks);
        case FreeColumn:
            return tr("Free time in the calendar in the next %n weeks: working hours less booked appointments", nullptr,
                      m_view.weeks);
        case UnsignedColumn:
            return tr("The clinician's unsigned notes (drafts) older than %n days", nullptr,
                      Caseloads::UnsignedNoteDays);
        case DutyColumn:
            return tr("Signed duty-to-report records assessed by the clinician whose follow-up is still open");
        case NoAppointmentColumn:
            return tr("Active patients with no appointment booked in the next %n weeks", nullptr, m_view.weeks);
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
    case ReferredColumn:
        //: Column header, kept short: patients in the state "Referred".
        return tr("Referred");
    case WaitingColumn:
        //: Column header, kept short: patients on the waiting list.
        return tr("Waiting");
    case EligibilityColumn:
        //: Column header, kept short: patients in the eligibility assessment.
        return tr("Eligibility");
    case IncludedColumn:
        //: Column header, kept short: patients included.
        return tr("Included");
    case AssessmentColumn:
        //: Column header, kept short: patients in the structured assessment.
        return tr("Assessment");
    case TreatmentColumn:
        //: Column header, kept short: patients in treatment.
        return tr("Treatment");
    case SessionsColumn:
        //: Column header, kept short: sessions delivered in the last weeks.
        return tr("Sessions");
    case FreeColumn:
        //: Column header, kept short: free capacity in the calendar ahead.
        return tr("Free time");
    case UnsignedColumn:
        //: Column header, kept short: unsigned notes older than 3 days.
        return tr("Unsigned");
    case DutyColumn:
        //: Column header, kept short: open duty-to-report follow-ups.
        return tr("Duties open");
    case NoAppointmentColumn:
        //: Column header, kept short: active patients with no appointment booked ahead.
        return tr("No appt.");
    }
    return {};
}

} // namespace forlop
