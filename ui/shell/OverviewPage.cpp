#include "shell/OverviewPage.h"

#include "access/Role.h"
#include "access/Session.h"
#include "clinic/ClinicInfo.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace forlop {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

// A tinted box for a message that needs the reader's attention.
QFrame* notice(const QString& title, const QString& text, const QColor& tint, const QString& objectName)
{
    auto* frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, tint);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    frame->setPalette(palette);
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* body = new QLabel(text);
    body->setWordWrap(true);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(heading);
    layout->addWidget(body);
    return frame;
}

} // namespace

OverviewPage::ClinicalAccess OverviewPage::clinicalAccess(const Session& session)
{
    if (session.holdsClinicalKey) {
        return ClinicalAccess::Holds;
    }
    if (session.has(Role::Clinician) || session.has(Role::UnitLeader)) {
        return ClinicalAccess::Waiting;
    }
    return ClinicalAccess::NotInRole;
}

OverviewPage::OverviewPage(const ClinicInfo& clinic, const Session& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));

    auto* name = valueLabel(clinic.name, QStringLiteral("clinicNameLabel"));
    QFont headingFont = name->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    name->setFont(headingFont);
    auto* site = valueLabel(clinic.site, QStringLiteral("siteLabel"));
    site->setVisible(!clinic.site.isEmpty());

    const QString who = session.fullName.isEmpty() || session.fullName == session.userName
                            ? session.userName
                            : tr("%1 (%2)", "full name (user name)").arg(session.fullName, session.userName);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(tr("Signed in as:"), valueLabel(who, QStringLiteral("userLabel")));
    form->addRow(tr("Roles:"), valueLabel(RoleNames::displayNames(session.roles), QStringLiteral("rolesLabel")));

    QString access;
    switch (clinicalAccess(session)) {
    case ClinicalAccess::Holds:
        access = tr("You hold the key to clinical records.");
        break;
    case ClinicalAccess::Waiting:
        access = tr("Waiting for access to clinical records.");
        break;
    case ClinicalAccess::NotInRole:
        access = tr("Your roles do not include clinical records.");
        break;
    }
    form->addRow(tr("Clinical records:"), valueLabel(access, QStringLiteral("clinicalAccessLabel")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(name);
    layout->addWidget(site);
    layout->addSpacing(8);
    layout->addLayout(form);
    if (clinicalAccess(session) == ClinicalAccess::Waiting) {
        layout->addSpacing(8);
        layout->addWidget(notice(tr("Waiting for access to clinical records"),
                                 tr("A unit leader must give you the key to clinical records before you can see "
                                    "notes, assessments and other clinical content. Ask your unit leader; you "
                                    "do not need to do anything else."),
                                 QColor(0xff, 0xf4, 0xce), QStringLiteral("waitingNotice")));
    }
    if (clinic.kind != ClinicKind::Production) {
        layout->addSpacing(8);
        layout->addWidget(notice(clinic.kind == ClinicKind::Demo ? tr("Demo clinic") : tr("Test clinic"),
                                 tr("This clinic is for trying Forløp. Use made-up people only, never real "
                                    "patients."),
                                 QColor(0xe3, 0xef, 0xfb), QStringLiteral("demoNotice")));
    }
    layout->addStretch();
}

} // namespace forlop
