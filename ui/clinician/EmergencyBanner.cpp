#include "clinician/EmergencyBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace forlop {

EmergencyBanner::EmergencyBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("emergencyBanner"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
    palette.setColor(QPalette::WindowText, Qt::white);
    setPalette(palette);

    auto* title = new QLabel(tr("Emergency access"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("emergencyBannerText"));
    m_text->setWordWrap(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(12);
    layout->addWidget(title, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void EmergencyBanner::setReason(const QString& reason)
{
    m_text->setText(tr("This patient is not allocated to you. Everything you open is logged with your reason "
                       "(“%1”); the patient can read it and the unit leader reviews it.")
                        .arg(reason));
}

} // namespace forlop
