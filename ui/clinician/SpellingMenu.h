#pragma once

#include <QObject>
#include <memory>

class QMenu;
class QPlainTextEdit;
class QPoint;

namespace forlop {

class SpellChecker;

// The editor's context menu with the spell checker's suggestions for the misspelt word under the pointer at the
// top; choosing one replaces the word as one undoable edit.
class SpellingMenu : public QObject
{
    Q_OBJECT

public:
    SpellingMenu(QPlainTextEdit* editor, std::shared_ptr<const SpellChecker> spelling);

    // The menu the editor shows at pos (viewport coordinates); the caller owns it. For tests, too.
    [[nodiscard]] QMenu* menuAt(const QPoint& pos);

private:
    QPlainTextEdit* m_editor;
    std::shared_ptr<const SpellChecker> m_spelling;
};

} // namespace forlop
