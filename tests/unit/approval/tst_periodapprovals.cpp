#include "RecordsFixture.h"
#include "TestSupport.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "audit/AuditLog.h"
#include "quality/ProblemTable.h"
#include "records/RecordService.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {

PeriodReview cleanReview(const QString &period)
{
    PeriodReview r;
    r.period = period;
    r.problems.append({u"pencari_kerja"_qs, u"aki_expiry"_qs, problemtable::kWarning, 3, 3});
    return r;
}

PeriodReview reviewWithErrors(const QString &period)
{
    PeriodReview r = cleanReview(period);
    r.problems.append({u"pencari_kerja"_qs, u"nik_matches"_qs, problemtable::kError, 2, 2});
    return r;
}

// A synthetic job seeker registered on `registered`; validYears 1 makes the card's validity an error.
QVariantMap seeker(int n, const QDate &registered, int validYears = 2)
{
    return {{u"no_pendaftaran"_qs, QStringLiteral("AK-%1").arg(n)},
            {u"nik"_qs, QStringLiteral("33740112039500%1").arg(n, 2, 10, QChar(u'0'))},
            {u"nama"_qs, QStringLiteral("Warga %1").arg(n)},
            {u"tanggal_lahir"_qs, QDate(1995, 3, 12)},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.74.01"_qs},
            {u"pendidikan"_qs, u"5000"_qs},
            {u"tanggal_daftar"_qs, registered},
            {u"berlaku_sampai"_qs, registered.addYears(validYears)},
            {u"status"_qs, u"terdaftar"_qs}};
}

} // namespace

class TestPeriodApprovals : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

private slots:
    void approveAndReopen()
    {
        auto s = newStore();
        PeriodApprovals approvals(s->db());
        QVERIFY(!approvals.isApproved(u"2025-06"_qs));
        QVERIFY(approvals.list().isEmpty());

        approvals.approve(*s, u"2025-06"_qs, u"  Sudah diperiksa  "_qs, cleanReview(u"2025-06"_qs));
        QVERIFY(approvals.isApproved(u"2025-06"_qs));
        QVERIFY(!approvals.isApproved(u"2025-07"_qs));
        QCOMPARE(approvals.approvedMonths(), QSet<QString>{u"2025-06"_qs});
        auto a = approvals.find(u"2025-06"_qs);
        QVERIFY(a && a->isApproved());
        QCOMPARE(a->approvedBy, u"admin"_qs);
        QCOMPARE(a->note, u"Sudah diperiksa"_qs);
        QVERIFY(a->approvedAt.isValid());
        QVERIFY(!a->acknowledgedErrors);
        const QJsonObject review = QJsonDocument::fromJson(a->review.toUtf8()).object();
        QCOMPARE(review.value(u"warnings"_qs).toInt(), 3);
        QCOMPARE(review.value(u"errors"_qs).toInt(), 0);

        // Approving twice is refused: the first approval stays as it was.
        QCOMPARE(codeOf([&] { approvals.approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-06"_qs)); }),
                 ErrorCode::PolicyViolation);

        // Reopening needs a reason.
        QString message;
        QCOMPARE(codeOf([&] { approvals.reopen(*s, u"2025-06"_qs, u"   "_qs); }, &message),
                 ErrorCode::InvalidArgument);
        QVERIFY(message.contains(u"2025-06"_qs));
        QVERIFY(approvals.isApproved(u"2025-06"_qs));

        approvals.reopen(*s, u"2025-06"_qs, u"Koreksi data penempatan"_qs);
        QVERIFY(!approvals.isApproved(u"2025-06"_qs));
        a = approvals.find(u"2025-06"_qs);
        QCOMPARE(a->state, PeriodApproval::State::Reopened);
        QCOMPARE(a->reopenReason, u"Koreksi data penempatan"_qs);
        QCOMPARE(a->reopenedBy, u"admin"_qs);
        QCOMPARE(codeOf([&] { approvals.reopen(*s, u"2025-06"_qs, u"lagi"_qs); }),
                 ErrorCode::PolicyViolation);

        // Approved again after the correction: the reopening fields are cleared, the log keeps them.
        approvals.approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-06"_qs));
        a = approvals.find(u"2025-06"_qs);
        QVERIFY(a->isApproved());
        QVERIFY(a->reopenReason.isEmpty());
        QCOMPARE(approvals.list().size(), 1);

        AuditFilter f;
        f.actionPrefix = u"period."_qs;
        const QList<AuditEntry> entries = s->queryAudit(f); // newest first
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, u"period.approve"_qs);
        QCOMPARE(entries[1].action, u"period.reopen"_qs);
        QCOMPARE(entries[1].target, u"2025-06"_qs);
        QVERIFY(entries[1].details.contains(u"Koreksi data penempatan"_qs));
        QCOMPARE(entries[2].action, u"period.approve"_qs);
        QVERIFY(entries[2].details.contains(u"Sudah diperiksa"_qs));
        QVERIFY(s->verifyAudit().isEmpty());
    }

    void reviewCoversOnlyTheMonthsLiveRecords()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(u"pencari_kerja"_qs, seeker(1, QDate(2025, 6, 3)));     // June, valid
        records.create(u"pencari_kerja"_qs, seeker(2, QDate(2025, 6, 30), 1)); // June, error
        records.create(u"pencari_kerja"_qs, seeker(3, QDate(2025, 7, 1), 1));  // July, error
        const qint64 gone = records.create(u"pencari_kerja"_qs, seeker(4, QDate(2025, 6, 9), 1));
        records.remove(u"pencari_kerja"_qs, gone); // deleted: not in the review
        QVariantMap undated = seeker(5, QDate(2025, 6, 12));
        undated.insert(u"status"_qs, u"ditempatkan"_qs); // placed without a status date: not counted
        records.create(u"pencari_kerja"_qs, undated);

        const IpkFormSet forms = IpkFormSet::loadDefault(m_codes);
        const LabourSnapshot snapshot = LabourSnapshot::load(s->db());
        const PeriodReview june =
            PeriodReview::gather(s->db(), m_templates, snapshot, forms, ReportRules{}, u"2025-06"_qs);
        QCOMPARE(june.period, u"2025-06"_qs);
        // Card 2's validity and card 5's missing status date (required once placed); not 3 (July), not 4.
        QCOMPARE(june.problemCount(problemtable::kError), 2);
        QVERIFY(june.hasErrors());
        for (const RuleCount &c : june.problems)
            QCOMPARE(c.dataset, u"pencari_kerja"_qs);
        const auto seekers =
            std::find_if(june.quality.cbegin(), june.quality.cend(),
                         [](const QualitySummary &q) { return q.dataset == u"pencari_kerja"; });
        QVERIFY(seekers != june.quality.cend());
        QCOMPARE(seekers->records, 3); // 1, 2 and 5; not the deleted one, not July's
        QCOMPARE(seekers->validRecords, 1);
        // Registers without a month are not reviewed.
        QVERIFY(std::none_of(june.quality.cbegin(), june.quality.cend(),
                             [](const QualitySummary &q) { return q.dataset == u"pemberi_kerja"; }));

        QCOMPARE(june.invariants.size(), 4);
        QCOMPARE(june.brokenInvariants(), 0);
        const PeriodReview::InvariantCheck &notCounted = june.invariants.last();
        QCOMPARE(notCounted.kind, IpkBreak::Kind::NotCounted);
        QVERIFY(!notCounted.ok());
        QVERIFY(!notCounted.isError());
        const QJsonObject summary = june.summary();
        QCOMPARE(summary.value(u"errors"_qs).toInt(), 2);
        QCOMPARE(summary.value(u"ipk_checks"_qs).toObject().value(u"closing"_qs).toString(), u"ok"_qs);
        QVERIFY(summary.value(u"ipk_checks"_qs).toObject().value(u"not_counted"_qs).toInt() >= 1);
        QCOMPARE(summary.value(u"quality"_qs)
                     .toObject()
                     .value(u"pencari_kerja"_qs)
                     .toObject()
                     .value(u"records"_qs)
                     .toInt(),
                 3);

        const PeriodReview july =
            PeriodReview::gather(s->db(), m_templates, snapshot, forms, ReportRules{}, u"2025-07"_qs);
        QCOMPARE(july.problemCount(problemtable::kError), 1);
        QCOMPARE(codeOf([&] {
                     PeriodReview::gather(s->db(), m_templates, snapshot, forms, ReportRules{}, u"2025"_qs);
                 }),
                 ErrorCode::InvalidArgument);
    }

    void onlyMonths()
    {
        auto s = newStore();
        PeriodApprovals approvals(s->db());
        for (const QString &bad :
             {u"2025"_qs, u"2025-S1"_qs, u"2025-13"_qs, u"2025-6"_qs, u"25-06"_qs, u""_qs}) {
            QCOMPARE(codeOf([&] { approvals.approve(*s, bad, {}, cleanReview(bad)); }),
                     ErrorCode::InvalidArgument);
            QVERIFY(!approvals.isApproved(bad));
        }
        QVERIFY(approvals.list().isEmpty());
        // A review of another month cannot approve this one.
        QCOMPARE(codeOf([&] { approvals.approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-05"_qs)); }),
                 ErrorCode::InvalidArgument);
    }

    void errorsNeedAcknowledgementAndNote()
    {
        auto s = newStore();
        PeriodApprovals approvals(s->db());
        const PeriodReview review = reviewWithErrors(u"2025-06"_qs);
        QVERIFY(review.hasErrors());
        QString message;
        QCOMPARE(codeOf([&] { approvals.approve(*s, u"2025-06"_qs, u"catatan"_qs, review); }, &message),
                 ErrorCode::PolicyViolation);
        QVERIFY2(message.contains(u"2025-06"_qs), qPrintable(message));
        QCOMPARE(codeOf([&] { approvals.approve(*s, u"2025-06"_qs, u" "_qs, review, true); }),
                 ErrorCode::PolicyViolation);
        QVERIFY(!approvals.isApproved(u"2025-06"_qs));

        // A broken IPK sum counts as an error too; a record not counted is only a warning.
        PeriodReview ipk = cleanReview(u"2025-07"_qs);
        PeriodReview::InvariantCheck notCounted;
        notCounted.kind = IpkBreak::Kind::NotCounted;
        notCounted.breaks.append(IpkBreak{IpkBreak::Kind::NotCounted, {}, u"lowongan"_qs, u"x"_qs, {}, 4});
        ipk.invariants.append(notCounted);
        QVERIFY(!ipk.hasErrors());
        PeriodReview::InvariantCheck closing;
        closing.kind = IpkBreak::Kind::ClosingNotAMinusB;
        closing.breaks.append(
            IpkBreak{IpkBreak::Kind::ClosingNotAMinusB, u"IPK-1"_qs, u"pencari_kerja"_qs, u"x"_qs, {}, 1});
        ipk.invariants.append(closing);
        QCOMPARE(ipk.brokenInvariants(), 1);
        QVERIFY(ipk.hasErrors());

        approvals.approve(*s, u"2025-06"_qs, u"Dua NIK menunggu konfirmasi Dukcapil"_qs, review, true);
        const auto a = approvals.find(u"2025-06"_qs);
        QVERIFY(a->acknowledgedErrors);
        QCOMPARE(QJsonDocument::fromJson(a->review.toUtf8()).object().value(u"errors"_qs).toInt(), 2);
    }

    void permissionMatrix()
    {
        auto admin = newStore();
        PeriodApprovals(admin->db()).approve(*admin, u"2025-05"_qs, {}, cleanReview(u"2025-05"_qs));
        for (Role role : allRoles())
            if (role != Role::Admin)
                admin->createUser(u"u"_qs + roleId(role), {}, role, u"Kenanga-Sore-02"_qs);
        const StoreLocation where = admin->location();
        admin.reset(); // one session per store at a time
        for (Role role : allRoles()) {
            if (role == Role::Admin)
                continue;
            auto s = Session::login(where, u"u"_qs + roleId(role), u"Kenanga-Sore-02"_qs);
            PeriodApprovals approvals(s->db());
            const bool allowed = role == Role::Walidata;
            QCOMPARE(s->can(Permission::ApprovePeriod), allowed);
            // Everybody may see whether a month is approved.
            QVERIFY(approvals.isApproved(u"2025-05"_qs));
            QVERIFY(!approvals.list().isEmpty());
            const auto approve = [&] {
                approvals.approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-06"_qs));
            };
            const auto reopen = [&] { approvals.reopen(*s, u"2025-05"_qs, u"alasan"_qs); };
            const int rowsBefore = int(approvals.list().size());
            if (allowed) {
                approve();
                reopen();
                QVERIFY(approvals.isApproved(u"2025-06"_qs));
                QVERIFY(!approvals.isApproved(u"2025-05"_qs));
                QCOMPARE(approvals.find(u"2025-06"_qs)->approvedBy, u"uwalidata"_qs);
                approvals.approve(*s, u"2025-05"_qs, {}, cleanReview(u"2025-05"_qs)); // for the next roles
            } else {
                QCOMPARE(codeOf(approve), ErrorCode::PermissionDenied);
                QCOMPARE(codeOf(reopen), ErrorCode::PermissionDenied);
                QCOMPARE(approvals.list().size(), rowsBefore);
                QVERIFY(approvals.isApproved(u"2025-05"_qs));
            }
        }
        admin = Session::login(where, u"admin"_qs, u"Kunci-Rahasia-2026"_qs);
        AuditFilter f;
        f.actionPrefix = u"period."_qs;
        // admin's approval; walidata's approval, reopening and approval again; nothing from the others.
        QCOMPARE(admin->queryAudit(f).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPeriodApprovals)
#include "tst_periodapprovals.moc"
