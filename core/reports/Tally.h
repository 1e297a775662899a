#pragma once

#include <QList>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace forlop {

// A count with the patients behind it, so every figure of a report can be opened as a list of patients.
// What is counted may be patients, instruments, assessments or needs: `count` is that number, `patients` the
// distinct patients it came from (a report cell is suppressed by how many patients it describes, not by count).
struct Tally
{
    std::int64_t count = 0;
    QList<std::int64_t> patients; // ascending, each once (after normalise())

    void add(std::int64_t patientId, std::int64_t n = 1)
    {
        count += n;
        patients.append(patientId);
    }
    // Sorts the patient ids and removes repeats; call once every add() is done.
    void normalise()
    {
        std::sort(patients.begin(), patients.end());
        patients.erase(std::unique(patients.begin(), patients.end()), patients.end());
    }
    [[nodiscard]] int patientCount() const { return int(patients.size()); }
    [[nodiscard]] bool isEmpty() const { return count == 0; }
};

// part of whole, for figures stated as a share ("82 % of due instruments completed").
struct Share
{
    Tally part;
    Tally whole;

    // None when nothing was due: 0 of 0 is no evidence either way.
    [[nodiscard]] std::optional<double> percent() const
    {
        if (whole.count == 0) {
            return std::nullopt;
        }
        return 100.0 * double(part.count) / double(whole.count);
    }
    void normalise()
    {
        part.normalise();
        whole.normalise();
    }
};

} // namespace forlop
