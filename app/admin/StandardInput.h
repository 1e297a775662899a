#pragma once

#include "Error.h"
#include "Secret.h"

#include <QCoreApplication>

#include <optional>

namespace forlop::admin {

// Secrets come in on standard input, one per line (the first line is the signing-in user's password), so they
// never appear in the process list, the shell history or an environment variable.
class StandardInput
{
    Q_DECLARE_TR_FUNCTIONS(StandardInput)

public:
    static constexpr int MaxLineBytes = 4096;

    // The next line without its line ending, normalised as the desktop app normalises typed passwords (NFC).
    // On a terminal the prompt goes to stderr and the typing is not echoed. nullopt at the end of the input;
    // InvalidInput for a line longer than MaxLineBytes.
    [[nodiscard]] Result<std::optional<Secret>> readLine(const QString& prompt);
    [[nodiscard]] int linesRead() const { return m_linesRead; }

private:
    int m_linesRead = 0;
};

} // namespace forlop::admin
