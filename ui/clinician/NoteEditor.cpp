#include "clinician/NoteEditor.h"

#include "clinic/Clinic.h"
#include "clinician/ClinicStaff.h"
#include "clinician/DisplayTime.h"
#include "clinician/NoteHighlighter.h"
#include "clinician/SignDialog.h"
#include "clinician/SpellChecker.h"
#include "clinician/SpellingMenu.h"
#include "pathway/Signer.h"
#include "util/Clock.h"
#include "util/Language.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace forlop {

namespace {

int g_autosaveDelay = 5000;

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

void NoteEditor::setAutosaveDelay(int milliseconds)
{
    g_autosaveDelay = milliseconds;
}

int NoteEditor::autosaveDelay()
{
    return g_autosaveDelay;
}

QString NoteEditor::templateText()
{
    //: The template of a new session note: headings that end with a colon, each followed by an empty line to
    //: write in. Keep the colons.
    return tr("Attendance and how the patient is:\n\n\nTheme of the session:\n\n\nWhat we worked on:\n\n\n"
              "Assessment, including risk:\n\n\nPlan and tasks until the next session:\n\n");
}

NoteEditor::NoteEditor(Clinic& clinic, std::int64_t patientId, Kind kind, const QString& patientLabel, QWidget* parent)
    : QDialog(parent, Qt::Window), m_clinic(clinic), m_patientId(patientId), m_kind(kind), m_patientLabel(patientLabel)
{
    setObjectName(QStringLiteral("noteEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::saveDraft);
}

NoteEditor* NoteEditor::createNote(Clinic& clinic, std::int64_t patientId, const QString& patientLabel,
                                   std::optional<std::int64_t> sessionId, QWidget* parent)
{
    auto* editor = new NoteEditor(clinic, patientId, Kind::Note, patientLabel, parent);
    editor->m_sessionId = sessionId;
    editor->build({});
    editor->setText(templateText());
    // Ready to write under the first heading.
    QTextCursor cursor = editor->m_editor->textCursor();
    cursor.setPosition(static_cast<int>(templateText().indexOf(QLatin1Char('\n'))) + 1);
    editor->m_editor->setTextCursor(cursor);
    editor->showStatus(tr("New note, not saved yet. Drafts are saved automatically."));
    return editor;
}

NoteEditor* NoteEditor::createAddendum(Clinic& clinic, const ClinicalNote& original, const QString& patientLabel,
                                       QWidget* parent)
{
    auto* editor = new NoteEditor(clinic, original.patientId, Kind::Addendum, patientLabel, parent);
    editor->m_addendumTo = original.id;
    editor->build(original.body);
    editor->showStatus(tr("New addendum, not saved yet. The signed note above stays as it is."));
    return editor;
}

Result<NoteEditor*> NoteEditor::open(Clinic& clinic, std::int64_t noteId, const QString& patientLabel, QWidget* parent)
{
    auto note = ClinicalNotes::get(clinic, noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    QString original;
    if (note->addendumTo) {
        auto parentNote = ClinicalNotes::get(clinic, *note->addendumTo);
        if (!parentNote) {
            return std::unexpected(parentNote.error());
        }
        original = parentNote->body;
    }
    auto* editor =
        new NoteEditor(clinic, note->patientId, note->addendumTo ? Kind::Addendum : Kind::Note, patientLabel, parent);
    editor->m_noteId = note->id;
    editor->m_sessionId = note->sessionId;
    editor->m_addendumTo = note->addendumTo;
    editor->build(original);
    editor->setText(note->body);
    if (note->isSigned()) {
        editor->showSigned(*note->signedAt);
    } else {
        editor->showStatus(tr("Draft, last saved %1.").arg(displaytime::dateTime(note->updatedAt)));
    }
    return editor;
}

NoteEditor::~NoteEditor()
{
    // A lock or a closing record deletes the editor: whatever was typed since the last save goes in now.
    if (m_dirty) {
        (void)saveDraft();
    }
}

void NoteEditor::build(const QString& original)
{
    const bool addendum = m_kind == Kind::Addendum;
    setWindowTitle(addendum ? tr("Addendum – %1").arg(m_patientLabel) : tr("Session note – %1").arg(m_patientLabel));

    auto* title = new QLabel(addendum ? tr("Addendum to a signed note") : tr("Session note"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* patient = new QLabel(m_patientLabel);
    patient->setObjectName(QStringLiteral("notePatientLabel"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("noteStatusLabel"));
    m_status->setWordWrap(true);

    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("noteTextEdit"));
    m_editor->setTabChangesFocus(true);
    // Spelling in the interface's Norwegian (bokmål unless nynorsk is chosen); no dictionary, no underlines.
    const auto spelling = SpellChecker::forLanguage(Language::current());
    new NoteHighlighter(m_editor->document(), spelling);
    new SpellingMenu(m_editor, spelling);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_signed) {
            return;
        }
        m_dirty = true;
        // At most one save per delay while typing, and the last change is never more than a delay old.
        if (!m_autosave->isActive()) {
            m_autosave->start(g_autosaveDelay);
        }
    });

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    if (addendum) {
        auto* originalBox = new QWidget;
        auto* originalLayout = new QVBoxLayout(originalBox);
        originalLayout->setContentsMargins(0, 0, 0, 0);
        originalLayout->addWidget(heading(tr("The signed note (unchanged)")));
        m_original = new QPlainTextEdit(original);
        m_original->setObjectName(QStringLiteral("noteOriginalEdit"));
        m_original->setReadOnly(true);
        m_original->setBackgroundRole(QPalette::Window);
        new NoteHighlighter(m_original->document());
        originalLayout->addWidget(m_original);
        splitter->addWidget(originalBox);
    }
    auto* editorBox = new QWidget;
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    if (addendum) {
        editorLayout->addWidget(heading(tr("Addendum")));
    }
    editorLayout->addWidget(m_editor);
    splitter->addWidget(editorBox);
    if (!addendum) {
        auto* addendaBox = new QWidget;
        auto* addendaLayout = new QVBoxLayout(addendaBox);
        addendaLayout->setContentsMargins(0, 0, 0, 0);
        addendaLayout->addWidget(heading(tr("Addenda")));
        m_addenda = new QPlainTextEdit;
        m_addenda->setObjectName(QStringLiteral("noteAddendaEdit"));
        m_addenda->setReadOnly(true);
        m_addenda->setBackgroundRole(QPalette::Window);
        addendaLayout->addWidget(m_addenda);
        splitter->addWidget(addendaBox);
        addendaBox->setVisible(false);
    }

    m_dutyButton = new QPushButton(tr("Duty to report…"));
    m_dutyButton->setObjectName(QStringLiteral("noteDutyButton"));
    m_dutyButton->setToolTip(tr("Document an assessment of the duty to inform child welfare or to avert a crime"));
    connect(m_dutyButton, &QPushButton::clicked, this, &NoteEditor::dutyReportRequested);
    m_discardButton = new QPushButton(tr("Discard draft…"));
    m_discardButton->setObjectName(QStringLiteral("noteDiscardButton"));
    connect(m_discardButton, &QPushButton::clicked, this, &NoteEditor::discard);
    m_addendumButton = new QPushButton(tr("Add addendum…"));
    m_addendumButton->setObjectName(QStringLiteral("noteAddendumButton"));
    m_addendumButton->setVisible(false);
    connect(m_addendumButton, &QPushButton::clicked, this, [this] {
        if (m_noteId) {
            Q_EMIT addendumRequested(*m_noteId);
        }
    });
    m_signButton = new QPushButton(tr("Sign…"));
    m_signButton->setObjectName(QStringLiteral("noteSignButton"));
    connect(m_signButton, &QPushButton::clicked, this, &NoteEditor::startSigning);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("noteCloseButton"));
    connect(close, &QPushButton::clicked, this, &NoteEditor::close);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(patient, 0, Qt::AlignBaseline);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dutyButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addendumButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    for (QPushButton* button : {m_dutyButton, m_discardButton, m_addendumButton, m_signButton, close}) {
        button->setAutoDefault(false);
    }
    m_editor->setFocus();
    resize(820, 640);
}

void NoteEditor::setText(const QString& text)
{
    m_loading = true;
    m_editor->setPlainText(text);
    m_loading = false;
}

void NoteEditor::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void NoteEditor::showSigned(const QDateTime& signedAt)
{
    m_signed = true;
    m_dirty = false;
    m_autosave->stop();
    m_editor->setReadOnly(true);
    m_editor->setBackgroundRole(QPalette::Window);
    m_signButton->setVisible(false);
    m_discardButton->setVisible(false);
    m_addendumButton->setVisible(m_kind == Kind::Note);
    showStatus(tr("Signed %1. A signed text cannot be changed; add a signed addendum to correct or add to it.")
                   .arg(displaytime::dateTime(signedAt)));
    reloadAddenda();
}

void NoteEditor::reloadAddenda()
{
    if (!m_addenda || !m_noteId) {
        return;
    }
    auto notes = ClinicalNotes::forPatient(m_clinic, m_patientId);
    if (!notes) {
        return;
    }
    const auto names = ClinicStaff::names(m_clinic);
    QStringList parts;
    for (const ClinicalNote& note : std::as_const(*notes)) {
        if (note.addendumTo != m_noteId) {
            continue;
        }
        const QString when = displaytime::dateTime(note.isSigned() ? *note.signedAt : note.updatedAt);
        const QString header = note.isSigned() ? tr("Signed %1 by %2:").arg(when, names.value(note.authorId))
                                               : tr("Draft by %1, saved %2:").arg(names.value(note.authorId), when);
        parts << header + QLatin1Char('\n') + note.body;
    }
    m_addenda->setPlainText(parts.join(QStringLiteral("\n\n")));
    m_addenda->parentWidget()->setVisible(!parts.isEmpty());
}

bool NoteEditor::saveDraft()
{
    m_autosave->stop();
    if (!m_dirty || m_signed) {
        return true;
    }
    const QString text = m_editor->toPlainText();
    Status status;
    if (m_noteId) {
        status = ClinicalNotes::updateDraft(m_clinic, *m_noteId, text);
    } else {
        auto created = m_kind == Kind::Addendum ? ClinicalNotes::addAddendum(m_clinic, *m_addendumTo, text)
                                                : ClinicalNotes::createDraft(m_clinic, m_patientId, m_sessionId, text);
        if (created) {
            m_noteId = *created;
        } else {
            status = std::unexpected(created.error());
        }
    }
    if (!status) {
        showStatus(tr("The draft could not be saved: %1").arg(status.error().message), true);
        return false;
    }
    m_dirty = false;
    showStatus(tr("Draft saved %1.").arg(displaytime::time(m_clinic.clock().now())));
    Q_EMIT noteChanged();
    return true;
}

void NoteEditor::startSigning()
{
    if (!saveDraft()) {
        return;
    }
    if (!m_noteId) {
        showStatus(tr("Write the note before signing it."), true);
        return;
    }
    const QString what = m_kind == Kind::Addendum ? tr("Sign the addendum for %1.").arg(m_patientLabel)
                                                  : tr("Sign the session note for %1.").arg(m_patientLabel);
    auto* dialog = new SignDialog(
        what,
        [this](const QByteArray& password) -> Status {
            auto signer = Signer::confirm(m_clinic, password);
            if (!signer) {
                return std::unexpected(signer.error());
            }
            return ClinicalNotes::sign(m_clinic, *m_noteId, *signer);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        auto note = ClinicalNotes::get(m_clinic, *m_noteId);
        showSigned(note && note->signedAt ? *note->signedAt : m_clinic.clock().now());
        Q_EMIT noteChanged();
    });
    dialog->open();
}

void NoteEditor::discard()
{
    if (!m_noteId) {
        m_dirty = false;
        close();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Discard draft"),
                                              tr("Discard this draft? Its text is deleted and cannot be recovered."),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
        return;
    }
    if (auto status = ClinicalNotes::discardDraft(m_clinic, *m_noteId); !status) {
        showStatus(status.error().message, true);
        return;
    }
    m_dirty = false;
    m_noteId.reset();
    Q_EMIT noteChanged();
    close();
}

void NoteEditor::reject()
{
    // Escape and the lock's closing of dialogs come here: keep the draft before the editor goes.
    (void)saveDraft();
    QDialog::reject();
}

void NoteEditor::closeEvent(QCloseEvent* event)
{
    if (!saveDraft()) {
        // Not saved: stay open with the error rather than lose the text.
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace forlop
