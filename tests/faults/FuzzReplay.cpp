// Runs a libFuzzer target's LLVMFuzzerTestOneInput over every file in the folders given on the command line,
// without libFuzzer: the seed corpus and the kept crashers (fuzz/corpus/<name>, fuzz/regress/<name>) run in
// every CTest run, built by the normal compiler, whether or not clang is installed. A target that finds a
// broken invariant aborts, which fails the test.
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int inputs = 0;
    for (const QString& folder : QCoreApplication::arguments().mid(1)) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::printf("%s\n", qPrintable(file.fileName()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                   static_cast<std::size_t>(bytes.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs replayed\n", inputs);
    return inputs > 0 ? 0 : 1;
}
