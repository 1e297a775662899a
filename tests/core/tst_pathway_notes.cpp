// Session notes: drafts, signing with the password, immutability enforced by the schema (even against SQL run
// directly on the open database), addenda, and deletion only through a §43 request decided by a unit leader.
#include "PathwayFixture.h"
#include "pathway/ClinicalNote.h"
#include "pathway/NoteDeletionRequest.h"
#include "pathway/Signer.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void draftsBelongToTheirAuthor();
    void signingNeedsThePassword();
    void signedNoteIsImmutableInCode();
    void signedNoteIsImmutableInSql_data();
    void signedNoteIsImmutableInSql();
    void addendumKeepsTheOriginal();
    void secretaryCannotReadNotes();
    void readsAreAudited();
    void deletionRequestRefusedIsRecorded();
    void deletionRequestApprovedErasesText();
    void decidedRequestIsFrozen();

private:
    std::int64_t signedNote(const QString& text);
    QByteArray rawBody(std::int64_t noteId);

    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    std::int64_t m_patient = 0;
};

void TestPathwayNotes::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    m_patient = *patient;
}

std::int64_t TestPathwayNotes::signedNote(const QString& text)
{
    Clinic& clinician = m_driver->clinician();
    auto id = ClinicalNotes::createDraft(clinician, m_patient, std::nullopt, text);
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    if (!signer || !ClinicalNotes::sign(clinician, *id, *signer)) {
        return 0;
    }
    return *id;
}

QByteArray TestPathwayNotes::rawBody(std::int64_t noteId)
{
    auto stmt = m_driver->clinician().db().prepare("SELECT body FROM clinical_note WHERE id = ?1");
    stmt->bind(1, noteId);
    (void)stmt->step();
    return stmt->blob(0);
}

void TestPathwayNotes::draftsBelongToTheirAuthor()
{
    Clinic& author = m_driver->clinician();
    auto id = ClinicalNotes::createDraft(author, m_patient, std::nullopt, QStringLiteral("Utkast én"));
    QVERIFY(id.has_value());
    QVERIFY(ClinicalNotes::updateDraft(author, *id, QStringLiteral("Utkast to")));
    auto note = ClinicalNotes::get(author, *id);
    QVERIFY(note.has_value());
    QCOMPARE(note->body, QStringLiteral("Utkast to"));
    QVERIFY(!note->isSigned());

    // The stored value is ciphertext, not the text.
    QVERIFY(!rawBody(*id).contains("Utkast"));

    // The unit leader may read the record but not someone's draft; nobody else may change it.
    auto byLeader = ClinicalNotes::get(m_driver->leader(), *id);
    QVERIFY(!byLeader.has_value());
    QCOMPARE(byLeader.error().code, ErrorCode::PermissionDenied);

    auto drafts = ClinicalNotes::myDrafts(author);
    QVERIFY(drafts.has_value());
    QVERIFY(std::any_of(drafts->cbegin(), drafts->cend(), [&](const DraftSummary& d) { return d.noteId == *id; }));

    QVERIFY(ClinicalNotes::discardDraft(author, *id));
    QCOMPARE(ClinicalNotes::get(author, *id).error().code, ErrorCode::NotFound);
}

void TestPathwayNotes::signingNeedsThePassword()
{
    Clinic& author = m_driver->clinician();
    auto id = ClinicalNotes::createDraft(author, m_patient, std::nullopt, QStringLiteral("Timen gikk bra."));
    QVERIFY(id.has_value());
    auto wrong = Signer::confirm(author, "not-the-password");
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(!ClinicalNotes::get(author, *id)->isSigned());

    // Another session's confirmation signs nothing here.
    auto other = Signer::confirm(m_driver->otherClinician(), TestClinic::Password);
    QVERIFY(other.has_value());
    QCOMPARE(ClinicalNotes::sign(author, *id, *other).error().code, ErrorCode::AuthenticationFailed);

    // A secretary cannot even ask to sign.
    QCOMPARE(Signer::confirm(m_driver->secretary(), TestClinic::Password).error().code, ErrorCode::PermissionDenied);

    // An empty draft cannot be signed.
    auto empty = ClinicalNotes::createDraft(author, m_patient, std::nullopt, QStringLiteral("  "));
    QVERIFY(empty.has_value());
    auto signer = Signer::confirm(author, TestClinic::Password);
    QVERIFY(signer.has_value());
    QCOMPARE(ClinicalNotes::sign(author, *empty, *signer).error().code, ErrorCode::InvalidInput);
    QVERIFY(ClinicalNotes::discardDraft(author, *empty));

    QVERIFY(ClinicalNotes::sign(author, *id, *signer));
    auto note = ClinicalNotes::get(author, *id);
    QVERIFY(note->isSigned());
    QCOMPARE(*note->signedAt, m_clinic->clock().now());
}

void TestPathwayNotes::signedNoteIsImmutableInCode()
{
    const std::int64_t id = signedNote(QStringLiteral("Signert notat"));
    QVERIFY(id > 0);
    Clinic& author = m_driver->clinician();
    QCOMPARE(ClinicalNotes::updateDraft(author, id, QStringLiteral("endret")).error().code, ErrorCode::Conflict);
    QCOMPARE(ClinicalNotes::discardDraft(author, id).error().code, ErrorCode::Conflict);
    auto signer = Signer::confirm(author, TestClinic::Password);
    QCOMPARE(ClinicalNotes::sign(author, id, *signer).error().code, ErrorCode::Conflict);
    QCOMPARE(ClinicalNotes::get(author, id)->body, QStringLiteral("Signert notat"));
}

void TestPathwayNotes::signedNoteIsImmutableInSql_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("change the text") << QStringLiteral("UPDATE clinical_note SET body = X'00' WHERE id = %1");
    QTest::newRow("unsign") << QStringLiteral("UPDATE clinical_note SET signed_at = NULL WHERE id = %1");
    QTest::newRow("re-date") << QStringLiteral("UPDATE clinical_note SET signed_at = '2000-01-01' WHERE id = %1");
    QTest::newRow("move to another patient")
        << QStringLiteral("UPDATE clinical_note SET patient_id = patient_id + 1 WHERE id = %1");
    QTest::newRow("erase without a decision")
        << QStringLiteral("UPDATE clinical_note SET body = X'', deleted_at = '2026-01-01' WHERE id = %1");
    QTest::newRow("erase with a forged request id")
        << QStringLiteral("UPDATE clinical_note SET body = X'', deleted_at = '2026-01-01', deletion_request_id = 999 "
                          "WHERE id = %1");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM clinical_note WHERE id = %1");
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM clinical_note WHERE id >= %1");
    QTest::newRow("replace") << QStringLiteral("REPLACE INTO clinical_note (id, patient_id, author_id, body, "
                                               "created_at, updated_at) SELECT id, patient_id, author_id, X'00', "
                                               "created_at, updated_at FROM clinical_note WHERE id = %1");
}

void TestPathwayNotes::signedNoteIsImmutableInSql()
{
    QFETCH(QString, sql);
    const std::int64_t id = signedNote(QStringLiteral("Uforanderlig"));
    QVERIFY(id > 0);
    const QByteArray before = rawBody(id);
    Database& db = m_driver->clinician().db();
    auto result = db.exec(sql.arg(id).toUtf8().constData());
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(rawBody(id), before);
    auto note = ClinicalNotes::get(m_driver->clinician(), id);
    QVERIFY(note.has_value());
    QCOMPARE(note->body, QStringLiteral("Uforanderlig"));
    QVERIFY(note->isSigned());
    QVERIFY(!note->isDeleted());
}

void TestPathwayNotes::addendumKeepsTheOriginal()
{
    Clinic& author = m_driver->clinician();
    const std::int64_t id = signedNote(QStringLiteral("Pasienten møtte ikke."));
    QVERIFY(id > 0);
    auto addendum =
        ClinicalNotes::addAddendum(author, id, QStringLiteral("Rettelse: pasienten møtte 15 min for sent."));
    QVERIFY(addendum.has_value());
    auto signer = Signer::confirm(author, TestClinic::Password);
    QVERIFY(ClinicalNotes::sign(author, *addendum, *signer));

    auto notes = ClinicalNotes::forPatient(author, m_patient);
    QVERIFY(notes.has_value());
    const auto original =
        std::find_if(notes->cbegin(), notes->cend(), [&](const ClinicalNote& n) { return n.id == id; });
    QVERIFY(original != notes->cend());
    QCOMPARE(original->body, QStringLiteral("Pasienten møtte ikke."));
    QVERIFY(original + 1 != notes->cend());
    QCOMPARE((original + 1)->id, *addendum);
    QCOMPARE((original + 1)->addendumTo, std::optional<std::int64_t>(id));
    QVERIFY((original + 1)->isSigned());

    // Addenda go to signed originals only.
    auto draft = ClinicalNotes::createDraft(author, m_patient, std::nullopt, QStringLiteral("utkast"));
    QCOMPARE(ClinicalNotes::addAddendum(author, *draft, QStringLiteral("x")).error().code, ErrorCode::Conflict);
    QCOMPARE(ClinicalNotes::addAddendum(author, *addendum, QStringLiteral("x")).error().code, ErrorCode::InvalidInput);
    // The schema refuses an addendum to a draft too.
    const QByteArray sql =
        "INSERT INTO clinical_note (patient_id, author_id, addendum_to, body, created_at, updated_at) "
        "VALUES (" +
        QByteArray::number(qint64(m_patient)) + ", " + QByteArray::number(qint64(author.session().userId)) + ", " +
        QByteArray::number(qint64(*draft)) + ", X'00', 'x', 'x')";
    QVERIFY(!author.db().exec(sql.constData()).has_value());
    QVERIFY(ClinicalNotes::discardDraft(author, *draft));
}

void TestPathwayNotes::secretaryCannotReadNotes()
{
    const std::int64_t id = signedNote(QStringLiteral("Hemmelig"));
    QVERIFY(id > 0);
    Clinic& secretary = m_driver->secretary();
    QCOMPARE(ClinicalNotes::forPatient(secretary, m_patient).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ClinicalNotes::get(secretary, id).error().code, ErrorCode::PermissionDenied);
    // Defence in depth: the session cannot even select the ciphertext.
    QVERIFY(!secretary.db().prepare("SELECT body FROM clinical_note").has_value());
    // A clinician the patient is not allocated to cannot either (without emergency access).
    QCOMPARE(ClinicalNotes::forPatient(m_driver->otherClinician(), m_patient).error().code,
             ErrorCode::PermissionDenied);
}

void TestPathwayNotes::readsAreAudited()
{
    const std::int64_t id = signedNote(QStringLiteral("Revidert"));
    QVERIFY(id > 0);
    Clinic& leader = m_driver->leader();
    auto before = leader.db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'clinical_note.view'");
    QVERIFY(ClinicalNotes::get(leader, id).has_value());
    auto after = leader.db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'clinical_note.view'");
    QCOMPARE(*after, *before + 1);
    auto stmt =
        leader.db().prepare("SELECT patient_id, object_id, basis, user_name FROM audit_log ORDER BY seq DESC LIMIT 1");
    QVERIFY(stmt->step().value_or(false));
    QCOMPARE(stmt->int64(0), m_patient);
    QCOMPARE(stmt->int64(1), id);
    QCOMPARE(stmt->text(2), QStringLiteral("clinic"));
    QCOMPARE(stmt->text(3), QStringLiteral("leder"));
}

void TestPathwayNotes::deletionRequestRefusedIsRecorded()
{
    Clinic& clinician = m_driver->clinician();
    Clinic& leader = m_driver->leader();
    const std::int64_t id = signedNote(QStringLiteral("Omstridt opplysning"));
    QVERIFY(id > 0);

    auto draft = ClinicalNotes::createDraft(clinician, m_patient, std::nullopt, QStringLiteral("utkast"));
    QCOMPARE(NoteDeletionRequests::request(clinician, *draft, true, QStringLiteral("x")).error().code,
             ErrorCode::Conflict);
    QVERIFY(ClinicalNotes::discardDraft(clinician, *draft));
    QCOMPARE(NoteDeletionRequests::request(clinician, id, true, QString()).error().code, ErrorCode::InvalidInput);

    auto request = NoteDeletionRequests::request(clinician, id, true, QStringLiteral("Pasienten krever sletting"));
    QVERIFY(request.has_value());
    QCOMPARE(NoteDeletionRequests::request(clinician, id, true, QStringLiteral("igjen")).error().code,
             ErrorCode::Conflict);

    DeletionDecision refusal;
    refusal.approve = false;
    refusal.reason = QStringLiteral("Opplysningen er riktig og nødvendig");
    // Only a unit leader decides.
    QCOMPARE(NoteDeletionRequests::decide(clinician, *request, refusal).error().code, ErrorCode::PermissionDenied);
    // A refused patient demand requires telling the patient of the right to appeal.
    QCOMPARE(NoteDeletionRequests::decide(leader, *request, refusal).error().code, ErrorCode::InvalidInput);
    refusal.patientToldOfAppeal = true;
    QVERIFY(NoteDeletionRequests::decide(leader, *request, refusal));
    QCOMPARE(NoteDeletionRequests::decide(leader, *request, refusal).error().code, ErrorCode::Conflict);

    auto requests = NoteDeletionRequests::forPatient(leader, m_patient);
    QVERIFY(requests.has_value());
    const auto recorded =
        std::find_if(requests->cbegin(), requests->cend(), [&](const DeletionRequest& r) { return r.id == *request; });
    QVERIFY(recorded != requests->cend());
    QCOMPARE(recorded->outcome, DeletionOutcome::Refused);
    QCOMPARE(recorded->decision.reason, refusal.reason);
    QCOMPARE(recorded->reason, QStringLiteral("Pasienten krever sletting"));
    QVERIFY(recorded->decision.patientToldOfAppeal);
    QCOMPARE(ClinicalNotes::get(clinician, id)->body, QStringLiteral("Omstridt opplysning"));
    QVERIFY(NoteDeletionRequests::open(leader)->isEmpty());
}

void TestPathwayNotes::deletionRequestApprovedErasesText()
{
    Clinic& clinician = m_driver->clinician();
    Clinic& leader = m_driver->leader();
    const std::int64_t id = signedNote(QStringLiteral("Feilaktig og belastende"));
    QVERIFY(id > 0);
    auto addendum = ClinicalNotes::addAddendum(clinician, id, QStringLiteral("Tillegg"));
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    QVERIFY(ClinicalNotes::sign(clinician, *addendum, *signer));

    auto request = NoteDeletionRequests::request(clinician, id, true, QStringLiteral("Feil person"));
    QVERIFY(request.has_value());
    auto open = NoteDeletionRequests::open(leader);
    QVERIFY(open.has_value());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, *request);

    DeletionDecision approval;
    approval.approve = true;
    approval.reason = QStringLiteral("Gjelder en annen person");
    // Each §43 condition is required.
    QCOMPARE(NoteDeletionRequests::decide(leader, *request, approval).error().code, ErrorCode::InvalidInput);
    approval.unobjectionable = true;
    approval.archiveLawAllows = true;
    QCOMPARE(NoteDeletionRequests::decide(leader, *request, approval).error().code, ErrorCode::InvalidInput);
    approval.incorrectOrMisleading = true;
    approval.archiveLawAllows = false;
    QCOMPARE(NoteDeletionRequests::decide(leader, *request, approval).error().code, ErrorCode::InvalidInput);
    approval.archiveLawAllows = true;
    QVERIFY(NoteDeletionRequests::decide(leader, *request, approval));

    for (std::int64_t erased : {id, *addendum}) {
        auto note = ClinicalNotes::get(clinician, erased);
        QVERIFY(note.has_value());
        QVERIFY(note->isDeleted());
        QVERIFY(note->isSigned());
        QVERIFY(note->body.isEmpty());
        QVERIFY(rawBody(erased).isEmpty());
    }
    QCOMPARE(ClinicalNotes::addAddendum(clinician, id, QStringLiteral("x")).error().code, ErrorCode::Conflict);
    // The erased row is as immutable as before.
    QVERIFY(!clinician.db().exec(
        QByteArray("DELETE FROM clinical_note WHERE id = " + QByteArray::number(qint64(id))).constData()));
}

void TestPathwayNotes::decidedRequestIsFrozen()
{
    Database& db = m_driver->leader().db();
    QVERIFY(!db.exec("UPDATE note_deletion_request SET decision = 'approved' WHERE decision = 'refused'").has_value());
    QVERIFY(!db.exec("DELETE FROM note_deletion_request").has_value());
    QCOMPARE(*db.queryInt("SELECT count(*) FROM note_deletion_request WHERE decision = 'refused'"), std::int64_t(1));
}

QTEST_GUILESS_MAIN(TestPathwayNotes)
#include "tst_pathway_notes.moc"
