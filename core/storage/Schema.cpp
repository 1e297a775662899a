#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/migrations/Migrations.h"

#include <array>

namespace forlop {

namespace {

// The order is the schema's history: append only.
const std::array<Migration, 8> AllMigrations{{
    {1, migrations::Foundation},
    {2, migrations::Access},
    {3, migrations::Pathway},
    {4, migrations::Scheduling},
    {5, migrations::Reports},
    {6, migrations::PatientSearch},
    {7, migrations::AuditReview},
    {8, migrations::DeliveredSessions},
}};

} // namespace

std::span<const Migration> Schema::migrations()
{
    return AllMigrations;
}

int Schema::latestVersion()
{
    return AllMigrations.back().version;
}

Status Schema::checkVersion(Database& db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version > latestVersion()) {
        return fail(ErrorCode::NewerVersion, tr("This database was written by a newer version of Forløp (schema %1; "
                                                "this program knows up to %2). Install the newer version; the file "
                                                "was not changed.")
                                                 .arg(*version)
                                                 .arg(latestVersion()));
    }
    return {};
}

Status Schema::migrate(Database& db)
{
    if (auto status = checkVersion(db); !status) {
        return status;
    }
    for (const Migration& step : AllMigrations) {
        auto current = db.queryInt("PRAGMA user_version");
        if (!current) {
            return std::unexpected(current.error());
        }
        if (step.version <= *current) {
            continue;
        }
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        if (auto status = db.exec(step.sql); !status) {
            return status;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.version);
        if (auto status = db.exec(setVersion.constData()); !status) {
            return status;
        }
        if (auto problems = db.queryText("PRAGMA foreign_key_check"); !problems || !problems->isEmpty()) {
            return fail(ErrorCode::Failed, tr("Upgrading the database to schema %1 failed a consistency check; "
                                              "nothing was changed.")
                                               .arg(step.version));
        }
        if (auto status = transaction->commit(); !status) {
            return status;
        }
    }
    return {};
}

} // namespace forlop
