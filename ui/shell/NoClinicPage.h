#pragma once

#include <QWidget>

class QLabel;

namespace forlop {

// Shown behind the first-run dialog, and instead of it once cancelled: no clinic exists at the path yet.
class NoClinicPage : public QWidget
{
    Q_OBJECT

public:
    explicit NoClinicPage(QWidget* parent = nullptr);
    void setDatabasePath(const QString& path);

Q_SIGNALS:
    void createRequested();

private:
    QLabel* m_path = nullptr;
};

} // namespace forlop
