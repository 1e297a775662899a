#pragma once

#include "Error.h"
#include "Measurement.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <memory>

namespace forlop {
class Clinic;
}

namespace forlop::bench {

struct BenchOptions
{
    QString scale;
    QString databasePath; // the encrypted clinic
    QString plainPath;    // its unencrypted copy, made by the run
    QString workDir;
    int repeat = 30;
    QString only; // when set, only the operations whose name contains it (for profiling one of them)
    QDate today;
};

// Times the operations users feel on one clinic, each on the encrypted database and on an unencrypted copy of it
// (same schema, same indexes, same rows), in the same run. Every operation goes through the same core call the app
// makes, audit rows and durable commits included.
class BenchRun
{
public:
    explicit BenchRun(BenchOptions options);
    ~BenchRun();

    [[nodiscard]] Result<QList<Measurement>> run();

private:
    // The same users signed in twice: once on the encrypted file, once switched to the unencrypted copy.
    struct Side
    {
        std::unique_ptr<Clinic> leader;
        std::unique_ptr<Clinic> clinician;
    };
    using Operation = std::function<Status(Side&, int iteration)>;

    [[nodiscard]] Status measureUnlock(QList<Measurement>& rows);
    [[nodiscard]] Status makePlainCopy();
    [[nodiscard]] Status openSides();
    [[nodiscard]] Status sampleInputs();
    [[nodiscard]] Result<Measurement> measure(const QString& name, int repeat, const Operation& operation,
                                              bool interactive = true, double medianTarget = 20,
                                              double p95Target = 50);
    [[nodiscard]] Result<Measurement> measureSign(int repeat);
    void closeSides();

    BenchOptions m_options;
    Side m_encrypted;
    Side m_plain;
    QList<std::int64_t> m_clinicianIds;
    QList<std::int64_t> m_recordPatients;
    QList<std::int64_t> m_signPatients;
    QStringList m_pseudonymPrefixes;
    QStringList m_namePrefixes;
    QStringList m_phonePrefixes;
};

} // namespace forlop::bench
