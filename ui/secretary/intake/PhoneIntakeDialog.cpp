#include "secretary/intake/PhoneIntakeDialog.h"

#include "clinic/Clinic.h"
#include "pathway/PseudonymPreview.h"
#include "pathway/Referrals.h"
#include "scheduling/Booking.h"
#include "secretary/booking/BookedSummary.h"
#include "secretary/booking/SlotPicker.h"
#include "secretary/common/SchedulingEvents.h"
#include "secretary/intake/IntakeForm.h"
#include "secretary/letters/LetterDialog.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

PhoneIntakeDialog* PhoneIntakeDialog::openFor(Clinic& clinic, QWidget* parent)
{
    const auto open = parent ? parent->findChildren<PhoneIntakeDialog*>() : QList<PhoneIntakeDialog*>();
    for (PhoneIntakeDialog* dialog : open) {
        if (dialog->isVisible()) {
            dialog->raise();
            dialog->activateWindow();
            return dialog;
        }
    }
    auto* dialog = new PhoneIntakeDialog(clinic, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->m_form->firstField()->setFocus();
    return dialog;
}

PhoneIntakeDialog::PhoneIntakeDialog(Clinic& clinic, QWidget* parent) : QDialog(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("phoneIntakeDialog"));
    setWindowTitle(tr("New phone contact"));

    m_stepLabel = new QLabel;
    m_stepLabel->setObjectName(QStringLiteral("intakeStepLabel"));
    QFont heading = m_stepLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_stepLabel->setFont(heading);

    m_form = new IntakeForm;
    if (auto preview = PseudonymPreview::next(clinic)) {
        m_form->setPseudonym(*preview);
    }

    m_savedLabel = new QLabel;
    m_savedLabel->setObjectName(QStringLiteral("intakeSavedLabel"));
    m_savedLabel->setWordWrap(true);
    m_picker = new SlotPicker(clinic);
    m_bookingError = new QLabel;
    m_bookingError->setObjectName(QStringLiteral("bookingErrorLabel"));
    m_bookingError->setWordWrap(true);
    m_bookingError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_bookingError->hide();
    auto* slotPage = new QWidget;
    auto* slotLayout = new QVBoxLayout(slotPage);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(m_savedLabel);
    slotLayout->addSpacing(4);
    slotLayout->addWidget(m_picker, 1);
    slotLayout->addWidget(m_bookingError);

    m_summary = new BookedSummary;

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_form);
    m_pages->addWidget(slotPage);
    m_pages->addWidget(m_summary);

    m_primary = new QPushButton;
    m_primary->setObjectName(QStringLiteral("intakePrimaryButton"));
    m_secondary = new QPushButton;
    m_secondary->setObjectName(QStringLiteral("intakeSecondaryButton"));
    m_letter = new QPushButton(tr("Appointment &letter…"));
    m_letter->setObjectName(QStringLiteral("intakeLetterButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_letter);
    buttons->addStretch();
    buttons->addWidget(m_secondary);
    buttons->addWidget(m_primary);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_primary, &QPushButton::clicked, this, &PhoneIntakeDialog::primary);
    connect(m_secondary, &QPushButton::clicked, this, &PhoneIntakeDialog::reject);
    connect(m_letter, &QPushButton::clicked, this, [this] { LetterDialog::openFor(m_clinic, m_appointmentId, this); });
    connect(m_picker, &SlotPicker::slotActivated, this, &PhoneIntakeDialog::book);
    connect(m_picker, &SlotPicker::selectedSlotChanged, this,
            [this] { m_primary->setEnabled(m_step != Step::Slot || m_picker->selectedSlot().has_value()); });

    showStep(Step::Details);
    resize(660, 560);
}

void PhoneIntakeDialog::showStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Details:
        m_stepLabel->setText(tr("1. The caller"));
        m_pages->setCurrentIndex(0);
        m_primary->setText(tr("&Save and find a time"));
        m_secondary->setText(tr("Cancel"));
        m_secondary->setToolTip(QString());
        break;
    case Step::Slot:
        m_stepLabel->setText(tr("2. A first appointment"));
        m_pages->setCurrentIndex(1);
        m_primary->setText(tr("&Book"));
        m_secondary->setText(tr("Book &later"));
        m_secondary->setToolTip(tr("The caller stays on the waiting list until a time is booked."));
        m_primary->setEnabled(m_picker->selectedSlot().has_value());
        break;
    case Step::Booked:
        m_stepLabel->setText(tr("3. Booked"));
        m_pages->setCurrentIndex(2);
        m_primary->setText(tr("&Close"));
        m_secondary->hide();
        m_primary->setEnabled(true);
        break;
    }
    m_letter->setVisible(step == Step::Booked);
    m_primary->setDefault(true);
    m_primary->setAutoDefault(true);
    m_secondary->setAutoDefault(false);
    m_letter->setAutoDefault(false);
}

void PhoneIntakeDialog::primary()
{
    switch (m_step) {
    case Step::Details:
        save();
        return;
    case Step::Slot:
        book();
        return;
    case Step::Booked:
        accept();
        return;
    }
}

bool PhoneIntakeDialog::save()
{
    auto registered = Referrals::registerReferral(m_clinic, m_form->referral(m_clinic.clock().today()));
    if (!registered) {
        m_form->showError(registered.error().message);
        return false;
    }
    m_form->clearReason();
    m_form->showError(QString());
    m_patientId = registered->patientId;
    m_pseudonym = registered->pseudonym;
    SchedulingEvents::instance().notifyPatientsChanged();
    //: %1 is the new reference number, such as P-2026-0042.
    m_savedLabel->setText(tr("Saved as <b>%1</b> and placed on the waiting list. Find a first appointment that "
                             "suits the caller:")
                              .arg(m_pseudonym.toHtmlEscaped()));
    SlotSearch search;
    search.type = AppointmentType::FirstContact;
    search.patientId = m_patientId;
    m_picker->setSearch(search);
    showStep(Step::Slot);
    m_picker->slotList()->setFocus();
    return true;
}

bool PhoneIntakeDialog::book()
{
    const std::optional<Slot> slot = m_picker->selectedSlot();
    if (m_step != Step::Slot || !slot) {
        return false;
    }
    BookingRequest request;
    request.patientId = m_patientId;
    request.type = AppointmentType::FirstContact;
    request.modality = m_picker->modality();
    request.slot = *slot;
    auto booked = Booking::book(m_clinic, request);
    if (!booked) {
        // Someone else may have taken the time a moment ago: say why and offer fresh times.
        m_bookingError->setText(booked.error().message);
        m_bookingError->show();
        m_picker->refresh();
        m_picker->slotList()->setFocus();
        return false;
    }
    m_appointmentId = *booked;
    m_bookingError->hide();
    m_summary->setBooking(m_clinic, *slot, request.modality, m_picker->clinicianName(slot->clinicianId),
                          slot->roomId ? m_picker->roomName(*slot->roomId) : QString(), m_pseudonym);
    SchedulingEvents::instance().notifyAppointmentsChanged();
    showStep(Step::Booked);
    m_primary->setFocus();
    return true;
}

} // namespace forlop
