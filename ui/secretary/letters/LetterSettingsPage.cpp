#include "secretary/letters/LetterSettingsPage.h"

#include "clinic/Clinic.h"
#include "scheduling/AppointmentLetters.h"
#include "scheduling/ClinicTime.h"
#include "secretary/common/MessageBar.h"
#include "secretary/letters/LetterDocument.h"
#include "util/Clock.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace forlop {

LetterSettingsPage::LetterSettingsPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("letterSettingsPage"));
    auto* title = new QLabel(tr("Appointment letter"));
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    title->setFont(heading);
    auto* intro = new QLabel(tr("Whoever opens the post may read the letter and the envelope. Keep both discreet: "
                                "no name of the service, no health profession, nothing about why the person comes. "
                                "Forløp refuses wording that would reveal it."));
    intro->setWordWrap(true);

    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("clinicAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Sender as printed, for example:\nHelsehuset Sentrum\nPostboks 1\n0101 Oslo"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5 + 12);
    m_template = new QPlainTextEdit;
    m_template->setObjectName(QStringLiteral("letterTemplateEdit"));
    m_template->setTabChangesFocus(true);

    QStringList help;
    for (const QString& placeholder : AppointmentLetters::placeholders()) {
        help << QStringLiteral("<b>%1</b> %2")
                    .arg(placeholder.toHtmlEscaped(), AppointmentLetters::placeholderHelp(placeholder).toHtmlEscaped());
    }
    auto* placeholders = new QLabel(help.join(QStringLiteral("<br>")));
    placeholders->setObjectName(QStringLiteral("placeholderHelpLabel"));
    placeholders->setWordWrap(true);
    placeholders->setForegroundRole(QPalette::PlaceholderText);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("letterSettingsPreview"));
    // Paper: white, with a margin like the printed page has.
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser { background: white; color: black; padding: 18px; }"));
    m_message = new MessageBar;

    auto* save = new QPushButton(tr("&Save"));
    save->setObjectName(QStringLiteral("saveLetterSettingsButton"));
    auto* reset = new QPushButton(tr("Use the &standard letter"));
    reset->setObjectName(QStringLiteral("standardLetterButton"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Address for letters:"), m_address);
    form->addRow(tr("&Letter:"), m_template);
    form->addRow(tr("Placeholders:"), placeholders);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reset);
    buttons->addWidget(save);
    auto* editing = new QVBoxLayout;
    editing->addLayout(form, 1);
    editing->addLayout(buttons);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("Preview with a made-up appointment:")));
    previewColumn->addWidget(m_preview, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(editing, 3);
    columns->addSpacing(12);
    columns->addLayout(previewColumn, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    connect(save, &QPushButton::clicked, this, &LetterSettingsPage::save);
    connect(reset, &QPushButton::clicked, this, &LetterSettingsPage::useDefault);
    connect(m_address, &QPlainTextEdit::textChanged, this, &LetterSettingsPage::updatePreview);
    connect(m_template, &QPlainTextEdit::textChanged, this, &LetterSettingsPage::updatePreview);
    load();
}

void LetterSettingsPage::load()
{
    auto settings = AppointmentLetters::settings(m_clinic.db());
    if (!settings) {
        m_message->show(MessageBar::Kind::Error, settings.error().message);
        return;
    }
    m_address->setPlainText(settings->clinicAddress);
    m_template->setPlainText(settings->letterTemplate);
    updatePreview();
}

void LetterSettingsPage::updatePreview()
{
    AppointmentLetter sample;
    for (const QString& line : m_address->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        sample.senderLines << line.trimmed();
    }
    //: A made-up recipient for the letter preview.
    sample.recipientLines = tr("Kari Eksempel\nEksempelveien 1\n0001 Oslo").split(QLatin1Char('\n'));
    const QDate date = ClinicTime::dateOf(m_clinic.clock().now()).addDays(7);
    sample.dateLine = ClinicTime::dateText(ClinicTime::dateOf(m_clinic.clock().now()));
    const QHash<QString, QString> values{
        {QStringLiteral("name"), sample.recipientLines.first()},
        {QStringLiteral("weekday"), ClinicTime::weekdayName(date.dayOfWeek())},
        {QStringLiteral("date"), ClinicTime::dateText(date)},
        {QStringLiteral("time"), QStringLiteral("10:00")},
        {QStringLiteral("end_time"), QStringLiteral("10:45")},
        {QStringLiteral("place"), AppointmentLetters::placeText(Modality::InPerson, m_address->toPlainText())},
        {QStringLiteral("address"), sample.senderLines.join(QStringLiteral(", "))},
        {QStringLiteral("sender"), sample.senderLines.value(0)},
    };
    sample.body = AppointmentLetters::fill(m_template->toPlainText(), values);
    // The browser's own first document belongs to it and goes when replaced; the previews made here are ours.
    QTextDocument* old = m_preview->document();
    const bool ours = old && old->parent() == m_preview;
    m_preview->setDocument(LetterDocument::create(sample, m_preview));
    if (ours) {
        old->deleteLater();
    }
}

bool LetterSettingsPage::save()
{
    // The standard wording is stored as "none of our own", so it follows the language the letter is printed in.
    const QString wording =
        m_template->toPlainText() == AppointmentLetters::defaultTemplate() ? QString() : m_template->toPlainText();
    if (auto status = AppointmentLetters::saveSettings(m_clinic, wording, m_address->toPlainText()); !status) {
        m_message->show(MessageBar::Kind::Error, status.error().message);
        return false;
    }
    m_message->show(MessageBar::Kind::Success, tr("Saved. Letters printed from now on use this wording."));
    return true;
}

void LetterSettingsPage::useDefault()
{
    m_template->setPlainText(AppointmentLetters::defaultTemplate());
}

} // namespace forlop
