#include "clinician/SpellingMenu.h"

#include "clinician/SpellChecker.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace forlop {

SpellingMenu::SpellingMenu(QPlainTextEdit* editor, std::shared_ptr<const SpellChecker> spelling)
    : QObject(editor), m_editor(editor), m_spelling(std::move(spelling))
{
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QPlainTextEdit::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = menuAt(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_editor->viewport()->mapToGlobal(pos));
    });
}

QMenu* SpellingMenu::menuAt(const QPoint& pos)
{
    QMenu* menu = m_editor->createStandardContextMenu(pos);
    QTextCursor cursor = m_editor->cursorForPosition(pos);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    if (m_editor->isReadOnly() || !m_spelling || !SpellChecker::isCheckable(word) || m_spelling->isCorrect(word)) {
        return menu;
    }
    QAction* first = menu->actions().value(0);
    const QStringList suggestions = m_spelling->suggestions(word);
    for (const QString& suggestion : suggestions) {
        QAction* action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, m_editor, [this, cursor, suggestion]() mutable {
            cursor.beginEditBlock();
            cursor.insertText(suggestion);
            cursor.endEditBlock();
            m_editor->setTextCursor(cursor);
        });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        QAction* none = new QAction(tr("No spelling suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    menu->insertSeparator(first);
    return menu;
}

} // namespace forlop
