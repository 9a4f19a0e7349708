// ReportSource (issue 5): the cached LabourSnapshot is read again exactly when a record of a dataset it
// reads was written and committed — by the record service or an import — and kept for validation runs,
// audit entries, settings, writes to other datasets and rolled-back writes. Real stores on disk.
#include "RecordsFixture.h"
#include "TestSupport.h"
#include "importing/Importer.h"
#include "quality/ValidationJob.h"
#include "records/DataGeneration.h"
#include "records/RecordService.h"
#include "reports/ReportRules.h"
#include "reports/ReportSource.h"
#include "store/Transaction.h"
#include "store/Vault.h"

#include <QFile>
#include <QTest>

#include <thread>

using namespace sinergi;

namespace {

const QString kJs = u"pencari_kerja"_qs;

// A complete AK/I card (synthetic: kecamatan 33.73.01, male born 17-05-1998).
QVariantMap jobSeeker(const QString &number)
{
    return {{u"no_pendaftaran"_qs, number},           {u"nik"_qs, u"3373011705980001"_qs},
            {u"nama"_qs, u"Contoh Satu"_qs},          {u"tanggal_lahir"_qs, u"1998-05-17"_qs},
            {u"jenis_kelamin"_qs, u"L"_qs},           {u"kode_kecamatan"_qs, u"33.73.01"_qs},
            {u"pendidikan"_qs, u"3000"_qs},           {u"tanggal_daftar"_qs, u"2025-01-10"_qs},
            {u"berlaku_sampai"_qs, u"2027-01-10"_qs}, {u"status"_qs, u"terdaftar"_qs}};
}

const LabourSnapshot::Seeker *seekerById(const LabourSnapshot &s, qint64 id)
{
    for (const LabourSnapshot::Seeker &r : s.seekers())
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestReportSource : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    QString csv(const QString &name, const QStringList &numbers)
    {
        QByteArray content = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                             "tanggal_daftar,berlaku_sampai,status\r\n";
        for (const QString &n : numbers)
            content += n.toUtf8() + ",3373011705980001,Contoh Impor,1998-05-17,L,33.73.01,3000,2025-01-10,"
                                    "2027-01-10,terdaftar\r\n";
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    ImportReport import(Session &s, const QString &path, bool dryRun = false)
    {
        ImportOptions o;
        o.dataset = kJs;
        o.path = path;
        o.dryRun = dryRun;
        return Importer(s, m_templates, m_validator, &m_codes, &m_regions).run(o);
    }

private slots:
    void sameSnapshotWithoutWrites()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        ReportSource source(s->vault());
        QVERIFY(!source.isFresh()); // nothing read yet
        QCOMPARE(source.generation(), quint64(0));

        quint64 generation = 0;
        const auto first = source.current(&generation);
        QCOMPARE(first->seekers().size(), std::size_t(1));
        QCOMPARE(generation, quint64(1));
        QVERIFY(source.isFresh());
        const auto again = source.current(&generation);
        QCOMPARE(again.get(), first.get());
        QCOMPARE(generation, quint64(1));
        QCOMPARE(source.generation(), quint64(1));
    }

    void everyRecordServiceWriteReadsAgain()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        ReportSource source(s->vault());
        const auto empty = source.current();
        QVERIFY(empty->seekers().empty());

        const qint64 id = records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        QVERIFY(!source.isFresh());
        const auto created = source.current();
        QVERIFY(created.get() != empty.get());
        QCOMPARE(created->seekers().size(), std::size_t(1));
        QVERIFY(empty->seekers().empty()); // a holder's snapshot does not change under it
        QCOMPARE(seekerById(*created, id)->status, LabourSnapshot::SeekerStatus::Registered);

        records.update(kJs, id,
                       {{u"status"_qs, u"ditempatkan"_qs}, {u"tanggal_status"_qs, u"2025-02-01"_qs}});
        const auto updated = source.current();
        QVERIFY(updated.get() != created.get());
        QCOMPARE(seekerById(*updated, id)->status, LabourSnapshot::SeekerStatus::Placed);
        QCOMPARE(seekerById(*created, id)->status, LabourSnapshot::SeekerStatus::Registered);

        const qint64 updateSeq = records.history(kJs, id).last().seq;
        records.undo(kJs, id, updateSeq);
        const auto undone = source.current();
        QVERIFY(undone.get() != updated.get());
        QCOMPARE(seekerById(*undone, id)->status, LabourSnapshot::SeekerStatus::Registered);

        records.remove(kJs, id);
        const auto removed = source.current();
        QVERIFY(removed.get() != undone.get());
        QVERIFY(removed->seekers().empty());

        records.restore(kJs, id);
        const auto restored = source.current();
        QVERIFY(restored.get() != removed.get());
        QCOMPARE(restored->seekers().size(), std::size_t(1));

        // Undoing the restore deletes the record again.
        records.undo(kJs, id, records.history(kJs, id).last().seq);
        const auto undoneRestore = source.current();
        QVERIFY(undoneRestore.get() != restored.get());
        QVERIFY(undoneRestore->seekers().empty());
        QCOMPARE(source.generation(), quint64(7));
        QVERIFY(source.isFresh());
    }

    // Every dataset the snapshot reads counts: vacancies, placements, training participants and programmes.
    void everyDatasetTheSnapshotReadsCounts()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        ReportSource source(s->vault());
        auto snapshot = source.current();
        auto readAgain = [&](const char *what) {
            const auto next = source.current();
            if (next.get() == snapshot.get())
                qWarning("not read again after a write to %s", what);
            snapshot = next;
            return snapshot.get() != nullptr;
        };

        records.create(u"lowongan"_qs, {{u"nomor_lowongan"_qs, u"LOW-01"_qs}, {u"jumlah_l"_qs, 2}});
        QVERIFY(!source.isFresh());
        QVERIFY(readAgain("lowongan"));
        QCOMPARE(snapshot->vacancies().size(), std::size_t(1));

        records.create(u"penempatan"_qs, {{u"no_pendaftaran"_qs, u"AK1-0001"_qs},
                                          {u"jenis_penempatan"_qs, u"AKL"_qs},
                                          {u"tanggal_penempatan"_qs, u"2025-02-01"_qs}});
        QVERIFY(!source.isFresh());
        QVERIFY(readAgain("penempatan"));
        QCOMPARE(snapshot->placements().size(), std::size_t(1));
        QCOMPARE(snapshot->placements().front().seeker, 0);

        records.create(u"pelatihan_peserta"_qs, {{u"kode_program"_qs, u"PRG-01"_qs},
                                                 {u"nik"_qs, u"3373011705980001"_qs},
                                                 {u"nama"_qs, u"Contoh Satu"_qs},
                                                 {u"jenis_kelamin"_qs, u"L"_qs},
                                                 {u"hasil"_qs, u"peserta"_qs}});
        QVERIFY(!source.isFresh());
        QVERIFY(readAgain("pelatihan_peserta"));
        QCOMPARE(snapshot->trainees().size(), std::size_t(1));
        QCOMPARE(snapshot->trainees().front().programStart, LabourSnapshot::kNoDay);

        // The programme only adds its dates to the participant: still a new snapshot.
        records.create(u"pelatihan_program"_qs, {{u"kode_program"_qs, u"PRG-01"_qs},
                                                 {u"nama_program"_qs, u"Menjahit Dasar"_qs},
                                                 {u"tanggal_mulai"_qs, u"2025-03-03"_qs},
                                                 {u"tanggal_selesai"_qs, u"2025-03-28"_qs}});
        QVERIFY(!source.isFresh());
        QVERIFY(readAgain("pelatihan_program"));
        QCOMPARE(snapshot->trainees().front().programStart, std::int32_t(QDate(2025, 3, 3).toJulianDay()));
        QCOMPARE(source.generation(), quint64(5));
    }

    void oneBumpPerWriteTransaction()
    {
        // An undo writes the revert through update() inside its own transaction: still one write.
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        auto counter = [&] { return datageneration::read(s->db(), {kJs}).value(0); };
        QCOMPARE(counter(), 0);
        const qint64 id = records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        QCOMPARE(counter(), 1);
        records.update(kJs, id, {{u"nama"_qs, u"Nama Lain"_qs}});
        QCOMPARE(counter(), 2);
        records.update(kJs, id, {{u"nama"_qs, u"Nama Lain"_qs}}); // no change, no write
        QCOMPARE(counter(), 2);
        records.undo(kJs, id, records.history(kJs, id).last().seq);
        QCOMPARE(counter(), 3);
        records.remove(kJs, id);
        records.remove(kJs, id); // already deleted: nothing written
        QCOMPARE(counter(), 4);
    }

    void importReadsAgainDryRunDoesNot()
    {
        auto s = newStore();
        ReportSource source(s->vault());
        const auto before = source.current();
        QVERIFY(before->seekers().empty());

        const ImportReport dry = import(*s, csv(u"dry.csv"_qs, {u"AK1-0101"_qs, u"AK1-0102"_qs}), true);
        QCOMPARE(dry.inserted, 2);
        QVERIFY(!dry.committed);
        QVERIFY(source.isFresh());
        QCOMPARE(source.current().get(), before.get());

        const ImportReport done = import(*s, csv(u"real.csv"_qs, {u"AK1-0101"_qs, u"AK1-0102"_qs}));
        QVERIFY(done.committed);
        QVERIFY(!source.isFresh());
        const auto after = source.current();
        QVERIFY(after.get() != before.get());
        QCOMPARE(after->seekers().size(), std::size_t(2));

        // Every row rejected (already in the store, insert mode): committed, but no record changed.
        const ImportReport none = import(*s, csv(u"again.csv"_qs, {u"AK1-0101"_qs}));
        QCOMPARE(none.inserted + none.updated, 0);
        QCOMPARE(source.current().get(), after.get());
    }

    void nonRecordWritesKeepTheSnapshot()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        ReportSource source(s->vault());
        const auto snapshot = source.current();

        // A full validation as of a day before the registration: the dates are "in the future" now, so the
        // findings and the rows' error counts change.
        ValidationJob::Options o;
        o.datasets = {kJs};
        o.today = QDate(2024, 6, 1);
        const ValidationResult v = ValidationJob(m_templates, m_validator, &m_regions).run(s->db(), o);
        QVERIFY(v.changedCounts > 0);
        QCOMPARE(source.current().get(), snapshot.get());

        // The grid's pii.view entries, any other audit entry, settings and the report rules.
        s->audit().append(s->user().username, u"pii.view"_qs, kJs, u"{}"_qs);
        s->setSetting(u"office.regency"_qs, u"33.73"_qs);
        ReportRules rules;
        rules.removeMonthsAfterExpiry = 3;
        rules.save(*s);
        QCOMPARE(ReportRules::fromSettings(*s), rules);
        QVERIFY(source.isFresh());
        QCOMPARE(source.current().get(), snapshot.get());

        // A dataset the snapshot does not read.
        records.create(u"pemberi_kerja"_qs,
                       {{u"nib"_qs, u"1234567890123"_qs}, {u"nama_perusahaan"_qs, u"PT Contoh"_qs}});
        QCOMPARE(datageneration::read(s->db(), {u"pemberi_kerja"_qs}).value(0), 1);
        QCOMPARE(source.current().get(), snapshot.get());
        QCOMPARE(source.generation(), quint64(1));
    }

    void rolledBackWritesKeepTheSnapshot()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        const qint64 id = records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        ReportSource source(s->vault());
        const auto snapshot = source.current();

        {
            // The service's writes inside a larger transaction that is abandoned: bump and rows go together.
            Transaction outer(s->db());
            records.create(kJs, jobSeeker(u"AK1-0002"_qs));
            records.update(kJs, id, {{u"status"_qs, u"ditempatkan"_qs}});
            QCOMPARE(datageneration::read(s->db(), {kJs}).value(0), 3); // visible inside, ...
        }
        QCOMPARE(datageneration::read(s->db(), {kJs}).value(0), 1); // ... gone with the rollback
        QVERIFY(source.isFresh());
        QCOMPARE(source.current().get(), snapshot.get());

        // A write that fails half-way: restoring a record whose number was taken meanwhile.
        records.remove(kJs, id);
        records.create(kJs, jobSeeker(u"AK1-0001"_qs));
        const auto beforeRestore = source.current();
        QCOMPARE(test::codeOf([&] { records.restore(kJs, id); }), ErrorCode::Conflict);
        QCOMPARE(source.current().get(), beforeRestore.get());
    }

    void concurrentCallersShareOneRead()
    {
        auto s = newStore();
        RecordService records(*s, m_templates, m_validator, &m_regions);
        for (int i = 1; i <= 50; ++i)
            records.create(kJs, jobSeeker(u"AK1-%1"_qs.arg(i, 4, 10, QLatin1Char('0'))));
        ReportSource source(s->vault());

        std::shared_ptr<const LabourSnapshot> a, b;
        std::thread first([&] { a = source.current(); });
        std::thread second([&] { b = source.current(); });
        first.join();
        second.join();
        QCOMPARE(a.get(), b.get());
        QCOMPARE(a->seekers().size(), std::size_t(50));
        QCOMPARE(source.generation(), quint64(1)); // read once, the other caller took its result

        // Readers keep asking while records are written: never a torn or stale-forever snapshot.
        std::atomic_bool stop = false;
        std::atomic_int reads = 0;
        std::thread reader([&] {
            while (!stop) {
                const auto snap = source.current();
                if (snap->seekers().size() >= 50)
                    ++reads;
            }
        });
        for (int i = 51; i <= 60; ++i)
            records.create(kJs, jobSeeker(u"AK1-%1"_qs.arg(i, 4, 10, QLatin1Char('0'))));
        stop = true;
        reader.join();
        QVERIFY(reads > 0);
        QCOMPARE(source.current()->seekers().size(), std::size_t(60));
        QVERIFY(source.isFresh());
    }
};

QTEST_GUILESS_MAIN(TestReportSource)
#include "tst_reportsource.moc"
