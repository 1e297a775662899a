#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace forlop {

// A tinted line above a screen's content for the answer to the last action: a booking rule's refusal (which names
// the conflict) or a confirmation. Stays until closed or replaced, so a refusal can be read in peace.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace forlop
