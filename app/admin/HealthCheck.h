#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace forlop {
class Clinic;
class Keyring;
} // namespace forlop

namespace forlop::admin {

// The health of an open clinic: the database file, its schema version, the key file's consistency and the
// audit anchor. Used by `check`, and meant for any command that must verify a clinic it wrote (restore).
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    struct Part
    {
        QString title;        // "Database file", translated
        QString summary;      // one line for a healthy part, such as "ok (3 entries)"
        QStringList problems; // translated, naming no patient; empty when healthy
    };
    struct Report
    {
        QList<Part> parts;
        [[nodiscard]] bool healthy() const;
    };

    // keyringBeforeSignIn: the key file as it was before signing in, which moves the audit anchor up to the
    // log's head; without it the anchor is checked as it is now. Damage is reported in the Report; the error
    // is for a check that could not run at all.
    [[nodiscard]] static Result<Report> run(Clinic& clinic, const std::optional<Keyring>& keyringBeforeSignIn);
};

} // namespace forlop::admin
