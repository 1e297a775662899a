#include "TestClinic.h"

#include <QFile>
#include <QTest>

namespace forlop::test {

TestClinic::TestClinic(bool withLeader, ClinicKind kind)
    : m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
{
    m_path = m_dir.filePath(QStringLiteral("clinic.forlop"));
    NewClinic request;
    request.databasePath = m_path;
    request.name = QStringLiteral("Testklinikken");
    request.site = QStringLiteral("Testby");
    request.kind = kind;
    request.adminName = QStringLiteral("admin");
    request.adminPassword = Password;
    if (withLeader) {
        request.leaderName = QStringLiteral("leder");
        request.leaderPassword = Password;
    }
    request.kdf = KdfParams::fastForTests();
    auto created = ClinicFactory::create(request, m_clock);
    if (!created) {
        qFatal("test clinic could not be created: %s", qPrintable(created.error().message));
    }
    m_recoveryKey = created->recoveryKey;
}

std::unique_ptr<Clinic> TestClinic::open(const QString& user, const QByteArray& password)
{
    auto clinic = Clinic::open(m_path, user, password, m_clock);
    if (!clinic) {
        qWarning("sign-in as %s failed: %s", qPrintable(user), qPrintable(clinic.error().message));
        return nullptr;
    }
    return std::move(*clinic);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace forlop::test
