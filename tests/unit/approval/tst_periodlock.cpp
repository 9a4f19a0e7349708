#include "RecordsFixture.h"
#include "TestSupport.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodLock.h"
#include "approval/PeriodReview.h"
#include "importing/Importer.h"
#include "records/RecordService.h"
#include "session/Session.h"

#include <QFile>
#include <QTest>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {

// A complete AK/I card registered on `registered` (synthetic: kecamatan 33.73.01, male born 17-05-1998).
QVariantMap jobSeeker(const QString &number, const QString &registered)
{
    return {{u"no_pendaftaran"_qs, number},           {u"nik"_qs, u"3373011705980001"_qs},
            {u"nama"_qs, u"Contoh Satu"_qs},          {u"tanggal_lahir"_qs, u"1998-05-17"_qs},
            {u"jenis_kelamin"_qs, u"L"_qs},           {u"kode_kecamatan"_qs, u"33.73.01"_qs},
            {u"pendidikan"_qs, u"3000"_qs},           {u"tanggal_daftar"_qs, registered},
            {u"berlaku_sampai"_qs, u"2027-01-10"_qs}, {u"status"_qs, u"terdaftar"_qs}};
}

PeriodReview cleanReview(const QString &period)
{
    PeriodReview r;
    r.period = period;
    return r;
}

QString csvOf(const QList<QVariantMap> &rows)
{
    const QStringList fields = rows.first().keys();
    QString out = fields.join(u',') + u'\n';
    for (const QVariantMap &r : rows) {
        QStringList cells;
        for (const QString &f : fields)
            cells << r.value(f).toString();
        out += cells.join(u',') + u'\n';
    }
    return out;
}

} // namespace

class TestPeriodLock : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    const QString ds = u"pencari_kerja"_qs;

    // Everything the record holds, to prove a refused write left it as it was.
    QVariantMap snapshot(RecordService &records, qint64 id) { return *records.get(ds, id); }

private slots:
    void monthOfValues()
    {
        QCOMPARE(PeriodLock::monthOf(u"2025-06-30"_qs), u"2025-06"_qs);
        QCOMPARE(PeriodLock::monthOf(QDate(2025, 6, 1)), u"2025-06"_qs);
        QCOMPARE(PeriodLock::monthOf(u"2025-06"_qs), u"2025-06"_qs); // a text period (penduduk_bekerja)
        QVERIFY(PeriodLock::monthOf(u"2025"_qs).isEmpty());          // a year belongs to no month
        QVERIFY(PeriodLock::monthOf(u"30/06/2025"_qs).isEmpty());    // unreadable: no month
        QVERIFY(PeriodLock::monthOf(QVariant()).isEmpty());
        QCOMPARE(m_templates.find(ds)->periodField(), u"tanggal_daftar"_qs);
        QVERIFY(m_templates.find(u"pemberi_kerja"_qs)->periodField().isEmpty());
        QCOMPARE(m_templates.find(u"tka"_qs)->periodField(), u"tanggal_mulai"_qs);
    }

    void writesIntoApprovedMonthRefused()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 june = records.create(ds, jobSeeker(u"AK1-0001"_qs, u"2025-06-10"_qs));
        const qint64 july = records.create(ds, jobSeeker(u"AK1-0002"_qs, u"2025-07-03"_qs));
        const qint64 gone = records.create(ds, jobSeeker(u"AK1-0003"_qs, u"2025-06-20"_qs));
        records.update(ds, june, {{u"nama"_qs, u"Contoh Dua"_qs}});
        const qint64 editSeq = records.history(ds, june).last().seq;
        records.remove(ds, gone);
        PeriodApprovals approvals(s->db());
        approvals.approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-06"_qs));

        const QVariantMap juneBefore = snapshot(records, june);
        const QVariantMap julyBefore = snapshot(records, july);
        const QVariantMap goneBefore = snapshot(records, gone);
        const int historyBefore = int(records.history(ds, june).size());
        QString message;
        // Edit, delete, undo of an earlier edit: all refused, with the month and who can reopen it.
        QCOMPARE(codeOf(
                     [&] {
                         records.update(ds, june, {{u"nama"_qs, u"Lain"_qs}});
                     },
                     &message),
                 ErrorCode::PolicyViolation);
        QVERIFY2(message.contains(u"2025-06"_qs) && message.contains(u"walidata"_qs), qPrintable(message));
        QCOMPARE(codeOf([&] { records.remove(ds, june); }), ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] { records.undo(ds, june, editSeq); }), ErrorCode::PolicyViolation);
        // Moving the record out of the approved month is a change of that month too.
        QCOMPARE(codeOf([&] {
                     records.update(ds, june, {{u"tanggal_daftar"_qs, u"2025-07-01"_qs}});
                 }),
                 ErrorCode::PolicyViolation);
        // Restoring a deleted record of the month.
        QCOMPARE(codeOf([&] { records.restore(ds, gone); }), ErrorCode::PolicyViolation);
        // A new record dated in the month, and a July record moved INTO June.
        const qint64 count = s->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toLongLong();
        QCOMPARE(codeOf([&] { records.create(ds, jobSeeker(u"AK1-0009"_qs, u"2025-06-30"_qs)); }),
                 ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] {
                     records.update(ds, july, {{u"tanggal_daftar"_qs, u"2025-06-15"_qs}});
                 }),
                 ErrorCode::PolicyViolation);

        QCOMPARE(snapshot(records, june), juneBefore);
        QCOMPARE(snapshot(records, july), julyBefore);
        QCOMPARE(snapshot(records, gone), goneBefore);
        QCOMPARE(int(records.history(ds, june).size()), historyBefore);
        QCOMPARE(s->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toLongLong(), count);

        // Other months stay open.
        records.update(ds, july, {{u"nama"_qs, u"Juli"_qs}});
        records.create(ds, jobSeeker(u"AK1-0010"_qs, u"2025-05-31"_qs));

        // After reopening, everything that was refused is allowed.
        approvals.reopen(*s, u"2025-06"_qs, u"Koreksi nama"_qs);
        records.update(ds, june, {{u"nama"_qs, u"Lain"_qs}});
        records.undo(ds, june, records.history(ds, june).last().seq);
        records.restore(ds, gone);
        records.remove(ds, gone);
        records.create(ds, jobSeeker(u"AK1-0009"_qs, u"2025-06-30"_qs));
        records.update(ds, july, {{u"tanggal_daftar"_qs, u"2025-06-15"_qs}});
        QCOMPARE(records.get(ds, july)->value(u"tanggal_daftar"_qs).toString(), u"2025-06-15"_qs);
    }

    void importRejectsRowsOfApprovedMonth()
    {
        auto s = newStore();
        {
            RecordService records(*s, m_templates, m_validator, &m_regions);
            records.create(ds, jobSeeker(u"AK1-0100"_qs, u"2025-06-02"_qs)); // stored in June
            records.create(ds, jobSeeker(u"AK1-0101"_qs, u"2025-08-02"_qs)); // stored in August
        }
        PeriodApprovals(s->db()).approve(*s, u"2025-06"_qs, {}, cleanReview(u"2025-06"_qs));
        const QString path = m_tmp.filePath(u"pk.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csvOf({jobSeeker(u"AK1-0200"_qs, u"2025-06-11"_qs),  // new, June: rejected
                           jobSeeker(u"AK1-0201"_qs, u"2025-07-11"_qs),  // new, July: stored
                           jobSeeker(u"AK1-0100"_qs, u"2025-07-01"_qs),  // June record moved out: rejected
                           jobSeeker(u"AK1-0101"_qs, u"2025-08-09"_qs)}) // August record: updated
                        .toUtf8());
        }
        Importer importer(*s, m_templates, m_validator, &m_codes, &m_regions);
        ImportOptions o;
        o.dataset = ds;
        o.path = path;
        o.mode = ImportOptions::Mode::Upsert;
        o.rejectsPath = m_tmp.filePath(u"pk-rejects.csv"_qs);
        const ImportReport r = importer.run(o);
        QVERIFY(r.committed);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.firstRejected.size(), 2);
        QCOMPARE(r.firstRejected[0].row, 2);
        QVERIFY2(r.firstRejected[0].reason.contains(u"2025-06"_qs), qPrintable(r.firstRejected[0].reason));
        QCOMPARE(r.firstRejected[1].row, 4);
        QVERIFY(r.firstRejected[1].reason.contains(u"2025-06"_qs));
        QCOMPARE(s->db()
                     .scalar("SELECT tanggal_daftar FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0100'")
                     .toString(),
                 u"2025-06-02"_qs);
        QCOMPARE(s->db()
                     .scalar("SELECT count(*) FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0200'")
                     .toInt(),
                 0);
        QCOMPARE(s->db()
                     .scalar("SELECT tanggal_daftar FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0101'")
                     .toString(),
                 u"2025-08-09"_qs);
        QVERIFY(sinergi::test::readAll(o.rejectsPath).contains("AK1-0200"));

        // Reopened: the same file goes in.
        PeriodApprovals(s->db()).reopen(*s, u"2025-06"_qs, u"Data susulan"_qs);
        const ImportReport again = importer.run(o);
        QCOMPARE(again.rejected, 0);
        QCOMPARE(s->db()
                     .scalar("SELECT count(*) FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-0200'")
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPeriodLock)
#include "tst_periodlock.moc"
