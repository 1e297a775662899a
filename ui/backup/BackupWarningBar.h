#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace forlop {

// A tinted bar across the top of the window for the backup's state: the sign-in warning when the last verified
// backup is too old (amber), or an automatic backup that failed (red). "Back up now" offers the fix at once.
class BackupWarningBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Warning, Failure };

    explicit BackupWarningBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level);
    [[nodiscard]] QString text() const;
    // A toolbar sizes its widgets by their size hint and ignores height-for-width, so the hint is worked out for
    // the width the bar really gets (its window's), and renewed when the window is resized.
    [[nodiscard]] QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void backUpNowRequested();
    void dismissed();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QObject* m_watchedWindow = nullptr;
};

} // namespace forlop
