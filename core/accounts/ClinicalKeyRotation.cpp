#include "accounts/ClinicalKeyRotation.h"

#include "access/ClinicalColumns.h"
#include "access/Policy.h"
#include "accounts/DatabaseKeyRotation.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"
#include "security/ClinicalKeyId.h"
#include "security/KeySlot.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QFile>

#include <cstdio>

namespace forlop {

namespace {

struct Column
{
    QByteArray table;
    QByteArray column;
};

QList<Column> columns()
{
    QList<Column> result;
    for (const QString& name : clinicalColumns()) {
        const QStringList parts = name.split(QLatin1Char('.'));
        result << Column{parts.value(0).toLatin1(), parts.value(1).toLatin1()};
    }
    return result;
}

Result<qint64> countSealed(Database& db, const QList<Column>& all)
{
    qint64 total = 0;
    for (const Column& c : all) {
        const QByteArray sql = "SELECT count(*) FROM " + c.table + " WHERE " + c.column + " IS NOT NULL";
        auto n = db.queryInt(sql.constData());
        if (!n) {
            return std::unexpected(n.error());
        }
        total += *n;
    }
    return total;
}

} // namespace

Status ClinicalKeyRotation::rotate(Clinic& clinic, const Progress& progress)
{
    if (auto status = Policy::require(clinic.session(), Permission::RotateClinicalKey); !status) {
        return status;
    }
    const SecretBytes* oldKey = clinic.clinicalSecretKey();
    if (!oldKey) {
        return fail(ErrorCode::PermissionDenied, tr("Your session holds no clinical key."));
    }
    const QByteArray oldPublic = clinic.clinicalPublicKey();
    KeySlot::KeyPair fresh = KeySlot::generateKeyPair();

    Keyring next = clinic.keyring();
    next.clinicalPublicKey = fresh.publicKey;
    for (KeyringEntry& entry : next.entries) {
        if (entry.holdsClinicalKey()) {
            entry.sealedClinicalKey = KeySlot::seal(fresh.secretKey.data(), fresh.secretKey.size(), entry.publicKey);
        }
    }
    const QString pending = DatabaseKeyRotation::pendingKeyringPath(clinic.databasePath());
    if (auto status = next.save(pending); !status) {
        return status;
    }
    auto abandon = [&](const Error& error) -> Status {
        QFile::remove(pending);
        return std::unexpected(Error{error.code, tr("The clinical key was not replaced; nothing changed. %1")
                                                     .arg(error.message)});
    };

    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return abandon(transaction.error());
    }
    auto marker = db.prepare("INSERT INTO clinical_key_rotation (id, started_at) VALUES (1, ?1)");
    if (!marker) {
        return abandon(marker.error());
    }
    marker->bind(1, clinic.clock().now().toString(Qt::ISODateWithMs));
    if (auto status = marker->run(); !status) {
        return abandon(status.error());
    }
    const QList<Column> all = columns();
    auto total = countSealed(db, all);
    if (!total) {
        return abandon(total.error());
    }
    qint64 done = 0;
    for (const Column& c : all) {
        const QByteArray select = "SELECT rowid, " + c.column + " FROM " + c.table + " WHERE " + c.column +
                                  " IS NOT NULL";
        const QByteArray update = "UPDATE " + c.table + " SET " + c.column + " = ?1 WHERE rowid = ?2";
        auto rows = db.prepare(select.constData());
        auto write = db.prepare(update.constData());
        if (!rows || !write) {
            return abandon(!rows ? rows.error() : write.error());
        }
        while (true) {
            auto row = rows->step();
            if (!row) {
                return abandon(row.error());
            }
            if (!*row) {
                break;
            }
            const QByteArray sealed = rows->blob(1);
            if (sealed.isEmpty()) {
                continue;
            }
            auto plain = KeySlot::open(sealed, oldPublic, *oldKey);
            if (!plain) {
                return abandon(Error{ErrorCode::Damaged, tr("A clinical field could not be decrypted.")});
            }
            write->reset();
            write->bind(1, KeySlot::seal(plain->data(), plain->size(), fresh.publicKey));
            write->bind(2, rows->int64(0));
            if (auto status = write->run(); !status) {
                return abandon(status.error());
            }
            ++done;
            if (progress) {
                progress(done, *total);
            }
        }
    }
    if (auto status = db.exec("DELETE FROM clinical_key_rotation"); !status) {
        return abandon(status.error());
    }
    if (auto status = ClinicSettings::store(db, Setting::ClinicalKeyId, clinicalKeyId(fresh.publicKey)); !status) {
        return abandon(status.error());
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("clinical_key.rotate"), std::nullopt,
                                              QStringLiteral("clinic"), 1, QLatin1String(AuditBasis::Administrative),
                                              {}, QStringLiteral("ok")});
        !status) {
        return abandon(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return abandon(status.error());
    }
    // The data is now sealed to the new key: a crash before this rename is finished at the next sign-in.
    std::rename(QFile::encodeName(pending).constData(), QFile::encodeName(clinic.keyringPath()).constData());
    clinic.keyring() = std::move(next);
    clinic.adoptClinicalKey(std::move(fresh.secretKey));
    return clinic.saveKeyring();
}

} // namespace forlop
