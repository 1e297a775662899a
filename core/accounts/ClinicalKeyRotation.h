#pragma once

#include "Error.h"

#include <QCoreApplication>

#include <functional>

namespace forlop {

class Clinic;

// Replaces the clinical key (a unit leader's action, e.g. after a clinician with the key has left):
// every clinical field is opened with the old key and sealed to the new one in one transaction, and the new
// key is sealed to everyone who held the old one. Progress is reported per field rewritten.
class ClinicalKeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(ClinicalKeyRotation)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    [[nodiscard]] static Status rotate(Clinic& clinic, const Progress& progress = {});
};

} // namespace forlop
