#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;

namespace forlop {

class Clinic;

// The top of the record: who (name or pseudonym), where on the pathway, with whom, how many sessions against
// the plan, and the registry consent. Read through core, each read audited there.
class RecordHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RecordHeader(QWidget* parent = nullptr);

    // Empty when everything was read; otherwise the first error's message (the rest of the header still shows).
    [[nodiscard]] QString load(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] QString patientLabel() const;

private:
    QLabel* m_name = nullptr;
    QLabel* m_pseudonym = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_clinician = nullptr;
    QLabel* m_sessions = nullptr;
    QLabel* m_registry = nullptr;
};

} // namespace forlop
