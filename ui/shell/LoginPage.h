#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace forlop {

// The locked mode of the main window: user name and password. The password field is emptied after every
// attempt; the caller gets the password once, as bytes it can wipe.
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(QWidget* parent = nullptr);

    void setDatabasePath(const QString& path);
    void setUserName(const QString& userName);
    [[nodiscard]] QString userName() const;
    // While the keys are derived: fields disabled, a busy indicator shown.
    void setBusy(bool busy);
    void showError(const QString& message);
    // A demo clinic's synthetic users, listed so a visitor can sign in (only with --demo).
    void showDemoUsers(const QStringList& userNames, const QString& password);
    // Empties the password and the error and puts the cursor where typing should start.
    void reset();

Q_SIGNALS:
    void signInRequested(const QString& userName, const QByteArray& password);

private:
    void signIn();

    QLabel* m_clinicFile = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_demoUsers = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
};

} // namespace forlop
