#include "pathway/ReferralImport.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/CsvReader.h"
#include "pathway/PatientStore.h"
#include "pathway/Referrals.h"
#include "util/Clock.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace forlop {

namespace {

constexpr auto Received = "received";
constexpr auto Channel = "channel";
constexpr auto UrgencyColumn = "urgency";
constexpr auto NationalIdColumn = "national_id";
constexpr auto BirthYear = "birth_year";
constexpr auto Name = "name";
constexpr auto Phone = "phone";
constexpr auto Reason = "reason";

ImportFailure failure(QList<ImportRowError> rows)
{
    const int count = int(rows.size());
    return ImportFailure{{ErrorCode::InvalidInput,
                          ReferralImport::tr("%n row(s) cannot be imported; nothing was imported.", nullptr, count)},
                         std::move(rows)};
}

ImportFailure fileFailure(int line, const QString& message)
{
    return ImportFailure{{ErrorCode::InvalidInput, ReferralImport::tr("The file cannot be imported; nothing was "
                                                                      "imported.")},
                         {ImportRowError{line, message}}};
}

// One row to a referral, or the reason it is not one.
Result<NewReferral> toReferral(const QHash<QString, QString>& row, ClinicKind kind, const QDate& today)
{
    NewReferral referral;
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString received = row.value(QLatin1String(Received)).trimmed();
    if (received.isEmpty()) {
        return fail(ErrorCode::InvalidInput, ReferralImport::tr("“received” is empty; write the date as YYYY-MM-DD."));
    }
    referral.receivedOn = QDate::fromString(received, Qt::ISODate);
    if (!datePattern.match(received).hasMatch() || !referral.receivedOn.isValid()) {
        return fail(ErrorCode::InvalidInput, ReferralImport::tr("“received” is not a date of the form YYYY-MM-DD."));
    }
    const QString channel = row.value(QLatin1String(Channel)).trimmed();
    if (channel.isEmpty()) {
        return fail(ErrorCode::InvalidInput, ReferralImport::tr("“channel” is empty."));
    }
    auto parsedChannel = ReferralCodes::channelFromId(channel);
    if (!parsedChannel) {
        //: %1 lists the allowed values
        return fail(ErrorCode::InvalidInput, ReferralImport::tr("“channel” must be one of: %1.")
                                                 .arg(QStringLiteral("chat, phone, self, gp, specialist, "
                                                                     "child_welfare, police, correctional, lawyer, "
                                                                     "other")));
    }
    referral.channel = *parsedChannel;
    const QString urgency = row.value(QLatin1String(UrgencyColumn)).trimmed();
    if (!urgency.isEmpty()) {
        auto parsedUrgency = ReferralCodes::urgencyFromId(urgency);
        if (!parsedUrgency) {
            return fail(ErrorCode::InvalidInput, ReferralImport::tr("“urgency” must be normal or urgent."));
        }
        referral.urgency = *parsedUrgency;
    }
    const QString year = row.value(QLatin1String(BirthYear)).trimmed();
    if (!year.isEmpty()) {
        static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
        if (!yearPattern.match(year).hasMatch()) {
            return fail(ErrorCode::InvalidInput, ReferralImport::tr("“birth_year” must be a year of four digits."));
        }
        referral.identity.birthYear = year.toInt();
    }
    referral.identity.nationalId = row.value(QLatin1String(NationalIdColumn)).trimmed();
    referral.identity.name = row.value(QLatin1String(Name));
    referral.identity.phone = row.value(QLatin1String(Phone));
    referral.reason = row.value(QLatin1String(Reason)).trimmed();
    if (auto status = Referrals::validate(referral, kind, today, true); !status) {
        return std::unexpected(status.error());
    }
    return referral;
}

} // namespace

const QStringList& ReferralImport::columns()
{
    static const QStringList all{
        QLatin1String(Received),  QLatin1String(Channel), QLatin1String(UrgencyColumn), QLatin1String(NationalIdColumn),
        QLatin1String(BirthYear), QLatin1String(Name),    QLatin1String(Phone),         QLatin1String(Reason)};
    return all;
}

std::expected<QList<NewReferral>, ImportFailure> ReferralImport::read(const QByteArray& csv, ClinicKind clinicKind,
                                                                      const QDate& today, QList<int>* lines)
{
    auto records = CsvReader::parse(csv);
    if (!records) {
        return std::unexpected(ImportFailure{{ErrorCode::InvalidInput, tr("The file is not valid CSV; nothing was "
                                                                          "imported.")},
                                             {ImportRowError{records.error().line, records.error().what}}});
    }
    if (records->isEmpty()) {
        return std::unexpected(fileFailure(1, tr("The file is empty; the first line must name the columns.")));
    }
    const CsvRecord& header = records->first();
    QStringList names;
    for (const QString& column : header.fields) {
        const QString name = column.trimmed().toLower();
        if (!columns().contains(name)) {
            //: %1 a column name from the file, %2 the list of known columns
            return std::unexpected(
                fileFailure(header.line, tr("Unknown column “%1”; the columns are: %2.")
                                             .arg(column.trimmed(), columns().join(QStringLiteral(", ")))));
        }
        if (names.contains(name)) {
            return std::unexpected(fileFailure(header.line, tr("The column “%1” appears twice.").arg(name)));
        }
        names << name;
    }
    for (const char* required : {Received, Channel}) {
        if (!names.contains(QLatin1String(required))) {
            return std::unexpected(
                fileFailure(header.line, tr("The required column “%1” is missing.").arg(QLatin1String(required))));
        }
    }
    if (records->size() == 1) {
        return std::unexpected(fileFailure(header.line, tr("The file has a header but no referrals.")));
    }

    QList<NewReferral> referrals;
    QList<ImportRowError> errors;
    QHash<QString, int> seenIds;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord& record = records->at(i);
        if (record.fields.size() != names.size()) {
            errors << ImportRowError{
                record.line,
                tr("The row has %1 fields; the header names %2.").arg(record.fields.size()).arg(names.size())};
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < names.size(); ++c) {
            row.insert(names.at(c), record.fields.at(c));
        }
        auto referral = toReferral(row, clinicKind, today);
        if (!referral) {
            errors << ImportRowError{record.line, referral.error().message};
            continue;
        }
        const QString& id = referral->identity.nationalId;
        if (!id.isEmpty()) {
            if (seenIds.contains(id)) {
                errors << ImportRowError{record.line,
                                         tr("The same national ID number is on line %1.").arg(seenIds.value(id))};
                continue;
            }
            seenIds.insert(id, record.line);
        }
        referrals << *referral;
        if (lines) {
            lines->append(record.line);
        }
    }
    if (!errors.isEmpty()) {
        return std::unexpected(failure(std::move(errors)));
    }
    return referrals;
}

std::expected<ImportedReferrals, ImportFailure> ReferralImport::run(Clinic& clinic, const QByteArray& csv)
{
    if (auto status = Policy::require(clinic.session(), Permission::ImportReferrals); !status) {
        return std::unexpected(ImportFailure{status.error(), {}});
    }
    QList<int> lines;
    auto referrals = read(csv, clinic.info().kind, clinic.clock().today(), &lines);
    if (!referrals) {
        return std::unexpected(referrals.error());
    }
    QList<ImportRowError> errors;
    for (qsizetype i = 0; i < referrals->size(); ++i) {
        const QString& id = referrals->at(i).identity.nationalId;
        if (id.isEmpty()) {
            continue;
        }
        auto existing = PatientStore::findByNationalId(clinic.db(), id);
        if (!existing) {
            return std::unexpected(ImportFailure{existing.error(), {}});
        }
        if (*existing) {
            errors << ImportRowError{lines.at(i), tr("A patient with this national ID number is already registered.")};
        }
    }
    if (!errors.isEmpty()) {
        return std::unexpected(failure(std::move(errors)));
    }
    auto registered = Referrals::registerMany(clinic, *referrals);
    if (!registered) {
        const auto& batch = registered.error();
        if (batch.index >= 0) {
            return std::unexpected(failure({ImportRowError{lines.at(batch.index), batch.error.message}}));
        }
        return std::unexpected(ImportFailure{batch.error, {}});
    }
    return ImportedReferrals{*registered, lines};
}

} // namespace forlop
