#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace forlop {

// Small-cell suppression for figures that leave the clinic: a cell describing fewer than Threshold patients is
// not shown, and neither is a cell from which a hidden one could be worked out by subtracting from a total.
class SmallCells
{
public:
    static constexpr int Threshold = 5;

    enum class Mark {
        Shown,
        Small,     // fewer than Threshold patients (zero included: "none" is also a statement about patients)
        Secondary, // hidden so that a small cell cannot be worked out from the total
    };

    struct Cell
    {
        QString category;
        std::int64_t value = 0; // what is counted
        int patients = 0;       // the distinct patients behind it
        Mark mark = Mark::Shown;
    };

    // A total and the categories that partition it (their values add up to the total's). Marks every cell.
    static void suppress(Cell& total, QList<Cell>& categories);
    // A lone figure (a count, or the basis of a median).
    [[nodiscard]] static Mark markFor(int patients) { return patients < Threshold ? Mark::Small : Mark::Shown; }
};

} // namespace forlop
