#pragma once

#include <QMessageBox>
#include <functional>

namespace forlop {

// Asks before an action that cannot be undone, without blocking the event loop: the box is opened with open()
// (window-modal) and deleted when closed; onConfirm runs only after the person chose the accept button, which is
// named "confirmButton" for tests. Returns the box so a caller may add detail.
QMessageBox* confirm(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                     const QString& detail, const QString& acceptText, std::function<void()> onConfirm);

// Shows a result that needs attention (a failed backup), window-modal and without blocking.
QMessageBox* inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                    const QString& detail = QString());

} // namespace forlop
