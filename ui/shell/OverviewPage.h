#pragma once

#include <QWidget>

namespace forlop {

struct ClinicInfo;
struct Session;

// The first page after signing in: which clinic, who is signed in with which roles, and whether this
// session can read clinical records (a new clinician waits until a unit leader grants the key).
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const ClinicInfo& clinic, const Session& session, QWidget* parent = nullptr);

    enum class ClinicalAccess { Holds, Waiting, NotInRole };
    [[nodiscard]] static ClinicalAccess clinicalAccess(const Session& session);
};

} // namespace forlop
