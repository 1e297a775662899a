#pragma once

#include "scheduling/WaitingList.h"

#include <QAbstractTableModel>
#include <QHash>

namespace forlop {

// The waiting list as core orders it (urgent first, then the longest waiting). A clinic's waiting list is a
// working list of tens, not thousands, and core returns it whole in that order, so it is held whole here too.
class WaitingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Patient, Urgency, Received, DaysWaited, Channel, Stage, Clinician, FindSlot, ColumnCount };

    explicit WaitingListModel(QObject* parent = nullptr);

    void setEntries(QList<WaitingEntry> entries, QHash<std::int64_t, QString> clinicianNames);
    [[nodiscard]] const WaitingEntry& entry(int row) const { return m_entries.at(row); }
    [[nodiscard]] const QList<WaitingEntry>& entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<WaitingEntry> m_entries;
    QHash<std::int64_t, QString> m_clinicianNames;
};

} // namespace forlop
