#pragma once

#include "clinic/Clinic.h"
#include "clinic/ClinicFactory.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace forlop::test {

// A new clinic in a temporary folder, with fast key derivation. Users: admin / leder, password "test".
class TestClinic
{
public:
    explicit TestClinic(bool withLeader = true, ClinicKind kind = ClinicKind::Test);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    [[nodiscard]] const QString& recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] FixedClock& clock() { return m_clock; }
    // Signs in; fails the calling test (QVERIFY-style message) when it cannot.
    [[nodiscard]] std::unique_ptr<Clinic> open(const QString& user, const QByteArray& password = "test");

    static constexpr auto Password = "test";

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryKey;
    FixedClock m_clock;
};

// Reads a whole file, for byte-identity checks.
[[nodiscard]] QByteArray readAll(const QString& path);

} // namespace forlop::test
