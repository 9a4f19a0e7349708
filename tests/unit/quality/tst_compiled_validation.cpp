#include "CsvTable.h"
#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/CompiledValidator.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using namespace sinergi::datagen;

// CompiledValidator must give exactly RecordValidator's Problems (rule ids, fields, severities, messages,
// order) for every row. Rows come from sinergi-datagen with injected defects, plus copies with cells
// mutated into spellings the fast checks must hand to the original (padding, '+', other separators,
// non-ASCII digits, future dates, values of other columns) and typed copies (QDate, qint64), under
// several contexts (regions or not, office regency or not, lookups answering or not).
class TestCompiledValidation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    TemplateRegistry m_templates = TemplateRegistry::loadEmbedded();
    CodeListRegistry m_codes = CodeListRegistry::loadEmbedded();
    RegionCatalog m_regions = RegionCatalog::loadEmbedded();
    QHash<QString, CsvTable> m_tables;
    QHash<QString, QSet<QString>> m_values; // "dataset.field" -> values in the generated files

    // Both validators over pencari_kerja with the shipped code lists and regions and an empty context. The
    // members refer to one another, so it is built in place and never copied.
    struct JobSeekerValidators
    {
        explicit JobSeekerValidators(const TestCompiledValidation &t)
            : fields(&t.m_codes, &t.m_regions), validator(fields, RuleRegistry::standard()),
              tpl(*t.m_templates.find(u"pencari_kerja"_qs)), compiled(validator, tpl, ctx)
        {
        }
        FieldValidator fields;
        const RecordValidator validator;
        const RuleContext ctx;
        const DatasetTemplate &tpl;
        const CompiledValidator compiled;
    };

    // Cells rewritten into the forms that stress the fast paths.
    static QVariant mutate(const QString &text, const QStringList &column, QRandomGenerator &rng)
    {
        static const QStringList kOdd = {u""_qs,
                                         u" "_qs,
                                         u"0"_qs,
                                         u"1"_qs,
                                         u"-1"_qs,
                                         u"+12"_qs,
                                         u"true"_qs,
                                         u"maybe"_qs,
                                         u"2020/01/05"_qs,
                                         u"2099-01-01"_qs,
                                         u"0000-01-01"_qs,
                                         u"2021-02-29"_qs,
                                         u"2020-02-29"_qs,
                                         u"1.5"_qs,
                                         u"1,5"_qs,
                                         u"\uFF11\uFF12"_qs,
                                         u"+62 812-3456-789"_qs,
                                         u"(021) 555.1234"_qs,
                                         u"0812\u00A03456789"_qs,
                                         u"a@b.co"_qs,
                                         u"a@b"_qs,
                                         u"3373010101900001"_qs,
                                         u"3373014101900000"_qs,
                                         u"33730141019000012"_qs,
                                         u"9973010101900001"_qs};
        switch (rng.bounded(5)) {
        case 0:
            return u"  "_qs + text + u" "_qs;
        case 1:
            return kOdd.at(rng.bounded(int(kOdd.size())));
        case 2:
            return column.at(rng.bounded(int(column.size())));
        case 3:
            return text.isEmpty() ? QVariant() : QVariant(text.left(text.size() - 1));
        default:
            return text + u'7';
        }
    }

    // The two validators over one row (and the counting path); returns whether they agree.
    static bool compare(const RecordValidator &validator, const CompiledValidator &compiled,
                        const DatasetTemplate &tpl, const RuleContext &ctx, const QList<QVariant> &row,
                        const QString &where)
    {
        QVariantMap record;
        std::vector<const QVariant *> values;
        for (qsizetype i = 0; i < row.size(); ++i) {
            values.push_back(&row[i]);
            if (row[i].isValid())
                record.insert(tpl.fields().at(i).name, row[i]);
        }
        const Problems expected = validator.validate(tpl, record, ctx);
        const Problems actual = compiled.validate(values);
        // count() (the importer's, which builds no AK/I message) gives the severities of the same findings.
        const CompiledValidator::Counts counts = compiled.count(values);
        qsizetype errors = 0;
        for (const Problem &p : expected)
            errors += p.severity == Problem::Severity::Error ? 1 : 0;
        if (counts.errors != errors || counts.warnings != expected.size() - errors) {
            qWarning().noquote() << where << "counted" << counts.errors << counts.warnings << "of"
                                 << expected.size() << "findings," << errors << "errors";
            return false;
        }
        if (expected != actual) {
            QString text;
            for (const Problem &p : expected)
                text += u"\n  old: "_qs + p.field + u' ' + p.ruleId + u' ' + p.message;
            for (const Problem &p : actual)
                text += u"\n  new: "_qs + p.field + u' ' + p.ruleId + u' ' + p.message;
            qWarning().noquote() << where << text;
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(u"gen"_qs);
        DatagenConfig c;
        c.outDir = m_dir;
        c.seed = 23;
        c.jobSeekers = 3000;
        c.errorRate = 0.05;
        c.duplicateRate = 0.01;
        DataGenerator::run(c);
        for (const QString &id : m_templates.ids()) {
            const CsvTable t = CsvTable::read(QDir(m_dir).filePath(id + u".csv"_qs));
            QVERIFY2(!t.rows().isEmpty(), qPrintable(id));
            for (int col = 0; col < t.header().size(); ++col)
                for (const QStringList &r : t.rows())
                    if (!r.at(col).isEmpty())
                        m_values[id + u'.' + t.header().at(col)].insert(r.at(col));
            m_tables.insert(id, t);
        }
    }

    void sameProblems_data()
    {
        QTest::addColumn<bool>("regions");
        QTest::addColumn<bool>("codeLists");
        QTest::addColumn<QString>("regency");
        QTest::addColumn<bool>("lookups");
        QTest::addColumn<QDate>("today");
        QTest::newRow("office") << true << true << u"33.73"_qs << true << QDate(2026, 1, 1);
        QTest::newRow("other regency, later") << true << true << u"3201"_qs << true << QDate(2031, 6, 30);
        QTest::newRow("bare") << false << false << QString() << false << QDate(2025, 3, 1);
        QTest::newRow("codes, no regions") << false << true << u"33.7"_qs << true << QDate(2024, 7, 1);
    }

    void sameProblems()
    {
        QFETCH(bool, regions);
        QFETCH(bool, codeLists);
        QFETCH(QString, regency);
        QFETCH(bool, lookups);
        QFETCH(QDate, today);
        FieldValidator fields(codeLists ? &m_codes : nullptr, regions ? &m_regions : nullptr);
        fields.setToday(today);
        const RecordValidator validator(fields, RuleRegistry::standard());
        RuleContext ctx;
        ctx.today = today;
        ctx.regions = regions ? &m_regions : nullptr;
        ctx.officeRegency = regency;
        if (lookups)
            ctx.exists = [this](const QString &ds, const QString &field, const QVariant &value) {
                return m_values.value(ds + u'.' + field).contains(value.toString().trimmed());
            };

        QRandomGenerator rng(99);
        qint64 rows = 0, withProblems = 0, mismatches = 0;
        for (const QString &id : m_templates.ids()) {
            const DatasetTemplate &tpl = *m_templates.find(id);
            const CompiledValidator compiled(validator, tpl, ctx);
            const CsvTable &t = m_tables[id];
            QList<int> columns; // template field -> file column
            QList<QStringList> columnValues;
            for (const FieldDef &f : tpl.fields()) {
                columns << t.column(f.name);
                QStringList all;
                for (const QStringList &r : t.rows())
                    all << (t.column(f.name) < 0 ? QString() : r.at(t.column(f.name)));
                columnValues << all;
            }
            for (qsizetype r = 0; r < t.rows().size(); ++r) {
                QList<QVariant> plain, mutated, typed;
                for (qsizetype i = 0; i < columns.size(); ++i) {
                    const QString text = columns[i] < 0 ? QString() : t.rows().at(r).at(columns[i]);
                    plain << (text.isEmpty() ? QVariant() : QVariant(text));
                    mutated << (rng.bounded(6) == 0 ? mutate(text, columnValues[i], rng) : plain.last());
                    const FieldType type = tpl.fields().at(i).type;
                    QVariant v = plain.last();
                    if (type == FieldType::Date && QDate::fromString(text, Qt::ISODate).isValid())
                        v = QDate::fromString(text, Qt::ISODate);
                    else if (type == FieldType::Integer && !text.isEmpty() && text.toLongLong() != 0)
                        v = text.toLongLong();
                    typed << v;
                }
                for (const auto &[row, kind] : {std::pair{&plain, "plain"}, std::pair{&mutated, "mutated"},
                                                std::pair{&typed, "typed"}}) {
                    ++rows;
                    const QString where = u"%1 row %2 (%3)"_qs.arg(id).arg(r + 1).arg(QLatin1String(kind));
                    if (!compare(validator, compiled, tpl, ctx, *row, where))
                        ++mismatches;
                    QVariantMap record;
                    for (qsizetype i = 0; i < row->size(); ++i)
                        if (row->at(i).isValid())
                            record.insert(tpl.fields().at(i).name, row->at(i));
                    withProblems += validator.validate(tpl, record, ctx).isEmpty() ? 0 : 1;
                }
            }
        }
        QCOMPARE(mismatches, 0);
        // The comparison means something only if both paths ran: clean rows and rows with problems.
        QVERIFY2(withProblems > rows / 20, qPrintable(u"%1 of %2"_qs.arg(withProblems).arg(rows)));
        QVERIFY2(withProblems < rows * 9 / 10, qPrintable(u"%1 of %2"_qs.arg(withProblems).arg(rows)));
    }

    // Fields whose pattern is a run of digits ([0-9]{18}, [0-9]{1,4}) are checked without the expression
    // when they hold ASCII digits of such a length; every other text still gets the expression's answer.
    void digitPatternsAgreeWithTheExpression()
    {
        const JobSeekerValidators v(*this);
        const auto &[fields, validator, ctx, tpl, compiled] = v;
        QList<int> patterned;
        for (qsizetype i = 0; i < tpl.fields().size(); ++i)
            if (tpl.fields().at(i).name == u"petugas_nip" || tpl.fields().at(i).name == u"jabatan_kbji")
                patterned << int(i);
        QCOMPARE(patterned.size(), 2);
        QStringList texts = {u"1"_qs,
                             u"1234"_qs,
                             u"12345"_qs,
                             u"123456789012345678"_qs,
                             u"12345678901234567"_qs,
                             u"1234567890123456789"_qs,
                             u"12a4"_qs,
                             u" 123"_qs,
                             u"\u0661\u0662"_qs /* Arabic-Indic digits */,
                             u"\uFF11\uFF12"_qs /* full width */,
                             u"12\n"_qs};
        QRandomGenerator rng(5);
        for (int i = 0; i < 3000; ++i) {
            QString t;
            const int n = rng.bounded(21);
            for (int k = 0; k < n; ++k)
                t +=
                    rng.bounded(12) == 0 ? QChar(u"x/\u0663"[rng.bounded(3)]) : QChar(u'0' + rng.bounded(10));
            texts << t;
        }
        const QList<QVariant> none(tpl.fields().size());
        qsizetype rejected = 0;
        for (const QString &text : std::as_const(texts)) {
            for (const int column : std::as_const(patterned)) {
                QList<QVariant> row = none;
                row[column] = text;
                QVERIFY(compare(validator, compiled, tpl, ctx, row, text));
                QVariantMap record{{tpl.fields().at(column).name, text}};
                for (const Problem &p : validator.validate(tpl, record, ctx))
                    rejected += p.field == tpl.fields().at(column).name ? 1 : 0;
            }
        }
        QVERIFY(rejected > 1000); // both answers were exercised
    }

    // A row shorter than the template (the importer maps only some fields) is read as absent values.
    void absentFieldsAreRequiredProblems()
    {
        const JobSeekerValidators v(*this);
        const auto &[fields, validator, ctx, tpl, compiled] = v;
        std::vector<const QVariant *> none(size_t(tpl.fields().size()), nullptr);
        const Problems problems = compiled.validate(none);
        QCOMPARE(problems, validator.validate(tpl, {}, ctx));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().ruleId, u"required"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCompiledValidation)
#include "tst_compiled_validation.moc"
