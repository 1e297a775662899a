#include "backup/BackupWarningBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace forlop {

BackupWarningBar::BackupWarningBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("backupWarningBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel;
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("backupWarningLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_backUpNow = new QPushButton(tr("&Back up now"));
    m_backUpNow->setObjectName(QStringLiteral("warningBackUpNowButton"));
    auto* close = new QToolButton;
    close->setObjectName(QStringLiteral("dismissWarningButton"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide until the next sign-in"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_backUpNow);
    layout->addWidget(close);

    connect(m_backUpNow, &QPushButton::clicked, this, &BackupWarningBar::backUpNowRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
}

void BackupWarningBar::showMessage(const QString& text, Level level)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, level == Level::Failure ? QColor(0xf8, 0xd7, 0xd7) : QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
    const auto icon = level == Level::Failure ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    show();
    updateGeometry();
}

QSize BackupWarningBar::sizeHint() const
{
    const QSize natural = QFrame::sizeHint();
    const QWidget* top = window();
    if (!top || top == this || !layout()) {
        return natural;
    }
    const int width = std::max(natural.width(), top->width() - 16);
    const int height = heightForWidth(width);
    return {width, height > 0 ? height : natural.height()};
}

void BackupWarningBar::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    if (QWidget* top = window(); top != this && top != m_watchedWindow) {
        top->installEventFilter(this);
        m_watchedWindow = top;
    }
    updateGeometry();
}

bool BackupWarningBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Resize) {
        updateGeometry();
    }
    return QFrame::eventFilter(watched, event);
}

QString BackupWarningBar::text() const
{
    return m_text->text();
}

} // namespace forlop
