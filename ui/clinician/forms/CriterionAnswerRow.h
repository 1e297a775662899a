#pragma once

#include "pathway/EligibilityAssessment.h"

#include <QObject>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace forlop {

// One criterion of the eligibility form: its text, yes / no / unclear and a comment. Not a widget of its own:
// its widgets go into the criteria form's grid, so that every row's buttons and comments line up.
class CriterionAnswerRow : public QObject
{
    Q_OBJECT

public:
    CriterionAnswerRow(const EligibilityCriterion& criterion, QObject* parent = nullptr);

    // Places the row's widgets in columns 0 (text), 1–3 (answers) and 4 (comment) of the grid.
    void addTo(QGridLayout* grid, int row);

    [[nodiscard]] const EligibilityCriterion& criterion() const { return m_criterion; }
    [[nodiscard]] std::optional<CriterionAnswer> answer() const;
    [[nodiscard]] QString comment() const;
    [[nodiscard]] std::optional<CriterionResponse> response() const;

    void setResponse(const CriterionResponse& response);
    void setReadOnly(bool readOnly);
    // Changed since it was loaded or last saved.
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    void markSaved() { m_dirty = false; }

Q_SIGNALS:
    void answerChanged();

private:
    EligibilityCriterion m_criterion;
    QLabel* m_text = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QRadioButton*> m_buttons; // yes, no, unclear
    QLineEdit* m_comment = nullptr;
    bool m_dirty = false;
};

} // namespace forlop
