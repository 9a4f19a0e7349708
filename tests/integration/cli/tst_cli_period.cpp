#include "CliRunner.h"
#include "TestSupport.h"

#include "session/Session.h"
#include "store/Database.h"

#include <QDate>
#include <QTest>

using namespace sinergi;

// sinergi-cli period list|review|approve|reopen on a real store: who may approve, what the review prints,
// that an approved month refuses imported rows, and that reopening needs a reason.
class TestCliPeriod : public QObject, private CliStoreFixture
{
    Q_OBJECT

    static constexpr auto kUserPassword = "Kenanga-Sore-02";

    Result as(const QString &user, QStringList args) const
    {
        args << u"--store"_qs << m_store << u"--user"_qs << user << u"--password-stdin"_qs;
        return cli(args, QByteArray(kUserPassword) + '\n');
    }

    // Job seekers registered on the given dates (synthetic, valid NIKs of kecamatan 33.74.01), cards valid
    // two years; validYears 1 makes the card's validity a validation error.
    void writeSeekers(const QString &file, const QList<QPair<QString, QString>> &numberAndDate,
                      int validYears = 2) const
    {
        QByteArray csv = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                         "tanggal_daftar,berlaku_sampai,status\n";
        int i = 0;
        for (const auto &[number, date] : numberAndDate)
            csv += QStringLiteral("%1,33740112039500%2,Warga %2,1995-03-12,L,33.74.01,5000,%3,%4,terdaftar\n")
                       .arg(number)
                       .arg(++i + validYears * 10, 2, 10, QLatin1Char('0'))
                       .arg(date,
                            QDate::fromString(date, Qt::ISODate).addYears(validYears).toString(Qt::ISODate))
                       .toUtf8();
        test::writeAll(m_tmp.filePath(file), csv);
    }

    qint64 countOf(const QString &number) const
    {
        auto session = Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
        auto s = session->db().prepare("SELECT count(*) FROM rec_pencari_kerja WHERE no_pendaftaran = ?1");
        s.bind(1, number);
        s.step();
        return s.int64(0);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(runner().init().code, 0);
        auto admin = Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
        admin->createUser(u"wali"_qs, u"Walidata"_qs, Role::Walidata, QString::fromLatin1(kUserPassword));
        admin->createUser(u"ops"_qs, u"Operator"_qs, Role::Operator, QString::fromLatin1(kUserPassword));
        admin.reset();
        writeSeekers(u"first.csv"_qs,
                     {{u"AK-JUN-1"_qs, u"2025-06-05"_qs}, {u"AK-JUL-1"_qs, u"2025-07-07"_qs}});
        const Result r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"first.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
    }

    void usage()
    {
        Result r = as(u"wali"_qs, {u"period"_qs, u"approve"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--period"_qs));
        r = as(u"wali"_qs, {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-13"_qs});
        QCOMPARE(r.code, 1);
        r = as(u"wali"_qs, {u"period"_qs, u"review"_qs, u"--period"_qs, u"2025-S1"_qs});
        QCOMPARE(r.code, 1);
        r = as(u"wali"_qs, {u"period"_qs, u"reopen"_qs, u"--period"_qs, u"2025-06"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--reason"_qs));
        r = as(u"wali"_qs, {u"period"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"no period has been approved yet"_qs));
    }

    void reviewPrintsProblemsChecksAndQuality()
    {
        const Result r = as(u"ops"_qs, {u"period"_qs, u"review"_qs, u"--period"_qs, u"2025-06"_qs});
        QCOMPARE(r.code, 0); // anybody who sees reports may review; one valid record, no broken check
        QVERIFY2(r.out.contains(u"period 2025-06"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"IPK checks:"_qs));
        QVERIFY(r.out.contains(u"ok\tclosing"_qs));
        QVERIFY(r.out.contains(u"ok\tcontinuity"_qs));
        QVERIFY(r.out.contains(u"pencari_kerja\t1 record(s)"_qs)); // the June record only
        QVERIFY(r.out.contains(u"state: not approved"_qs));
    }

    void operatorMayNotApprove()
    {
        const Result r = as(u"ops"_qs, {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-06"_qs});
        QCOMPARE(r.code, 4);
        QCOMPARE(as(u"ops"_qs, {u"period"_qs, u"list"_qs}).out.contains(u"\tapproved"_qs), false);
    }

    void errorsNeedAcknowledgement()
    {
        writeSeekers(u"may.csv"_qs, {{u"AK-MAY-1"_qs, u"2025-05-14"_qs}}, 1);
        Result r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"may.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
        r = as(u"wali"_qs, {u"period"_qs, u"review"_qs, u"--period"_qs, u"2025-05"_qs});
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.contains(u"error\tpencari_kerja\tmasa_berlaku\t1\t"_qs));
        r = as(u"wali"_qs,
               {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-05"_qs, u"--note"_qs, u"n"_qs});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"1 validation error(s)"_qs), qPrintable(r.err));
        r = as(u"wali"_qs,
               {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-05"_qs, u"--acknowledge-errors"_qs});
        QCOMPARE(r.code, 4); // the acknowledgement needs a note saying why
        r = as(u"wali"_qs,
               {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-05"_qs, u"--acknowledge-errors"_qs,
                u"--note"_qs, u"Masa berlaku dikonfirmasi kecamatan"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(as(u"ops"_qs, {u"period"_qs, u"list"_qs}).out.contains(u"2025-05\tapproved\twali"_qs));
    }

    void approveLocksImportsUntilReopened()
    {
        Result r = as(u"wali"_qs, {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-06"_qs, u"--note"_qs,
                                   u"Diperiksa bersama kepala bidang"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(u"2025-06"_qs));
        r = as(u"wali"_qs, {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-06"_qs});
        QCOMPARE(r.code, 4); // already approved
        r = as(u"ops"_qs, {u"period"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"2025-06\tapproved\twali\t"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Diperiksa bersama kepala bidang"_qs));
        r = as(u"ops"_qs, {u"period"_qs, u"review"_qs, u"--period"_qs, u"2025-06"_qs});
        QVERIFY(r.out.contains(u"state: approved by wali"_qs));

        // A June row is rejected with the reason; the August row goes in.
        writeSeekers(u"late.csv"_qs,
                     {{u"AK-JUN-2"_qs, u"2025-06-20"_qs}, {u"AK-AUG-1"_qs, u"2025-08-01"_qs}});
        r = as(u"ops"_qs, {u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"late.csv"_qs)});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"rejected row 2"_qs) && r.err.contains(u"2025-06"_qs), qPrintable(r.err));
        QCOMPARE(countOf(u"AK-JUN-2"_qs), 0);
        QCOMPARE(countOf(u"AK-AUG-1"_qs), 1);

        r = as(u"ops"_qs,
               {u"period"_qs, u"reopen"_qs, u"--period"_qs, u"2025-06"_qs, u"--reason"_qs, u"x"_qs});
        QCOMPARE(r.code, 4);
        r = as(u"wali"_qs, {u"period"_qs, u"reopen"_qs, u"--period"_qs, u"2025-06"_qs, u"--reason"_qs,
                            u"Data susulan dari kecamatan"_qs});
        QCOMPARE(r.code, 0);
        r = as(u"ops"_qs, {u"period"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"2025-06\treopened\twali\t"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Data susulan dari kecamatan"_qs));
        r = as(u"ops"_qs, {u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"late.csv"_qs), u"--mode"_qs,
                           u"upsert"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(countOf(u"AK-JUN-2"_qs), 1);

        // The audit log has both steps with who and why.
        auto admin = Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
        AuditFilter f;
        f.actionPrefix = u"period."_qs;
        const QList<AuditEntry> entries = admin->queryAudit(f);
        QCOMPARE(entries.size(), 3); // May approved, June approved and reopened
        QCOMPARE(entries[0].actor, u"wali"_qs);
        QVERIFY(entries[0].details.contains(u"Data susulan dari kecamatan"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliPeriod)
#include "tst_cli_period.moc"
