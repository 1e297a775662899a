#pragma once

#include "pathway/EligibilityAssessment.h"

#include <QWidget>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace forlop {

class CriterionAnswerRow;

// Every criterion of one criteria version, inclusion first, each answered yes / no / unclear with a comment,
// and below them the decision the rule of the standard gives, updated as the answers change.
class EligibilityCriteriaForm : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityCriteriaForm(QWidget* parent = nullptr);

    void setCriteria(const CriteriaVersion& criteria, const QList<CriterionResponse>& responses);
    void setReadOnly(bool readOnly);

    // nullopt while any criterion is unanswered.
    [[nodiscard]] std::optional<EligibilityDecision> derived() const;
    [[nodiscard]] int unanswered() const;
    // The answered rows changed since loading or the last save.
    [[nodiscard]] QList<CriterionResponse> changedResponses() const;
    void markSaved();

Q_SIGNALS:
    void derivedChanged();

private:
    void updateDerived();

    CriteriaVersion m_criteria;
    QList<CriterionAnswerRow*> m_rows;
    QWidget* m_grid = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_derived = nullptr;
};

} // namespace forlop
