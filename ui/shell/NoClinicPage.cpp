#include "shell/NoClinicPage.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

NoClinicPage::NoClinicPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noClinicPage"));

    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/forlop.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(tr("Welcome to Forløp"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("No clinic has been set up here yet. Create it to begin."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    m_path = new QLabel;
    m_path->setAlignment(Qt::AlignCenter);
    m_path->setWordWrap(true);
    m_path->setForegroundRole(QPalette::PlaceholderText);

    auto* create = new QPushButton(tr("&Create the clinic…"));
    create->setObjectName(QStringLiteral("createClinicButton"));
    connect(create, &QPushButton::clicked, this, &NoClinicPage::createRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_path);
    layout->addWidget(create, 0, Qt::AlignCenter);
    layout->addStretch(3);
}

void NoClinicPage::setDatabasePath(const QString& path)
{
    m_path->setText(tr("Clinic file: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace forlop
