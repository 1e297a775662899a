#pragma once

#include <QWidget>

#include <cstdint>

namespace forlop {

class Clinic;

// One page (tab) of the patient record: referral, sessions and notes, duties, and the structured forms
// (eligibility, assessment package, treatment plan, onward referral, end of treatment).
//
// How to add a page:
//  1. Subclass RecordPage in ui/clinician/ (or your own folder) and implement load(): read everything the page
//     shows through the core services with clinic() and patientId(). Core checks the patient access and writes
//     the audit row of the read ("<object>.view"), so opening a clinical page is audited because load() reads.
//     Do not read in the constructor: the record creates every page at once but loads a page only when it is
//     first shown (and again when it is shown after the record changed).
//  2. After a write that changes what other pages or the header show (a state change, a signature, a new
//     session), emit recordChanged(); the record then reloads its header and marks the other pages stale.
//  3. Show failures with emit errorOccurred(error.message): the record shows them in its message bar.
//  4. Add an entry to RecordPageCatalog::standard() (ui/clinician/RecordPageCatalog.cpp) at the place in the
//     pathway where the page belongs; `available` decides from the session's permissions whether it appears.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    RecordPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_clinic(clinic)
        , m_patientId(patientId)
    {
    }

    // Reads the page's content through core (audited there). Called on first show and after a change.
    virtual void load() = 0;

    [[nodiscard]] Clinic& clinic() const { return m_clinic; }
    [[nodiscard]] std::int64_t patientId() const { return m_patientId; }

Q_SIGNALS:
    // This page changed the record: the shell refreshes the header and the other pages.
    void recordChanged();
    // A translated message for the record's message bar (core errors carry one already).
    void errorOccurred(const QString& message);
    // Asks the record to open an object in its editor ("clinical_note", "duty_report"), as the timeline does.
    void openRequested(const QString& objectType, std::int64_t objectId);

private:
    Clinic& m_clinic;
    std::int64_t m_patientId;
};

} // namespace forlop
