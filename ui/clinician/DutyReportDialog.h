#pragma once

#include "pathway/DutyToReport.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace forlop {

class Clinic;

// The duty-to-report form: every field core's DutyReports requires (which duty, what gave rise to it, when, the
// assessment, the decision and its reason, who was consulted and when, whom was notified how and when, whether
// the patient was told, the follow-up), with a reminder of whom each duty requires to be notified. Saved as a
// draft (also on closing), then signed with the password like a note; a signed record is read-only.
class DutyReportDialog : public QDialog
{
    Q_OBJECT

public:
    // A new record (reportId empty) or an existing one.
    DutyReportDialog(Clinic& clinic, std::int64_t patientId, const QString& patientLabel,
                     std::optional<std::int64_t> reportId, QWidget* parent);
    ~DutyReportDialog() override;

    [[nodiscard]] std::optional<std::int64_t> reportId() const { return m_reportId; }
    [[nodiscard]] bool isSigned() const { return m_signed; }
    // Writes the draft if anything changed; false (error shown) when core refused.
    bool saveDraft();
    void startSigning();

    [[nodiscard]] DutyReportInput input() const;

    void reject() override;

Q_SIGNALS:
    void reportChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildForm();
    void load(const DutyReport& report);
    void updateReminder();
    void updateEnabled();
    void showStatus(const QString& text, bool error = false);
    void markDirty();

    Clinic& m_clinic;
    std::int64_t m_patientId;
    QString m_patientLabel;
    std::optional<std::int64_t> m_reportId;
    bool m_signed = false;
    bool m_dirty = false;
    bool m_loading = false;

    QComboBox* m_duty = nullptr;
    QLabel* m_reminder = nullptr;
    QPlainTextEdit* m_trigger = nullptr;
    QDateEdit* m_occurredOn = nullptr;
    QDateEdit* m_assessedOn = nullptr;
    QPlainTextEdit* m_assessment = nullptr;
    QButtonGroup* m_decision = nullptr;
    QPlainTextEdit* m_decisionReason = nullptr;
    QComboBox* m_consulted = nullptr;
    QLineEdit* m_consultedOther = nullptr;
    QDateEdit* m_consultedOn = nullptr;
    QComboBox* m_recipient = nullptr;
    QLineEdit* m_recipientDetail = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_notifiedOn = nullptr;
    QComboBox* m_patientInformed = nullptr;
    QCheckBox* m_followUpNeeded = nullptr;
    QPlainTextEdit* m_followUpPlan = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_signButton = nullptr;
};

} // namespace forlop
