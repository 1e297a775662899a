#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "util/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace forlop {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_initialLanguage(AppSettings::language())
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : Language::available()) {
        m_language->addItem(Language::displayName(code), code);
    }
    m_language->setCurrentIndex(m_language->findData(m_initialLanguage));

    m_restartNote = new QLabel(tr("The new language is used the next time Forløp starts."));
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);

    m_idleMinutes = new QSpinBox;
    m_idleMinutes->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleMinutes->setRange(AppSettings::MinIdleLockMinutes, AppSettings::MaxIdleLockMinutes);
    m_idleMinutes->setValue(AppSettings::idleLockMinutes());

    auto* idleHelp = new QLabel(tr("Forløp locks itself when nobody has used it for this many minutes. "
                                   "Signing in again opens the clinic where you left it."));
    idleHelp->setWordWrap(true);
    idleHelp->setForegroundRole(QPalette::PlaceholderText);
    idleHelp->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_restartNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Lock after &idle minutes:"), m_idleMinutes);
    form->addRow(QString(), idleHelp);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idleMinutes->value();
}

void SettingsDialog::updateRestartNote()
{
    // Until a restart the running language stays, whatever was saved before.
    m_restartNote->setVisible(selectedLanguage() != Language::current());
}

void SettingsDialog::accept()
{
    if (selectedLanguage() != m_initialLanguage) {
        AppSettings::setValue(AppSettings::Key::Language, selectedLanguage());
    }
    AppSettings::setValue(AppSettings::Key::IdleLockMinutes, idleLockMinutes());
    QDialog::accept();
}

} // namespace forlop
