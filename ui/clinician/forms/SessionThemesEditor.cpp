#include "clinician/forms/SessionThemesEditor.h"

#include "clinician/forms/FormParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace forlop {

SessionThemesEditor::SessionThemesEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionThemesEditor"));
    m_sessions = new QListWidget;
    m_sessions->setObjectName(QStringLiteral("planSessionList"));
    m_themeList = new QListWidget;
    m_themeList->setObjectName(QStringLiteral("planThemeList"));
    connect(m_sessions, &QListWidget::currentRowChanged, this, &SessionThemesEditor::showSession);
    connect(m_themeList, &QListWidget::itemChanged, this, &SessionThemesEditor::themeToggled);

    auto* left = new QVBoxLayout;
    left->addWidget(FormParts::heading(tr("Session")));
    left->addWidget(m_sessions);
    auto* right = new QVBoxLayout;
    right->addWidget(FormParts::heading(tr("Themes of the selected session")));
    right->addWidget(m_themeList);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
}

void SessionThemesEditor::setCatalogue(const ThemeCatalogueVersion& catalogue)
{
    m_catalogue = catalogue;
    m_filling = true;
    m_themeList->clear();
    for (const TreatmentTheme& theme : std::as_const(catalogue.themes)) {
        auto* item = new QListWidgetItem(ThemeCatalogue::displayTitle(theme, catalogue.example));
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(theme.id));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        m_themeList->addItem(item);
    }
    m_filling = false;
}

void SessionThemesEditor::setThemes(const QMap<int, QList<std::int64_t>>& themesBySession)
{
    m_themes = themesBySession;
    updateSessionLabels();
    showSession();
}

void SessionThemesEditor::setSessionCount(int sessions)
{
    const int current = std::max(0, m_sessions->currentRow());
    m_sessionCount = sessions;
    m_sessions->blockSignals(true);
    m_sessions->clear();
    for (int i = 1; i <= sessions; ++i) {
        m_sessions->addItem(QString());
    }
    m_sessions->blockSignals(false);
    updateSessionLabels();
    m_sessions->setCurrentRow(std::min(current, sessions - 1));
    showSession();
}

void SessionThemesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showSession();
}

QMap<int, QList<std::int64_t>> SessionThemesEditor::themes() const
{
    QMap<int, QList<std::int64_t>> result;
    for (auto it = m_themes.cbegin(); it != m_themes.cend(); ++it) {
        if (it.key() >= 1 && it.key() <= m_sessionCount && !it.value().isEmpty()) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

QString SessionThemesEditor::title(std::int64_t themeId) const
{
    for (const TreatmentTheme& theme : m_catalogue.themes) {
        if (theme.id == themeId) {
            return ThemeCatalogue::displayTitle(theme, m_catalogue.example);
        }
    }
    return {};
}

void SessionThemesEditor::updateSessionLabels()
{
    for (int row = 0; row < m_sessions->count(); ++row) {
        QStringList titles;
        for (std::int64_t id : m_themes.value(row + 1)) {
            titles << title(id);
        }
        //: %1 the session number, %2 its themes
        m_sessions->item(row)->setText(titles.isEmpty()
                                           ? tr("Session %1").arg(row + 1)
                                           : tr("Session %1: %2").arg(row + 1).arg(titles.join(QStringLiteral(", "))));
        m_sessions->item(row)->setToolTip(titles.join(QLatin1Char('\n')));
    }
}

void SessionThemesEditor::showSession()
{
    const int session = m_sessions->currentRow() + 1;
    const QList<std::int64_t> chosen = m_themes.value(session);
    m_filling = true;
    for (int row = 0; row < m_themeList->count(); ++row) {
        QListWidgetItem* item = m_themeList->item(row);
        item->setCheckState(chosen.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        item->setFlags(session > 0 && !m_readOnly ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                                  : Qt::ItemIsUserCheckable);
    }
    m_filling = false;
}

void SessionThemesEditor::themeToggled()
{
    const int session = m_sessions->currentRow() + 1;
    if (m_filling || session < 1) {
        return;
    }
    QList<std::int64_t> chosen;
    for (int row = 0; row < m_themeList->count(); ++row) {
        if (m_themeList->item(row)->checkState() == Qt::Checked) {
            chosen << m_themeList->item(row)->data(Qt::UserRole).toLongLong();
        }
    }
    m_themes.insert(session, chosen);
    updateSessionLabels();
    Q_EMIT changed();
}

} // namespace forlop
