// The importer's per-row path against its reference: CsvReader filling reused cells in place must give
// exactly the fields of the file, and RowConverter's single trim/apostrophe pass and its shortcut past
// recordtable::toStorage must give exactly what the plain functions give, on random cells full of what
// real exports contain (spaces, tabs, no-break spaces, apostrophes, quoted delimiters and line breaks,
// doubled quotes, BOM, ragged rows, empty trailing cells). All data is synthetic; the generator is seeded.
#include "TestSupport.h"
#include "datasets/DatasetTemplate.h"
#include "importing/ColumnMapping.h"
#include "importing/CsvReader.h"
#include "importing/ExcelPitfalls.h"
#include "importing/RowConverter.h"
#include "importing/StorageRow.h"
#include "records/RecordTable.h"
#include "store/Database.h"

#include <QBuffer>
#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <thread>

using namespace sinergi;

namespace {

// Pieces a field is made of: ordinary text, the characters that need quoting, whitespace that trimming
// removes (tab, no-break space) or keeps (inside), apostrophes, non-ASCII.
const QStringList kPieces = {u"a"_qs,          u"Budi"_qs,       u" "_qs,       u"\t"_qs,     u"'"_qs,
                             u","_qs,          u";"_qs,          u"\""_qs,      u"\n"_qs,     u"\r\n"_qs,
                             u"\u00E9"_qs,     u"\u20AC"_qs,     u"3273"_qs,    u"\u00A0"_qs, u"x y"_qs,
                             u"2024-01-05"_qs, u"05/01/2024"_qs, u"3.2E+15"_qs, u"'0812"_qs,  u"12"_qs};

QString randomText(QRandomGenerator &rng, int maxPieces)
{
    QString text;
    const int n = rng.bounded(maxPieces + 1);
    for (int i = 0; i < n; ++i)
        text += kPieces.at(rng.bounded(int(kPieces.size())));
    return text;
}

// RFC 4180 spelling of a field; `alwaysQuote` for a lone empty field, which unquoted is a blank line.
QString csvField(const QString &text, QChar delimiter, bool alwaysQuote)
{
    const bool quote = alwaysQuote || text.contains(delimiter) || text.contains(u'"') ||
                       text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

struct CsvFile
{
    QByteArray bytes;
    QChar delimiter;
    QStringList header;
    QList<QStringList> rows;
};

// A file of ragged rows (some shorter than the header, some longer, empty trailing cells) with blank lines
// between them, one line-end style, with or without a BOM.
CsvFile randomCsv(QRandomGenerator &rng, int rowCount)
{
    static const QList<QChar> kDelimiters = {u',', u';', u'\t'};
    static const QStringList kLineEnds = {u"\r\n"_qs, u"\n"_qs, u"\r"_qs};
    CsvFile file;
    file.delimiter = kDelimiters.at(rng.bounded(int(kDelimiters.size())));
    const QString lineEnd = kLineEnds.at(rng.bounded(int(kLineEnds.size())));
    const int columns = 1 + rng.bounded(8);
    QString text;
    for (int c = 0; c < columns; ++c) {
        file.header << QStringLiteral("kolom%1").arg(c);
        text += (c ? QString(file.delimiter) : QString()) + u"  "_qs + file.header.last() + u' ';
    }
    text += lineEnd;
    for (int r = 0; r < rowCount; ++r) {
        if (rng.bounded(10) == 0)
            text += lineEnd; // a blank line: skipped
        QStringList row;
        const int cells = rng.bounded(4) == 0 ? 1 + rng.bounded(columns + 2) : columns;
        for (int c = 0; c < cells; ++c)
            row << (rng.bounded(5) == 0 ? QString() : randomText(rng, 4));
        for (int c = 0; c < cells; ++c)
            text += (c ? QString(file.delimiter) : QString()) + csvField(row[c], file.delimiter, cells == 1);
        text += lineEnd;
        file.rows << row;
    }
    file.bytes = (rng.bounded(2) ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    return file;
}

std::unique_ptr<CsvReader> readerOf(const CsvFile &file, qint64 blockBytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(file.bytes);
    buffer->open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = file.delimiter;
    options.limits.csvBlockBytes = blockBytes;
    return std::make_unique<CsvReader>(std::move(buffer), options);
}

// The template the converter is checked against: every field type, identifiers and a digits-only
// pattern (which make the converter look for digits Excel lost).
const char *kTemplate = R"({"id":"uji","version":1,"labels":{"id":"Uji","en":"Test"},
    "natural_key":["kode"],
    "fields":[
      {"name":"kode","type":"text","required":true,"pii":false,"share":"send","labels":{"id":"Kode","en":"Code"}},
      {"name":"nik","type":"nik","pii":true,"share":"send","labels":{"id":"NIK","en":"NIK"}},
      {"name":"nama","type":"text","pii":true,"share":"send","labels":{"id":"Nama","en":"Name"}},
      {"name":"kelamin","type":"text","pii":false,"share":"send","labels":{"id":"Kelamin","en":"Sex"}},
      {"name":"lahir","type":"date","pii":true,"share":"send","labels":{"id":"Lahir","en":"Born"}},
      {"name":"jumlah","type":"integer","pii":false,"share":"send","labels":{"id":"Jumlah","en":"Count"}},
      {"name":"nilai","type":"decimal","pii":false,"share":"send","labels":{"id":"Nilai","en":"Value"}},
      {"name":"aktif","type":"bool","pii":false,"share":"send","labels":{"id":"Aktif","en":"Active"}},
      {"name":"telepon","type":"phone","pii":true,"share":"send","labels":{"id":"Telepon","en":"Phone"}},
      {"name":"email","type":"email","pii":true,"share":"send","labels":{"id":"Email","en":"Email"}},
      {"name":"kbji","type":"text","pattern":"[0-9]{1,4}","pii":false,"share":"send","labels":{"id":"KBJI","en":"KBJI"}}]})";

// Cell texts for the converter: the pieces above plus values of each type, with spaces, tabs, no-break
// spaces and apostrophes around them.
QString randomCell(QRandomGenerator &rng)
{
    static const QStringList kValues = {u"12"_qs,
                                        u"-7"_qs,
                                        u"1.5"_qs,
                                        u"1,5"_qs,
                                        u"true"_qs,
                                        u"TIDAK"_qs,
                                        u"ya"_qs,
                                        u"0"_qs,
                                        u"2024-01-05"_qs,
                                        u"05/01/2024"_qs,
                                        u"45000"_qs,
                                        u"2024-02-30"_qs,
                                        u"bukan"_qs,
                                        u"laki-laki"_qs,
                                        u"Laki-Laki"_qs,
                                        u"3.2E+15"_qs,
                                        u"3273010101900001"_qs,
                                        u"0812 3456 789"_qs,
                                        u"a@b.co"_qs,
                                        u"'"_qs};
    static const QStringList kAround = {u""_qs, u" "_qs, u"\t"_qs, u"\u00A0"_qs, u"'"_qs, u" '"_qs, u"' "_qs};
    if (rng.bounded(4) == 0)
        return randomText(rng, 3);
    return kAround.at(rng.bounded(int(kAround.size()))) + kValues.at(rng.bounded(int(kValues.size()))) +
           kAround.at(rng.bounded(int(kAround.size())));
}

// What the converter gave before it was made cheaper, field by field, from the plain functions: the text
// trimmed, its apostrophe stripped and trimmed again, the value map, then recordtable::toStorage.
QVariant referenceValue(const FieldDef &field, const ColumnTransform &transform, const QString &cell)
{
    QString text = ExcelPitfalls::stripLeadingApostrophe(cell.trimmed()).trimmed();
    if (text.isEmpty())
        return {};
    return recordtable::toStorage(field, transform.mapValue(text));
}

} // namespace

class TestImportRowPath : public QObject
{
    Q_OBJECT

private slots:
    // Fresh lists (TabularReader::next), one list reused for every record, and a reused list whose
    // previous texts are still held elsewhere (as the importer's converted values hold them) all give the
    // fields of the file, with raw equal to value and the kind matching.
    void csvCellsReusedInPlaceGiveTheFile()
    {
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 60; ++round) {
            const CsvFile file = randomCsv(rng, 40 + rng.bounded(80));
            const qint64 block = 16 + rng.bounded(200);

            auto fresh = readerOf(file, block);
            QCOMPARE(fresh->header(), file.header);
            QStringList row;
            for (const QStringList &expected : file.rows) {
                QVERIFY(fresh->next(row));
                QCOMPARE(row, expected);
            }
            QVERIFY(!fresh->next(row));

            auto reused = readerOf(file, block);
            QList<TabularCell> cells;
            QList<QString> held; // shares of earlier texts, kept across records
            for (qsizetype r = 0; r < file.rows.size(); ++r) {
                QVERIFY(reused->nextCells(cells));
                const QStringList &expected = file.rows.at(r);
                QCOMPARE(cells.size(), expected.size());
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    QCOMPARE(cells[c].value, expected[c]);
                    QCOMPARE(cells[c].raw, expected[c]);
                    QCOMPARE(cells[c].kind, expected[c].isEmpty() ? CellKind::Empty : CellKind::Text);
                }
                if (r % 3 == 0)
                    for (const TabularCell &cell : cells)
                        held << cell.value;
            }
            QVERIFY(!reused->nextCells(cells));
            QCOMPARE(reused->raggedCount(), fresh->raggedCount());

            // Copies of the whole list kept between calls (ImportPreview keeps its sample so) are not
            // changed by the reads after them.
            auto copied = readerOf(file, block);
            QList<QList<TabularCell>> kept;
            while (copied->nextCells(cells))
                kept.append(cells);
            QCOMPARE(kept.size(), file.rows.size());
            for (qsizetype r = 0; r < kept.size(); ++r) {
                QCOMPARE(kept[r].size(), file.rows[r].size());
                for (qsizetype c = 0; c < kept[r].size(); ++c)
                    QCOMPARE(kept[r][c].value, file.rows[r][c]);
            }
            QCOMPARE(reused->lineNumber(), fresh->lineNumber());

            // Record texts taken on this thread and cut into cells later on another (as the importer's
            // workers do), last record first: the same fields, and the same ragged rows noted.
            auto split = readerOf(file, block);
            QStringList texts;
            QString text;
            while (split->nextRecordText(text))
                texts << text;
            QCOMPARE(texts.size(), file.rows.size());
            QCOMPARE(split->raggedCount(), fresh->raggedCount());
            QCOMPARE(split->lineNumber(), fresh->lineNumber());
            QList<QList<TabularCell>> cut(texts.size());
            std::thread worker([&] {
                QList<TabularCell> scratch; // reused, as a worker's recycled row is
                for (qsizetype r = texts.size() - 1; r >= 0; --r) {
                    split->splitRecord(texts.at(r), scratch);
                    cut[r] = scratch;
                }
            });
            worker.join();
            for (qsizetype r = 0; r < cut.size(); ++r) {
                QCOMPARE(cut[r].size(), file.rows[r].size());
                for (qsizetype c = 0; c < cut[r].size(); ++c) {
                    QCOMPARE(cut[r][c].value, file.rows[r][c]);
                    QCOMPARE(cut[r][c].raw, file.rows[r][c]);
                }
            }
            // The held texts were not overwritten when their cells were refilled.
            qsizetype at = 0;
            for (qsizetype r = 0; r < file.rows.size(); r += 3)
                for (const QString &expected : file.rows.at(r))
                    QCOMPARE(held.at(at++), expected);
        }
    }

    void cellTextIsTrimmedWithoutApostrophe()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            TabularCell cell;
            cell.value = randomCell(rng);
            QCOMPARE(RowConverter::cellText(cell),
                     ExcelPitfalls::stripLeadingApostrophe(cell.value.trimmed()).trimmed());
        }
    }

    // A value map answers as a plain lookup of the value's key (trimmed, lower case) does, whether or not
    // the cell is already in key form.
    void valueMapIsTheKeyLookup()
    {
        ColumnTransform t;
        for (const QString &code : {u"l"_qs, u"p"_qs, u"33.73.01"_qs, u"3199"_qs, u"terdaftar"_qs,
                                    u"laki-laki"_qs, u"\u00e9t\u00e9"_qs, u"'"_qs})
            t.values.insert(ColumnTransform::valueKey(code), code + u"#"_qs);
        QRandomGenerator rng(11);
        QStringList cells = {u"L"_qs,
                             u"l"_qs,
                             u" l"_qs,
                             u"l\t"_qs,
                             u"33.73.01"_qs,
                             u"33.73.01 "_qs,
                             u"Terdaftar"_qs,
                             u"\u00c9T\u00c9"_qs,
                             u"\u00e9t\u00e9"_qs,
                             u"x"_qs,
                             QString()};
        for (int i = 0; i < 20000; ++i)
            cells << randomCell(rng);
        for (const QString &cell : std::as_const(cells))
            QCOMPARE(t.mapValue(cell), t.values.value(ColumnTransform::valueKey(cell), cell));
    }

    // Every non-date value is recordtable::toStorage of the reference text, with the same type; dates are
    // their ISO form; identifiers with lost digits reject the row, naming the field.
    void convertedValuesAreTheReference()
    {
        const DatasetTemplate tpl = DatasetTemplate::fromJson(kTemplate, u"uji.json"_qs);
        QStringList header;
        for (const FieldDef &f : tpl.fields())
            header << f.name;
        ColumnMapping mapping = ColumnMapping::build(header, tpl);
        ColumnTransform sexes;
        sexes.values.insert(u"laki-laki"_qs, u"L"_qs);
        sexes.values.insert(u"perempuan"_qs, u" P "_qs); // a mapped value with spaces: stored trimmed
        sexes.values.insert(u"bukan"_qs, u""_qs);        // mapped to nothing: no value, as toStorage says
        mapping.assign(header, int(header.indexOf(u"kelamin"_qs)), u"kelamin"_qs, tpl, sexes);
        QCOMPARE(mapping.columns().size(), header.size());
        const RowConverter converter(tpl, mapping);

        QRandomGenerator rng(11);
        RowConverter::Result result;
        for (int i = 0; i < 5000; ++i) {
            QList<TabularCell> cells;
            for (qsizetype c = 0; c < header.size() - (i % 7 == 0 ? 2 : 0); ++c) // some rows short
                cells.append(TabularCell{randomCell(rng), {}, CellKind::Text});
            if (i % 5 == 0)
                cells[int(header.indexOf(u"kelamin"_qs))].value = u" Perempuan\t"_qs;
            converter.convert(cells, result);
            QCOMPARE(result.values.size(), size_t(mapping.columns().size()));
            QStringList reasons;
            for (qsizetype j = 0; j < mapping.columns().size(); ++j) {
                const ColumnMapping::Column &column = mapping.columns().at(j);
                const FieldDef &field = *tpl.field(column.field);
                const QString cell = column.source < cells.size() ? cells.at(column.source).value : QString();
                const QString text = ExcelPitfalls::stripLeadingApostrophe(cell.trimmed()).trimmed();
                const QVariant &got = result.values[size_t(j)];
                const bool identifier = field.name == u"kode" || field.name == u"nik" ||
                                        field.name == u"telepon" || field.name == u"kbji";
                if (identifier && !text.isEmpty() && !ExcelPitfalls::digitsLostReason(text).isEmpty()) {
                    reasons << field.name + u": "_qs + ExcelPitfalls::digitsLostReason(text);
                    QVERIFY(!got.isValid());
                    continue;
                }
                if (field.type == FieldType::Date) {
                    const auto date = ExcelPitfalls::parseDate(text);
                    if (text.isEmpty() || date)
                        QCOMPARE(got, text.isEmpty() ? QVariant() : QVariant(date->toString(Qt::ISODate)));
                    else
                        reasons << u"date"_qs;
                    continue;
                }
                const QVariant want = referenceValue(field, column.transform, cell);
                QVERIFY2(got.typeId() == want.typeId() && got == want,
                         qPrintable(field.name + u": \""_qs + cell + u"\" gave "_qs + got.toString() +
                                    u", expected "_qs + want.toString()));
            }
            QCOMPARE(result.rejectReasons.size(), reasons.size());
            for (qsizetype k = 0; k < reasons.size(); ++k)
                if (reasons[k] != u"date")
                    QCOMPARE(result.rejectReasons[k], reasons[k]);
        }
    }

    // StorageRow's packing binds what SQLite gets from the QVariant itself: ASCII and non-ASCII text
    // (accents, euro sign, a surrogate pair) in one buffer, the empty string as '' (not NULL), integers,
    // reals, null and invalid values, a QDate as its text.
    void storageRowBindsTheValues()
    {
        QTemporaryDir dir;
        Database db = Database::open(dir.filePath(u"row.db"_qs), test::fixedKey(), Database::Mode::Create);
        const QList<QVariant> values = {QVariant(u"Budi Contoh"_qs),
                                        QVariant(u"D\u00E9d\u00E9 \u20AC 5"_qs),
                                        QVariant(u"x"_qs),
                                        QVariant(u"\U0001F600 ok"_qs),
                                        QVariant(QString(u""_qs)),
                                        QVariant(qlonglong(-42)),
                                        QVariant(std::numeric_limits<qlonglong>::max()), // all 64 bits
                                        QVariant(2.5),
                                        QVariant(-1.0e300),
                                        QVariant(),
                                        QVariant(QMetaType::fromType<QString>()), // a null QString variant
                                        QVariant(QDate(2024, 1, 5)),
                                        QVariant(u"ak\u00ABhir"_qs)};
        StorageRow row;
        for (int round = 0; round < 2; ++round) { // the second round reuses the cleared row
            row.clear();
            for (const QVariant &v : values)
                row.append(v);
            QCOMPARE(row.size(), size_t(values.size()));
            for (qsizetype i = 0; i < values.size(); ++i) {
                Statement s = db.prepare("SELECT typeof(?1), ?1");
                row.bind(s, 1, size_t(i));
                QVERIFY(s.step());
                const QVariant &v = values.at(i);
                const QString type = s.text(0);
                if (!v.isValid() || v.isNull()) {
                    QCOMPARE(type, u"null"_qs);
                } else if (v.typeId() == QMetaType::LongLong) {
                    QCOMPARE(type, u"integer"_qs);
                    QCOMPARE(s.int64(1), v.toLongLong());
                } else if (v.typeId() == QMetaType::Double) {
                    QCOMPARE(type, u"real"_qs);
                    QCOMPARE(s.real(1), v.toDouble());
                } else {
                    QCOMPARE(type, u"text"_qs);
                    QCOMPARE(s.text(1), v.toString());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImportRowPath)
#include "tst_importrowpath.moc"
