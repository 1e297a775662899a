#include "clinician/PatientRecordView.h"

#include "clinic/Clinic.h"
#include "clinician/DutiesPage.h"
#include "clinician/DutyReportDialog.h"
#include "clinician/EmergencyBanner.h"
#include "clinician/NoteEditor.h"
#include "clinician/RecordHeader.h"
#include "clinician/RecordPage.h"
#include "clinician/SessionsPage.h"
#include "pathway/ClinicalNote.h"
#include "pathway/SessionLog.h"

#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace forlop {

PatientRecordView::PatientRecordView(Clinic& clinic, std::int64_t patientId, bool emergency,
                                     const QString& emergencyReason, const QList<RecordPageEntry>& pages,
                                     QWidget* parent)
    : QWidget(parent)
    , m_clinic(clinic)
    , m_patientId(patientId)
    , m_emergency(emergency)
{
    setObjectName(QStringLiteral("patientRecordView"));
    m_banner = new EmergencyBanner;
    m_banner->setReason(emergencyReason);
    m_banner->setVisible(emergency);

    m_header = new RecordHeader;

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("recordMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px 10px; "
                                            "border: 1px solid #f5c6cb; border-radius: 3px; }"));

    m_noteButton = new QToolButton;
    m_noteButton->setObjectName(QStringLiteral("newNoteButton"));
    m_noteButton->setText(tr("New session note"));
    m_noteButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_noteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_dutyButton = new QToolButton;
    m_dutyButton->setObjectName(QStringLiteral("newDutyReportButton"));
    m_dutyButton->setText(tr("Duty to report…"));
    m_dutyButton->setToolTip(tr("Document an assessment of the duty to inform child welfare or to avert a crime"));
    m_dutyButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    m_dutyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_noteButton, &QToolButton::clicked, this, [this] { newNote(); });
    connect(m_dutyButton, &QToolButton::clicked, this, &PatientRecordView::newDutyReport);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    for (QToolButton* button : {m_noteButton, m_dutyButton}) {
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto* actions = new QVBoxLayout;
    actions->setSpacing(4);
    actions->addWidget(m_noteButton);
    actions->addWidget(m_dutyButton);
    actions->addStretch(1);
    headerRow->addLayout(actions);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    for (const RecordPageEntry& entry : pages) {
        if (!entry.available(clinic.session())) {
            continue;
        }
        RecordPage* page = entry.create(clinic, patientId);
        page->setProperty("recordPageId", entry.id);
        m_pageIds << entry.id;
        m_loaded.insert(page, false);
        m_tabs->addTab(page, entry.title());
        connect(page, &RecordPage::recordChanged, this, &PatientRecordView::refresh);
        connect(page, &RecordPage::errorOccurred, this, &PatientRecordView::showMessage);
        connect(page, &RecordPage::openRequested, this, &PatientRecordView::openObject);
        if (auto* sessions = qobject_cast<SessionsPage*>(page)) {
            connect(sessions, &SessionsPage::newNoteRequested, this, &PatientRecordView::newNote);
            connect(sessions, &SessionsPage::addendumRequested, this, &PatientRecordView::addAddendum);
        } else if (auto* duties = qobject_cast<DutiesPage*>(page)) {
            connect(duties, &DutiesPage::newReportRequested, this, &PatientRecordView::newDutyReport);
        }
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientRecordView::loadCurrentPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 8);
    body->setSpacing(10);
    body->addLayout(headerRow);
    body->addWidget(m_message);
    body->addWidget(m_tabs, 1);
    layout->addLayout(body, 1);

    if (const QString error = m_header->load(clinic, patientId); !error.isEmpty()) {
        showMessage(error);
    }
    loadCurrentPage();
    if (m_emergency) {
        // The status bar belongs to the main window, which exists only once this view is placed in it.
        QTimer::singleShot(0, this, &PatientRecordView::showEmergencyInStatusBar);
    }
}

PatientRecordView::~PatientRecordView()
{
    // The editors save their drafts as they close; they go first, while this view can still hear from them, and
    // without calling back into it.
    const auto windows = findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog* window : windows) {
        window->disconnect(this);
        delete window;
    }
    if (m_statusBarBanner) {
        delete m_statusBarBanner;
    }
}

QString PatientRecordView::patientLabel() const
{
    return m_header->patientLabel();
}

RecordPage* PatientRecordView::page(const QString& id) const
{
    const auto index = m_pageIds.indexOf(id);
    return index < 0 ? nullptr : qobject_cast<RecordPage*>(m_tabs->widget(static_cast<int>(index)));
}

bool PatientRecordView::showPage(const QString& id)
{
    const auto index = m_pageIds.indexOf(id);
    if (index < 0) {
        return false;
    }
    m_tabs->setCurrentIndex(static_cast<int>(index));
    return true;
}

void PatientRecordView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PatientRecordView::refresh()
{
    showMessage({});
    if (const QString error = m_header->load(m_clinic, m_patientId); !error.isEmpty()) {
        showMessage(error);
    }
    for (auto it = m_loaded.begin(); it != m_loaded.end(); ++it) {
        it.value() = false;
    }
    loadCurrentPage();
}

void PatientRecordView::loadCurrentPage()
{
    auto* page = qobject_cast<RecordPage*>(m_tabs->currentWidget());
    if (!page || m_loaded.value(page)) {
        return;
    }
    m_loaded[page] = true;
    page->load();
}

void PatientRecordView::openObject(const QString& objectType, std::int64_t objectId)
{
    if (objectType == QLatin1String("clinical_note")) {
        openNote(objectId);
    } else if (objectType == QLatin1String("duty_report")) {
        openDutyReport(objectId);
    }
}

void PatientRecordView::showEmergencyInStatusBar()
{
    auto* mainWindow = qobject_cast<QMainWindow*>(window());
    if (!mainWindow || m_statusBarBanner) {
        return;
    }
    m_statusBarBanner = new QLabel(tr("Emergency access: %1").arg(patientLabel()));
    m_statusBarBanner->setObjectName(QStringLiteral("emergencyStatusLabel"));
    m_statusBarBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 2px 10px; }"));
    mainWindow->statusBar()->addPermanentWidget(m_statusBarBanner);
}

void PatientRecordView::newNote(std::optional<std::int64_t> sessionId)
{
    auto* editor = NoteEditor::createNote(m_clinic, m_patientId, patientLabel(), sessionId, this);
    adoptNoteEditor(editor);
}

void PatientRecordView::writeNoteForAppointment(std::int64_t appointmentId)
{
    std::optional<std::int64_t> sessionId;
    if (auto sessions = SessionLog::list(m_clinic, m_patientId)) {
        for (const TreatmentSession& session : std::as_const(*sessions)) {
            if (session.appointmentId == appointmentId) {
                sessionId = session.id;
            }
        }
    }
    if (sessionId) {
        if (auto notes = ClinicalNotes::forPatient(m_clinic, m_patientId)) {
            for (const ClinicalNote& note : std::as_const(*notes)) {
                if (note.sessionId == sessionId && !note.addendumTo) {
                    // A note of this session exists: a draft opens for writing, a signed one to read or add to.
                    openNote(note.id);
                    return;
                }
            }
        }
    }
    newNote(sessionId);
}

void PatientRecordView::openNote(std::int64_t noteId)
{
    if (auto open = m_noteEditors.value(noteId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto editor = NoteEditor::open(m_clinic, noteId, patientLabel(), this);
    if (!editor) {
        showMessage(editor.error().message);
        return;
    }
    adoptNoteEditor(*editor);
}

void PatientRecordView::addAddendum(std::int64_t noteId)
{
    auto original = ClinicalNotes::get(m_clinic, noteId);
    if (!original) {
        showMessage(original.error().message);
        return;
    }
    adoptNoteEditor(NoteEditor::createAddendum(m_clinic, *original, patientLabel(), this));
}

void PatientRecordView::adoptNoteEditor(NoteEditor* editor)
{
    connect(editor, &NoteEditor::noteChanged, this, [this, editor] {
        if (editor->noteId()) {
            m_noteEditors.insert(*editor->noteId(), editor);
        }
        for (const QPointer<NoteEditor>& open : std::as_const(m_noteEditors)) {
            if (open && open != editor && open->isSigned()) {
                open->reloadAddenda();
            }
        }
        refresh();
    });
    connect(editor, &NoteEditor::dutyReportRequested, this, &PatientRecordView::newDutyReport);
    connect(editor, &NoteEditor::addendumRequested, this, &PatientRecordView::addAddendum);
    if (editor->noteId()) {
        m_noteEditors.insert(*editor->noteId(), editor);
    }
    editor->show();
    editor->raise();
}

void PatientRecordView::newDutyReport()
{
    adoptDutyDialog(new DutyReportDialog(m_clinic, m_patientId, patientLabel(), std::nullopt, this));
}

void PatientRecordView::openDutyReport(std::int64_t reportId)
{
    if (auto open = m_dutyDialogs.value(reportId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    adoptDutyDialog(new DutyReportDialog(m_clinic, m_patientId, patientLabel(), reportId, this));
}

void PatientRecordView::adoptDutyDialog(DutyReportDialog* dialog)
{
    connect(dialog, &DutyReportDialog::reportChanged, this, [this, dialog] {
        if (dialog->reportId()) {
            m_dutyDialogs.insert(*dialog->reportId(), dialog);
        }
        refresh();
    });
    if (dialog->reportId()) {
        m_dutyDialogs.insert(*dialog->reportId(), dialog);
    }
    dialog->show();
    dialog->raise();
}

} // namespace forlop
