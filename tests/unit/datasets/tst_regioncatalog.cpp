#include "common/Error.h"
#include "datasets/RegionCatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using Level = RegionCatalog::Level;

class TestRegionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void counts()
    {
        // Load time is a benchmark (sinergi-bench regions), not a test: tests check correctness only.
        const RegionCatalog catalog = RegionCatalog::loadEmbedded();
        QCOMPARE(catalog.count(Level::Province), 38);
        QCOMPARE(catalog.count(Level::Regency), 514);
        QCOMPARE(catalog.count(Level::District), 7285);
        QCOMPARE(catalog.count(Level::Village), 83762);
    }

    void lookups()
    {
        const RegionCatalog catalog = RegionCatalog::loadEmbedded();
        QCOMPARE(catalog.version(), u"idn-area-data 4.0.1"_qs);
        QCOMPARE(catalog.provinces().first().code, u"11"_qs);
        QCOMPARE(catalog.provinces().first().name, u"Aceh"_qs);

        const auto regencies = catalog.regencies(u"33"_qs);
        QVERIFY(!regencies.isEmpty());
        for (const auto &r : regencies) {
            QVERIFY(r.code.startsWith(u"33."_qs));
            QCOMPARE(r.level, Level::Regency);
        }
        const auto districts = catalog.districts(u"33.73"_qs);
        QVERIFY(std::any_of(districts.begin(), districts.end(), [](const auto &d) { return d.name == u"Sidomukti"; }));
        const auto villages = catalog.villages(u"33.73.04"_qs);
        QVERIFY(!villages.isEmpty());
        QCOMPARE(villages.first().code, u"33.73.04.1001"_qs);
        QCOMPARE(villages.first().parentCode(), u"33.73.04"_qs);

        // Dotted and undotted, every level; malformed codes are simply not found.
        QCOMPARE(catalog.find(u"3373041001"_qs)->name, catalog.find(u"33.73.04.1001"_qs)->name);
        QCOMPARE(catalog.find(u"337304"_qs)->level, Level::District);
        QCOMPARE(catalog.find(u"33.73"_qs)->level, Level::Regency);
        QVERIFY(!catalog.find(u"33.7.304"_qs));
        QVERIFY(!catalog.find(u"33.73.99"_qs));
        QVERIFY(!catalog.find(u"abc"_qs));
        QVERIFY(catalog.districts(u"99.99"_qs).isEmpty());

        // Quoted CSV names with commas and doubled quotes survive.
        QCOMPARE(catalog.find(u"12.07.28.1007"_qs)->name, u"Lubuk Pakam I,II"_qs);
        QCOMPARE(catalog.find(u"35.13.15.2017"_qs)->name, u"Soka\"an"_qs);

        QCOMPARE(catalog.provinceCodes().size(), 38);
        QVERIFY(catalog.isKnownNikPrefix(u"3373041203900001"_qs));
        QVERIFY(!catalog.isKnownNikPrefix(u"3373991203900001"_qs));
        QVERIFY(!catalog.isKnownNikPrefix(u"33"_qs));
    }

    void malformedListIsRejected()
    {
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("provinces.csv", "code,name\n33,Jawa Tengah\n");
        write("regencies.csv", "code,province_code,name\n33.73,33,Kota Salatiga\n");
        write("districts.csv", "code,regency_code,name\r\n33.73.04,33.73,Sidomukti\r\n");
        write("villages.csv", "code,district_code,name\n33.73.04.1001,33.73.04,Kecandran\n3373.04.1002,33.73.04,X\n");
        try {
            RegionCatalog::loadFromDirectory(dir.path());
            QFAIL("accepted a malformed code");
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(u"villages.csv, line 3"_qs), qPrintable(e.userMessage()));
        }
        write("villages.csv", "code,district_code,name\n33.73.04.1001,33.73.04,Kecandran\n");
        const RegionCatalog small = RegionCatalog::loadFromDirectory(dir.path());
        QCOMPARE(small.villages(u"33.73.04"_qs).size(), 1);
        QCOMPARE(small.find(u"33.73.04"_qs)->name, u"Sidomukti"_qs); // CRLF stripped
    }
};

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "tst_regioncatalog.moc"
