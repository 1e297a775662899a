#include "secretary/booking/SlotBookingDialog.h"

#include "clinic/Clinic.h"
#include "scheduling/Booking.h"
#include "secretary/booking/BookedSummary.h"
#include "secretary/booking/SlotPicker.h"
#include "secretary/common/SchedulingEvents.h"
#include "secretary/letters/LetterDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

SlotBookingDialog::SlotBookingDialog(Clinic& clinic, std::int64_t patientId, const QString& patientLabel,
                                     const SlotSearch& search, QWidget* parent)
    : QDialog(parent), m_clinic(clinic), m_patientId(patientId), m_patientLabel(patientLabel), m_search(search)
{
    setObjectName(QStringLiteral("slotBookingDialog"));
    //: %1 is the patient's name or reference number.
    setWindowTitle(tr("Find a time for %1").arg(patientLabel));
    m_search.patientId = patientId;

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("appointmentTypeComboBox"));
    for (AppointmentType type : AppointmentTypes::all()) {
        m_type->addItem(AppointmentTypes::displayName(type), int(type));
    }
    m_type->setCurrentIndex(m_type->findData(int(search.type)));
    auto* typeForm = new QFormLayout;
    typeForm->addRow(tr("&Appointment:"), m_type);

    m_picker = new SlotPicker(clinic);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("bookingErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* choose = new QWidget;
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addLayout(typeForm);
    chooseLayout->addWidget(m_picker, 1);
    chooseLayout->addWidget(m_error);

    m_summary = new BookedSummary;
    m_pages = new QStackedWidget;
    m_pages->addWidget(choose);
    m_pages->addWidget(m_summary);

    m_book = new QPushButton(tr("&Book"));
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_letter = new QPushButton(tr("Appointment &letter…"));
    m_letter->setObjectName(QStringLiteral("letterButton"));
    m_close = new QPushButton(tr("Cancel"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_letter);
    buttons->addWidget(m_close);
    buttons->addWidget(m_book);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_search.type = AppointmentType(m_type->currentData().toInt());
        m_picker->setSearch(m_search);
    });
    connect(m_picker, &SlotPicker::slotActivated, this, &SlotBookingDialog::book);
    connect(m_picker, &SlotPicker::selectedSlotChanged, this, &SlotBookingDialog::updateButtons);
    connect(m_book, &QPushButton::clicked, this, &SlotBookingDialog::book);
    connect(m_close, &QPushButton::clicked, this, [this] { m_appointmentId ? accept() : reject(); });
    connect(m_letter, &QPushButton::clicked, this, [this] { LetterDialog::openFor(m_clinic, m_appointmentId, this); });

    m_picker->setSearch(m_search);
    updateButtons();
    resize(680, 600);
    m_picker->slotList()->setFocus();
}

void SlotBookingDialog::updateButtons()
{
    const bool booked = m_appointmentId != 0;
    m_book->setVisible(!booked);
    m_book->setEnabled(m_picker->selectedSlot().has_value());
    m_book->setDefault(!booked);
    m_letter->setVisible(booked);
    m_close->setText(booked ? tr("&Close") : tr("Cancel"));
    m_close->setDefault(booked);
}

bool SlotBookingDialog::book()
{
    const std::optional<Slot> slot = m_picker->selectedSlot();
    if (!slot || m_appointmentId) {
        return false;
    }
    BookingRequest request;
    request.patientId = m_patientId;
    request.type = m_picker->type();
    request.modality = m_picker->modality();
    request.slot = *slot;
    auto booked = Booking::book(m_clinic, request);
    if (!booked) {
        m_error->setText(booked.error().message);
        m_error->show();
        m_picker->refresh();
        return false;
    }
    m_appointmentId = *booked;
    m_error->hide();
    m_summary->setBooking(m_clinic, *slot, request.modality, m_picker->clinicianName(slot->clinicianId),
                          slot->roomId ? m_picker->roomName(*slot->roomId) : QString(), m_patientLabel);
    m_pages->setCurrentWidget(m_summary);
    updateButtons();
    m_close->setFocus();
    SchedulingEvents::instance().notifyAppointmentsChanged();
    return true;
}

} // namespace forlop
