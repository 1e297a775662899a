#pragma once

#include "audit/AuditReview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace forlop {

class Clinic;

// The audit trail as the log review shows it, a page at a time: AuditReview::query continuing after the last row
// shown (keyset paging: a page costs the same however far down the log), the next page fetched when the view
// scrolls near the end (canFetchMore/fetchMore). Flagged rows (emergency access, refused access) come first and
// are tinted. A row is recognised by its sequence number and never shown twice.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        RoleColumn,
        ActionColumn,
        PatientColumn,
        BasisColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int PageSize = 100;
    static constexpr int FlaggedRole = Qt::UserRole + 1;

    explicit AuditLogModel(Clinic& clinic, QObject* parent = nullptr);

    // Starts over with the first page for this filter (its limit and cursor are ignored). Reading the log is
    // audited by core; the first page records one view.
    void setFilter(const AuditFilter& filter);
    void reload() { setFilter(m_filter); }
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    // Rows matching the filter in all, as counted when the filter was set.
    [[nodiscard]] std::int64_t total() const { return m_total; }
    // Translated; empty unless the last query failed.
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const AuditRecord* recordAt(int row) const;
    [[nodiscard]] static bool isFlagged(const AuditRecord& record);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();

private:
    // The next page after what is loaded; duplicates dropped. False on a failed query.
    [[nodiscard]] bool fetchPage(QList<AuditRecord>& into);
    void labelPatients(const QList<AuditRecord>& records);

    Clinic& m_clinic;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    QSet<std::int64_t> m_seen;
    QHash<std::int64_t, QString> m_pseudonyms;
    bool m_more = false;
    bool m_resetting = false;
    std::int64_t m_total = 0;
    QString m_error;
};

} // namespace forlop
