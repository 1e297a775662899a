#include "secretary/common/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace forlop {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageBarLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton;
    m_close->setObjectName(QStringLiteral("messageBarCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::show(Kind kind, const QString& text)
{
    m_kind = kind;
    QColor tint;
    switch (kind) {
    case Kind::Info:
        tint = QColor(0xe3, 0xee, 0xfa);
        break;
    case Kind::Success:
        tint = QColor(0xdf, 0xf2, 0xe1);
        break;
    case Kind::Error:
        tint = QColor(0xfb, 0xe3, 0xe1);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, tint);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_text->setText(text);
    QFrame::show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace forlop
