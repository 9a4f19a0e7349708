#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/TemplateRegistry.h"

#include <QTest>

using namespace sinergi;

Q_DECLARE_METATYPE(sinergi::FieldDef)

namespace {

FieldDef def(FieldType type, bool required = false)
{
    FieldDef f;
    f.name = u"f"_qs;
    f.type = type;
    f.required = required;
    return f;
}

FieldDef ranged(FieldType type, double min, double max)
{
    FieldDef f = def(type);
    f.minimum = min;
    f.maximum = max;
    return f;
}

FieldDef coded(const QString &list, const QString &version = {})
{
    FieldDef f = def(FieldType::Code);
    f.codeList = list;
    f.codeListVersion = version;
    return f;
}

} // namespace

class TestFieldValidator : public QObject
{
    Q_OBJECT

    CodeListRegistry m_codeLists = CodeListRegistry::loadEmbedded();
    RegionCatalog m_regions = RegionCatalog::loadEmbedded();

private slots:
    void validate_data()
    {
        QTest::addColumn<FieldDef>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("ruleId"); // empty = valid

        FieldDef patterned = def(FieldType::Text);
        patterned.pattern = QRegularExpression(QRegularExpression::anchoredPattern(u"[0-9]{13}"_qs));
        FieldDef shortText = def(FieldType::Text);
        shortText.maxLength = 5;
        FieldDef past = def(FieldType::Date);
        past.dateMaxToday = true;
        past.minDate = QDate(1900, 1, 1);

        QTest::newRow("required empty") << def(FieldType::Text, true) << QVariant(u"  "_qs) << u"required"_qs;
        QTest::newRow("required null") << def(FieldType::Date, true) << QVariant() << u"required"_qs;
        QTest::newRow("optional empty") << def(FieldType::Integer) << QVariant(QString()) << QString();
        QTest::newRow("text ok") << def(FieldType::Text) << QVariant(u"Siti"_qs) << QString();
        QTest::newRow("text too long") << shortText << QVariant(u"abcdef"_qs) << u"length"_qs;
        QTest::newRow("pattern ok") << patterned << QVariant(u"1234567890123"_qs) << QString();
        QTest::newRow("pattern partial") << patterned << QVariant(u"12345678901234"_qs) << u"pattern"_qs;
        QTest::newRow("integer ok") << ranged(FieldType::Integer, 15, 65) << QVariant(u"42"_qs) << QString();
        QTest::newRow("integer typed") << ranged(FieldType::Integer, 15, 65) << QVariant(30) << QString();
        QTest::newRow("integer low") << ranged(FieldType::Integer, 15, 65) << QVariant(u"14"_qs) << u"range"_qs;
        QTest::newRow("integer high") << ranged(FieldType::Integer, 15, 65) << QVariant(u"66"_qs) << u"range"_qs;
        QTest::newRow("integer fraction") << def(FieldType::Integer) << QVariant(u"4.5"_qs) << u"type"_qs;
        QTest::newRow("integer words") << def(FieldType::Integer) << QVariant(u"dua"_qs) << u"type"_qs;
        QTest::newRow("decimal ok") << def(FieldType::Decimal) << QVariant(u"3500000.50"_qs) << QString();
        QTest::newRow("decimal comma") << def(FieldType::Decimal) << QVariant(u"3,5"_qs) << u"type"_qs;
        QTest::newRow("decimal negative") << ranged(FieldType::Decimal, 0, 1e12) << QVariant(u"-1"_qs) << u"range"_qs;
        QTest::newRow("decimal nan") << def(FieldType::Decimal) << QVariant(u"nan"_qs) << u"type"_qs;
        QTest::newRow("date iso") << def(FieldType::Date) << QVariant(u"2024-02-29"_qs) << QString();
        QTest::newRow("date typed") << def(FieldType::Date) << QVariant(QDate(2024, 3, 1)) << QString();
        QTest::newRow("date not leap") << def(FieldType::Date) << QVariant(u"2023-02-29"_qs) << u"type"_qs;
        QTest::newRow("date dd/mm/yyyy") << def(FieldType::Date) << QVariant(u"01/02/2024"_qs) << u"type"_qs;
        QTest::newRow("date with time") << def(FieldType::Date) << QVariant(u"2024-02-01T10:00"_qs) << u"type"_qs;
        QTest::newRow("date future") << past << QVariant(u"2025-06-02"_qs) << u"range"_qs;
        QTest::newRow("date today") << past << QVariant(u"2025-06-01"_qs) << QString();
        QTest::newRow("date too old") << past << QVariant(u"1899-12-31"_qs) << u"range"_qs;
        QTest::newRow("bool true") << def(FieldType::Bool) << QVariant(u"true"_qs) << QString();
        QTest::newRow("bool typed") << def(FieldType::Bool) << QVariant(false) << QString();
        QTest::newRow("bool ya") << def(FieldType::Bool) << QVariant(u"ya"_qs) << u"type"_qs;
        QTest::newRow("code ok") << coded(u"agama"_qs) << QVariant(u"1"_qs) << QString();
        QTest::newRow("code unknown") << coded(u"agama"_qs) << QVariant(u"9"_qs) << u"code"_qs;
        QTest::newRow("code pinned version") << coded(u"kbli_seksi"_qs, u"2020"_qs) << QVariant(u"V"_qs) << u"code"_qs;
        QTest::newRow("code latest version") << coded(u"kbli_seksi"_qs) << QVariant(u"V"_qs) << QString();
        QTest::newRow("code list missing") << coded(u"tidak_ada"_qs) << QVariant(u"1"_qs) << u"code"_qs;
        QTest::newRow("kecamatan ok") << coded(u"wilayah_kecamatan"_qs) << QVariant(u"33.73.04"_qs) << QString();
        QTest::newRow("kecamatan is a desa") << coded(u"wilayah_kecamatan"_qs) << QVariant(u"33.73.04.1001"_qs) << u"code"_qs;
        QTest::newRow("desa unknown") << coded(u"wilayah_desa"_qs) << QVariant(u"33.73.04.9999"_qs) << u"code"_qs;
        QTest::newRow("nik ok") << def(FieldType::Nik) << QVariant(u"3373041203900001"_qs) << QString();
        QTest::newRow("nik 15 digits") << def(FieldType::Nik) << QVariant(u"337304120390001"_qs) << u"nik_format"_qs;
        QTest::newRow("nik exponent") << def(FieldType::Nik) << QVariant(u"3.37304E+15"_qs) << u"nik_format"_qs;
        QTest::newRow("phone 08") << def(FieldType::Phone) << QVariant(u"0812-3456-7890"_qs) << QString();
        QTest::newRow("phone +62") << def(FieldType::Phone) << QVariant(u"+62 812 3456 7890"_qs) << QString();
        QTest::newRow("phone 62") << def(FieldType::Phone) << QVariant(u"6281234567890"_qs) << QString();
        QTest::newRow("phone landline") << def(FieldType::Phone) << QVariant(u"(024) 7654321"_qs) << QString();
        QTest::newRow("phone too short") << def(FieldType::Phone) << QVariant(u"0812345"_qs) << u"phone"_qs;
        QTest::newRow("phone too long") << def(FieldType::Phone) << QVariant(u"0812345678901234"_qs) << u"phone"_qs;
        QTest::newRow("phone foreign") << def(FieldType::Phone) << QVariant(u"+6012345678"_qs) << u"phone"_qs;
        QTest::newRow("phone letters") << def(FieldType::Phone) << QVariant(u"0812-ABC-7890"_qs) << u"phone"_qs;
        QTest::newRow("email ok") << def(FieldType::Email) << QVariant(u"siti.aminah@contoh.go.id"_qs) << QString();
        QTest::newRow("email no domain dot") << def(FieldType::Email) << QVariant(u"siti@contoh"_qs) << u"email"_qs;
        QTest::newRow("email two at") << def(FieldType::Email) << QVariant(u"a@b@c.id"_qs) << u"email"_qs;
        QTest::newRow("email space") << def(FieldType::Email) << QVariant(u"siti @contoh.id"_qs) << u"email"_qs;
    }

    void validate()
    {
        QFETCH(FieldDef, field);
        QFETCH(QVariant, value);
        QFETCH(QString, ruleId);
        FieldValidator validator(&m_codeLists, &m_regions);
        validator.setToday(QDate(2025, 6, 1));
        const Problems problems = validator.validate(field, value);
        if (ruleId.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().ruleId, ruleId);
            QCOMPARE(problems.first().field, u"f"_qs);
            QVERIFY(!problems.first().message.isEmpty());
        }
    }

    void recordUsesVersionField()
    {
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        const DatasetTemplate *tpl = templates.find(u"pemberi_kerja"_qs);
        FieldValidator validator(&m_codeLists, &m_regions);
        QVariantMap record{{u"nib"_qs, u"9120001234567"_qs},
                           {u"nama_perusahaan"_qs, u"PT Contoh Sejahtera"_qs},
                           {u"kbli_versi"_qs, u"2025"_qs},
                           {u"kbli_seksi"_qs, u"V"_qs},
                           {u"kode_kecamatan"_qs, u"33.73.04"_qs}};
        QVERIFY(validator.validateRecord(*tpl, record).isEmpty());
        record[u"kbli_versi"_qs] = u"2020"_qs; // V does not exist in KBLI 2020
        const Problems problems = validator.validateRecord(*tpl, record);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"kbli_seksi"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
