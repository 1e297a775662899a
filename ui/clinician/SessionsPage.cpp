#include "clinician/SessionsPage.h"

#include "clinic/Clinic.h"
#include "clinician/ClinicStaff.h"
#include "clinician/DisplayTime.h"
#include "clinician/NoteHighlighter.h"
#include "pathway/ClinicalNote.h"
#include "pathway/SessionLog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SignedRole = Qt::UserRole + 1;
constexpr int AddendumRole = Qt::UserRole + 2;
constexpr int BodyRole = Qt::UserRole + 3;

QTreeWidget* tree(const QString& objectName, const QStringList& headers)
{
    auto* widget = new QTreeWidget;
    widget->setObjectName(objectName);
    widget->setHeaderLabels(headers);
    widget->setAlternatingRowColors(true);
    widget->setUniformRowHeights(true);
    widget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->header()->setStretchLastSection(true);
    return widget;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SessionsPage::SessionsPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_sessions =
        tree(QStringLiteral("sessionsTree"), {tr("When"), tr("Kind"), tr("How"), tr("Attendance"), tr("Note")});
    m_sessions->setRootIsDecorated(false);
    m_notes = tree(QStringLiteral("notesTree"), {tr("Written"), tr("Author"), tr("Status")});
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("notePreviewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setBackgroundRole(QPalette::Window);
    m_preview->setPlaceholderText(tr("Select a note to read it here."));
    new NoteHighlighter(m_preview->document());

    m_newButton = new QPushButton(tr("New note"));
    m_newButton->setObjectName(QStringLiteral("sessionsNewNoteButton"));
    m_newButton->setToolTip(tr("A new note, for the selected session if one is selected"));
    m_openButton = new QPushButton(tr("Open"));
    m_openButton->setObjectName(QStringLiteral("sessionsOpenNoteButton"));
    m_addendumButton = new QPushButton(tr("Add addendum…"));
    m_addendumButton->setObjectName(QStringLiteral("sessionsAddendumButton"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { Q_EMIT newNoteRequested(selectedSession()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (auto id = selectedNote()) {
            Q_EMIT openRequested(QStringLiteral("clinical_note"), *id);
        }
    });
    connect(m_addendumButton, &QPushButton::clicked, this, [this] {
        if (auto id = selectedNote()) {
            Q_EMIT addendumRequested(*id);
        }
    });
    connect(m_notes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRequested(QStringLiteral("clinical_note"), item->data(0, IdRole).toLongLong());
    });
    connect(m_notes, &QTreeWidget::currentItemChanged, this, &SessionsPage::showSelectedNote);
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, &SessionsPage::updateButtons);

    auto* sessionsBox = new QWidget;
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(heading(tr("Sessions")));
    sessionsLayout->addWidget(m_sessions);

    auto* notesList = new QWidget;
    auto* notesLayout = new QVBoxLayout(notesList);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(heading(tr("Notes")));
    notesLayout->addWidget(m_notes);
    auto* notesSplitter = new QSplitter(Qt::Horizontal);
    notesSplitter->addWidget(notesList);
    notesSplitter->addWidget(m_preview);
    notesSplitter->setStretchFactor(0, 2);
    notesSplitter->setStretchFactor(1, 3);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(sessionsBox);
    splitter->addWidget(notesSplitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_addendumButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void SessionsPage::load()
{
    m_sessions->clear();
    m_notes->clear();
    m_preview->clear();
    auto notes = ClinicalNotes::forPatient(clinic(), patientId());
    if (!notes) {
        Q_EMIT errorOccurred(notes.error().message);
        updateButtons();
        return;
    }
    // What each session's note has come to: signed beats draft.
    QHash<std::int64_t, bool> sessionSigned;
    for (const ClinicalNote& note : std::as_const(*notes)) {
        if (note.sessionId && !note.addendumTo) {
            sessionSigned[*note.sessionId] = sessionSigned.value(*note.sessionId) || note.isSigned();
        }
    }
    auto sessions = SessionLog::list(clinic(), patientId());
    if (!sessions) {
        Q_EMIT errorOccurred(sessions.error().message);
    } else {
        for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
            auto* item = new QTreeWidgetItem(m_sessions);
            item->setData(0, IdRole, QVariant::fromValue<qlonglong>(it->id));
            item->setText(0, displaytime::dateTime(it->startsAt));
            item->setText(1, SessionLog::displayName(it->kind));
            item->setText(2, SessionLog::displayName(it->modality));
            item->setText(3, SessionLog::displayName(it->attendance));
            item->setText(4, !sessionSigned.contains(it->id) ? tr("None")
                             : sessionSigned.value(it->id)   ? tr("Signed")
                                                             : tr("Draft"));
        }
    }

    const auto names = ClinicStaff::names(clinic());
    QHash<std::int64_t, QTreeWidgetItem*> originals;
    for (const ClinicalNote& note : std::as_const(*notes)) {
        QTreeWidgetItem* parent = note.addendumTo ? originals.value(*note.addendumTo) : nullptr;
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem;
        if (!parent) {
            m_notes->insertTopLevelItem(0, item); // newest first
            originals.insert(note.id, item);
        }
        item->setData(0, IdRole, QVariant::fromValue<qlonglong>(note.id));
        item->setData(0, SignedRole, note.isSigned());
        item->setData(0, AddendumRole, note.addendumTo.has_value());
        item->setData(0, BodyRole, note.isDeleted() ? tr("(Deleted after a deletion request.)") : note.body);
        const QString when = displaytime::dateTime(note.createdAt);
        item->setText(0, note.addendumTo ? tr("Addendum %1").arg(when) : when);
        item->setText(1, names.value(note.authorId));
        item->setText(2, note.isSigned() ? tr("Signed %1").arg(displaytime::dateTime(*note.signedAt)) : tr("Draft"));
        if (!note.isSigned()) {
            QFont italic = item->font(2);
            italic.setItalic(true);
            item->setFont(2, italic);
        }
    }
    m_notes->expandAll();
    if (m_notes->topLevelItemCount() > 0) {
        m_notes->setCurrentItem(m_notes->topLevelItem(0)); // the newest note, to read at once
    }
    updateButtons();
}

std::optional<std::int64_t> SessionsPage::selectedNote() const
{
    const QTreeWidgetItem* item = m_notes->currentItem();
    return item ? std::optional<std::int64_t>(item->data(0, IdRole).toLongLong()) : std::nullopt;
}

std::optional<std::int64_t> SessionsPage::selectedSession() const
{
    const QTreeWidgetItem* item = m_sessions->currentItem();
    return item ? std::optional<std::int64_t>(item->data(0, IdRole).toLongLong()) : std::nullopt;
}

void SessionsPage::showSelectedNote()
{
    const QTreeWidgetItem* item = m_notes->currentItem();
    QString text = item ? item->data(0, BodyRole).toString() : QString();
    // A note reads with its addenda under it, as it stands in the record.
    for (int i = 0; item && i < item->childCount(); ++i) {
        const QTreeWidgetItem* addendum = item->child(i);
        //: Heading of an addendum under the note it belongs to: when it was written, and its status.
        text += QStringLiteral("\n\n") + tr("%1 (%2):").arg(addendum->text(0), addendum->text(2)) +
                QLatin1Char('\n') + addendum->data(0, BodyRole).toString();
    }
    m_preview->setPlainText(text);
    updateButtons();
}

void SessionsPage::updateButtons()
{
    const QTreeWidgetItem* item = m_notes->currentItem();
    m_openButton->setEnabled(item != nullptr);
    m_addendumButton->setEnabled(item && item->data(0, SignedRole).toBool() && !item->data(0, AddendumRole).toBool());
    m_newButton->setText(selectedSession() ? tr("New note for this session") : tr("New note"));
}

} // namespace forlop
