#pragma once

#include "access/Role.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace forlop {

enum class Profession { None, Psychologist, Psychiatrist };

struct User
{
    std::int64_t id = 0;
    QString name; // the sign-in name
    QString fullName;
    Roles roles;
    Profession profession = Profession::None;
    QString hprNumber;
    bool active = true;
    QDateTime createdAt;
};

} // namespace forlop
