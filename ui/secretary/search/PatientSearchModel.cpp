#include "secretary/search/PatientSearchModel.h"

#include "scheduling/ClinicTime.h"

namespace forlop {

PatientSearchModel::PatientSearchModel(Fetcher fetch, QObject* parent)
    : QAbstractTableModel(parent), m_fetch(std::move(fetch))
{
}

bool PatientSearchModel::search(const QString& text)
{
    beginResetModel();
    m_text = text;
    m_hits.clear();
    m_error.clear();
    // Nothing to fetch while views react to the reset; the first page comes right after.
    m_complete = true;
    endResetModel();
    m_complete = false;
    fetchMore({});
    return m_error.isEmpty();
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PatientSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void PatientSearchModel::fetchMore(const QModelIndex& parent)
{
    // Views may ask for more while the rows just fetched are being announced; one page at a time.
    if (parent.isValid() || m_complete || m_fetching) {
        return;
    }
    auto page = m_fetch(m_text, PageSize, int(m_hits.size()));
    if (!page) {
        m_error = page.error().message;
        m_complete = true;
        return;
    }
    // A short page is the last one.
    m_complete = page->size() < PageSize;
    if (page->isEmpty()) {
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page->size() - 1));
    m_hits.append(*page);
    endInsertRows();
    m_fetching = false;
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PatientSearchHit& hit = m_hits.at(index.row());
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Reference:
        return hit.pseudonym;
    case Name:
        return hit.name;
    case Born:
        if (hit.birthDate) {
            return ClinicTime::dateText(*hit.birthDate);
        }
        return hit.birthYear ? QString::number(*hit.birthYear) : QString();
    case Phone:
        return hit.phone;
    case Messages:
        if (hit.phone.isEmpty()) {
            return QString();
        }
        return hit.mayLeaveMessages ? tr("Yes") : tr("No");
    case Status:
        return PatientStates::displayName(hit.state);
    case Clinician:
        return hit.clinicianId ? m_clinicianNames.value(*hit.clinicianId) : QString();
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Born:
        return tr("Born");
    case Phone:
        return tr("Phone");
    case Messages:
        //: Column: whether messages may be left on the patient's phone.
        return tr("Messages OK");
    case Status:
        return tr("Stage");
    case Clinician:
        return tr("Clinician");
    default:
        return {};
    }
}

} // namespace forlop
