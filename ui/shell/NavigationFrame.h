#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace forlop {

// The signed-in workspace: a list of pages on the left and the chosen page beside it.
// The role screens fill it through the PageCatalog; each page has a stable id so a lock can resume it.
class NavigationFrame : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationFrame(QWidget* parent = nullptr);

    // Takes ownership of page.
    void addPage(const QString& id, const QString& title, QWidget* page);
    [[nodiscard]] QStringList pageIds() const { return m_ids; }
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QWidget* page(const QString& id) const;
    // False (and nothing changes) when no page has that id.
    bool showPage(const QString& id);

Q_SIGNALS:
    void currentPageChanged(const QString& id);

private:
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStringList m_ids;
};

} // namespace forlop
