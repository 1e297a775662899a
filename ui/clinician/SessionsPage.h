#pragma once

#include "clinician/RecordPage.h"

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace forlop {

// Sessions and notes: the sessions as they happened (time, kind, attendance, whether the note is written) and
// the notes with their addenda under them, the selected one shown read-only beside the list. Reading the notes
// is audited (ClinicalNotes::forPatient). New notes, drafts and addenda open in the note editor.
class SessionsPage : public RecordPage
{
    Q_OBJECT

public:
    SessionsPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

Q_SIGNALS:
    void newNoteRequested(std::optional<std::int64_t> sessionId);
    void addendumRequested(std::int64_t noteId);

private:
    void updateButtons();
    void showSelectedNote();
    [[nodiscard]] std::optional<std::int64_t> selectedNote() const;
    [[nodiscard]] std::optional<std::int64_t> selectedSession() const;

    QTreeWidget* m_sessions = nullptr;
    QTreeWidget* m_notes = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_addendumButton = nullptr;
};

} // namespace forlop
