#include "CsvTable.h"
#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "RecordsFixture.h"
#include "quality/ValidationJob.h"
#include "records/RecordCounts.h"
#include "records/RecordTable.h"
#include "store/Transaction.h"

#include <QDir>
#include <QTest>

using namespace sinergi;
using namespace sinergi::datagen;

// The full-validation job against sinergi-datagen's ground truth: the generated files are loaded into a
// real store as raw text (as an import that wrote no problem rows would leave them), the job runs, and the
// records it marks with errors must be exactly the rows the generator broke, each with a problem on the
// field the ground truth names.
class TestValidationJob : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<Session> m_session;
    const QDate m_today = QDate(2026, 1, 1); // the day after datagen's default period

    void load(const QString &dataset)
    {
        const CsvTable t = CsvTable::read(QDir(m_dir).filePath(dataset + u".csv"_qs));
        QVERIFY(!t.rows().isEmpty());
        QByteArray columns = "_id, _created_at, _updated_at, _updated_by";
        QByteArray params = "?1, '2026-01-01', '2026-01-01', 'test'";
        for (int c = 0; c < t.header().size(); ++c) {
            columns += ", " + recordtable::quoted(t.header().at(c));
            params += ", ?" + QByteArray::number(c + 2);
        }
        Database &db = m_session->db();
        Transaction tx(db);
        auto ins = db.prepare(("INSERT INTO " + recordtable::quoted(recordtable::tableName(dataset)) + " (" +
                               columns + ") VALUES (" + params + ")")
                                  .constData());
        for (qsizetype r = 0; r < t.rows().size(); ++r) {
            ins.bind(1, static_cast<std::int64_t>(r + 1)); // _id = the ground truth's 1-based row
            for (int c = 0; c < t.header().size(); ++c) {
                const QString v = t.rows().at(r).at(c);
                ins.bind(c + 2, v.isEmpty() ? QVariant() : QVariant(v));
            }
            ins.exec();
        }
        tx.commit();
    }

    ValidationResult validate()
    {
        ValidationJob::Options o;
        o.today = m_today;
        o.officeRegency = u"33.73"_qs;
        o.chunkRows = 300;
        Database worker = m_session->vault().openWorkerConnection();
        return ValidationJob(m_templates, m_validator, &m_regions).run(worker, o);
    }

    // The whole record_problems table, one string per row, sorted: two runs agree when these are equal.
    QStringList problemRows()
    {
        QStringList rows;
        auto s = m_session->db().prepare(
            "SELECT dataset, record_id, rule, field, severity, message FROM record_problems");
        while (s.step())
            rows << QStringList{s.text(0), QString::number(s.int64(1)), s.text(2),
                                s.text(3), QString::number(s.int64(4)), s.text(5)}
                        .join(u'|');
        rows.sort();
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(u"gen"_qs);
        DatagenConfig c;
        c.outDir = m_dir;
        c.seed = 11;
        c.jobSeekers = 2000;
        c.errorRate = 0.05;
        c.duplicateRate = 0; // duplicates would collide on the natural-key index; the importer's business
        DataGenerator::run(c);
        m_fields.setToday(m_today);
        m_session = newStore();
        for (const QString &id : m_templates.ids())
            load(id);
    }

    void errorsEqualGroundTruth()
    {
        ValidationJob::Options o;
        o.today = m_today;
        o.officeRegency = u"33.73"_qs; // datagen's regency: its NIKs raise no prefix warnings
        o.chunkRows = 500;
        Database worker = m_session->vault().openWorkerConnection();
        const ValidationResult r = ValidationJob(m_templates, m_validator, &m_regions).run(worker, o);
        QVERIFY(!r.cancelled);

        const CsvTable truth = CsvTable::read(QDir(m_dir).filePath(u"ground_truth.csv"_qs));
        QHash<QString, QMap<qint64, QString>> expected; // dataset -> row -> field
        for (const QStringList &row : truth.rows())
            if (row.at(truth.column(u"kind"_qs)) == u"error")
                expected[row.at(truth.column(u"dataset"_qs))].insert(
                    row.at(truth.column(u"row"_qs)).toLongLong(), row.at(truth.column(u"field"_qs)));
        qint64 total = 0;
        for (const QString &id : m_templates.ids()) {
            const QMap<qint64, QString> want = expected.value(id);
            total += want.size();
            QMap<qint64, QSet<QString>> got; // row -> fields with an error
            auto s = m_session->db().prepare(
                "SELECT record_id, field FROM record_problems WHERE dataset = ?1 AND severity = 0");
            s.bind(1, id);
            while (s.step())
                got[s.int64(0)].insert(s.text(1));
            QCOMPARE(QSet<qint64>(got.keyBegin(), got.keyEnd()),
                     QSet<qint64>(want.keyBegin(), want.keyEnd()));
            for (auto it = want.cbegin(); it != want.cend(); ++it)
                QVERIFY2(
                    got.value(it.key()).contains(it.value()),
                    qPrintable(
                        QStringLiteral("%1 row %2: no error on %3").arg(id).arg(it.key()).arg(it.value())));
            // The per-row counts agree with the table.
            const QByteArray table = recordtable::quoted(recordcounts::tableName(id));
            QCOMPARE(m_session->db()
                         .scalar(("SELECT count(*) FROM " + table + " WHERE errors > 0").constData())
                         .toLongLong(),
                     qint64(want.size()));
        }
        QVERIFY(total > 100); // the generator did inject errors at 5 %
        QCOMPARE(r.rows,
                 m_session->db()
                     .scalar("SELECT (SELECT count(*) FROM rec_pencari_kerja) + "
                             "(SELECT count(*) FROM rec_penempatan) + (SELECT count(*) FROM rec_lowongan) + "
                             "(SELECT count(*) FROM rec_pemberi_kerja) + (SELECT count(*) FROM "
                             "rec_pelatihan_program) + "
                             "(SELECT count(*) FROM rec_pelatihan_peserta) + (SELECT count(*) FROM "
                             "rec_penduduk_bekerja) + "
                             "(SELECT count(*) FROM rec_tka)")
                     .toLongLong());
    }

    // A re-validation writes only what changed (DatasetSync); the table must still end up exactly as a
    // validation into an empty table leaves it, after records were fixed, broken, deleted and added.
    void revalidationEqualsFreshValidation()
    {
        QVERIFY(!validate().cancelled);
        Database &db = m_session->db();
        const qint64 broken =
            db.scalar("SELECT min(record_id) FROM record_problems WHERE dataset = 'pencari_kerja' AND "
                      "severity = 0 AND field = 'nik'")
                .toLongLong();
        QVERIFY(broken > 0);
        // The last record with findings: deleting it and everything after leaves rows past the last live id.
        const qint64 maxId =
            db.scalar("SELECT max(record_id) FROM record_problems WHERE dataset = 'pencari_kerja'")
                .toLongLong();
        const qint64 withProblems =
            db.scalar(
                  QStringLiteral("SELECT max(record_id) FROM record_problems WHERE dataset = 'pencari_kerja' "
                                 "AND record_id < %1")
                      .arg(maxId / 2)
                      .toUtf8()
                      .constData())
                .toLongLong();
        QVERIFY(withProblems > 0);
        // Fix one NIK (copy a clean record's NIK and its sex/birth date), break another record's NIK, delete
        // a record that had findings, delete the highest id (rows after the last chunk), add nothing else.
        const qint64 clean =
            db.scalar("SELECT min(_id) FROM rec_pencari_kerja WHERE _id NOT IN (SELECT record_id FROM "
                      "record_problems WHERE dataset = 'pencari_kerja')")
                .toLongLong();
        QVERIFY(clean > 0);
        db.exec(QStringLiteral(
                    "UPDATE rec_pencari_kerja SET (nik, jenis_kelamin, tanggal_lahir) = (SELECT nik, "
                    "jenis_kelamin, tanggal_lahir FROM rec_pencari_kerja WHERE _id = %1) WHERE _id = %2")
                    .arg(clean)
                    .arg(broken)
                    .toUtf8()
                    .constData());
        db.exec(QStringLiteral("UPDATE rec_pencari_kerja SET nik = '12345' WHERE _id = %1")
                    .arg(clean)
                    .toUtf8()
                    .constData());
        db.exec(QStringLiteral("UPDATE rec_pencari_kerja SET _deleted = 1 WHERE _id = %1 OR _id >= %2")
                    .arg(withProblems)
                    .arg(maxId)
                    .toUtf8()
                    .constData());

        QVERIFY(!validate().cancelled);
        const QStringList synced = problemRows();
        db.exec("DELETE FROM record_problems");
        QVERIFY(!validate().cancelled);
        const QStringList fresh = problemRows();
        QCOMPARE(synced.size(), fresh.size());
        QCOMPARE(synced, fresh);
        // The edits did show up: the broken record now has a NIK error, the deleted ones have no rows.
        QVERIFY(fresh.filter(QStringLiteral("pencari_kerja|%1|").arg(clean)).size() > 0);
        QCOMPARE(fresh.filter(QStringLiteral("pencari_kerja|%1|").arg(maxId)).size(), 0);
        QCOMPARE(fresh.filter(QStringLiteral("pencari_kerja|%1|").arg(withProblems)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestValidationJob)
#include "tst_validationjob.moc"
