#include "reports/SmallCells.h"

namespace forlop {

void SmallCells::suppress(Cell& total, QList<Cell>& categories)
{
    total.mark = markFor(total.patients);
    if (total.mark != Mark::Shown) {
        for (Cell& cell : categories) {
            cell.mark = Mark::Small;
        }
        return;
    }
    int hidden = 0;
    for (Cell& cell : categories) {
        cell.mark = markFor(cell.patients);
        hidden += cell.mark != Mark::Shown ? 1 : 0;
    }
    // One hidden cell is the total minus the shown ones: hide the smallest shown cell as well.
    if (hidden == 1) {
        Cell* smallest = nullptr;
        for (Cell& cell : categories) {
            if (cell.mark == Mark::Shown && (!smallest || cell.value < smallest->value)) {
                smallest = &cell;
            }
        }
        if (smallest) {
            smallest->mark = Mark::Secondary;
        }
    }
}

} // namespace forlop
