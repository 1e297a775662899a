// Preloaded into forlop-bench's generator process only (never into the app): SQLCipher's memory security mlock()s
// and munlock()s every SQLite allocation, which makes a bulk load of millions of synthetic rows spend two thirds of
// its time in the kernel. The measurements themselves run in a process without this library, with memory security
// on as in the app. The data written is the same either way.
#include <cstddef>

extern "C" {

int mlock(const void* address, std::size_t length)
{
    (void)address;
    (void)length;
    return 0;
}

int munlock(const void* address, std::size_t length)
{
    (void)address;
    (void)length;
    return 0;
}

} // extern "C"
