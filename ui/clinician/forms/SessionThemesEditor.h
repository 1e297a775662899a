#pragma once

#include "pathway/ThemeCatalogue.h"

#include <QMap>
#include <QWidget>

class QListWidget;

namespace forlop {

// The plan's themes per session: the sessions on the left, the catalogue's themes to tick on the right.
class SessionThemesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SessionThemesEditor(QWidget* parent = nullptr);

    void setCatalogue(const ThemeCatalogueVersion& catalogue);
    void setThemes(const QMap<int, QList<std::int64_t>>& themesBySession);
    void setSessionCount(int sessions);
    void setReadOnly(bool readOnly);
    // Sessions beyond the planned number are dropped.
    [[nodiscard]] QMap<int, QList<std::int64_t>> themes() const;
    [[nodiscard]] QListWidget* sessionList() const { return m_sessions; }
    [[nodiscard]] QListWidget* themeList() const { return m_themeList; }

Q_SIGNALS:
    void changed();

private:
    void showSession();
    void themeToggled();
    void updateSessionLabels();
    [[nodiscard]] QString title(std::int64_t themeId) const;

    ThemeCatalogueVersion m_catalogue;
    QMap<int, QList<std::int64_t>> m_themes;
    int m_sessionCount = 0;
    bool m_readOnly = false;
    bool m_filling = false;
    QListWidget* m_sessions = nullptr;
    QListWidget* m_themeList = nullptr;
};

} // namespace forlop
