#pragma once

#include "audit/AuditReview.h"

#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace forlop {

class AuditFilterBar;
class AuditLogModel;
class Clinic;
class EmergencyAccessModel;

// The unit leader's follow-up of the audit trail (Normen: etterfølgende kontroll): emergency accesses awaiting
// review on top, then the log itself filtered by patient, user and period with flagged rows first, and the export
// of one patient's access log for that patient, as CSV and PDF. Core records every read of the log and every
// export.
class LogReviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "log-review";

    explicit LogReviewPage(Clinic& clinic, QWidget* parent = nullptr);

    // Reloads the emergency queue and the log with the current filter.
    void reload();
    // The export buttons, without asking for a file name (the buttons ask, then call these).
    [[nodiscard]] Status exportCsv(const QString& path);
    [[nodiscard]] Status exportPdf(const QString& path);

protected:
    // The log is first read when the page is first shown: reading it is audited, and signing in is not reading it.
    void showEvent(QShowEvent* event) override;

private:
    void reloadEmergencies();
    void markReviewed();
    void showEmergencyPatient();
    void applyFilter(const AuditFilter& filter, const QString& pseudonym);
    void updateCount();
    void updateButtons();
    void exportAs(bool pdf);
    [[nodiscard]] Result<QList<PatientAccessEntry>> patientEntries();
    void showMessage(const QString& text, bool error);

    Clinic& m_clinic;
    EmergencyAccessModel* m_emergencies = nullptr;
    AuditLogModel* m_log = nullptr;
    QGroupBox* m_emergencyBox = nullptr;
    QTableView* m_emergencyView = nullptr;
    QLabel* m_noEmergencies = nullptr;
    QPushButton* m_markReviewed = nullptr;
    QPushButton* m_showPatient = nullptr;
    AuditFilterBar* m_filterBar = nullptr;
    QTableView* m_logView = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_exportLabel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QLabel* m_message = nullptr;
    std::optional<std::int64_t> m_patientId;
    QString m_pseudonym;
    QDate m_from; // the period of the filter last applied (inclusive; invalid = open)
    QDate m_to;
    bool m_loaded = false;
};

} // namespace forlop
