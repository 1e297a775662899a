#include "backup/PathPrompt.h"

#include <QFileDialog>

namespace forlop {

PathPrompt::Answer PathPrompt::s_answer;

QString PathPrompt::existingFolder(QWidget* parent, const QString& caption, const QString& start)
{
    if (s_answer) {
        return s_answer(Kind::ExistingFolder, start);
    }
    return QFileDialog::getExistingDirectory(parent, caption, start,
                                             QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
}

QString PathPrompt::openFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    if (s_answer) {
        return s_answer(Kind::OpenFile, start);
    }
    return QFileDialog::getOpenFileName(parent, caption, start, filter, nullptr, QFileDialog::DontUseNativeDialog);
}

QString PathPrompt::saveFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    if (s_answer) {
        return s_answer(Kind::SaveFile, start);
    }
    return QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, QFileDialog::DontUseNativeDialog);
}

void PathPrompt::setAnswerForTests(Answer answer)
{
    s_answer = std::move(answer);
}

} // namespace forlop
