#pragma once

#include "Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace forlop {

// Asks for the password again before a signature (a note, an addendum, a duty-to-report record). `sign` runs on
// OK with the typed password (Signer::confirm, then the signing call); a wrong password or a missing field keeps
// the dialog open with core's message, and nothing is signed. The typed password is wiped after each try.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    using Sign = std::function<Status(const QByteArray& password)>;

    SignDialog(const QString& what, Sign sign, QWidget* parent = nullptr);

    void accept() override;

private:
    Sign m_sign;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace forlop
