#include "clinician/forms/SessionProgressBar.h"

#include "pathway/TreatmentPlan.h"

#include <QPainter>

namespace forlop {

SessionProgressBar::SessionProgressBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionProgressBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SessionProgressBar::setCounts(int attended, std::optional<int> planned)
{
    m_attended = attended;
    m_planned = planned;
    //: accessible description of the session bar
    setAccessibleDescription(
        planned ? tr("%1 of %n planned sessions attended; the national advice is 16 to 20.", nullptr, *planned)
                      .arg(attended)
                : tr("%n session(s) attended, no plan yet.", nullptr, attended));
    setToolTip(accessibleDescription());
    update();
}

QSize SessionProgressBar::sizeHint() const
{
    return {360, fontMetrics().height() * 2 + 10};
}

QSize SessionProgressBar::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 2 + 10};
}

int SessionProgressBar::scaleMaximum() const
{
    return std::max({TreatmentPlans::RecommendedMaximum + 2, m_planned.value_or(0), m_attended});
}

void SessionProgressBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int labelHeight = fontMetrics().height();
    const QRectF track(1, 2, width() - 2, height() - labelHeight - 6);
    const double perSession = track.width() / scaleMaximum();
    auto x = [&](int sessions) { return track.left() + sessions * perSession; };

    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(track.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(Qt::NoPen);
    // The band of the national advice.
    const QRectF band(x(TreatmentPlans::RecommendedMinimum), track.top(),
                      (TreatmentPlans::RecommendedMaximum - TreatmentPlans::RecommendedMinimum) * perSession,
                      track.height());
    painter.setBrush(QColor(0x1e, 0x6b, 0x2e, 45));
    painter.drawRect(band);
    // Attended sessions.
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(track.left(), track.top(), m_attended * perSession, track.height()), 3, 3);
    // The plan.
    if (m_planned) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawLine(QPointF(x(*m_planned), track.top() - 1), QPointF(x(*m_planned), track.bottom() + 1));
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const double labelTop = track.bottom() + 3;
    for (int mark : {0, TreatmentPlans::RecommendedMinimum, TreatmentPlans::RecommendedMaximum}) {
        const QString text = QString::number(mark);
        const double w = fontMetrics().horizontalAdvance(text);
        const double left = std::clamp(x(mark) - w / 2, track.left(), track.right() - w);
        painter.drawText(QRectF(left, labelTop, w + 2, labelHeight), Qt::AlignLeft, text);
    }
}

} // namespace forlop
