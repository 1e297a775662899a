#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace forlop {

// How patient and clinician meet. Only an in-person appointment needs a room.
enum class Modality { InPerson, Video, Phone };

class Modalities
{
    Q_DECLARE_TR_FUNCTIONS(Modalities)

public:
    [[nodiscard]] static const QList<Modality>& all();
    // Stable identifiers, as stored: in_person, video, phone (the same codes as the pathway's sessions).
    [[nodiscard]] static QString id(Modality modality);
    [[nodiscard]] static std::optional<Modality> fromId(const QString& id);
    [[nodiscard]] static QString displayName(Modality modality);
};

} // namespace forlop
