#include "audit/AuditLogModel.h"

#include "access/Role.h"
#include "audit/AuditActionNames.h"
#include "audit/AuditPatientLabels.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace forlop {

AuditLogModel::AuditLogModel(Clinic& clinic, QObject* parent) : QAbstractTableModel(parent), m_clinic(clinic) {}

bool AuditLogModel::isFlagged(const AuditRecord& record)
{
    return AuditReview::isFlagged(record);
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.after.reset();
    m_rows.clear();
    m_seen.clear();
    m_more = true;
    m_total = 0;
    m_error.clear();
    // The first page before the count: reading it appends the "viewed the log" row the count then includes.
    QList<AuditRecord> page;
    if (fetchPage(page)) {
        m_rows = std::move(page);
        AuditFilter counting = m_filter;
        auto total = AuditReview::count(m_clinic, counting);
        m_total = total ? *total : m_rows.size();
    }
    // Anyone told of the reset may ask for more at once (QAbstractItemModelTester does); rows inserted before every
    // listener has heard of the reset would confuse the rest, so the next page waits until the reset is out.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    Q_EMIT loaded();
}

bool AuditLogModel::fetchPage(QList<AuditRecord>& into)
{
    auto records = AuditReview::query(m_clinic, m_filter);
    if (!records) {
        m_error = records.error().message;
        m_more = false;
        return false;
    }
    if (!records->isEmpty()) {
        m_filter.after = AuditReview::cursorAfter(records->last());
    }
    m_more = records->size() == PageSize;
    labelPatients(*records);
    for (AuditRecord& record : *records) {
        if (!m_seen.contains(record.seq)) {
            m_seen.insert(record.seq);
            into.append(std::move(record));
        }
    }
    return true;
}

void AuditLogModel::labelPatients(const QList<AuditRecord>& records)
{
    QList<std::int64_t> unknown;
    for (const AuditRecord& record : records) {
        if (record.event.patientId && !m_pseudonyms.contains(*record.event.patientId) &&
            !unknown.contains(*record.event.patientId)) {
            unknown.append(*record.event.patientId);
        }
    }
    if (unknown.isEmpty()) {
        return;
    }
    if (auto labels = AuditPatientLabels::pseudonyms(m_clinic, unknown)) {
        m_pseudonyms.insert(*labels);
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_resetting;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_resetting) {
        return;
    }
    QList<AuditRecord> page;
    if (!fetchPage(page)) {
        Q_EMIT loaded();
        return;
    }
    if (!page.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(std::move(page));
        endInsertRows();
    }
    Q_EMIT loaded();
}

const AuditRecord* AuditLogModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditRecord& record = m_rows.at(index.row());
    const bool flagged = isFlagged(record);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(record.at.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return record.userName;
        case RoleColumn:
            if (auto roles = RoleNames::fromIds(record.role)) {
                return RoleNames::displayNames(*roles);
            }
            return record.role;
        case ActionColumn:
            // A refusal recorded as its own action ("Access refused") needs no second word for it.
            return record.event.outcome == QLatin1String("ok") ||
                           record.event.action == QLatin1String("patient.access_denied")
                       ? AuditActionNames::displayName(record.event.action)
                       : tr("%1 (%2)", "action (outcome)")
                             .arg(AuditActionNames::displayName(record.event.action),
                                  record.event.outcome == QLatin1String("denied") ? tr("refused") : tr("failed"));
        case PatientColumn:
            if (!record.event.patientId) {
                return QString();
            }
            return m_pseudonyms.value(*record.event.patientId, QString::number(*record.event.patientId));
        case BasisColumn:
            return record.event.basis.isEmpty() ? QString() : AuditReview::basisDisplayName(record.event.basis);
        case ReasonColumn:
            return record.event.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !record.event.reason.isEmpty()) {
            return record.event.reason;
        }
        if (flagged) {
            return record.event.basis == QLatin1String(AuditBasis::Emergency)
                       ? tr("Emergency access: check that the reason holds.")
                       : tr("Refused access: someone tried to open a record outside their patients.");
        }
        break;
    case Qt::BackgroundRole:
        if (flagged) {
            return QColor(0xfd, 0xe4, 0xcf);
        }
        break;
    case Qt::ForegroundRole:
        if (flagged) {
            return QColor(0x20, 0x20, 0x20);
        }
        break;
    case Qt::FontRole:
        if (flagged && index.column() == ActionColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case FlaggedRole:
        return flagged;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("What");
    case PatientColumn:
        return tr("Patient");
    case BasisColumn:
        return tr("Basis");
    case ReasonColumn:
        return tr("Reason or detail");
    }
    return {};
}

} // namespace forlop
