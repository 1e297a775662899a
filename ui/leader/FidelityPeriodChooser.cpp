#include "leader/FidelityPeriodChooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace forlop {

namespace {

QDateEdit* dateEdit(const char* name)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    return edit;
}

} // namespace

FidelityPeriodChooser::FidelityPeriodChooser(const QDate& today, QWidget* parent) : QWidget(parent), m_today(today)
{
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("fidelityPresetCombo"));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Custom period"), int(Preset::Custom));
    m_first = dateEdit("fidelityFirstDayEdit");
    m_last = dateEdit("fidelityLastDayEdit");
    m_show = new QPushButton(tr("Show"));
    m_show->setObjectName(QStringLiteral("fidelityShowButton"));
    m_show->setToolTip(tr("Show the figures for the days chosen"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("fidelityPeriodErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);

    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_first);
    //: Between the first and last day of a period: "From 01.01.2026 to 31.12.2026"
    auto* toLabel = new QLabel(tr("&to"));
    toLabel->setBuddy(m_last);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_first);
    layout->addWidget(toLabel);
    layout->addWidget(m_last);
    layout->addWidget(m_show);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &FidelityPeriodChooser::presetChanged);
    connect(m_show, &QPushButton::clicked, this, &FidelityPeriodChooser::apply);
    // Typing a day switches to a custom period, so what is shown never claims a preset it no longer is.
    for (QDateEdit* edit : {m_first, m_last}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            if (m_preset->hasFocus()) {
                return;
            }
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        });
        connect(edit, &QAbstractSpinBox::editingFinished, this, [this] { m_error->setVisible(false); });
    }
    setPreset(Preset::ThisYear);
}

ReportPeriod FidelityPeriodChooser::presetPeriod(Preset preset, const QDate& today)
{
    switch (preset) {
    case Preset::LastYear:
        return ReportPeriod::yearOf(today.addYears(-1));
    case Preset::Last12Months: {
        // The current month and the eleven before it, so the monthly figures are whole months but the last.
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
        return ReportPeriod{first, today.addDays(1)};
    }
    case Preset::ThisYear:
    case Preset::Custom:
        break;
    }
    return ReportPeriod{QDate(today.year(), 1, 1), today.addDays(1)};
}

void FidelityPeriodChooser::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChanged();
}

void FidelityPeriodChooser::setCustom(const QDate& first, const QDate& last)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    const QSignalBlocker firstBlocker(m_first);
    const QSignalBlocker lastBlocker(m_last);
    m_first->setDate(first);
    m_last->setDate(last);
}

void FidelityPeriodChooser::presetChanged()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == Preset::Custom) {
        m_first->setFocus();
        return;
    }
    const ReportPeriod period = presetPeriod(preset, m_today);
    {
        const QSignalBlocker firstBlocker(m_first);
        const QSignalBlocker lastBlocker(m_last);
        m_first->setDate(period.from);
        m_last->setDate(period.last());
    }
    apply();
}

Result<ReportPeriod> FidelityPeriodChooser::period() const
{
    return ReportPeriod::days(m_first->date(), m_last->date());
}

void FidelityPeriodChooser::apply()
{
    auto chosen = period();
    if (!chosen) {
        m_error->setText(chosen.error().message);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    Q_EMIT periodChosen(*chosen);
}

} // namespace forlop
