#include "common/Error.h"
#include "datasets/CodeListRegistry.h"

#include <QTest>

using namespace sinergi;

class TestCodeLists : public QObject
{
    Q_OBJECT

private slots:
    void everyListLoads_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("count");
        QTest::newRow("agama") << u"agama"_qs << u"1"_qs << 7;
        QTest::newRow("jenis_kelamin") << u"jenis_kelamin"_qs << u"1"_qs << 2;
        QTest::newRow("status_perkawinan") << u"status_perkawinan"_qs << u"1"_qs << 4;
        QTest::newRow("jenis_penempatan") << u"jenis_penempatan"_qs << u"1"_qs << 3;
        QTest::newRow("status_pencari_kerja") << u"status_pencari_kerja"_qs << u"1"_qs << 3;
        QTest::newRow("kbji") << u"kbji2014_golongan_pokok"_qs << u"2014"_qs << 10;
        QTest::newRow("kbli 2020") << u"kbli_seksi"_qs << u"2020"_qs << 21;
        QTest::newRow("kbli 2025") << u"kbli_seksi"_qs << u"2025"_qs << 22;
        // 8 level headers + 8 level "undefined" codes + 7 SMK group "undefined" codes.
        QTest::newRow("pendidikan_ipk") << u"pendidikan_ipk"_qs << u"1"_qs << 23;
    }

    void everyListLoads()
    {
        QFETCH(QString, id);
        QFETCH(QString, version);
        QFETCH(int, count);
        const CodeListRegistry registry = CodeListRegistry::loadEmbedded();
        const CodeList *list = registry.find(id, version);
        QVERIFY2(list, qPrintable(id));
        QCOMPARE(list->entries().size(), count);
        QVERIFY(!list->sourceNote().isEmpty());
        for (const CodeList::Entry &e : list->entries())
            QVERIFY(!e.label.id.isEmpty() && !e.label.en.isEmpty());
    }

    void lookupsAndLanguages()
    {
        const CodeListRegistry registry = CodeListRegistry::loadEmbedded();
        const CodeList *agama = registry.find(u"agama"_qs);
        QCOMPARE(agama->label(u"6"_qs, u"id"_qs), u"Konghucu"_qs);
        QCOMPARE(agama->label(u"6"_qs, u"en_GB"_qs), u"Confucian"_qs);
        QVERIFY(agama->label(u"8"_qs, u"id"_qs).isEmpty());
        QVERIFY(registry.find(u"pendidikan_ipk"_qs)->contains(u"3000"_qs));
        QVERIFY(registry.find(u"pendidikan_ipk"_qs)->contains(u"3199"_qs));
    }

    void kbliVersionsLiveSideBySide()
    {
        const CodeListRegistry registry = CodeListRegistry::loadEmbedded();
        QCOMPARE(registry.versions(u"kbli_seksi"_qs), (QStringList{u"2020"_qs, u"2025"_qs}));
        QCOMPARE(registry.find(u"kbli_seksi"_qs)->version(), u"2025"_qs); // latest by default
        QVERIFY(!registry.find(u"kbli_seksi"_qs, u"2020"_qs)->contains(u"V"_qs));
        QVERIFY(registry.find(u"kbli_seksi"_qs, u"2025"_qs)->contains(u"V"_qs));
        // The letters after D moved: J is "Information and communication" in 2020, publishing in 2025.
        QCOMPARE(registry.find(u"kbli_seksi"_qs, u"2020"_qs)->label(u"J"_qs, u"en"_qs), u"Information and communication"_qs);
        QVERIFY(registry.find(u"kbli_seksi"_qs, u"2025"_qs)->label(u"J"_qs, u"en"_qs).startsWith(u"Publishing"_qs));
        QVERIFY(!registry.find(u"kbli_seksi"_qs, u"2017"_qs));
    }

    void newerVersionIsLatestAndOldStaysReadable()
    {
        CodeListRegistry registry;
        const auto list = [](const char *version, const char *code) {
            // Single quotes become double quotes: moc mis-reads raw strings with unbalanced quotes.
            return CodeList::fromJson(
                QByteArray(QByteArray("{'id': 'contoh', 'version': '") + version
                    + "', 'labels': {'id': 'C', 'en': 'E'}, 'source': 'test', 'entries': [{'code': '" + code
                    + "', 'label_id': 'a', 'label_en': 'a'}]}").replace('\'', '"'),
                u"contoh.json"_qs);
        };
        registry.add(list("1.10", "B"));
        registry.add(list("1.9", "A"));
        QCOMPARE(registry.find(u"contoh"_qs)->version(), u"1.10"_qs);
        QVERIFY(registry.find(u"contoh"_qs, u"1.9"_qs)->contains(u"A"_qs));
        QVERIFY_THROWS_EXCEPTION(Error, registry.add(list("1.9", "A")));
    }

    void badListIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{'id': 'c', 'version': '1', 'labels': {'id': 'C', 'en': 'E'}, 'source': 's', ";
        QTest::newRow("duplicate code")
            << head + "'entries': [{'code': '1', 'label_id': 'a', 'label_en': 'a'}, {'code': '1', 'label_id': 'b', 'label_en': 'b'}]}"
            << u"duplicate code \"1\""_qs;
        QTest::newRow("missing english")
            << head + "'entries': [{'code': '1', 'label_id': 'a'}]}" << u"code \"1\": needs"_qs;
        QTest::newRow("numeric version")
            << QByteArray("{'id': 'c', 'version': 1, 'labels': {'id': 'C', 'en': 'E'}, 'source': 's', 'entries': []}")
            << u"\"version\" must be a non-empty string"_qs;
        QTest::newRow("no entries") << head + "'entries': []}" << u"\"entries\" must be"_qs;
    }

    void badListIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            CodeList::fromJson(json.replace('\'', '"'), u"c.json"_qs);
            QFAIL("accepted a bad code list");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(e.userMessage().contains(u"c.json"_qs) && e.userMessage().contains(expected),
                     qPrintable(e.userMessage()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCodeLists)
#include "tst_codelists.moc"
