#pragma once

#include "Error.h"
#include "pathway/InstrumentCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace forlop {

class Clinic;
class Database;
class PatientWrite;

enum class InstrumentStatus { NotStarted, InProgress, Completed, Declined };

struct InstrumentResult
{
    std::int64_t instrumentId = 0;
    Timepoint timepoint = Timepoint::Intake;
    InstrumentStatus status = InstrumentStatus::NotStarted;
    std::optional<QDate> completedOn;
    QMap<QString, int> scores; // score code → value (clinical)
    QString declineReason;     // clinical
    QDateTime updatedAt;
};

// How far one timepoint of a patient's package has come. Declined instruments are accounted for (the patient
// said no, with a reason) but are not completed.
struct PackageCompletion
{
    int due = 0;
    int completed = 0;
    int declined = 0;
    int inProgress = 0;
    int notStarted = 0;

    [[nodiscard]] int percentCompleted() const { return due == 0 ? 100 : completed * 100 / due; }
    [[nodiscard]] bool allAccountedFor() const { return completed + declined == due; }
};

struct PackageView
{
    InstrumentCatalogueVersion catalogue;
    QList<Timepoint> dueTimepoints;
    QList<InstrumentResult> results; // one per instrument and timepoint of the catalogue, due or recorded
};

struct InstrumentEntry
{
    std::int64_t instrumentId = 0;
    Timepoint timepoint = Timepoint::Intake;
    InstrumentStatus status = InstrumentStatus::NotStarted;
    std::optional<QDate> completedOn; // required when completed
    QMap<QString, int> scores;        // every field when completed, range-checked always
    QString declineReason;            // required when declined
};

// The assessment package (utredningspakken) of one patient: each instrument per timepoint not started, in progress,
// completed with scores, or declined with a reason. Intake is due once the assessment starts, the end timepoint
// once a treatment ends, follow-up once follow-up starts.
class AssessmentPackages
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentPackages)

public:
    // included → assessment: the package starts with the current catalogue version.
    [[nodiscard]] static Status start(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] static Status record(Clinic& clinic, std::int64_t patientId, const InstrumentEntry& entry);
    [[nodiscard]] static Result<PackageView> get(Clinic& clinic, std::int64_t patientId);
    // Completion per due timepoint (status only); clinical access, audited.
    [[nodiscard]] static Result<QMap<Timepoint, PackageCompletion>> completion(Clinic& clinic, std::int64_t patientId);

    // Without access checks, for other pathway operations inside their write and for statistics.
    [[nodiscard]] static Result<QMap<Timepoint, PackageCompletion>> completionOf(Database& db, std::int64_t patientId);
    [[nodiscard]] static Result<std::optional<std::int64_t>> catalogueVersionOf(Database& db, std::int64_t patientId);

    // not_started, in_progress, completed, declined
    [[nodiscard]] static QString id(InstrumentStatus status);
    [[nodiscard]] static std::optional<InstrumentStatus> statusFromId(const QString& id);
    [[nodiscard]] static QString displayName(InstrumentStatus status);
};

} // namespace forlop
