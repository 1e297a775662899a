#include "clinician/forms/FormParts.h"

#include "pathway/PatientRegistry.h"
#include "scheduling/ClinicTime.h"

#include <QApplication>
#include <QDateEdit>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace forlop {

QGroupBox* FormParts::section(const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(objectName);
    return box;
}

QLabel* FormParts::hint(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* FormParts::heading(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFrame* FormParts::notice(const QString& text, const QString& objectName, QLabel** label)
{
    auto* frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #fff4e5; border: 1px solid #f0c36d; "
                                        "border-radius: 3px; } QFrame#%1 QLabel { color: #5c3c00; }")
                             .arg(objectName));
    auto* icon = new QLabel;
    const int size = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* text_ = new QLabel(text);
    text_->setWordWrap(true);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text_, 1);
    if (label) {
        *label = text_;
    }
    return frame;
}

QLabel* FormParts::feedback(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

namespace {

// The message line may lie below the fold of a long form: bring it into view once the layout has placed it.
void scrollTo(QLabel* feedback)
{
    QTimer::singleShot(0, feedback, [feedback] {
        for (QWidget* parent = feedback->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
                scroll->ensureWidgetVisible(feedback, 0, 24);
                return;
            }
        }
    });
}

} // namespace

void FormParts::showError(QLabel* feedback, const QString& text)
{
    feedback->setStyleSheet(QStringLiteral("QLabel { color: #a31515; }"));
    feedback->setText(text);
    feedback->setVisible(!text.isEmpty());
    scrollTo(feedback);
}

void FormParts::showDone(QLabel* feedback, const QString& text)
{
    feedback->setStyleSheet(QStringLiteral("QLabel { color: #1e6b2e; }"));
    feedback->setText(text);
    feedback->setVisible(!text.isEmpty());
    scrollTo(feedback);
}

void FormParts::clear(QLabel* feedback)
{
    feedback->clear();
    feedback->setVisible(false);
}

QPlainTextEdit* FormParts::textBox(const QString& objectName, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics(edit->font());
    const int height =
        metrics.lineSpacing() * lines + 2 * (edit->frameWidth() + int(edit->document()->documentMargin()));
    edit->setFixedHeight(height);
    return edit;
}

QDateEdit* FormParts::dateField(const QString& objectName, const QDate& today)
{
    auto* edit = new QDateEdit(today);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today);
    edit->setDisplayFormat(dateFormat());
    return edit;
}

void FormParts::setToday(QDateEdit* edit, const QDate& today)
{
    edit->setMaximumDate(today);
    edit->setDate(today);
}

QHBoxLayout* FormParts::buttonRow(const QList<QWidget*>& buttons)
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    for (QWidget* button : buttons) {
        row->addWidget(button);
    }
    return row;
}

QVBoxLayout* FormParts::scrollingContent(QWidget* page)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 8, 8);
    layout->setSpacing(10);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

QString FormParts::dateFormat()
{
    // As the rest of Forløp shows dates (ClinicTime::dateText), whatever the machine's locale.
    return QStringLiteral("dd.MM.yyyy");
}

QString FormParts::date(const QDate& date)
{
    return date.isValid() ? ClinicTime::dateText(date) : QString();
}

QString FormParts::dateTime(const QDateTime& at)
{
    return at.isValid() ? ClinicTime::dateText(ClinicTime::dateOf(at)) + QLatin1Char(' ') + ClinicTime::timeText(at)
                        : QString();
}

Result<PatientState> FormParts::stateOf(Clinic& clinic, std::int64_t patientId)
{
    auto patient = PatientRegistry::get(clinic, patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    return patient->state;
}

} // namespace forlop
