#include "clinician/CaseloadModel.h"

#include "clinician/DisplayTime.h"

namespace forlop {

namespace {

CaseloadSort sortFor(int column)
{
    switch (column) {
    case CaseloadModel::StateColumn:
        return CaseloadSort::State;
    case CaseloadModel::SessionsColumn:
        return CaseloadSort::Sessions;
    case CaseloadModel::NextColumn:
        return CaseloadSort::NextAppointment;
    case CaseloadModel::UnsignedColumn:
        return CaseloadSort::UnsignedNotes;
    case CaseloadModel::PackageColumn:
        return CaseloadSort::Package;
    case CaseloadModel::DutyColumn:
        return CaseloadSort::DutyFollowUps;
    default:
        return CaseloadSort::Patient;
    }
}

} // namespace

CaseloadModel::CaseloadModel(Clinic& clinic, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clinic(clinic)
{
}

void CaseloadModel::setFilterText(const QString& text)
{
    if (text.trimmed() == m_filter.text) {
        return;
    }
    m_filter.text = text.trimmed();
    reload();
}

void CaseloadModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_filter.activeOnly) {
        return;
    }
    m_filter.activeOnly = activeOnly;
    reload();
}

void CaseloadModel::reload()
{
    // Views ask for more rows while the reset is still being announced; they get them once it is over.
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
    m_atEnd = false;
    fetchMore({});
}

const CaseloadRow* CaseloadModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    const CaseloadRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount) {
        return {};
    }
    if (role == PatientIdRole) {
        return QVariant::fromValue<qlonglong>(row->patientId);
    }
    if (role == AttendedRole) {
        return row->sessionsAttended;
    }
    if (role == PlannedRole) {
        return row->plannedSessions ? QVariant(*row->plannedSessions) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == UnsignedColumn || index.column() == PackageColumn ||
                            index.column() == DutyColumn;
        return QVariant::fromValue(number ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == PatientColumn && row->displayName() != row->pseudonym) {
        return row->pseudonym;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case PatientColumn:
        return row->displayName();
    case StateColumn:
        return PatientStates::displayName(row->state);
    case SessionsColumn:
        return row->plannedSessions ? tr("%1 of %2").arg(row->sessionsAttended).arg(*row->plannedSessions)
                                    : QString::number(row->sessionsAttended);
    case NextColumn:
        if (!row->nextAppointment) {
            return tr("None booked");
        }
        return tr("%1, %2", "date and time, appointment type")
            .arg(displaytime::dateTime(*row->nextAppointment),
                 row->nextAppointmentType ? AppointmentTypes::displayName(*row->nextAppointmentType) : QString());
    case UnsignedColumn:
        return row->unsignedNotes > 0 ? QString::number(row->unsignedNotes) : QString();
    case PackageColumn:
        return row->packagePercent ? tr("%1 %").arg(*row->packagePercent) : tr("Not started");
    case DutyColumn:
        return row->openDutyFollowUps > 0 ? QString::number(row->openDutyFollowUps) : QString();
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case SessionsColumn:
            return tr("Attended treatment sessions against the plan (the line). The shaded band is the 16–20 "
                      "sessions of the national advice.");
        case UnsignedColumn:
            return tr("Your unsigned notes (drafts) for the patient");
        case PackageColumn:
            return tr("Completed instruments of the assessment package, of those due");
        case DutyColumn:
            return tr("Duty-to-report records whose follow-up is still open");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case StateColumn:
        return tr("State");
    case SessionsColumn:
        return tr("Sessions (16–20)");
    case NextColumn:
        return tr("Next appointment");
    case UnsignedColumn:
        //: Column header, kept short: the number of unsigned notes (drafts).
        return tr("Drafts");
    case PackageColumn:
        //: Column header, kept short: completion of the assessment package.
        return tr("Package");
    case DutyColumn:
        //: Column header, kept short: open duty-to-report follow-ups.
        return tr("Duties open");
    }
    return {};
}

bool CaseloadModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseloadModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto page = ClinicianCaseload::page(m_clinic, m_filter, static_cast<int>(m_rows.size()), PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    const CaseloadSort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending) {
        return;
    }
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

} // namespace forlop
