#include "clinician/forms/EligibilityCriteriaForm.h"

#include "clinician/forms/CriterionAnswerRow.h"
#include "clinician/forms/FormParts.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace forlop {

EligibilityCriteriaForm::EligibilityCriteriaForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eligibilityCriteriaForm"));
    m_version = FormParts::hint({}, QStringLiteral("criteriaVersionLabel"));
    m_derived = new QLabel;
    m_derived->setObjectName(QStringLiteral("derivedDecisionLabel"));
    m_derived->setWordWrap(true);
    m_derived->setTextFormat(Qt::RichText);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addWidget(m_version);
    m_layout->addWidget(m_derived);
}

void EligibilityCriteriaForm::setCriteria(const CriteriaVersion& criteria, const QList<CriterionResponse>& responses)
{
    m_criteria = criteria;
    qDeleteAll(m_rows);
    m_rows.clear();
    delete m_grid;
    m_grid = new QWidget;
    auto* grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(4, 3);
    grid->setColumnMinimumWidth(4, 180);

    int row = 0;
    for (CriterionKind kind : {CriterionKind::Inclusion, CriterionKind::Exclusion}) {
        const bool inclusion = kind == CriterionKind::Inclusion;
        grid->addWidget(FormParts::heading(inclusion ? tr("Inclusion criteria") : tr("Exclusion criteria")), row, 0);
        grid->addWidget(
            FormParts::hint(inclusion ? tr("All must be answered yes to include.") : tr("Any answered yes excludes.")),
            row, 1, 1, 4);
        ++row;
        for (const EligibilityCriterion& criterion : std::as_const(criteria.criteria)) {
            if (criterion.kind != kind) {
                continue;
            }
            auto* answerRow = new CriterionAnswerRow(criterion, this);
            for (const CriterionResponse& response : responses) {
                if (response.criterionId == criterion.id) {
                    answerRow->setResponse(response);
                }
            }
            answerRow->addTo(grid, row++);
            connect(answerRow, &CriterionAnswerRow::answerChanged, this, &EligibilityCriteriaForm::updateDerived);
            m_rows << answerRow;
        }
        if (inclusion) {
            grid->setRowMinimumHeight(row++, 6);
        }
    }
    m_layout->insertWidget(1, m_grid);
    m_grid->show();
    //: %1 the version number, %2 the version's name
    m_version->setText(tr("Criteria version %1: %2").arg(criteria.version).arg(criteria.label));
    updateDerived();
}

void EligibilityCriteriaForm::setReadOnly(bool readOnly)
{
    for (CriterionAnswerRow* row : std::as_const(m_rows)) {
        row->setReadOnly(readOnly);
    }
}

std::optional<EligibilityDecision> EligibilityCriteriaForm::derived() const
{
    QHash<std::int64_t, CriterionAnswer> answers;
    for (const CriterionAnswerRow* row : m_rows) {
        if (const auto answer = row->answer()) {
            answers.insert(row->criterion().id, *answer);
        }
    }
    return EligibilityCriteria::derive(m_criteria.criteria, answers);
}

int EligibilityCriteriaForm::unanswered() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const CriterionAnswerRow* row) { return !row->answer().has_value(); }));
}

QList<CriterionResponse> EligibilityCriteriaForm::changedResponses() const
{
    QList<CriterionResponse> changed;
    for (const CriterionAnswerRow* row : m_rows) {
        if (row->isDirty()) {
            if (auto response = row->response()) {
                changed << *response;
            }
        }
    }
    return changed;
}

void EligibilityCriteriaForm::markSaved()
{
    for (CriterionAnswerRow* row : std::as_const(m_rows)) {
        if (row->answer()) {
            row->markSaved();
        }
    }
}

void EligibilityCriteriaForm::updateDerived()
{
    if (const auto decision = derived()) {
        const bool include = *decision == EligibilityDecision::Include;
        //: %1 is "Include" or "Exclude"
        m_derived->setText(tr("By the criteria: <b style=\"color:%2\">%1</b>")
                               .arg(EligibilityCriteria::displayName(*decision).toHtmlEscaped(),
                                    include ? QStringLiteral("#1e6b2e") : QStringLiteral("#a31515")));
    } else {
        m_derived->setText(
            tr("By the criteria: answer every criterion first (%n left).", nullptr, unanswered()).toHtmlEscaped());
    }
    Q_EMIT derivedChanged();
}

} // namespace forlop
