#include "RecordsFixture.h"
#include "RegionEditionFiles.h"
#include "TestSupport.h"
#include "datasets/CompiledValidator.h"
#include "datasets/NikRule.h"
#include "reference/RegionEditions.h"
#include "reference/RegionListFiles.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <zip.h>

using namespace sinergi;
using sinergi::test::codeOf;
using sinergi::test::RegionEditionFiles;
using Level = RegionCatalog::Level;

namespace {

qint64 storedEditions(Session &s)
{
    return s.db().scalar("SELECT count(*) FROM region_editions").toLongLong();
}

QStringList codes(const QList<RegionCatalog::Region> &regions)
{
    QStringList out;
    for (const auto &r : regions)
        out << r.code;
    return out;
}

// The folder's files in a zip under one sub-folder, as an administrator would receive it.
void zipFolder(const QString &folder, const QString &zipPath)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        const QByteArray path = QFile::encodeName(folder + u'/' + name);
        zip_source_t *src = zip_source_file(z, path.constData(), 0, -1);
        QVERIFY(src);
        QVERIFY(zip_file_add(z, ("wilayah-4.1.0/" + name.toUtf8()).constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

RuleDef nikRule()
{
    return {u"nik"_qs, u"nik_consistency"_qs,
            QJsonObject{{u"nik"_qs, u"nik"_qs}, {u"prefix"_qs, u"kecamatan"_qs}}};
}

} // namespace

class TestRegionEditions : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;

    const FieldDef &kecamatanField()
    {
        return *m_fx.m_templates.find(u"pencari_kerja"_qs)->field(u"kode_kecamatan"_qs);
    }

private slots:
    void versionsCompareByTheirNumber()
    {
        QVERIFY(RegionCatalog::isNewerVersion(u"idn-area-data 4.1.0"_qs, u"idn-area-data 4.0.1"_qs));
        QVERIFY(RegionCatalog::isNewerVersion(u"idn-area-data 4.0.10"_qs, u"idn-area-data 4.0.9"_qs));
        QVERIFY(!RegionCatalog::isNewerVersion(u"idn-area-data 4.0.0"_qs, u"idn-area-data 4.0.1"_qs));
        QVERIFY(!RegionCatalog::isNewerVersion(u"idn-area-data 4.0.1"_qs, u"idn-area-data 4.0.1"_qs));
        QVERIFY(RegionCatalog::hasVersionNumber(u"kepmendagri 2025"_qs));
        QVERIFY(!RegionCatalog::hasVersionNumber(u"terbaru"_qs));
    }

    void newerEditionDrivesPickersAndOldCodesStayReadable()
    {
        auto s = m_fx.newStore();
        RegionCatalog catalog = RegionEditions::load(s->db());
        QCOMPARE(catalog.version(), u"idn-area-data 4.0.1"_qs);
        const QString dir = RegionEditionFiles::write(m_fx.m_tmp.filePath(u"edition-dir"_qs));
        const RegionEditions::Loaded loaded = RegionEditions::loadPath(*s, catalog, dir);
        QCOMPARE(loaded.version, u"idn-area-data 4.1.0"_qs);
        QCOMPARE(loaded.previousVersion, u"idn-area-data 4.0.1"_qs);
        QCOMPARE(loaded.counts[2], qsizetype(7286));
        QCOMPARE(loaded.counts[3], qsizetype(83762));
        QCOMPARE(loaded.retiredDistricts, qsizetype(1));
        QCOMPARE(loaded.retiredVillages, qsizetype(4));
        QCOMPARE(storedEditions(*s), 1);

        // Rebuilt from the store, as every page and command does.
        const RegionCatalog reopened = RegionEditions::load(s->db());
        for (const RegionCatalog *c : {static_cast<const RegionCatalog *>(&catalog), &reopened}) {
            QCOMPARE(c->version(), u"idn-area-data 4.1.0"_qs);
            // Pickers: the new edition's kecamatan and desa.
            QCOMPARE(codes(c->districts(u"33.73"_qs)),
                     (QStringList{u"33.73.01"_qs, u"33.73.02"_qs, u"33.73.03"_qs, u"33.73.05"_qs,
                                  u"33.73.06"_qs}));
            QCOMPARE(c->districts(u"33.73"_qs).first().name, u"Sidorejo Baru"_qs);
            QCOMPARE(codes(c->villages(u"33.73.05"_qs)),
                     (QStringList{u"33.73.05.1001"_qs, u"33.73.05.1002"_qs}));
            QVERIFY(c->villages(u"33.73.04"_qs).isEmpty());
            QCOMPARE(c->count(Level::District), 7286);

            // The removed kecamatan still resolves, marked as from the old edition.
            const auto old = c->find(u"33.73.04"_qs);
            QVERIFY(old);
            QVERIFY(old->retired);
            QCOMPARE(old->name, u"Sidomukti"_qs);
            QCOMPARE(old->edition, u"idn-area-data 4.0.1"_qs);
            QVERIFY(old->label().contains(u"idn-area-data 4.0.1"_qs));
            QVERIFY(c->find(u"33.73.04.1003"_qs)->retired);
            const auto renamed = c->find(u"33.73.01"_qs);
            QVERIFY(!renamed->retired);
            QCOMPARE(renamed->label(), u"Sidorejo Baru"_qs);
            QVERIFY(!c->isCurrent(u"33.73.04", Level::District));
            QVERIFY(c->isCurrent(u"337305", Level::District));
        }

        // Validation: the retired code is a warning, the new one fine, an unknown one an error.
        const FieldValidator fields(&m_fx.m_codes, &reopened);
        const Problems retired = fields.validate(kecamatanField(), u"33.73.04"_qs);
        QCOMPARE(retired.size(), 1);
        QCOMPARE(retired.first().severity, Problem::Severity::Warning);
        QCOMPARE(retired.first().ruleId, u"code_retired"_qs);
        QVERIFY(fields.validate(kecamatanField(), u"33.73.05"_qs).isEmpty());
        QCOMPARE(fields.validate(kecamatanField(), u"33.73.09"_qs).first().severity,
                 Problem::Severity::Error);
        // Under the shipped list alone the new code is unknown.
        const FieldValidator shipped(&m_fx.m_codes, &m_fx.m_regions);
        QCOMPARE(shipped.validate(kecamatanField(), u"33.73.05"_qs).first().ruleId, u"code"_qs);

        // The bulk validator gives exactly the same (its fast path only accepts current codes).
        const DatasetTemplate &tpl = *m_fx.m_templates.find(u"pencari_kerja"_qs);
        const RecordValidator validator(fields, RuleRegistry::standard());
        RuleContext context;
        context.regions = &reopened;
        const CompiledValidator compiled(validator, tpl, context);
        for (const QString &code : {u"33.73.04"_qs, u"33.73.05"_qs, u"33.73.09"_qs}) {
            std::vector<QVariant> values(tpl.fields().size());
            std::vector<const QVariant *> pointers(values.size(), nullptr);
            const qsizetype column = tpl.fieldNames().indexOf(u"kode_kecamatan"_qs);
            values[column] = code;
            pointers[column] = &values[column];
            const Problems fast = compiled.validate(pointers);
            QVariantMap record{{u"kode_kecamatan"_qs, code}};
            const Problems slow = validator.validate(tpl, record, context);
            QCOMPARE(fast.size(), slow.size());
            const auto isRetired = [](const Problem &p) { return p.ruleId == u"code_retired"; };
            QCOMPARE(std::any_of(fast.begin(), fast.end(), isRetired), code == u"33.73.04");
        }

        // The NIK kecamatan check: new codes are known, the removed one is a warning, not an error.
        NikRule rule;
        const auto nikProblems = [&](const RegionCatalog &regions, const QString &nik) {
            RuleContext ctx;
            ctx.regions = &regions;
            return rule.check(nikRule(), QVariantMap{{u"nik"_qs, nik}}, ctx);
        };
        QVERIFY(nikProblems(reopened, u"3373051203950001"_qs).isEmpty());
        QCOMPARE(nikProblems(m_fx.m_regions, u"3373051203950001"_qs).size(), 1); // unknown to the old list
        const Problems oldNik = nikProblems(reopened, u"3373041203950001"_qs);
        QCOMPARE(oldNik.size(), 1);
        QCOMPARE(oldNik.first().severity, Problem::Severity::Warning);
        QVERIFY(nikProblems(m_fx.m_regions, u"3373041203950001"_qs).isEmpty());
        QCOMPARE(nikProblems(reopened, u"3373091203950001"_qs).first().severity, Problem::Severity::Error);

        // Listed newest first, with who loaded it and its credit line; audited like code lists.
        const QList<RegionEditions::Edition> editions = RegionEditions::editions(s->db(), reopened);
        QCOMPARE(editions.size(), 2);
        QVERIFY(editions[0].newest && !editions[0].shipped);
        QCOMPARE(editions[0].loadedBy, u"admin"_qs);
        QCOMPARE(editions[0].credit, QString::fromLatin1(RegionEditionFiles::kCredit));
        QCOMPARE(editions[0].counts[1], qsizetype(514));
        QVERIFY(!editions[1].newest && editions[1].shipped);
        QVERIFY(editions[1].credit.contains(u"ODbL"_qs));
        AuditFilter f;
        f.actionPrefix = u"reference.load"_qs;
        const QList<AuditEntry> entries = s->audit().query(f);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().target, u"wilayah"_qs);
        const QJsonObject d = QJsonDocument::fromJson(entries.first().details.toUtf8()).object();
        QCOMPARE(d.value(u"version").toString(), u"idn-area-data 4.1.0"_qs);
        QCOMPARE(d.value(u"retired_districts").toInt(), 1);
    }

    void zipWithASubFolderLoads()
    {
        auto s = m_fx.newStore();
        RegionCatalog catalog = RegionEditions::load(s->db());
        const QString dir = RegionEditionFiles::write(m_fx.m_tmp.filePath(u"zip-src"_qs));
        const QString zipPath = m_fx.m_tmp.filePath(u"wilayah.zip"_qs);
        zipFolder(dir, zipPath);
        RegionEditions::loadPath(*s, catalog, zipPath);
        QCOMPARE(RegionEditions::load(s->db()).version(), u"idn-area-data 4.1.0"_qs);
        QCOMPARE(RegionEditions::editions(s->db(), catalog).first().source, u"wilayah.zip"_qs);
    }

    void badEditionsChangeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected"); // in the message

        const QString base = m_fx.m_tmp.filePath(u"bad-"_qs);
        QList<QByteArray> csv = RegionEditionFiles::files();
        QList<QByteArray> broken = csv;
        broken[3].replace("33.73.05.1002,33.73.05,", "33.73.05.1002;33.73.05;");
        const int brokenLine = int(broken[3].left(broken[3].indexOf("33.73.05.1002;")).count('\n')) + 1;
        QTest::newRow("malformed line")
            << RegionEditionFiles::write(base + u"malformed"_qs,
                                         QString::fromLatin1(RegionEditionFiles::kVersion), broken)
            << int(ErrorCode::InvalidArgument) << u"villages.csv, line %1"_qs.arg(brokenLine);

        QList<QByteArray> dangling = csv;
        dangling[2].append("33.99.01,33.99,Kecamatan Tanpa Kabupaten\n");
        QTest::newRow("dangling parent")
            << RegionEditionFiles::write(base + u"dangling"_qs,
                                         QString::fromLatin1(RegionEditionFiles::kVersion), dangling)
            << int(ErrorCode::InvalidArgument) << u"33.99"_qs;

        QList<QByteArray> misplaced = csv;
        misplaced[3].append("33.74.01.9999,33.73.01,Desa Salah Tempat\n");
        QTest::newRow("code not under its parent")
            << RegionEditionFiles::write(base + u"misplaced"_qs,
                                         QString::fromLatin1(RegionEditionFiles::kVersion), misplaced)
            << int(ErrorCode::InvalidArgument) << u"33.74.01.9999"_qs;

        QList<QByteArray> duplicate = csv;
        duplicate[1].append("33.73,33,Kota Salatiga\n");
        QTest::newRow("duplicate code")
            << RegionEditionFiles::write(base + u"duplicate"_qs,
                                         QString::fromLatin1(RegionEditionFiles::kVersion), duplicate)
            << int(ErrorCode::InvalidArgument) << u"33.73"_qs;

        QTest::newRow("older version")
            << RegionEditionFiles::write(base + u"older"_qs, u"idn-area-data 4.0.0"_qs)
            << int(ErrorCode::InvalidArgument) << u"4.0.0"_qs;
        QTest::newRow("same version")
            << RegionEditionFiles::write(base + u"same"_qs, u"idn-area-data 4.0.1"_qs)
            << int(ErrorCode::InvalidArgument) << u"4.0.1"_qs;
        QTest::newRow("no version number") << RegionEditionFiles::write(base + u"noversion"_qs, u"terbaru"_qs)
                                           << int(ErrorCode::InvalidArgument) << u"VERSION"_qs;

        const QString missing = RegionEditionFiles::write(base + u"missing"_qs);
        QFile::remove(missing + u"/regencies.csv"_qs);
        QTest::newRow("missing file") << missing << int(ErrorCode::InvalidArgument) << u"regencies.csv"_qs;

        QList<QByteArray> header = csv;
        header[0].replace("code,name", "kode,nama");
        QTest::newRow("wrong header")
            << RegionEditionFiles::write(base + u"header"_qs,
                                         QString::fromLatin1(RegionEditionFiles::kVersion), header)
            << int(ErrorCode::InvalidArgument) << u"provinces.csv, line 1"_qs;

        // A zip cut off in transfer.
        const QString zipPath = base + u"full.zip"_qs;
        zipFolder(RegionEditionFiles::write(base + u"zip"_qs), zipPath);
        const QByteArray zip = test::readAll(zipPath);
        test::writeAll(base + u"truncated.zip"_qs, zip.left(zip.size() * 2 / 3));
        QTest::newRow("truncated zip")
            << base + u"truncated.zip"_qs << int(ErrorCode::InvalidArgument) << u"truncated.zip"_qs;
        test::writeAll(base + u"notzip.zip"_qs, "code,name\n11,Aceh\n");
        QTest::newRow("not a zip") << base + u"notzip.zip"_qs << int(ErrorCode::InvalidArgument) << u"zip"_qs;
    }

    void badEditionsChangeNothing()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QString, expected);
        auto s = m_fx.newStore();
        RegionCatalog catalog = RegionEditions::load(s->db());
        const qint64 auditBefore = s->audit().count();
        QString message;
        QCOMPARE(int(codeOf([&] { RegionEditions::loadPath(*s, catalog, path); }, &message)), code);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(storedEditions(*s), 0);
        QCOMPARE(s->audit().count(), auditBefore);
        QCOMPARE(catalog.version(), u"idn-area-data 4.0.1"_qs);
        QCOMPARE(catalog.editions().size(), 1);
    }

    void aNewerEditionAfterALoadedOneMustBeNewerStill()
    {
        auto s = m_fx.newStore();
        RegionCatalog catalog = RegionEditions::load(s->db());
        RegionEditions::loadPath(*s, catalog, RegionEditionFiles::write(m_fx.m_tmp.filePath(u"e41"_qs)));
        QCOMPARE(codeOf([&] {
                     RegionEditions::loadPath(*s, catalog,
                                              RegionEditionFiles::write(m_fx.m_tmp.filePath(u"e405"_qs),
                                                                        u"idn-area-data 4.0.5"_qs));
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(storedEditions(*s), 1);
    }

    void onlyAdministrators()
    {
        auto s = m_fx.newStore();
        s->createUser(u"wali"_qs, u"Walidata"_qs, Role::Walidata, u"Melati-Pagi-01"_qs);
        const StoreLocation where = s->location();
        s.reset(); // one session per store at a time (store lock)
        auto wali = Session::login(where, u"wali"_qs, u"Melati-Pagi-01"_qs);
        RegionCatalog catalog = RegionEditions::load(wali->db());
        const QString dir = RegionEditionFiles::write(m_fx.m_tmp.filePath(u"by-wali"_qs));
        QCOMPARE(codeOf([&] { RegionEditions::loadPath(*wali, catalog, dir); }), ErrorCode::PermissionDenied);
        QCOMPARE(storedEditions(*wali), 0);
        QCOMPARE(catalog.version(), u"idn-area-data 4.0.1"_qs);
    }

    void creditLineOfAReadme()
    {
        QCOMPARE(RegionListFiles::creditOf(u"# X\n\nSource: Kemendagri\nkeputusan 2025.\n\nOther."_qs),
                 u"Source: Kemendagri keputusan 2025."_qs);
        QCOMPARE(RegionListFiles::creditOf(u"# X\n\nCredit: \"A, B\" here.\n"_qs), u"A, B"_qs);
        QVERIFY(RegionListFiles::creditOf(u"# nothing"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegionEditions)
#include "tst_regioneditions.moc"
