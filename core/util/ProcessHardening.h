#pragma once

namespace forlop {

// Keeps keys, passwords and patient data in this process's memory from reaching a core file or another
// process of the same user. Both front ends call it first thing in main().
class ProcessHardening
{
public:
    // Sets RLIMIT_CORE to zero and (on Linux) marks the process non-dumpable, which also blocks ptrace and
    // /proc/PID/mem for same-user processes. Returns false if either step failed.
    static bool disableCoreDumps();
};

} // namespace forlop
