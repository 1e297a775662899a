#include "pathway/Referral.h"

namespace forlop {

const QList<ReferralChannel>& ReferralCodes::channels()
{
    using C = ReferralChannel;
    static const QList<ReferralChannel> all{C::Chat,         C::Phone,  C::SelfReferral, C::Gp,     C::Specialist,
                                            C::ChildWelfare, C::Police, C::Correctional, C::Lawyer, C::Other};
    return all;
}

QString ReferralCodes::id(ReferralChannel channel)
{
    switch (channel) {
    case ReferralChannel::Chat:
        return QStringLiteral("chat");
    case ReferralChannel::Phone:
        return QStringLiteral("phone");
    case ReferralChannel::SelfReferral:
        return QStringLiteral("self");
    case ReferralChannel::Gp:
        return QStringLiteral("gp");
    case ReferralChannel::Specialist:
        return QStringLiteral("specialist");
    case ReferralChannel::ChildWelfare:
        return QStringLiteral("child_welfare");
    case ReferralChannel::Police:
        return QStringLiteral("police");
    case ReferralChannel::Correctional:
        return QStringLiteral("correctional");
    case ReferralChannel::Lawyer:
        return QStringLiteral("lawyer");
    case ReferralChannel::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ReferralChannel> ReferralCodes::channelFromId(const QString& id)
{
    for (ReferralChannel channel : channels()) {
        if (ReferralCodes::id(channel) == id) {
            return channel;
        }
    }
    return std::nullopt;
}

QString ReferralCodes::displayName(ReferralChannel channel)
{
    switch (channel) {
    case ReferralChannel::Chat:
        return tr("Chat");
    case ReferralChannel::Phone:
        return tr("Phone");
    case ReferralChannel::SelfReferral:
        return tr("Self-referral (letter or in person)");
    case ReferralChannel::Gp:
        return tr("GP");
    case ReferralChannel::Specialist:
        return tr("Other specialist health service");
    case ReferralChannel::ChildWelfare:
        return tr("Child welfare");
    case ReferralChannel::Police:
        return tr("Police");
    case ReferralChannel::Correctional:
        return tr("Correctional service");
    case ReferralChannel::Lawyer:
        return tr("Lawyer");
    case ReferralChannel::Other:
        return tr("Other");
    }
    return {};
}

QString ReferralCodes::id(Urgency urgency)
{
    return urgency == Urgency::Urgent ? QStringLiteral("urgent") : QStringLiteral("normal");
}

std::optional<Urgency> ReferralCodes::urgencyFromId(const QString& id)
{
    if (id == QLatin1String("normal")) {
        return Urgency::Normal;
    }
    if (id == QLatin1String("urgent")) {
        return Urgency::Urgent;
    }
    return std::nullopt;
}

QString ReferralCodes::displayName(Urgency urgency)
{
    return urgency == Urgency::Urgent ? tr("Urgent") : tr("Normal");
}

} // namespace forlop
