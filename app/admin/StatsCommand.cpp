#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "clinic/Clinic.h"
#include "pathway/ClinicStatistics.h"
#include "pathway/EndOfTreatment.h"

#include <QJsonDocument>

namespace forlop::admin {

namespace {

// forlop-admin stats DB --user USER --password-stdin [--json]
class StatsCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("stats"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Counts patients by state, referrals, appointments, sessions, signed notes and duty-to-report "
                  "records (unit leaders and administrators). No patient is named.");
    }

protected:
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {{QCommandLineOption(QStringLiteral("json"), tr("Write the counts as JSON, for scripts.")), false}};
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto counts = ClinicStatistics::compute(clinic);
        if (!counts) {
            return context.fail(counts.error());
        }
        QTextStream& out = context.out();
        if (context.isSet(QStringLiteral("json"))) {
            out << QJsonDocument(counts->toJson()).toJson(QJsonDocument::Indented);
            out.flush();
            return ExitCode::Success;
        }
        auto line = [&](const QString& label, std::int64_t n, int indent = 0) {
            out << QString(indent, QLatin1Char(' ')) << label << ": " << n << '\n';
        };
        line(tr("Patients"), counts->patients);
        for (PatientState state : PatientStates::all()) {
            line(PatientStates::displayName(state), counts->patientsByState.value(state), 2);
        }
        line(tr("Referrals"), counts->referrals);
        for (ReferralChannel channel : ReferralCodes::channels()) {
            line(ReferralCodes::displayName(channel), counts->referralsByChannel.value(channel), 2);
        }
        line(tr("Urgent referrals"), counts->urgentReferrals, 2);
        line(tr("Imported referrals"), counts->importedReferrals, 2);
        line(tr("Appointments"), counts->appointments);
        line(tr("Sessions"), counts->sessions);
        for (SessionAttendance attendance : {SessionAttendance::Attended, SessionAttendance::CancelledByPatient,
                                             SessionAttendance::CancelledByClinic, SessionAttendance::NoShow}) {
            line(SessionLog::displayName(attendance), counts->sessionsByAttendance.value(attendance), 2);
        }
        line(tr("Signed notes"), counts->signedNotes);
        line(tr("Signed addenda"), counts->addenda);
        line(tr("Unsigned drafts"), counts->draftNotes);
        line(tr("Duty-to-report records"), counts->dutyReports);
        line(tr("Signed"), counts->signedDutyReports, 2);
        line(tr("Open follow-ups"), counts->openDutyFollowUps, 2);
        line(tr("Onward referrals"), counts->onwardReferrals);
        line(tr("Ended treatments"), counts->endedTreatments);
        line(tr("Departures from the national standard"), [&] {
            std::int64_t total = 0;
            for (auto n : counts->deviations) {
                total += n;
            }
            return total;
        }());
        for (DeviationKind kind : Deviations::all()) {
            line(Deviations::displayName(kind), counts->deviations.value(kind), 2);
        }
        line(tr("Registry consent given"), counts->registryConsented);
        line(tr("Registry consent withdrawn"), counts->registryWithdrawn);
        line(tr("Active users"), counts->users);
        out.flush();
        return ExitCode::Success;
    }
};

const CommandRegistration<StatsCommand> registration;

} // namespace

} // namespace forlop::admin
