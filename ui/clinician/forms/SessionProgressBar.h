#pragma once

#include <QWidget>
#include <optional>

namespace forlop {

// Sessions attended drawn against the national advice: a track with the 16–20 band marked, the attended
// sessions filled in, and a tick at the planned number.
class SessionProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit SessionProgressBar(QWidget* parent = nullptr);

    void setCounts(int attended, std::optional<int> planned);
    [[nodiscard]] int attended() const { return m_attended; }
    [[nodiscard]] std::optional<int> planned() const { return m_planned; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int scaleMaximum() const;

    int m_attended = 0;
    std::optional<int> m_planned;
};

} // namespace forlop
