#include "clinician/forms/InstrumentEntryEditor.h"

#include "clinician/forms/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

namespace {

const QList<InstrumentStatus> Statuses{InstrumentStatus::NotStarted, InstrumentStatus::InProgress,
                                       InstrumentStatus::Completed, InstrumentStatus::Declined};

} // namespace

InstrumentEntryEditor::InstrumentEntryEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("instrumentEntryEditor"));
    m_title = FormParts::heading({});
    m_title->setObjectName(QStringLiteral("instrumentTitleLabel"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("instrumentStatusCombo"));
    for (InstrumentStatus status : Statuses) {
        m_status->addItem(AssessmentPackages::displayName(status), AssessmentPackages::id(status));
    }
    m_completedOn = FormParts::dateField(QStringLiteral("instrumentDateEdit"), QDate::currentDate());
    m_scoreBox = new QWidget;
    m_scoreForm = new QFormLayout(m_scoreBox);
    m_scoreForm->setContentsMargins(0, 0, 0, 0);
    m_scoreProblem = FormParts::feedback(QStringLiteral("scoreProblemLabel"));
    m_scoreProblem->setWordWrap(true);
    m_declineReason = FormParts::textBox(QStringLiteral("declineReasonEdit"), tr("Why the patient declined"), 2);
    m_record = new QPushButton(tr("Record"));
    m_record->setObjectName(QStringLiteral("recordInstrumentButton"));
    connect(m_record, &QPushButton::clicked, this, &InstrumentEntryEditor::recordRequested);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InstrumentEntryEditor::updateVisibility);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Status"), m_status);
    m_form->addRow(tr("Completed on"), m_completedOn);
    m_form->addRow(tr("Scores"), m_scoreBox);
    m_form->addRow(QString(), m_scoreProblem);
    m_form->addRow(tr("Reason"), m_declineReason);

    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addLayout(m_form);
    body->addLayout(FormParts::buttonRow({m_record}));
    m_placeholder = FormParts::hint(tr("Select an instrument in the list to record its status and scores, or why the "
                                       "patient declined it."),
                                    QStringLiteral("instrumentPlaceholderLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    layout->addStretch(1);
    clearEntry();
}

QString InstrumentEntryEditor::scoreLabel(const ScoreField& field, bool exampleCatalogue)
{
    if (exampleCatalogue && field.code == QLatin1String("total")) {
        return tr("Total score");
    }
    return field.label;
}

void InstrumentEntryEditor::setEntry(const Instrument& instrument, bool exampleCatalogue,
                                     const InstrumentResult& result, const QDate& today, bool editable)
{
    m_instrument = instrument;
    m_example = exampleCatalogue;
    m_timepoint = result.timepoint;
    //: %1 instrument, %2 timepoint (intake, end of treatment, follow-up)
    m_title->setText(tr("%1 — %2").arg(instrument.name, InstrumentCatalogue::displayName(result.timepoint)));
    m_status->setCurrentIndex(int(Statuses.indexOf(result.status)));
    m_completedOn->setMaximumDate(today);
    m_completedOn->setDate(result.completedOn.value_or(today));

    while (m_scoreForm->rowCount() > 0) {
        m_scoreForm->removeRow(0);
    }
    m_scores.clear();
    for (const ScoreField& field : instrument.scores) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("score_%1").arg(field.code));
        edit->setMaximumWidth(90);
        if (result.scores.contains(field.code)) {
            edit->setText(QString::number(result.scores.value(field.code)));
        }
        edit->setReadOnly(!editable);
        connect(edit, &QLineEdit::textChanged, this, &InstrumentEntryEditor::checkScores);
        auto* row = new QHBoxLayout;
        row->addWidget(edit);
        //: the allowed range of a score, e.g. "0–27"
        row->addWidget(FormParts::hint(tr("%1–%2").arg(field.minimum).arg(field.maximum)));
        row->addStretch(1);
        m_scoreForm->addRow(scoreLabel(field, exampleCatalogue), row);
        m_scores << edit;
    }
    m_declineReason->setPlainText(result.declineReason);
    m_declineReason->setReadOnly(!editable);
    m_status->setEnabled(editable);
    m_completedOn->setEnabled(editable);
    m_record->setVisible(editable);
    m_placeholder->hide();
    m_body->show();
    updateVisibility();
    checkScores();
}

void InstrumentEntryEditor::clearEntry()
{
    m_instrument = {};
    m_body->hide();
    m_placeholder->show();
}

Result<InstrumentEntry> InstrumentEntryEditor::entry() const
{
    InstrumentEntry entry;
    entry.instrumentId = m_instrument.id;
    entry.timepoint = m_timepoint;
    entry.status = Statuses.value(m_status->currentIndex(), InstrumentStatus::NotStarted);
    if (entry.status == InstrumentStatus::Completed) {
        entry.completedOn = m_completedOn->date();
    }
    if (entry.status == InstrumentStatus::Declined) {
        entry.declineReason = m_declineReason->toPlainText().trimmed();
    }
    if (entry.status == InstrumentStatus::Completed || entry.status == InstrumentStatus::InProgress) {
        for (int i = 0; i < m_instrument.scores.size() && i < m_scores.size(); ++i) {
            const ScoreField& field = m_instrument.scores.at(i);
            const QString text = m_scores.at(i)->text().trimmed();
            if (text.isEmpty()) {
                continue;
            }
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok || value < field.minimum || value > field.maximum) {
                //: %1 score label, %2 instrument, %3 and %4 the range
                return fail(ErrorCode::InvalidInput, tr("%1 of %2 must be a whole number from %3 to %4.")
                                                         .arg(scoreLabel(field, m_example), m_instrument.name)
                                                         .arg(field.minimum)
                                                         .arg(field.maximum));
            }
            entry.scores.insert(field.code, value);
        }
    }
    return entry;
}

void InstrumentEntryEditor::updateVisibility()
{
    const InstrumentStatus status = Statuses.value(m_status->currentIndex(), InstrumentStatus::NotStarted);
    const bool scored = !m_instrument.scores.isEmpty() &&
                        (status == InstrumentStatus::Completed || status == InstrumentStatus::InProgress);
    m_form->setRowVisible(m_completedOn, status == InstrumentStatus::Completed);
    m_form->setRowVisible(m_scoreBox, scored);
    m_form->setRowVisible(m_scoreProblem, scored && !m_scoreProblem->text().isEmpty());
    m_form->setRowVisible(m_declineReason, status == InstrumentStatus::Declined);
}

void InstrumentEntryEditor::checkScores()
{
    const auto checked = entry();
    if (checked) {
        FormParts::clear(m_scoreProblem);
    } else {
        FormParts::showError(m_scoreProblem, checked.error().message);
    }
    for (int i = 0; i < m_instrument.scores.size() && i < m_scores.size(); ++i) {
        const ScoreField& field = m_instrument.scores.at(i);
        bool ok = false;
        const int value = m_scores.at(i)->text().trimmed().toInt(&ok);
        const bool bad =
            !m_scores.at(i)->text().trimmed().isEmpty() && (!ok || value < field.minimum || value > field.maximum);
        m_scores.at(i)->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #a31515; }") : QString());
    }
    updateVisibility();
}

} // namespace forlop
