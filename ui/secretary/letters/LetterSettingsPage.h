#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace forlop {

class Clinic;
class MessageBar;

// The administrator's page for the clinic's appointment letter: the address printed on letters and envelopes and
// the letter's wording with its placeholders, with a preview. Core refuses wording that would reveal the service.
class LetterSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LetterSettingsPage(Clinic& clinic, QWidget* parent = nullptr);

    bool save();
    void useDefault();

private:
    void load();
    void updatePreview();

    Clinic& m_clinic;
    QPlainTextEdit* m_address = nullptr;
    QPlainTextEdit* m_template = nullptr;
    QTextBrowser* m_preview = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace forlop
