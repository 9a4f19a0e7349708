// Tests for tools/datagen: determinism, counts, NIK consistency, referential integrity, and agreement of
// the injected defects (ground_truth.csv) with the real validators. Sizes stay small (a few thousand
// rows) so the whole test runs in seconds.
#include "CsvTable.h"
#include "DataGenerator.h"

#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/NikRule.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using namespace sinergi::datagen;

namespace {

const QStringList kDatasets = {
    u"lowongan"_qs,      u"pelatihan_peserta"_qs, u"pelatihan_program"_qs, u"pemberi_kerja"_qs,
    u"pencari_kerja"_qs, u"penduduk_bekerja"_qs,  u"penempatan"_qs,        u"tka"_qs};

DatagenConfig smallConfig(const QString &dir, std::uint64_t seed, double errorRate, double duplicateRate)
{
    DatagenConfig c;
    c.outDir = dir;
    c.seed = seed;
    c.jobSeekers = 3000; // scaled defaults: 900 placements, 300 vacancies, 1500 employed, ...
    c.errorRate = errorRate;
    c.duplicateRate = duplicateRate;
    return c;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows (1-based) that have at least one Error problem, with the fields the problems point at.
using Failures = QMap<int, QSet<QString>>;

} // namespace

class TestDatagen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_clean, m_dirty, m_dirtyNoDup;
    RegionCatalog m_regions = RegionCatalog::loadEmbedded();
    CodeListRegistry m_codeLists = CodeListRegistry::loadEmbedded();
    TemplateRegistry m_templates = TemplateRegistry::loadEmbedded();
    QDate m_today = QDate(2026, 1, 1); // the day after the default period

    QString dir(const QString &name) const { return m_tmp.filePath(name); }
    CsvTable table(const QString &dir, const QString &dataset) const
    {
        return CsvTable::read(QDir(dir).filePath(dataset + u".csv"_qs));
    }

    QHash<QString, Failures> validate(const QString &outDir) const
    {
        QHash<QString, CsvTable> tables;
        for (const QString &id : kDatasets)
            tables.insert(id, table(outDir, id));
        // reference_exists lookups answered from the generated files, as the record store would.
        QHash<QString, QSet<QString>> keys;
        const auto exists = [&](const QString &dataset, const QString &field, const QVariant &value) {
            const QString k = dataset + u'.' + field;
            if (!keys.contains(k)) {
                QSet<QString> values;
                const CsvTable &t = tables[dataset];
                const int c = t.column(field);
                for (const QStringList &r : t.rows())
                    values.insert(r.at(c));
                keys.insert(k, values);
            }
            return keys[k].contains(value.toString());
        };
        FieldValidator fields(&m_codeLists, &m_regions);
        fields.setToday(m_today);
        RecordValidator validator(fields, RuleRegistry::standard());
        RuleContext ctx;
        ctx.today = m_today;
        ctx.regions = &m_regions;
        ctx.exists = exists;
        QHash<QString, Failures> result;
        for (const QString &id : kDatasets) {
            const DatasetTemplate *tpl = m_templates.find(id);
            const CsvTable &t = tables[id];
            Failures failures;
            for (qsizetype r = 0; r < t.rows().size(); ++r) {
                QVariantMap record;
                for (int c = 0; c < t.header().size(); ++c)
                    record.insert(t.header().at(c), t.rows().at(r).at(c));
                for (const Problem &p : validator.validate(*tpl, record, ctx)) {
                    if (p.severity == Problem::Severity::Error)
                        failures[int(r + 1)].insert(p.field + u':' + p.ruleId);
                }
            }
            result.insert(id, failures);
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_clean = dir(u"clean"_qs);
        m_dirty = dir(u"dirty"_qs);
        m_dirtyNoDup = dir(u"dirty-nodup"_qs);
        DataGenerator::run(smallConfig(m_clean, 7, 0, 0));
        DataGenerator::run(smallConfig(m_dirty, 7, 0.05, 0.02));
        DataGenerator::run(smallConfig(m_dirtyNoDup, 7, 0.05, 0));
    }

    void sameSeedGivesIdenticalBytes()
    {
        const QString again = dir(u"dirty-again"_qs);
        DataGenerator::run(smallConfig(again, 7, 0.05, 0.02));
        QStringList files = QDir(m_dirty).entryList(QDir::Files);
        QCOMPARE(files.size(), kDatasets.size() + 2); // + ground_truth.csv, manifest.json
        for (const QString &f : files) {
            const QByteArray a = fileBytes(QDir(m_dirty).filePath(f));
            QVERIFY2(!a.isEmpty(), qPrintable(f));
            QVERIFY2(a == fileBytes(QDir(again).filePath(f)), qPrintable(f));
        }
    }

    void differentSeedGivesDifferentData()
    {
        const QString other = dir(u"seed8"_qs);
        DataGenerator::run(smallConfig(other, 8, 0.05, 0.02));
        for (const QString &id : kDatasets) {
            const QString f = id + u".csv"_qs;
            QVERIFY2(fileBytes(QDir(m_dirty).filePath(f)) != fileBytes(QDir(other).filePath(f)),
                     qPrintable(f));
        }
    }

    void filesAreRfc4180WithTemplateHeaders()
    {
        for (const QString &d : {m_clean, m_dirty}) {
            for (const QString &id : kDatasets) {
                const CsvTable t = table(d, id);
                QVERIFY2(t.wellFormed(), qPrintable(id));
                QCOMPARE(t.header(), m_templates.find(id)->fieldNames());
            }
        }
        // Quoting is exercised: addresses carry commas, officers' titles too.
        QVERIFY(fileBytes(QDir(m_clean).filePath(u"pencari_kerja.csv"_qs)).contains("\"Jl. "));
    }

    void countsMatchConfigAndManifest()
    {
        DatagenConfig expected = smallConfig(m_dirty, 7, 0.05, 0.02);
        expected.resolveDefaults();
        const QHash<QString, qint64> records = {{u"pencari_kerja"_qs, expected.jobSeekers},
                                                {u"penempatan"_qs, expected.placements},
                                                {u"lowongan"_qs, expected.vacancies},
                                                {u"pemberi_kerja"_qs, expected.employers},
                                                {u"pelatihan_program"_qs, expected.trainingPrograms},
                                                {u"pelatihan_peserta"_qs, expected.participants},
                                                {u"penduduk_bekerja"_qs, expected.employed},
                                                {u"tka"_qs, expected.foreignWorkers}};
        const QJsonObject manifest =
            QJsonDocument::fromJson(fileBytes(QDir(m_dirty).filePath(u"manifest.json"_qs))).object();
        QCOMPARE(manifest.value(u"seed").toString(), u"7"_qs);
        QCOMPARE(manifest.value(u"regency").toObject().value(u"code").toString(), u"33.73"_qs);
        const CsvTable truth = CsvTable::read(QDir(m_dirty).filePath(u"ground_truth.csv"_qs));
        QVERIFY(truth.wellFormed());
        for (const QString &id : kDatasets) {
            const QJsonObject m = manifest.value(u"datasets").toObject().value(id).toObject();
            const CsvTable t = table(m_dirty, id);
            qint64 errors = 0, duplicates = 0;
            for (qsizetype r = 0; r < truth.rows().size(); ++r) {
                if (truth.value(r, u"dataset"_qs) != id)
                    continue;
                (truth.value(r, u"kind"_qs) == u"error" ? errors : duplicates) += 1;
            }
            QCOMPARE(m.value(u"records").toInteger(), records.value(id));
            QCOMPARE(m.value(u"rows").toInteger(), qint64(t.rows().size()));
            QCOMPARE(qint64(t.rows().size()), records.value(id) + duplicates);
            QCOMPARE(m.value(u"errors").toInteger(), errors);
            QCOMPARE(m.value(u"duplicates").toInteger(), duplicates);
        }
        QVERIFY(table(m_dirty, u"pencari_kerja"_qs).rows().size() > 3000); // duplicates were injected
    }

    void niksAgreeWithSexBirthDateAndKecamatan()
    {
        QSet<QString> prefixes;
        for (const auto &d : m_regions.districts(u"33.73"_qs))
            prefixes.insert(QString(d.code).remove(u'.'));
        QHash<QString, QString> nikOfRegistration;
        QSet<QString> allPeople;
        for (const QString &id : {u"pencari_kerja"_qs, u"penduduk_bekerja"_qs, u"pelatihan_peserta"_qs}) {
            const CsvTable t = table(m_clean, id);
            QSet<QString> seen;
            for (qsizetype r = 0; r < t.rows().size(); ++r) {
                const QString nik = t.value(r, u"nik"_qs);
                const QDate birth = QDate::fromString(t.value(r, u"tanggal_lahir"_qs), Qt::ISODate);
                QVERIFY2(prefixes.contains(nik.left(6)), qPrintable(nik));
                QVERIFY(NikRule::inspect(nik, t.value(r, u"jenis_kelamin"_qs), birth,
                                         m_regions.provinceCodes(), m_today)
                            .isEmpty());
                const auto decoded = NikRule::decode(nik, birth, m_today);
                QCOMPARE(decoded.birthDate, birth);
                QVERIFY(nik.right(4) != u"0000");
                QVERIFY2(!seen.contains(nik), qPrintable(nik)); // one row per person per file
                seen.insert(nik);
                const int age = int(birth.daysTo(m_today) / 365);
                QVERIFY2(age >= 15 && age <= 67, qPrintable(nik));
                if (id == u"pencari_kerja") {
                    nikOfRegistration.insert(t.value(r, u"no_pendaftaran"_qs), nik);
                    allPeople.insert(nik);
                } else if (id == u"penduduk_bekerja") {
                    QVERIFY2(!allPeople.contains(nik), "a NIK is shared by two different people");
                } else {
                    const QString no = t.value(r, u"no_pendaftaran"_qs);
                    if (!no.isEmpty())
                        QCOMPARE(nik, nikOfRegistration.value(no)); // the same person as on the AK/I card
                    else
                        QVERIFY(!allPeople.contains(nik));
                }
            }
            if (id == u"penduduk_bekerja")
                allPeople.unite(seen);
        }
    }

    void placementsReferToJobSeekersAndVacancies()
    {
        const CsvTable seekers = table(m_clean, u"pencari_kerja"_qs);
        const CsvTable placements = table(m_clean, u"penempatan"_qs);
        const CsvTable vacancies = table(m_clean, u"lowongan"_qs);
        QHash<QString, qsizetype> seekerRow;
        for (qsizetype r = 0; r < seekers.rows().size(); ++r)
            seekerRow.insert(seekers.value(r, u"no_pendaftaran"_qs), r);
        QHash<QString, qsizetype> vacancyRow;
        for (qsizetype r = 0; r < vacancies.rows().size(); ++r)
            vacancyRow.insert(vacancies.value(r, u"nomor_lowongan"_qs), r);
        QHash<QString, QPair<int, int>> filled; // vacancy -> (men, women)
        QSet<QString> placed;
        int akl = 0;
        for (qsizetype r = 0; r < placements.rows().size(); ++r) {
            const QString no = placements.value(r, u"no_pendaftaran"_qs);
            QVERIFY2(seekerRow.contains(no), qPrintable(no));
            QVERIFY2(!placed.contains(no), "one placement per placed job seeker");
            placed.insert(no);
            const qsizetype s = seekerRow.value(no);
            const QDate date = QDate::fromString(placements.value(r, u"tanggal_penempatan"_qs), Qt::ISODate);
            QCOMPARE(seekers.value(s, u"status"_qs), u"ditempatkan"_qs);
            QCOMPARE(seekers.value(s, u"tanggal_status"_qs), placements.value(r, u"tanggal_penempatan"_qs));
            QVERIFY(date >= QDate::fromString(seekers.value(s, u"tanggal_daftar"_qs), Qt::ISODate));
            const QString type = placements.value(r, u"jenis_penempatan"_qs);
            QCOMPARE(placements.value(r, u"negara_tujuan"_qs).isEmpty(), type != u"AKAN");
            akl += type == u"AKL" ? 1 : 0;
            const QString vacancy = placements.value(r, u"nomor_lowongan"_qs);
            if (vacancy.isEmpty())
                continue;
            QVERIFY2(vacancyRow.contains(vacancy), qPrintable(vacancy));
            const qsizetype v = vacancyRow.value(vacancy);
            QVERIFY(date >= QDate::fromString(vacancies.value(v, u"tanggal_buka"_qs), Qt::ISODate));
            QVERIFY(date <= QDate::fromString(vacancies.value(v, u"tanggal_tutup"_qs), Qt::ISODate));
            auto &f = filled[vacancy];
            (seekers.value(s, u"jenis_kelamin"_qs) == u"L" ? f.first : f.second) += 1;
        }
        QCOMPARE(placed.size(), 900);
        QVERIFY(akl > placements.rows().size() * 3 / 4); // mostly local
        int placedStatus = 0;
        for (qsizetype r = 0; r < seekers.rows().size(); ++r)
            placedStatus += seekers.value(r, u"status"_qs) == u"ditempatkan" ? 1 : 0;
        QCOMPARE(placedStatus, 900);
        for (qsizetype v = 0; v < vacancies.rows().size(); ++v) {
            const auto f = filled.value(vacancies.value(v, u"nomor_lowongan"_qs));
            QCOMPARE(vacancies.value(v, u"terisi_l"_qs).toInt(), f.first);
            QCOMPARE(vacancies.value(v, u"terisi_p"_qs).toInt(), f.second);
            const int need = vacancies.value(v, u"jumlah_l"_qs).toInt() +
                             vacancies.value(v, u"jumlah_p"_qs).toInt() +
                             vacancies.value(v, u"jumlah_lp"_qs).toInt();
            QVERIFY(f.first + f.second <= need);
            QCOMPARE(vacancies.value(v, u"status"_qs) == u"terisi", f.first + f.second == need);
        }
    }

    void cleanDataPassesTheRealValidators()
    {
        const auto failures = validate(m_clean);
        for (const QString &id : kDatasets) {
            const Failures &f = failures.value(id);
            QVERIFY2(f.isEmpty(),
                     qPrintable(u"%1 row %2: %3"_qs.arg(id)
                                    .arg(f.isEmpty() ? 0 : f.firstKey())
                                    .arg(f.isEmpty() ? QString() : f.first().values().join(u", "))));
        }
    }

    void validatorsFindExactlyTheGroundTruthErrors()
    {
        const auto failures = validate(m_dirty);
        const CsvTable truth = CsvTable::read(QDir(m_dirty).filePath(u"ground_truth.csv"_qs));
        QHash<QString, QMap<int, QString>> expected; // dataset -> row -> field
        QSet<QString> kinds;
        for (qsizetype r = 0; r < truth.rows().size(); ++r) {
            if (truth.value(r, u"kind"_qs) != u"error")
                continue;
            expected[truth.value(r, u"dataset"_qs)].insert(truth.value(r, u"row"_qs).toInt(),
                                                           truth.value(r, u"field"_qs));
            kinds.insert(truth.value(r, u"defect"_qs));
        }
        QVERIFY(kinds.size() >= 15); // the mix of defects is actually exercised
        for (const QString &id : kDatasets) {
            const Failures &found = failures.value(id);
            const auto &want = expected.value(id);
            for (auto it = want.cbegin(); it != want.cend(); ++it) {
                QVERIFY2(
                    found.contains(it.key()),
                    qPrintable(u"%1 row %2 (%3) passed validation"_qs.arg(id).arg(it.key()).arg(it.value())));
                bool onField = false;
                for (const QString &p : found.value(it.key()))
                    onField = onField || p.startsWith(it.value() + u':');
                QVERIFY2(onField,
                         qPrintable(u"%1 row %2: no problem on %3 but %4"_qs.arg(id).arg(it.key()).arg(
                             it.value(), found.value(it.key()).values().join(u", "))));
            }
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                QVERIFY2(
                    want.contains(it.key()),
                    qPrintable(
                        u"%1 row %2 fails but is not in the ground truth: %3"_qs.arg(id).arg(it.key()).arg(
                            it.value().values().join(u", "))));
        }
    }

    void defectsChangeOnlyGroundTruthRows()
    {
        const CsvTable truth = CsvTable::read(QDir(m_dirtyNoDup).filePath(u"ground_truth.csv"_qs));
        QSet<QString> defective;
        for (qsizetype r = 0; r < truth.rows().size(); ++r)
            defective.insert(truth.value(r, u"dataset"_qs) + u':' + truth.value(r, u"row"_qs));
        for (const QString &id : kDatasets) {
            const CsvTable clean = table(m_clean, id);
            const CsvTable dirty = table(m_dirtyNoDup, id);
            QCOMPARE(dirty.rows().size(), clean.rows().size());
            for (qsizetype r = 0; r < clean.rows().size(); ++r) {
                const bool listed = defective.contains(id + u':' + QString::number(r + 1));
                QCOMPARE(clean.rows().at(r) != dirty.rows().at(r), listed);
            }
        }
    }

    void duplicatesRepeatAnEarlierRow()
    {
        const CsvTable truth = CsvTable::read(QDir(m_dirty).filePath(u"ground_truth.csv"_qs));
        int checked = 0;
        for (qsizetype r = 0; r < truth.rows().size(); ++r) {
            if (truth.value(r, u"kind"_qs) != u"duplicate")
                continue;
            const QString id = truth.value(r, u"dataset"_qs);
            const CsvTable t = table(m_dirty, id);
            const int row = truth.value(r, u"row"_qs).toInt();
            const QString defect = truth.value(r, u"defect"_qs);
            QVERIFY(defect.startsWith(u"duplicate_of="));
            const int original = defect.mid(13).toInt();
            QVERIFY(original < row);
            QStringList a = t.rows().at(original - 1), b = t.rows().at(row - 1);
            const QString field = truth.value(r, u"field"_qs);
            if (!field.isEmpty()) { // re-typed in capitals
                const int c = t.column(field);
                QCOMPARE(b.at(c), a.at(c).toUpper());
                a[c] = b[c];
            }
            QCOMPARE(b, a);
            QStringList key;
            for (const QString &k : m_templates.find(id)->naturalKey())
                key << t.value(row - 1, k);
            QCOMPARE(key.join(u'|'), truth.value(r, u"natural_key"_qs));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void distributionsAreRealistic()
    {
        const CsvTable t = table(m_clean, u"pencari_kerja"_qs);
        int twenties = 0, secondary = 0, women = 0;
        for (qsizetype r = 0; r < t.rows().size(); ++r) {
            const QDate birth = QDate::fromString(t.value(r, u"tanggal_lahir"_qs), Qt::ISODate);
            const QDate registered = QDate::fromString(t.value(r, u"tanggal_daftar"_qs), Qt::ISODate);
            const int age = int(birth.daysTo(registered) / 365.25);
            QVERIFY(age >= 15 && age <= 60);
            twenties += age >= 20 && age <= 29 ? 1 : 0;
            secondary += t.value(r, u"pendidikan"_qs).startsWith(u'3') ? 1 : 0;
            women += t.value(r, u"jenis_kelamin"_qs) == u"P" ? 1 : 0;
            QCOMPARE(QDate::fromString(t.value(r, u"berlaku_sampai"_qs), Qt::ISODate),
                     registered.addYears(2));
        }
        const double n = double(t.rows().size());
        QVERIFY2(twenties / n > 0.45 && twenties / n < 0.7, qPrintable(QString::number(twenties / n)));
        QVERIFY2(secondary / n > 0.5, qPrintable(QString::number(secondary / n)));
        QVERIFY2(women / n > 0.4 && women / n < 0.6, qPrintable(QString::number(women / n)));
    }

    void aKabupatenWithDesaValidatesToo()
    {
        DatagenConfig c = smallConfig(dir(u"kab-semarang"_qs), 11, 0, 0);
        c.regency = u"33.22"_qs;
        c.jobSeekers = 800;
        DataGenerator::run(c);
        const auto failures = validate(c.outDir);
        for (const QString &id : kDatasets)
            QVERIFY2(failures.value(id).isEmpty(), qPrintable(id));
        const CsvTable t = table(c.outDir, u"pencari_kerja"_qs);
        QVERIFY(t.value(0, u"kode_kecamatan"_qs).startsWith(u"33.22."));
    }

    void aLongPeriodRemovesExpiredCards()
    {
        DatagenConfig c = smallConfig(dir(u"long"_qs), 5, 0, 0);
        c.from = QDate(2018, 1, 1);
        c.jobSeekers = 1500;
        DataGenerator::run(c);
        const auto failures = validate(c.outDir);
        for (const QString &id : kDatasets)
            QVERIFY2(failures.value(id).isEmpty(), qPrintable(id));
        const CsvTable t = table(c.outDir, u"pencari_kerja"_qs);
        int expired = 0;
        for (qsizetype r = 0; r < t.rows().size(); ++r) {
            const QDate validUntil = QDate::fromString(t.value(r, u"berlaku_sampai"_qs), Qt::ISODate);
            const QString status = t.value(r, u"status"_qs);
            if (status == u"terdaftar")
                QVERIFY(validUntil >= c.to); // nobody is left active on an expired card
            if (status == u"dihapuskan" &&
                t.value(r, u"tanggal_status"_qs) == validUntil.addDays(1).toString(Qt::ISODate))
                ++expired;
        }
        QVERIFY(expired > 300);
    }

    void badOptionsAreRejected()
    {
        DatagenConfig c = smallConfig(dir(u"bad"_qs), 1, 0, 0);
        c.placements = c.jobSeekers + 1;
        QVERIFY_THROWS_EXCEPTION(Error, DataGenerator::run(c));
        c = smallConfig(dir(u"bad"_qs), 1, 0, 0);
        c.regency = u"99.99"_qs;
        QVERIFY_THROWS_EXCEPTION(Error, DataGenerator::run(c));
        c = smallConfig(dir(u"bad"_qs), 1, 1.5, 0);
        QVERIFY_THROWS_EXCEPTION(Error, DataGenerator::run(c));
    }
};

QTEST_GUILESS_MAIN(TestDatagen)
#include "tst_datagen.moc"
