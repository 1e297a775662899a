#pragma once

#include "pathway/ClinicalNote.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace forlop {

class Clinic;

// The session note editor: plain text with the usual headings of a session note as a template. A draft is saved
// through core (sealed in the encrypted database, never in a file of its own) a few seconds after each change,
// and again when the editor closes, the window locks or the record closes; so a crash loses at most those
// seconds and a lock loses nothing. "Sign…" asks for the password again and locks the note; a signed note shows
// read-only with its addenda and offers "Add addendum…", which opens a second editor for the addendum.
class NoteEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Note, Addendum };

    // A new note; the draft is created by the first save.
    static NoteEditor* createNote(Clinic& clinic, std::int64_t patientId, const QString& patientLabel,
                                  std::optional<std::int64_t> sessionId, QWidget* parent);
    // A new addendum to a signed note.
    static NoteEditor* createAddendum(Clinic& clinic, const ClinicalNote& original, const QString& patientLabel,
                                      QWidget* parent);
    // An existing note or addendum: the author's draft opens for writing, a signed one read-only.
    [[nodiscard]] static Result<NoteEditor*> open(Clinic& clinic, std::int64_t noteId, const QString& patientLabel,
                                                  QWidget* parent);
    ~NoteEditor() override;

    [[nodiscard]] std::optional<std::int64_t> noteId() const { return m_noteId; }
    [[nodiscard]] bool isSigned() const { return m_signed; }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    // Writes the draft now if it changed; false (with the error shown) when core refused.
    bool saveDraft();
    // Opens the password dialog; the note is signed when it is accepted.
    void startSigning();
    // Rereads the addenda shown under a signed note (after one was signed in another editor).
    void reloadAddenda();

    // How long after a change the draft is written (5 s; tests shorten it).
    static void setAutosaveDelay(int milliseconds);
    [[nodiscard]] static int autosaveDelay();
    [[nodiscard]] static QString templateText();

    void reject() override;

Q_SIGNALS:
    // Saved, signed or discarded: the record rereads its lists.
    void noteChanged();
    void dutyReportRequested();
    void addendumRequested(std::int64_t noteId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    NoteEditor(Clinic& clinic, std::int64_t patientId, Kind kind, const QString& patientLabel, QWidget* parent);
    void build(const QString& original);
    void setText(const QString& text);
    void showSigned(const QDateTime& signedAt);
    void showStatus(const QString& text, bool error = false);
    void discard();

    Clinic& m_clinic;
    std::int64_t m_patientId;
    Kind m_kind;
    QString m_patientLabel;
    std::optional<std::int64_t> m_noteId;
    std::optional<std::int64_t> m_sessionId;
    std::optional<std::int64_t> m_addendumTo;
    bool m_dirty = false;
    bool m_signed = false;
    bool m_loading = false;

    QPlainTextEdit* m_original = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPlainTextEdit* m_addenda = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_addendumButton = nullptr;
    QPushButton* m_dutyButton = nullptr;
    QTimer* m_autosave = nullptr;
};

} // namespace forlop
