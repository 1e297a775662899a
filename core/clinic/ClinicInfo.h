#pragma once

#include <QCoreApplication>
#include <QString>

namespace forlop {

// Test and demo clinics accept synthetic national IDs; a production clinic never does.
enum class ClinicKind { Production, Demo, Test };

struct ClinicInfo
{
    QString uuid;
    QString name;
    QString site;
    ClinicKind kind = ClinicKind::Production;

    [[nodiscard]] static QString kindId(ClinicKind kind);
    [[nodiscard]] static ClinicKind kindFromId(const QString& id);
};

} // namespace forlop
