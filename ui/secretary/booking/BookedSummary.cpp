#include "secretary/booking/BookedSummary.h"

#include "clinic/Clinic.h"
#include "scheduling/AppointmentLetters.h"
#include "scheduling/ClinicTime.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace forlop {

namespace {

QLabel* value(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BookedSummary::BookedSummary(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bookedSummary"));
    auto* heading = new QLabel(tr("Booked. Read the time out to the caller:"));
    heading->setObjectName(QStringLiteral("bookedHeadingLabel"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* box = new QFrame;
    box->setObjectName(QStringLiteral("bookedTimeFrame"));
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    QPalette tint = box->palette();
    tint.setColor(QPalette::Window, QColor(0xe4, 0xf3, 0xe7));
    tint.setColor(QPalette::WindowText, QColor(0x14, 0x3d, 0x20));
    box->setPalette(tint);
    m_day = value(QStringLiteral("bookedDayLabel"));
    m_time = value(QStringLiteral("bookedTimeLabel"));
    QFont big = m_day->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_day->setFont(big);
    m_time->setFont(big);
    m_day->setAlignment(Qt::AlignCenter);
    m_time->setAlignment(Qt::AlignCenter);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(16, 14, 16, 14);
    boxLayout->addWidget(m_day);
    boxLayout->addWidget(m_time);

    m_clinician = value(QStringLiteral("bookedClinicianLabel"));
    m_meeting = value(QStringLiteral("bookedMeetingLabel"));
    m_place = value(QStringLiteral("bookedPlaceLabel"));
    m_reference = value(QStringLiteral("bookedReferenceLabel"));
    QFont bold = m_reference->font();
    bold.setBold(true);
    m_reference->setFont(bold);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->addRow(tr("With:"), m_clinician);
    form->addRow(tr("Meeting:"), m_meeting);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Reference:"), m_reference);

    auto* hint = new QLabel(tr("The caller can give the reference when they call again. The letter can be printed "
                               "now or later from the calendar."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
}

void BookedSummary::setBooking(const QString& day, const QString& time, const QString& clinician,
                               const QString& meeting, const QString& place, const QString& reference)
{
    m_day->setText(day);
    m_time->setText(time);
    m_clinician->setText(clinician);
    m_meeting->setText(meeting);
    m_place->setText(place);
    m_reference->setText(reference);
}

void BookedSummary::setBooking(Clinic& clinic, const Slot& slot, Modality modality, const QString& clinician,
                               const QString& room, const QString& reference)
{
    QString address;
    if (auto settings = AppointmentLetters::settings(clinic.db())) {
        address = settings->clinicAddress;
    }
    QString place = AppointmentLetters::placeText(modality, address);
    if (modality == Modality::InPerson && !room.isEmpty()) {
        //: Where an appointment in person is: %1 the clinic's address, %2 the room.
        place = place.isEmpty() ? room : tr("%1 (room: %2)").arg(place, room);
    }
    setBooking(ClinicTime::dayText(ClinicTime::dateOf(slot.time.start)),
               ClinicTime::rangeText(slot.time.start, slot.time.end), clinician, Modalities::displayName(modality),
               place.isEmpty() ? tr("At the clinic") : place, reference);
}

QString BookedSummary::text() const
{
    return QStringList{m_day->text(),     m_time->text(),  m_clinician->text(),
                       m_meeting->text(), m_place->text(), m_reference->text()}
        .join(QLatin1Char('\n'));
}

} // namespace forlop
