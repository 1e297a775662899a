#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace forlop {

class Clinic;

// Clinical content is stored sealed to the clinic's clinical public key. Anyone signed in can write it
// (a secretary's intake reason), only a session holding the clinical key can read it back.
class ClinicalCipher
{
    Q_DECLARE_TR_FUNCTIONS(ClinicalCipher)

public:
    [[nodiscard]] static QByteArray seal(const Clinic& clinic, const QString& plaintext);
    // PermissionDenied without the clinical key; Damaged when the value does not open.
    [[nodiscard]] static Result<QString> open(const Clinic& clinic, const QByteArray& sealed);
    // Low-level forms, used by key rotation and tests.
    [[nodiscard]] static QByteArray sealTo(const QByteArray& publicKey, const QByteArray& plaintext);
};

} // namespace forlop
