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

// The columns that identify a row: the declared primary key (tables WITHOUT ROWID have no rowid), else rowid.
// Every key column in Forløp's schema is an integer.
Result<QList<QByteArray>> keyColumns(Database& db, const QByteArray& table)
{
    const QByteArray sql = "SELECT name FROM pragma_table_info('" + table + "') WHERE pk > 0 ORDER BY pk";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<QByteArray> keys;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        keys << stmt->text(0).toUtf8();
    }
    if (keys.isEmpty()) {
        keys << "rowid";
    }
    return keys;
}

// Drops the triggers of every table holding clinical columns and returns the SQL that recreates them.
Result<QList<QByteArray>> suspendTriggers(Database& db, const QList<Column>& all)
{
    QList<QByteArray> tables;
    for (const Column& c : all) {
        if (!tables.contains(c.table)) {
            tables << c.table;
        }
    }
    QList<QPair<QByteArray, QByteArray>> found;
    auto stmt = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    for (const QByteArray& table : tables) {
        stmt->reset();
        stmt->bind(1, QString::fromLatin1(table));
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            found.append({stmt->text(0).toUtf8(), stmt->text(1).toUtf8()});
        }
    }
    QList<QByteArray> recreate;
    for (const auto& [name, sql] : found) {
        const QByteArray drop = "DROP TRIGGER \"" + name + "\"";
        if (auto status = db.exec(drop.constData()); !status) {
            return std::unexpected(status.error());
        }
        recreate << sql;
    }
    return recreate;
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
    const QList<Column> all = columns();
    // Triggers keep signed records immutable; this one sanctioned rewrite of their ciphertext lifts them inside
    // the transaction and puts the very same triggers back before it commits.
    auto triggers = suspendTriggers(db, all);
    if (!triggers) {
        return abandon(triggers.error());
    }
    auto total = countSealed(db, all);
    if (!total) {
        return abandon(total.error());
    }
    qint64 done = 0;
    for (const Column& c : all) {
        auto keys = keyColumns(db, c.table);
        if (!keys) {
            return abandon(keys.error());
        }
        QByteArray where;
        for (int i = 0; i < keys->size(); ++i) {
            where += (i ? " AND " : " WHERE ") + keys->at(i) + " = ?" + QByteArray::number(i + 2);
        }
        const QByteArray select = "SELECT " + keys->join(", ") + ", " + c.column + " FROM " + c.table + " WHERE " +
                                  c.column + " IS NOT NULL";
        const QByteArray update = "UPDATE " + c.table + " SET " + c.column + " = ?1" + where;
        auto rows = db.prepare(select.constData());
        auto write = db.prepare(update.constData());
        if (!rows || !write) {
            return abandon(!rows ? rows.error() : write.error());
        }
        const int valueColumn = static_cast<int>(keys->size());
        while (true) {
            auto row = rows->step();
            if (!row) {
                return abandon(row.error());
            }
            if (!*row) {
                break;
            }
            const QByteArray sealed = rows->blob(valueColumn);
            if (sealed.isEmpty()) {
                continue;
            }
            auto plain = KeySlot::open(sealed, oldPublic, *oldKey);
            if (!plain) {
                return abandon(Error{ErrorCode::Damaged, tr("A clinical field could not be decrypted.")});
            }
            write->reset();
            write->bind(1, KeySlot::seal(plain->data(), plain->size(), fresh.publicKey));
            for (int i = 0; i < valueColumn; ++i) {
                write->bind(i + 2, rows->int64(i));
            }
            if (auto status = write->run(); !status) {
                return abandon(status.error());
            }
            ++done;
            if (progress) {
                progress(done, *total);
            }
        }
    }
    for (const QByteArray& sql : std::as_const(*triggers)) {
        if (auto status = db.exec(sql.constData()); !status) {
            return abandon(status.error());
        }
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
