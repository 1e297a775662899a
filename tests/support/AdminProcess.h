#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace forlop::test {

// What one run of the real forlop-admin executable did.
struct AdminOutcome
{
    int exitCode = -1; // -1 when it did not start, crashed or hung
    QString out;
    QString err;
};

// Runs forlop-admin with the arguments, feeding `input` on standard input (then closing it).
[[nodiscard]] AdminOutcome runAdmin(const QStringList& arguments, const QByteArray& input = {});

// The contract form: `forlop-admin COMMAND DB --user USER --password-stdin MORE…`, with `lines` joined by
// newlines on standard input (the first one is USER's password).
[[nodiscard]] AdminOutcome runAdminAs(const QString& command, const QString& database, const QString& user,
                                      const QList<QByteArray>& lines, const QStringList& more = {});

} // namespace forlop::test
