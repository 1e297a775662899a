#include "scheduling/Modality.h"

namespace forlop {

const QList<Modality>& Modalities::all()
{
    static const QList<Modality> modalities{Modality::InPerson, Modality::Video, Modality::Phone};
    return modalities;
}

QString Modalities::id(Modality modality)
{
    switch (modality) {
    case Modality::InPerson:
        return QStringLiteral("in_person");
    case Modality::Video:
        return QStringLiteral("video");
    case Modality::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

std::optional<Modality> Modalities::fromId(const QString& id)
{
    for (Modality modality : all()) {
        if (Modalities::id(modality) == id) {
            return modality;
        }
    }
    return std::nullopt;
}

QString Modalities::displayName(Modality modality)
{
    switch (modality) {
    case Modality::InPerson:
        return tr("In person");
    case Modality::Video:
        return tr("Video");
    case Modality::Phone:
        return tr("Phone");
    }
    return {};
}

} // namespace forlop
