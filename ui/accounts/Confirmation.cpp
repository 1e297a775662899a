#include "accounts/Confirmation.h"

#include <QCoreApplication>
#include <QPushButton>

namespace forlop {

QMessageBox* confirm(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                     const QString& detail, const QString& acceptText, std::function<void()> onConfirm)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(detail);
    QPushButton* accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // The safe choice is the default: Enter alone must not deactivate a colleague.
    box->setDefaultButton(cancel);
    // Queued, so the box has closed before the action opens its own windows; dropped if parent is gone by then.
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(QCoreApplication::instance());
    QObject::connect(
        box, &QMessageBox::buttonClicked, context,
        [accept, onConfirm = std::move(onConfirm)](QAbstractButton* clicked) {
            if (clicked == accept) {
                onConfirm();
            }
        },
        Qt::QueuedConnection);
    box->open();
    return box;
}

QMessageBox* inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                    const QString& detail)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("informationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(detail);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    return box;
}

} // namespace forlop
