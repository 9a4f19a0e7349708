#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/DatasetTemplate.h"
#include "datasets/TemplateRegistry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

namespace {

// A minimal valid template; bad-template cases splice one mistake into it. The JSON is written with
// single quotes (turned into double quotes here) because moc mis-reads raw strings with unbalanced quotes.
QByteArray templateJson(const QByteArray &extraFields = {}, const QByteArray &rules = "[]",
                        const QByteArray &naturalKey = "['kode']", const QByteArray &extraTop = {})
{
    return QByteArray("{'id': 'uji', 'version': 1, 'labels': {'id': 'Uji', 'en': 'Test'}," + extraTop
           + " 'natural_key': " + naturalKey + ", 'fields': ["
        "        {'name': 'kode', 'type': 'text', 'required': true, 'pii': false, 'share': 'send',"
        "         'labels': {'id': 'Kode', 'en': 'Code'}},"
        "        {'name': 'nik', 'type': 'nik', 'pii': true, 'share': 'pseudonymise', 'labels': {'id': 'NIK', 'en': 'NIK'}},"
        "        {'name': 'jk', 'type': 'code', 'code_list': 'jenis_kelamin', 'pii': false, 'share': 'send',"
        "         'labels': {'id': 'JK', 'en': 'Sex'}},"
        "        {'name': 'lahir', 'type': 'date', 'pii': true, 'share': 'minimise', 'labels': {'id': 'Lahir', 'en': 'Born'}},"
        "        {'name': 'daftar', 'type': 'date', 'pii': false, 'share': 'send', 'labels': {'id': 'Daftar', 'en': 'Registered'}}"
           + extraFields + "], 'rules': " + rules + "}")
        .replace('\'', '"');
}

QByteArray field(const QByteArray &body)
{
    return ", {" + body + ", 'labels': {'id': 'X', 'en': 'X'}}";
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedTemplateParses()
    {
        const TemplateRegistry registry = TemplateRegistry::loadEmbedded();
        const QStringList expected = {u"lowongan"_qs,          u"pelatihan_peserta"_qs, u"pelatihan_program"_qs,
                                      u"pemberi_kerja"_qs,     u"pencari_kerja"_qs,     u"penduduk_bekerja"_qs,
                                      u"penempatan"_qs,        u"tka"_qs};
        QCOMPARE(registry.ids(), expected);
        // Every code field names a shipped list (region lists are answered by the RegionCatalog).
        const CodeListRegistry codeLists = CodeListRegistry::loadEmbedded();
        registry.checkReferences(&codeLists);

        for (const DatasetTemplate &tpl : registry.templates()) {
            QVERIFY2(!tpl.naturalKey().isEmpty(), qPrintable(tpl.id()));
            for (const FieldDef &f : tpl.fields()) {
                QVERIFY2(!f.labels.id.isEmpty() && !f.labels.en.isEmpty(), qPrintable(f.name));
                // Direct identifiers never leave the machine in clear.
                if (f.type == FieldType::Nik || f.name == u"nama")
                    QVERIFY2(f.share != SharePolicy::Send, qPrintable(tpl.id() + u'.' + f.name));
            }
        }
    }

    void jobSeekerTemplateDetails()
    {
        const TemplateRegistry registry = TemplateRegistry::loadEmbedded();
        const DatasetTemplate *tpl = registry.find(u"pencari_kerja"_qs);
        QVERIFY(tpl);
        QCOMPARE(tpl->naturalKey(), QStringList{u"no_pendaftaran"_qs});
        // "repeat": 3 expands the report slots.
        QVERIFY(tpl->field(u"lapor_1"_qs) && tpl->field(u"lapor_3"_qs) && !tpl->field(u"lapor_4"_qs));
        QCOMPARE(tpl->field(u"lapor_2"_qs)->labels.id, u"Lapor ke-2"_qs);
        QCOMPARE(tpl->field(u"lapor_2"_qs)->label(u"en"_qs), u"Report 2"_qs);
        const FieldDef *born = tpl->field(u"tanggal_lahir"_qs);
        QCOMPARE(born->share, SharePolicy::Minimise);
        QCOMPARE(born->minimiseTo, u"year"_qs);
        QVERIFY(born->dateMaxToday);
        QCOMPARE(tpl->field(u"nik"_qs)->type, FieldType::Nik);
        QVERIFY(tpl->field(u"nik"_qs)->pii);
        QCOMPARE(tpl->field(u"status"_qs)->codeList, u"status_pencari_kerja"_qs);
        QVERIFY(tpl->indexes().contains(QStringList{u"status"_qs, u"tanggal_daftar"_qs}));

        const DatasetTemplate *vacancies = registry.find(u"lowongan"_qs);
        QCOMPARE(vacancies->field(u"kbli_seksi"_qs)->codeListVersionField, u"kbli_versi"_qs);
        QCOMPARE(registry.find(u"pelatihan_peserta"_qs)->naturalKey(),
                 (QStringList{u"kode_program"_qs, u"nik"_qs}));
    }

    void minimalTemplateParses()
    {
        const DatasetTemplate tpl = DatasetTemplate::fromJson(templateJson(), u"uji.json"_qs);
        QCOMPARE(tpl.id(), u"uji"_qs);
        QCOMPARE(tpl.version(), 1);
        QCOMPARE(tpl.fields().size(), 5);
        QCOMPARE(tpl.label(u"en"_qs), u"Test"_qs);
        QCOMPARE(tpl.field(u"lahir"_qs)->minimiseTo, u"year"_qs); // default for dates
    }

    void malformedTemplateIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // substring of the message

        QTest::newRow("not json") << QByteArray("{\"id\": ") << u"bad.json: not valid JSON"_qs;
        QTest::newRow("unknown type") << templateJson(field("'name': 'x', 'type': 'money', 'pii': false, 'share': 'send'"))
                                      << u"field \"x\": unknown type \"money\""_qs;
        QTest::newRow("duplicate field") << templateJson(field("'name': 'nik', 'type': 'text', 'pii': false, 'share': 'send'"))
                                         << u"duplicate field \"nik\""_qs;
        QTest::newRow("natural key unknown") << templateJson({}, "[]", "['nomor']")
                                             << u"\"natural_key\" names unknown field \"nomor\""_qs;
        QTest::newRow("natural key not required") << templateJson({}, "[]", "['nik']")
                                                  << u"natural key field \"nik\" must be required"_qs;
        QTest::newRow("rule missing parameter")
            << templateJson({}, "[{'id': 'n', 'kind': 'nik_consistency', 'params': {'sex': 'jk'}}]")
            << u"rule \"n\" (nik_consistency): missing parameter \"nik\""_qs;
        QTest::newRow("rule unknown parameter")
            << templateJson({}, "[{'id': 'n', 'kind': 'nik_consistency', 'params': {'nik': 'nik', 'kelamin': 'jk'}}]")
            << u"unknown parameter \"kelamin\""_qs;
        QTest::newRow("rule names unknown field")
            << templateJson({}, "[{'id': 'd', 'kind': 'date_order', 'params': {'fields': ['daftar', 'tempat']}}]")
            << u"rule \"d\" parameter \"fields\" names unknown field \"tempat\""_qs;
        QTest::newRow("rule on wrong type")
            << templateJson({}, "[{'id': 'd', 'kind': 'date_order', 'params': {'fields': ['daftar', 'kode']}}]")
            << u"field \"kode\" is not a date field"_qs;
        QTest::newRow("unknown rule kind")
            << templateJson({}, "[{'id': 'x', 'kind': 'magic', 'params': {}}]") << u"unknown rule kind \"magic\""_qs;
        QTest::newRow("duplicate rule id")
            << templateJson({}, "[{'id': 'n', 'kind': 'nik_consistency', 'params': {'nik': 'nik'}},"
        "                                    {'id': 'n', 'kind': 'nik_consistency', 'params': {'nik': 'nik'}}]")
            << u"duplicate rule id \"n\""_qs;
        QTest::newRow("typo in key") << templateJson(field("'name': 'x', 'type': 'text', 'requried': true, 'pii': false, 'share': 'send'"))
                                     << u"field \"x\": unknown key \"requried\""_qs;
        QTest::newRow("pii missing") << templateJson(field("'name': 'x', 'type': 'text', 'share': 'send'"))
                                     << u"field \"x\": \"pii\" must be true or false"_qs;
        QTest::newRow("share unknown") << templateJson(field("'name': 'x', 'type': 'text', 'pii': false, 'share': 'publish'"))
                                       << u"field \"x\": \"share\" must be send"_qs;
        QTest::newRow("code without list") << templateJson(field("'name': 'x', 'type': 'code', 'pii': false, 'share': 'send'"))
                                           << u"field \"x\": a code field needs \"code_list\""_qs;
        QTest::newRow("bad pattern") << templateJson(field("'name': 'x', 'type': 'text', 'pattern': '([0-9', 'pii': false, 'share': 'send'"))
                                     << u"field \"x\": invalid pattern"_qs;
        QTest::newRow("min above max") << templateJson(field("'name': 'x', 'type': 'integer', 'min': 5, 'max': 1, 'pii': false, 'share': 'send'"))
                                       << u"field \"x\": \"min\" is greater than \"max\""_qs;
        QTest::newRow("range on text") << templateJson(field("'name': 'x', 'type': 'text', 'min': 1, 'pii': false, 'share': 'send'"))
                                       << u"field \"x\": \"min\" is only allowed"_qs;
        QTest::newRow("bad field name") << templateJson(field("'name': 'Nama Lengkap', 'type': 'text', 'pii': false, 'share': 'send'"))
                                        << u"\"name\" must be lower-case"_qs;
        QTest::newRow("missing labels") << templateJson(", {'name': 'x', 'type': 'text', 'pii': false, 'share': 'send'}")
                                        << u"field \"x\": labels need both"_qs;
        QTest::newRow("unknown top key") << templateJson({}, "[]", "['kode']", "'owner': 'me',")
                                         << u"template: unknown key \"owner\""_qs;
        QTest::newRow("version field unknown")
            << templateJson(field("'name': 'x', 'type': 'code', 'code_list': 'kbli_seksi', 'code_list_version_field': 'versi', 'pii': false, 'share': 'send'"))
            << u"\"code_list_version_field\" names unknown field \"versi\""_qs;
    }

    void malformedTemplateIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            DatasetTemplate::fromJson(json, u"bad.json"_qs);
            QFAIL("accepted a malformed template");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(e.userMessage().startsWith(u"Dataset template bad.json: "_qs), qPrintable(e.userMessage()));
            QVERIFY2(e.userMessage().contains(expected), qPrintable(e.userMessage()));
        }
    }

    void registryChecksFileNamesAndReferences()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &json) {
            QFile f(QDir(dir.path()).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(u"lain.json"_qs, templateJson());
        QVERIFY_THROWS_EXCEPTION(Error, TemplateRegistry::loadFromDirectory(dir.path()));
        QFile::remove(QDir(dir.path()).filePath(u"lain.json"_qs));

        write(u"uji.json"_qs,
              templateJson({}, "[{'id': 'r', 'kind': 'reference_exists',"
        "                                    'params': {'field': 'kode', 'dataset': 'lowongan', 'target_field': 'nomor'}}]"));
        try {
            TemplateRegistry::loadFromDirectory(dir.path());
            QFAIL("accepted a dangling reference");
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(u"refers to lowongan.nomor"_qs), qPrintable(e.userMessage()));
        }
    }

    // A new scope is only JSON: a template the code has never seen loads and validates.
    void newScopeIsOnlyJson()
    {
        const DatasetTemplate tpl = DatasetTemplate::fromJson(
            templateJson(field("'name': 'jumlah_pekerja', 'type': 'integer', 'min': 0, 'pii': false, 'share': 'send'")),
            u"uji.json"_qs);
        QCOMPARE(tpl.field(u"jumlah_pekerja"_qs)->minimum, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
