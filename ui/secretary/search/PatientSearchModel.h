#pragma once

#include "Error.h"
#include "pathway/PatientSearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace forlop {

// Search results, fetched a page at a time from core (PatientSearch::find with LIMIT/OFFSET) as the view scrolls,
// so a broad search ("a") costs one page until someone scrolls. Administrative columns only.
class PatientSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Name, Born, Phone, Messages, Status, Clinician, ColumnCount };
    static constexpr int PageSize = 50;

    using Fetcher = std::function<Result<QList<PatientSearchHit>>(const QString& text, int limit, int offset)>;

    explicit PatientSearchModel(Fetcher fetch, QObject* parent = nullptr);

    // Starts a new search (the first page is fetched at once); false with lastError() when core refused it.
    bool search(const QString& text);
    void setClinicianNames(QHash<std::int64_t, QString> names) { m_clinicianNames = std::move(names); }
    [[nodiscard]] const PatientSearchHit& hit(int row) const { return m_hits.at(row); }
    [[nodiscard]] const QString& lastError() const { return m_error; }
    [[nodiscard]] const QString& text() const { return m_text; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Fetcher m_fetch;
    QString m_text;
    QList<PatientSearchHit> m_hits;
    QHash<std::int64_t, QString> m_clinicianNames;
    bool m_complete = true;
    bool m_fetching = false;
    QString m_error;
};

} // namespace forlop
