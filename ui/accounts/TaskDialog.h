#pragma once

#include "util/BackgroundTask.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace forlop {

// A dialog whose OK runs one slow step (a key derivation, a restore) off the UI thread: the fields stay on screen
// and disabled, a busy bar shows, and the dialog cannot be dismissed until the step is done. A failure is shown
// in the dialog, so nothing typed is lost. Subclasses add their fields to body() and start work from submit().
// Parent it to a page of the workspace: locking deletes the workspace, and deleting waits for a running step.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const QString& acceptText, QWidget* parent);

    [[nodiscard]] bool isBusy() const { return m_task->isRunning(); }
    [[nodiscard]] QPushButton* acceptButton() const { return m_accept; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    // Checks the input and calls run(), or shows an error.
    virtual void submit() = 0;
    // Enables or disables the subclass's fields.
    virtual void setFieldsEnabled(bool enabled) = 0;

    [[nodiscard]] QVBoxLayout* body() const { return m_body; }
    // An empty message hides the error.
    void showError(const QString& message);
    // Finishes the dialog as accepted (after the work succeeded).
    void succeed() { QDialog::accept(); }

    template <typename Work, typename Done> void run(const QString& busyText, Work work, Done done)
    {
        setBusy(true, busyText);
        m_task->run(std::move(work), [this, done = std::move(done)](auto result) mutable {
            setBusy(false, QString());
            done(std::move(result));
        });
    }

private:
    void setBusy(bool busy, const QString& text);

    BackgroundTask* m_task = nullptr;
    QVBoxLayout* m_body = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_accept = nullptr;
};

// A red label for a problem with the input.
[[nodiscard]] QLabel* errorLabel(const QString& objectName);

} // namespace forlop
