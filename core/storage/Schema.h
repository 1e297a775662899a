#pragma once

#include "Error.h"

#include <QCoreApplication>

#include <span>

namespace forlop {

class Database;

// One step of the schema, numbered by PRAGMA user_version. Released steps are never edited, only appended.
struct Migration
{
    int version;
    const char* sql;
};

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    [[nodiscard]] static std::span<const Migration> migrations();
    [[nodiscard]] static int latestVersion();

    // Fails without touching the file when it was written by a newer Forløp.
    [[nodiscard]] static Status checkVersion(Database& db);
    // Applies each missing step in its own transaction, from the file's version upward.
    [[nodiscard]] static Status migrate(Database& db);
};

} // namespace forlop
