#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace forlop {

class Clinic;

// The pseudonym a contact registered now would get, for the intake form to show while the caller is on the line.
// Only a preview: registering assigns the next free one inside its own transaction, which is the same unless
// someone else registers in between (the form then shows the one actually given).
class PseudonymPreview
{
    Q_DECLARE_TR_FUNCTIONS(PseudonymPreview)

public:
    [[nodiscard]] static Result<QString> next(Clinic& clinic);
};

} // namespace forlop
