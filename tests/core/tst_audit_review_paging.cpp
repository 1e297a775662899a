// The log review pages through the audit trail after the last row shown (keyset paging): flagged rows (emergency
// and refused accesses) first, then the rest, each newest first; every row exactly once, whatever the page size
// and filter; and the flagged rows come from their own index rather than a sort of the whole log.
#include "TestClinic.h"
#include "audit/AuditReview.h"
#include "clinic/Clinic.h"
#include "storage/Database.h"

#include <QSet>
#include <QTest>

using namespace forlop;

class TestAuditReviewPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_leader = m_clinic.open(QStringLiteral("leder"));
        QVERIFY(m_leader);
        for (int i = 0; i < 300; ++i) {
            AuditEvent event{QStringLiteral("patient.view"), std::int64_t(1 + i % 7), QStringLiteral("patient"),
                             std::nullopt, QLatin1String(AuditBasis::Clinic), {}, QStringLiteral("ok")};
            if (i % 41 == 5) {
                event.basis = QLatin1String(AuditBasis::Emergency);
                event.reason = QStringLiteral("Akutt behov for opplysninger, pasienten er innlagt");
            } else if (i % 53 == 7) {
                event.outcome = QStringLiteral("denied");
            }
            QVERIFY(m_leader->audit(event));
        }
    }

    void everyRowOnceFlaggedFirst_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("onePatient");
        QTest::newRow("pages of 1") << 1 << false;
        QTest::newRow("pages of 37") << 37 << false;
        QTest::newRow("one page") << 1000 << false;
        QTest::newRow("one patient, pages of 5") << 5 << true;
    }

    void everyRowOnceFlaggedFirst()
    {
        QFETCH(int, pageSize);
        QFETCH(bool, onePatient);
        AuditFilter filter;
        filter.limit = pageSize;
        if (onePatient) {
            filter.patientId = 3;
        }
        QList<AuditRecord> all;
        while (true) {
            auto page = AuditReview::query(*m_leader, filter);
            QVERIFY(page);
            all.append(*page);
            if (page->size() < pageSize) {
                break;
            }
            filter.after = AuditReview::cursorAfter(page->last());
        }
        filter.after.reset();
        auto total = AuditReview::count(*m_leader, filter);
        QVERIFY(total);
        QCOMPARE(all.size(), *total);

        QSet<std::int64_t> seen;
        bool inRest = false;
        int flagged = 0;
        for (int i = 0; i < all.size(); ++i) {
            const AuditRecord& row = all.at(i);
            QVERIFY2(!seen.contains(row.seq), "a row shown twice");
            seen.insert(row.seq);
            if (onePatient) {
                QCOMPARE(row.event.patientId, std::optional<std::int64_t>(3));
            }
            const bool isFlagged = AuditReview::isFlagged(row);
            flagged += isFlagged ? 1 : 0;
            QVERIFY2(!(inRest && isFlagged), "a flagged row after the rest");
            inRest = inRest || !isFlagged;
            if (i > 0 && AuditReview::isFlagged(all.at(i - 1)) == isFlagged) {
                QVERIFY(all.at(i - 1).seq > row.seq); // newest first within each part
            }
        }
        QVERIFY(flagged > 0);
    }

    void flaggedRowsComeFromTheirIndex()
    {
        auto plan = m_leader->db().prepare("EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE (basis = "
                                           "'emergency' OR outcome = 'denied') ORDER BY seq DESC LIMIT 200");
        QVERIFY(plan);
        QString details;
        while (plan->step().value_or(false)) {
            details += plan->text(3) + QLatin1Char('\n');
        }
        QVERIFY2(details.contains(QLatin1String("audit_log_flagged")), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("TEMP B-TREE")), qPrintable(details));
    }

private:
    test::TestClinic m_clinic;
    std::unique_ptr<Clinic> m_leader;
};

QTEST_GUILESS_MAIN(TestAuditReviewPaging)
#include "tst_audit_review_paging.moc"
