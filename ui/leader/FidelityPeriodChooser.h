#pragma once

#include "reports/ReportPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace forlop {

// The period of the fidelity view: this year, last year, the last 12 months, or a custom first and last day.
// A preset fills the date edits so the days it covers are always in view; a custom range is checked by
// ReportPeriod (first day after last, or longer than ten years, is refused with its message).
class FidelityPeriodChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { ThisYear, LastYear, Last12Months, Custom };

    // today: the clinic's local day the presets count from.
    explicit FidelityPeriodChooser(const QDate& today, QWidget* parent = nullptr);

    void setPreset(Preset preset);
    // The chosen period, or the reason it cannot be used (also shown beside the chooser).
    [[nodiscard]] Result<ReportPeriod> period() const;
    // Sets the first and last day (both shown) and switches to Custom.
    void setCustom(const QDate& first, const QDate& last);

    [[nodiscard]] static ReportPeriod presetPeriod(Preset preset, const QDate& today);

Q_SIGNALS:
    // The user chose a valid period (a preset, or Show after editing the days).
    void periodChosen(const forlop::ReportPeriod& period);

private:
    void presetChanged();
    void apply();

    QDate m_today;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_first = nullptr;
    QDateEdit* m_last = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace forlop
