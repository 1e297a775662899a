#include "clinician/forms/CriterionAnswerRow.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace forlop {

namespace {

const QList<CriterionAnswer> Answers{CriterionAnswer::Yes, CriterionAnswer::No, CriterionAnswer::Unclear};

} // namespace

CriterionAnswerRow::CriterionAnswerRow(const EligibilityCriterion& criterion, QObject* parent)
    : QObject(parent), m_criterion(criterion)
{
    m_text = new QLabel(EligibilityCriteria::displayText(criterion));
    m_text->setObjectName(QStringLiteral("criterion_%1_text").arg(criterion.code));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // a clinic's own criteria are shown as written
    m_group = new QButtonGroup(this);
    for (int i = 0; i < Answers.size(); ++i) {
        auto* button = new QRadioButton(EligibilityCriteria::displayName(Answers.at(i)));
        button->setObjectName(
            QStringLiteral("criterion_%1_%2").arg(criterion.code, EligibilityCriteria::id(Answers.at(i))));
        m_group->addButton(button, i);
        m_buttons << button;
    }
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("criterion_%1_comment").arg(criterion.code));
    m_comment->setPlaceholderText(tr("Comment"));

    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        m_dirty = true;
        Q_EMIT answerChanged();
    });
    connect(m_comment, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
}

void CriterionAnswerRow::addTo(QGridLayout* grid, int row)
{
    grid->addWidget(m_text, row, 0);
    for (int i = 0; i < m_buttons.size(); ++i) {
        grid->addWidget(m_buttons.at(i), row, 1 + i);
    }
    grid->addWidget(m_comment, row, 4);
}

std::optional<CriterionAnswer> CriterionAnswerRow::answer() const
{
    const int checked = m_group->checkedId();
    return checked < 0 ? std::nullopt : std::optional<CriterionAnswer>(Answers.at(checked));
}

QString CriterionAnswerRow::comment() const
{
    return m_comment->text().trimmed();
}

std::optional<CriterionResponse> CriterionAnswerRow::response() const
{
    const auto chosen = answer();
    if (!chosen) {
        return std::nullopt;
    }
    return CriterionResponse{m_criterion.id, *chosen, comment()};
}

void CriterionAnswerRow::setResponse(const CriterionResponse& response)
{
    m_buttons.at(Answers.indexOf(response.answer))->setChecked(true);
    m_comment->setText(response.comment);
    m_dirty = false;
}

void CriterionAnswerRow::setReadOnly(bool readOnly)
{
    for (QRadioButton* button : std::as_const(m_buttons)) {
        // The chosen answer stays legible; the others are greyed out.
        button->setEnabled(!readOnly || button->isChecked());
        button->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
        button->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
    m_comment->setReadOnly(readOnly);
    m_comment->setPlaceholderText(readOnly ? QString() : tr("Comment"));
    // An empty comment box says nothing on a completed assessment.
    m_comment->setVisible(!readOnly || !m_comment->text().isEmpty());
}

} // namespace forlop
