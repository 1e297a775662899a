#include "secretary/calendar/CalendarLegend.h"

#include "secretary/common/AppointmentStyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace forlop {

namespace {

QWidget* swatch(const QColor& fill, const QColor& border, Qt::BrushStyle pattern = Qt::SolidPattern)
{
    auto* box = new QLabel;
    box->setFixedSize(14, 14);
    QString style = QStringLiteral("background: %1; border: 1px %3 %2; border-left: 4px solid %2; border-radius: 2px;")
                        .arg(fill.name(), border.name(),
                             pattern == Qt::SolidPattern ? QStringLiteral("solid") : QStringLiteral("dashed"));
    box->setStyleSheet(style);
    return box;
}

void addItem(QHBoxLayout* layout, QWidget* box, const QString& text)
{
    auto* label = new QLabel(text);
    layout->addWidget(box);
    layout->addSpacing(2);
    layout->addWidget(label);
    layout->addSpacing(14);
}

} // namespace

CalendarLegend::CalendarLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (AppointmentType type : AppointmentTypes::all()) {
        addItem(layout, swatch(AppointmentStyle::fill(type), AppointmentStyle::border(type)),
                AppointmentTypes::displayName(type));
    }
    addItem(layout, swatch(QColor(0xf3, 0xf3, 0xf3), QColor(0x80, 0x80, 0x80), Qt::Dense4Pattern),
            AppointmentStyle::statusMark(AppointmentStatus::CancelledByPatient));
    addItem(layout, swatch(QColor(0xf2, 0xc9, 0xc4), QColor(0xc0, 0x39, 0x2b)),
            AppointmentStyle::statusMark(AppointmentStatus::NoShow));
    layout->addStretch();
}

} // namespace forlop
