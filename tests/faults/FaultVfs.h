#pragma once

#include <QString>

#include <cstdint>
#include <random>

namespace forlop::test {

// A test-only SQLite VFS over the default one ("unix"), registered under Name and selected with
// Database::setVfsForTests(FaultVfs::Name). It sees the encrypted pages SQLCipher writes, on the database
// file and its WAL. Two tools, after SQLite's own test harnesses (testing.html) and SECURITY-NOTES §4.6:
//
// - I/O errors (T3): the N-th read, write or sync from now fails with a chosen error code.
// - Power loss (T2): every write and truncation records the bytes it replaces until the file is synced;
//   cutPower() (or the N-th write, truncate or sync) makes every later change vanish, and dropUnsynced() then
//   rolls the files back as a power cut would — all unsynced changes, or a random subset of them.
//
// Not modelled (documented limits): directory-entry durability, torn sectors inside one write, lying disks.
class FaultVfs
{
public:
    static constexpr auto Name = "forlop-fault";
    enum class Op { Read, Write, Sync };

    // Registers the VFS (idempotent). Does not make it the default.
    static void install();
    // Clears counters, armed faults, the power-loss log, the cut and skipped syncs.
    static void reset();
    // Syncs return at once without reaching the disk: for the checking half of a harness, where durability is
    // not what is measured, to keep the run fast.
    static void skipSyncs(bool skip);

    // --- I/O errors
    // Counters restart at 0. persistent: the N-th and every later operation of that kind fail (a disk that stays
    // full); otherwise only the N-th (a transient fault).
    static void failNth(Op op, int n, int errorCode, bool persistent = false);
    [[nodiscard]] static int count(Op op);
    [[nodiscard]] static bool faultFired();

    // --- power loss
    static void startRecording();
    // After this many more writes, truncates and syncs (1 = the next one), the power goes: it and all later ones
    // are silently dropped. 0 disarms.
    static void cutAfter(int operations);
    static void cutPower();
    [[nodiscard]] static bool powerIsCut();
    enum class Loss { AllUnsynced, RandomSubset };
    // Rolls back unsynced changes on disk (call after closing every connection) and removes the -shm file,
    // which does not survive a reboot. Returns how many unsynced writes were rolled back.
    static int dropUnsynced(Loss loss, std::mt19937& random);
};

} // namespace forlop::test
