#pragma once

#include <QWidget>

namespace forlop {

// The key under the calendar: a swatch per appointment type and how cancelled and missed appointments look.
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget* parent = nullptr);
};

} // namespace forlop
