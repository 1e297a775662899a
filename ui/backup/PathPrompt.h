#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace forlop {

// Asks the user for a folder or a file, with Qt's own file dialog: the desktop's native dialog would add every
// export of a patient's log to the desktop's list of recent files. Tests answer in place of the person through
// setAnswerForTests, since a modal file dialog would block them.
class PathPrompt
{
public:
    enum class Kind { ExistingFolder, OpenFile, SaveFile };

    [[nodiscard]] static QString existingFolder(QWidget* parent, const QString& caption, const QString& start);
    [[nodiscard]] static QString openFile(QWidget* parent, const QString& caption, const QString& start,
                                          const QString& filter);
    [[nodiscard]] static QString saveFile(QWidget* parent, const QString& caption, const QString& start,
                                          const QString& filter);

    // answer(kind, start) stands in for the dialog until reset with an empty function; empty means cancelled.
    using Answer = std::function<QString(Kind kind, const QString& start)>;
    static void setAnswerForTests(Answer answer);

private:
    static Answer s_answer;
};

} // namespace forlop
