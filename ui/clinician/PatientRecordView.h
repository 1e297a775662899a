#pragma once

#include "clinician/RecordPageCatalog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <cstdint>

class QLabel;
class QTabWidget;
class QToolButton;

namespace forlop {

class Clinic;
class DutyReportDialog;
class EmergencyBanner;
class NoteEditor;
class RecordHeader;
class RecordPage;

// One open patient record: the emergency banner (when access came through breaking the glass), the header,
// a message bar, the record's actions and the pages of RecordPageCatalog as tabs, each loaded when first shown.
// The caller has checked the access (PatientAccess::clinical) before making the view.
class PatientRecordView : public QWidget
{
    Q_OBJECT

public:
    PatientRecordView(Clinic& clinic, std::int64_t patientId, bool emergency, const QString& emergencyReason,
                      const QList<RecordPageEntry>& pages, QWidget* parent = nullptr);
    ~PatientRecordView() override;

    [[nodiscard]] std::int64_t patientId() const { return m_patientId; }
    [[nodiscard]] bool isEmergency() const { return m_emergency; }
    [[nodiscard]] QString patientLabel() const;
    // The page with that catalogue id, or null.
    [[nodiscard]] RecordPage* page(const QString& id) const;
    bool showPage(const QString& id);

    // The editors of the record (non-modal windows owned by this view, so a lock closes them with it).
    void newNote(std::optional<std::int64_t> sessionId = std::nullopt);
    void openNote(std::int64_t noteId);
    void addAddendum(std::int64_t noteId);
    // The note of an appointment's session: the user's draft for it when there is one, else a new note (linked
    // to the session once attendance is recorded).
    void writeNoteForAppointment(std::int64_t appointmentId);
    void newDutyReport();
    void openDutyReport(std::int64_t reportId);

    void showMessage(const QString& text);

public Q_SLOTS:
    // Rereads the header and the page on show; the other pages reload when next shown.
    void refresh();

private:
    void loadCurrentPage();
    void openObject(const QString& objectType, std::int64_t objectId);
    void showEmergencyInStatusBar();
    void adoptNoteEditor(NoteEditor* editor);
    void adoptDutyDialog(DutyReportDialog* dialog);

    Clinic& m_clinic;
    std::int64_t m_patientId;
    bool m_emergency;
    QStringList m_pageIds;
    QHash<RecordPage*, bool> m_loaded;
    EmergencyBanner* m_banner = nullptr;
    RecordHeader* m_header = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QToolButton* m_noteButton = nullptr;
    QToolButton* m_dutyButton = nullptr;
    QPointer<QLabel> m_statusBarBanner;
    QHash<std::int64_t, QPointer<NoteEditor>> m_noteEditors;
    QHash<std::int64_t, QPointer<DutyReportDialog>> m_dutyDialogs;
};

} // namespace forlop
