#include "pathway/PatientTimeline.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/Deviation.h"
#include "pathway/DutyToReport.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/InstrumentCatalogue.h"
#include "pathway/OnwardReferral.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientState.h"
#include "pathway/Referral.h"
#include "pathway/RegistryConsent.h"
#include "pathway/SessionLog.h"

#include <functional>

namespace forlop {

using namespace pathwaysql;

namespace {

using Row = const Statement&;
using Make = std::function<TimelineEvent(Row)>;

// Runs one query bound to the patient and turns each row into an event. Column 0 is always the time.
Status collect(Database& db, const char* sql, std::int64_t patientId, QList<TimelineEvent>& events, const Make& make)
{
    auto stmt = query(db, sql, patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
        if (stmt->isNull(0)) {
            continue;
        }
        TimelineEvent event = make(*stmt);
        const QString at = stmt->text(0);
        event.at = at.size() == 10 ? QDateTime(parseDate(at), QTime(0, 0), Qt::UTC) : parseTime(at);
        events << event;
    }
}

TimelineEvent event(TimelineKind kind, QString title, const char* objectType, std::optional<std::int64_t> objectId,
                    std::optional<std::int64_t> actor, bool administrative)
{
    return TimelineEvent{{}, kind, std::move(title), QString::fromLatin1(objectType), objectId, actor, administrative};
}


Status administrativeEvents(Database& db, std::int64_t id, QList<TimelineEvent>& out)
{
    auto steps = {
        std::function<Status()>([&] {
            return collect(
                db, "SELECT at, to_state, from_state, by_user, id FROM patient_state_change WHERE patient_id = ?1", id,
                out, [](Row r) {
                    const auto to = PatientStates::fromId(r.text(1)).value_or(PatientState::Enquiry);
                    //: %1 is a pathway state such as "Waiting list".
                    QString title = r.isNull(2) ? PatientTimeline::tr("Registered: %1").arg(PatientStates::displayName(to))
                                                : PatientTimeline::tr("Moved to %1").arg(PatientStates::displayName(to));
                    return event(TimelineKind::StateChange, title, "patient", std::nullopt, r.optionalInt64(3), true);
                });
        }),
        std::function<Status()>([&] {
            return collect(
                db, "SELECT created_at, channel, urgency, created_by, id FROM referral WHERE patient_id = ?1", id, out,
                [](Row r) {
                    const auto channel = ReferralCodes::channelFromId(r.text(1)).value_or(ReferralChannel::Other);
                    //: %1 is a referral channel such as "GP"
                    QString title = r.text(2) == QLatin1String("urgent") ? PatientTimeline::tr("Urgent referral registered (%1)")
                                                                         : PatientTimeline::tr("Referral registered (%1)");
                    return event(TimelineKind::Referral, title.arg(ReferralCodes::displayName(channel)), "referral",
                                 r.int64(4), r.optionalInt64(3), true);
                });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT allocated_at, allocated_by, id FROM referral WHERE patient_id = ?1", id, out,
                           [](Row r) {
                               return event(TimelineKind::Allocation, PatientTimeline::tr("Allocated to a clinician"), "referral",
                                            r.int64(2), r.optionalInt64(1), true);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT first_offered_on, id FROM referral WHERE patient_id = ?1", id, out, [](Row r) {
                return event(TimelineKind::FirstOffer, PatientTimeline::tr("First appointment offered"), "referral", r.int64(1),
                             std::nullopt, true);
            });
        }),
        std::function<Status()>([&] {
            return collect(db,
                           "SELECT starts_at, kind, attendance, clinician_id, id FROM treatment_session "
                           "WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               const auto kind = SessionLog::kindFromId(r.text(1)).value_or(SessionKind::Treatment);
                               const auto attendance =
                                   SessionLog::attendanceFromId(r.text(2)).value_or(SessionAttendance::Attended);
                               //: %1 kind of session, %2 attendance, e.g. "Treatment session: Attended"
                               return event(TimelineKind::Session,
                                            PatientTimeline::tr("%1: %2").arg(SessionLog::displayName(kind),
                                                                SessionLog::displayName(attendance)),
                                            "treatment_session", r.int64(4), r.int64(3), true);
                           });
        }),
    };
    for (const auto& step : steps) {
        if (auto status = step(); !status) {
            return status;
        }
    }
    return {};
}

Status clinicalEvents(Database& db, std::int64_t id, QList<TimelineEvent>& out)
{
    auto steps = {
        std::function<Status()>([&] {
            return collect(db, "SELECT started_at, assessor_id, id FROM eligibility_assessment WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               return event(TimelineKind::Eligibility, PatientTimeline::tr("Eligibility assessment started"),
                                            "eligibility_assessment", r.int64(2), r.int64(1), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db,
                           "SELECT completed_at, final_decision, derived_decision, assessor_id, id "
                           "FROM eligibility_assessment WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               const bool include = r.text(1) == QLatin1String("include");
                               QString title = include ? PatientTimeline::tr("Eligibility decided: included")
                                                       : PatientTimeline::tr("Eligibility decided: excluded");
                               return event(TimelineKind::Eligibility, title, "eligibility_assessment", r.int64(4),
                                            r.int64(3), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(
                db, "SELECT created_at, recipient, status, created_by, id FROM onward_referral WHERE patient_id = ?1",
                id, out, [](Row r) {
                    const auto recipient = OnwardReferrals::recipientFromId(r.text(1)).value_or(OnwardRecipient::Other);
                    //: %1 is a recipient such as "GP"
                    return event(TimelineKind::OnwardReferral,
                                 PatientTimeline::tr("Referred onward to %1").arg(OnwardReferrals::displayName(recipient)),
                                 "onward_referral", r.int64(4), r.optionalInt64(3), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT created_at, found_by, id FROM unmet_need WHERE patient_id = ?1", id, out,
                           [](Row r) {
                               return event(TimelineKind::UnmetNeed, PatientTimeline::tr("Unmet need recorded"), "unmet_need",
                                            r.int64(2), r.int64(1), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT started_at, started_by FROM assessment_package WHERE patient_id = ?1", id, out,
                           [](Row r) {
                               return event(TimelineKind::Package, PatientTimeline::tr("Assessment package started"),
                                            "assessment_package", std::nullopt, r.optionalInt64(1), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(
                db,
                "SELECT s.updated_at, i.name, s.timepoint, s.status, s.updated_by, s.id FROM instrument_status s "
                "JOIN instrument i ON i.id = s.instrument_id WHERE s.patient_id = ?1 "
                "AND s.status IN ('completed', 'declined')",
                id, out, [](Row r) {
                    const auto timepoint = InstrumentCatalogue::timepointFromId(r.text(2)).value_or(Timepoint::Intake);
                    //: %1 instrument name, %2 timepoint such as "Intake"
                    QString title = r.text(3) == QLatin1String("completed") ? PatientTimeline::tr("%1 completed (%2)")
                                                                            : PatientTimeline::tr("%1 declined (%2)");
                    return event(TimelineKind::Package,
                                 title.arg(r.text(1), InstrumentCatalogue::displayName(timepoint)), "instrument_status",
                                 r.int64(5), r.optionalInt64(4), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(
                db, "SELECT recorded_at, status, recorded_by, id FROM registry_consent_event WHERE patient_id = ?1", id,
                out, [](Row r) {
                    const auto status = RegistryConsent::fromId(r.text(1)).value_or(RegistryStatus::Informed);
                    return event(TimelineKind::RegistryConsent, RegistryConsent::displayName(status),
                                 "registry_consent_event", r.int64(3), r.optionalInt64(2), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(
                db, "SELECT created_at, planned_sessions, created_by, id FROM treatment_plan WHERE patient_id = ?1", id,
                out, [](Row r) {
                    return event(TimelineKind::Plan, PatientTimeline::tr("Treatment plan of %n session(s)", nullptr, r.integer(1)),
                                 "treatment_plan", r.int64(3), r.optionalInt64(2), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(
                db,
                "SELECT updated_at, planned_sessions, updated_by, id FROM treatment_plan WHERE patient_id = ?1 "
                "AND updated_at <> created_at",
                id, out, [](Row r) {
                    return event(TimelineKind::Plan,
                                 PatientTimeline::tr("Treatment plan changed to %n session(s)", nullptr, r.integer(1)),
                                 "treatment_plan", r.int64(3), r.optionalInt64(2), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(db,
                           "SELECT signed_at, addendum_to IS NOT NULL, deleted_at IS NOT NULL, author_id, id "
                           "FROM clinical_note WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               const bool addendum = r.int64(1) != 0;
                               QString title = addendum ? PatientTimeline::tr("Addendum signed") : PatientTimeline::tr("Note signed");
                               if (r.int64(2) != 0) {
                                   title = addendum ? PatientTimeline::tr("Addendum signed (deleted after a request)")
                                                    : PatientTimeline::tr("Note signed (deleted after a request)");
                               }
                               return event(addendum ? TimelineKind::Addendum : TimelineKind::Note, title,
                                            "clinical_note", r.int64(4), r.int64(3), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT requested_at, requested_by, id FROM note_deletion_request WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               return event(TimelineKind::DeletionRequest, PatientTimeline::tr("Deletion of a note requested"),
                                            "note_deletion_request", r.int64(2), r.int64(1), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(
                db, "SELECT decided_at, decision, decided_by, id FROM note_deletion_request WHERE patient_id = ?1", id,
                out, [](Row r) {
                    QString title = r.text(1) == QLatin1String("approved") ? PatientTimeline::tr("Deletion request approved")
                                                                           : PatientTimeline::tr("Deletion request refused");
                    return event(TimelineKind::DeletionRequest, title, "note_deletion_request", r.int64(3),
                                 r.optionalInt64(2), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT signed_at, duty, assessor_id, id FROM duty_report WHERE patient_id = ?1", id,
                           out, [](Row r) {
                               const Duty duty = r.text(1) == QLatin1String("child_welfare") ? Duty::ChildWelfare
                                                 : r.text(1) == QLatin1String("avert")       ? Duty::Avert
                                                                                             : Duty::Other;
                               //: %1 names the duty, e.g. "Duty to inform child welfare"
                               return event(TimelineKind::DutyReport,
                                            PatientTimeline::tr("Duty assessed and signed: %1").arg(DutyReports::displayName(duty)),
                                            "duty_report", r.int64(3), r.int64(2), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(
                db,
                "SELECT f.at, f.closes, f.by_user, f.report_id FROM duty_report_follow_up f "
                "JOIN duty_report r ON r.id = f.report_id WHERE r.patient_id = ?1",
                id, out, [](Row r) {
                    QString title = r.int64(1) != 0 ? PatientTimeline::tr("Duty follow-up closed") : PatientTimeline::tr("Duty follow-up recorded");
                    return event(TimelineKind::DutyFollowUp, title, "duty_report", r.int64(3), r.int64(2), false);
                });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT recorded_at, kind, recorded_by, id FROM deviation WHERE patient_id = ?1", id,
                           out, [](Row r) {
                               const auto kind =
                                   Deviations::fromId(r.text(1)).value_or(DeviationKind::PlanOutsideRange);
                               //: %1 names the departure, e.g. "Treatment plan outside 16–20 sessions"
                               return event(TimelineKind::Deviation,
                                            PatientTimeline::tr("Departure from the standard: %1").arg(Deviations::displayName(kind)),
                                            "deviation", r.int64(3), r.optionalInt64(2), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db,
                           "SELECT recorded_at, reason, sessions_attended, recorded_by, id FROM treatment_end "
                           "WHERE patient_id = ?1",
                           id, out, [](Row r) {
                               const auto reason = EndOfTreatment::reasonFromId(r.text(1)).value_or(EndReason::Other);
                               //: %1 end reason such as "Completed"; %n attended sessions
                               return event(
                                   TimelineKind::TreatmentEnd,
                                   PatientTimeline::tr("Treatment ended: %1 after %n attended session(s)", nullptr, r.integer(2))
                                       .arg(EndOfTreatment::displayName(reason)),
                                   "treatment_end", r.int64(4), r.optionalInt64(3), false);
                           });
        }),
        std::function<Status()>([&] {
            return collect(db, "SELECT recorded_at, recorded_by, id FROM follow_up WHERE patient_id = ?1", id, out,
                           [](Row r) {
                               return event(TimelineKind::FollowUp, PatientTimeline::tr("Follow-up started"), "follow_up", r.int64(2),
                                            r.optionalInt64(1), false);
                           });
        }),
    };
    for (const auto& step : steps) {
        if (auto status = step(); !status) {
            return status;
        }
    }
    return {};
}

// In time order; at the same instant the state change comes after the action that caused it.
void sortEvents(QList<TimelineEvent>& events)
{
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        const bool aState = a.kind == TimelineKind::StateChange;
        const bool bState = b.kind == TimelineKind::StateChange;
        return a.at < b.at || (a.at == b.at && !aState && bState);
    });
}

} // namespace

Result<QList<TimelineEvent>> PatientTimeline::load(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    QList<TimelineEvent> events;
    if (auto status = administrativeEvents(clinic.db(), patientId, events); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = clinicalEvents(clinic.db(), patientId, events); !status) {
        return std::unexpected(status.error());
    }
    sortEvents(events);
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("timeline"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return events;
}

Result<QList<TimelineEvent>> PatientTimeline::loadAdministrative(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    QList<TimelineEvent> events;
    if (auto status = administrativeEvents(clinic.db(), patientId, events); !status) {
        return std::unexpected(status.error());
    }
    sortEvents(events);
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("timeline"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return events;
}

} // namespace forlop
