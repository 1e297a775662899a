#include "firstrun/RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

namespace {

// Two rows of four groups: easier to read out and copy by hand than one long line. Typing it back ignores
// the grouping (RecoveryKey::normalise).
QString displayForm(const QString& key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    if (groups.size() != 8) {
        return key;
    }
    return groups.mid(0, 4).join(QLatin1Char('-')) + QLatin1Char('\n') + groups.mid(4).join(QLatin1Char('-'));
}

QFont keyFont(qreal pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(pointSize);
    font.setBold(true);
    return font;
}

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& clinicName, QWidget* parent)
    : QDialog(parent)
    , m_recoveryKey(recoveryKey)
    , m_clinicName(clinicName)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));

    auto* heading = new QLabel(tr("Print or write down the recovery key now"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new QLabel(
        tr("The recovery key opens the clinic when every administrator and unit leader has forgotten their "
           "password. It is shown only this once and is not stored anywhere in clear.\n\n"
           "Keep the printout locked away, apart from this computer: whoever has it can open every record."));
    explanation->setWordWrap(true);

    m_keyLabel = new QLabel(displayForm(m_recoveryKey));
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setFont(keyFont(m_keyLabel->font().pointSizeF() * 1.8));
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(16);
    // Not selectable: a recovery key in the clipboard would reach clipboard managers and other programs.
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);

    m_confirm = new QCheckBox(tr("I have printed or written down the recovery key"));
    m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));

    auto* printButton = new QPushButton(tr("&Print…"));
    printButton->setObjectName(QStringLiteral("printButton"));
    m_continue = new QPushButton(tr("&Continue"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(printButton);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryKeyDialog::accept);
    connect(m_confirm, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);
    setMinimumWidth(620);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    // QString memory cannot be wiped reliably; at least overwrite what this dialog holds.
    m_recoveryKey.fill(QLatin1Char(' '));
    m_keyLabel->clear();
}

void RecoveryKeyDialog::reject()
{
    if (m_confirm->isChecked()) {
        accept();
    }
}

void RecoveryKeyDialog::print()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setDocName(tr("Forløp recovery key"));
    }
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { printTo(*m_printer); });
    dialog->open();
}

void RecoveryKeyDialog::printTo(QPrinter& printer)
{
    QPainter painter;
    if (!painter.begin(&printer)) {
        return;
    }
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont title = painter.font();
    title.setPointSizeF(16);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(11);

    int y = 0;
    auto block = [&](const QFont& font, const QString& text, int flags = Qt::TextWordWrap) {
        painter.setFont(font);
        const QRect bounds = painter.boundingRect(QRect(0, y, area.width(), area.height() - y), flags, text);
        painter.drawText(bounds, flags, text);
        y = bounds.bottom() + painter.fontMetrics().height();
    };
    block(title, tr("Forløp recovery key"));
    block(body, tr("Clinic: %1").arg(m_clinicName));
    block(body, tr("Printed: %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    block(keyFont(20), displayForm(m_recoveryKey), Qt::AlignHCenter | Qt::TextWordWrap);
    block(body, tr("This key opens the clinic when every administrator and unit leader has forgotten their "
                   "password. Keep it locked away, apart from the computer: whoever has it can open every "
                   "record."));
    painter.end();
}

} // namespace forlop
