#include "datasets/NikRule.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"

#include <QJsonArray>
#include <QTest>

using namespace sinergi;
using Issue = NikRule::Issue;

Q_DECLARE_METATYPE(QList<sinergi::NikRule::Issue>)

namespace {

// Synthetic NIKs only: kecamatan code, birth date (day + 40 for women), serial.
QString makeNik(const QString &kecamatan, int day, int month, int year, bool female, int serial = 1)
{
    return u"%1%2%3%4%5"_qs.arg(kecamatan)
        .arg(day + (female ? 40 : 0), 2, 10, QChar(u'0'))
        .arg(month, 2, 10, QChar(u'0'))
        .arg(year % 100, 2, 10, QChar(u'0'))
        .arg(serial, 4, 10, QChar(u'0'));
}

const QSet<QString> kProvinces = {u"33"_qs, u"35"_qs, u"11"_qs};

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

    RegionCatalog m_regions = RegionCatalog::loadEmbedded();
    TemplateRegistry m_templates = TemplateRegistry::loadEmbedded();

    RuleContext context() const
    {
        RuleContext ctx;
        ctx.today = QDate(2025, 6, 1);
        ctx.regions = &m_regions;
        return ctx;
    }

private slots:
    void nik_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QList<Issue>>("issues");

        const QDate b(1990, 3, 12);
        QTest::newRow("valid male") << makeNik(u"337304"_qs, 12, 3, 1990, false) << u"L"_qs << b << QList<Issue>{};
        QTest::newRow("valid female day+40") << makeNik(u"337304"_qs, 12, 3, 1990, true) << u"P"_qs << b << QList<Issue>{};
        QTest::newRow("female 31st (day 71)") << makeNik(u"350101"_qs, 31, 1, 2001, true) << u"P"_qs
                                              << QDate(2001, 1, 31) << QList<Issue>{};
        QTest::newRow("born 2000s") << makeNik(u"337304"_qs, 1, 7, 2004, false) << u"L"_qs << QDate(2004, 7, 1)
                                    << QList<Issue>{};
        QTest::newRow("no record data") << makeNik(u"337304"_qs, 1, 7, 2004, false) << QString() << QDate()
                                        << QList<Issue>{};
        QTest::newRow("bad date 310299") << u"3373043102990001"_qs << u"L"_qs << QDate()
                                         << QList<Issue>{Issue::InvalidBirthDate};
        QTest::newRow("day 35") << u"3373043503990001"_qs << u"L"_qs << QDate() << QList<Issue>{Issue::InvalidBirthDate};
        QTest::newRow("month 13") << u"3373041213990001"_qs << u"L"_qs << QDate() << QList<Issue>{Issue::InvalidBirthDate};
        QTest::newRow("sex mismatch") << makeNik(u"337304"_qs, 12, 3, 1990, true) << u"L"_qs << b
                                      << QList<Issue>{Issue::SexMismatch};
        QTest::newRow("birth date mismatch") << makeNik(u"337304"_qs, 12, 3, 1990, false) << u"L"_qs
                                             << QDate(1990, 3, 13) << QList<Issue>{Issue::BirthDateMismatch};
        QTest::newRow("year mismatch") << makeNik(u"337304"_qs, 12, 3, 1990, false) << u"L"_qs
                                       << QDate(1991, 3, 12) << QList<Issue>{Issue::BirthDateMismatch};
        // Two year digits cannot tell centuries apart: 1890 agrees with "90" as far as the NIK can say.
        QTest::newRow("century not decidable") << makeNik(u"337304"_qs, 12, 3, 1990, false) << u"L"_qs
                                               << QDate(1890, 3, 12) << QList<Issue>{};
        QTest::newRow("unknown province") << makeNik(u"990101"_qs, 12, 3, 1990, false) << u"L"_qs << b
                                          << QList<Issue>{Issue::UnknownProvince};
        QTest::newRow("zero serial") << makeNik(u"337304"_qs, 12, 3, 1990, false, 0) << u"L"_qs << b
                                     << QList<Issue>{Issue::ZeroSerial};
        QTest::newRow("non-digits") << u"33730412039O0001"_qs << u"L"_qs << b << QList<Issue>{Issue::NotSixteenDigits};
        QTest::newRow("arabic-indic digits") << QString(16, QChar(0x0663)) << u"L"_qs << b
                                             << QList<Issue>{Issue::NotSixteenDigits};
        QTest::newRow("15 digits") << makeNik(u"337304"_qs, 12, 3, 1990, false).left(15) << u"L"_qs << b
                                   << QList<Issue>{Issue::NotSixteenDigits};
        QTest::newRow("17 digits") << makeNik(u"337304"_qs, 12, 3, 1990, false) + u'1' << u"L"_qs << b
                                   << QList<Issue>{Issue::NotSixteenDigits};
    }

    void nik()
    {
        QFETCH(QString, nik);
        QFETCH(QString, sex);
        QFETCH(QDate, birth);
        QFETCH(QList<Issue>, issues);
        QCOMPARE(NikRule::inspect(nik, sex, birth, kProvinces, QDate(2025, 6, 1)), issues);
    }

    void nikDecode()
    {
        const auto d = NikRule::decode(makeNik(u"337304"_qs, 5, 11, 2010, true), QDate(), QDate(2025, 6, 1));
        QCOMPARE(d.kecamatan, u"337304"_qs);
        QCOMPARE(d.sex, QChar(u'P'));
        QCOMPARE(d.birthDate, QDate(2010, 11, 5));
        // Two-digit year later than this year's: last century.
        QCOMPARE(NikRule::decode(makeNik(u"337304"_qs, 5, 11, 1930, false), QDate(), QDate(2025, 6, 1)).birthDate,
                 QDate(1930, 11, 5));
    }

    void nikRuleInTemplate()
    {
        const DatasetTemplate *tpl = m_templates.find(u"pelatihan_peserta"_qs);
        const RuleDef *rule = nullptr;
        for (const RuleDef &r : tpl->rules())
            rule = r.kind == u"nik_consistency" ? &r : rule;
        QVERIFY(rule);
        const RuleKind *kind = RuleRegistry::standard().find(rule->kind);
        QVariantMap record{{u"nik"_qs, makeNik(u"337304"_qs, 12, 3, 1990, true)},
                           {u"jenis_kelamin"_qs, u"L"_qs},
                           {u"tanggal_lahir"_qs, u"1990-03-12"_qs}};
        Problems problems = kind->check(*rule, record, context());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"jenis_kelamin"_qs); // the mismatch points at the sex field
        QCOMPARE(problems.first().ruleId, u"nik"_qs);

        // Province check uses the catalogue: 98 is not a province.
        record[u"nik"_qs] = makeNik(u"980101"_qs, 12, 3, 1990, false);
        problems = kind->check(*rule, record, context());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, NikRule::message(Issue::UnknownProvince));
    }

    void nikKecamatanPrefix()
    {
        RuleDef rule{u"nik"_qs, u"nik_consistency"_qs, QJsonObject{{u"nik"_qs, u"nik"_qs}, {u"prefix"_qs, u"kecamatan"_qs}}};
        const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
        QVERIFY(kind->check(rule, {{u"nik"_qs, makeNik(u"337304"_qs, 1, 1, 1990, false)}}, context()).isEmpty());
        // Province 33 exists, kecamatan 33.73.99 does not.
        const Problems p = kind->check(rule, {{u"nik"_qs, makeNik(u"337399"_qs, 1, 1, 1990, false)}}, context());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().message, NikRule::message(Issue::UnknownKecamatan));
    }

    void dateOrder()
    {
        const RuleDef rule{u"urut"_qs, u"date_order"_qs,
                           QJsonObject{{u"fields"_qs, QJsonArray{u"a"_qs, u"b"_qs, u"c"_qs}}, {u"not_after_today"_qs, true}}};
        const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
        QVERIFY(kind->check(rule, {{u"a"_qs, u"2024-01-01"_qs}, {u"c"_qs, u"2024-01-01"_qs}}, context()).isEmpty());
        Problems p = kind->check(rule, {{u"a"_qs, u"2024-02-01"_qs}, {u"b"_qs, u"2024-01-31"_qs}}, context());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, u"b"_qs);
        p = kind->check(rule, {{u"a"_qs, u"2024-02-01"_qs}, {u"c"_qs, QDate(2025, 6, 2)}}, context());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, u"c"_qs);
    }

    void wholeJobSeekerRecord()
    {
        const DatasetTemplate *tpl = m_templates.find(u"pencari_kerja"_qs);
        const FieldValidator fields(nullptr, &m_regions);
        const RecordValidator validator(fields, RuleRegistry::standard());
        QVariantMap record{{u"no_pendaftaran"_qs, u"AK1/3373/2024/000123"_qs},
                           {u"nik"_qs, makeNik(u"337304"_qs, 12, 3, 2000, true)},
                           {u"nama"_qs, u"Contoh Peserta"_qs},
                           {u"tanggal_lahir"_qs, u"2000-03-12"_qs},
                           {u"jenis_kelamin"_qs, u"P"_qs},
                           {u"kode_kecamatan"_qs, u"33.73.04"_qs},
                           {u"pendidikan"_qs, u"6000"_qs},
                           {u"tanggal_daftar"_qs, u"2024-09-01"_qs},
                           {u"berlaku_sampai"_qs, u"2026-09-01"_qs},
                           {u"lapor_1"_qs, u"2025-03-03"_qs},
                           {u"status"_qs, u"terdaftar"_qs}};
        QVERIFY(validator.validate(*tpl, record, context()).isEmpty());

        // Validity must be two years from registration.
        record[u"berlaku_sampai"_qs] = u"2027-09-01"_qs;
        Problems p = validator.validate(*tpl, record, context());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().ruleId, u"masa_berlaku"_qs);
        QCOMPARE(p.first().severity, Problem::Severity::Error);
        record[u"berlaku_sampai"_qs] = u"2026-09-01"_qs;

        // A year on, the second report is overdue: a warning, not an error.
        RuleContext later = context();
        later.today = QDate(2025, 10, 1);
        p = validator.validate(*tpl, record, later);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, u"lapor_2"_qs);
        QCOMPARE(p.first().severity, Problem::Severity::Warning);

        // After expiry an active card is flagged; a placed one is not.
        later.today = QDate(2026, 9, 2);
        p = validator.validate(*tpl, record, later);
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().message.contains(u"expired"_qs));
        record[u"status"_qs] = u"ditempatkan"_qs;
        p = validator.validate(*tpl, record, later);
        QCOMPARE(p.size(), 1); // placed needs a status date
        QCOMPARE(p.first().ruleId, u"tanggal_status_wajib"_qs);
        record[u"tanggal_status"_qs] = u"2025-01-15"_qs;
        QVERIFY(validator.validate(*tpl, record, later).isEmpty());
    }

    void placementReferencesAndCountry()
    {
        const DatasetTemplate *tpl = m_templates.find(u"penempatan"_qs);
        const FieldValidator fields(nullptr, &m_regions);
        const RecordValidator validator(fields, RuleRegistry::standard());
        RuleContext ctx = context();
        ctx.exists = [](const QString &dataset, const QString &field, const QVariant &value) {
            return dataset == u"pencari_kerja" && field == u"no_pendaftaran" && value.toString() == u"AK-1";
        };
        QVariantMap record{{u"no_pendaftaran"_qs, u"AK-1"_qs},
                           {u"jenis_penempatan"_qs, u"AKAN"_qs},
                           {u"tanggal_penempatan"_qs, u"2025-05-02"_qs},
                           {u"negara_tujuan"_qs, u"JP"_qs},
                           {u"nama_pemberi_kerja"_qs, u"Contoh Kabushiki Kaisha"_qs}};
        QVERIFY(validator.validate(*tpl, record, ctx).isEmpty());

        record[u"negara_tujuan"_qs] = QString();
        Problems p = validator.validate(*tpl, record, ctx);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().ruleId, u"negara_untuk_akan"_qs);

        record[u"jenis_penempatan"_qs] = u"AKL"_qs;
        record[u"no_pendaftaran"_qs] = u"AK-2"_qs;
        record[u"nomor_lowongan"_qs] = u"L-9"_qs;
        p = validator.validate(*tpl, record, ctx);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).ruleId, u"pencari_kerja_ada"_qs);
        QCOMPARE(p.at(1).ruleId, u"lowongan_ada"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
