// XlsxReader on workbooks written by libxlsxwriter (as Excel-compatible producers write them) and on
// hand-made broken ones written with libzip. All data is synthetic.
#include "TestSupport.h"
#include "common/Error.h"
#include "importing/ExcelPitfalls.h"
#include "importing/TabularReaderFactory.h"
#include "importing/XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

#include <cstring>

using namespace sinergi;

namespace {

Error errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return Error(ErrorCode::Internal, u"no error thrown"_qs);
}

QList<QStringList> allRows(TabularReader &reader)
{
    QList<QStringList> rows;
    QStringList row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

struct Part
{
    const char *name;
    QByteArray bytes;
};

// Writes a zip with libzip; the bytes must outlive zip_close, hence the list by reference.
void writeZip(const QString &path, const QList<Part> &parts)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    for (const Part &p : parts) {
        zip_source_t *s = zip_source_buffer(z, p.bytes.constData(), static_cast<zip_uint64_t>(p.bytes.size()), 0);
        QVERIFY(zip_file_add(z, p.name, s, ZIP_FL_OVERWRITE) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

const QByteArray kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray workbookXml(bool date1904 = false, const QByteArray &sheets = {})
{
    return "<?xml version=\"1.0\"?><workbook " + kNs + ">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "")
           + "<sheets>" + (sheets.isEmpty() ? QByteArray("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>") : sheets)
           + "</sheets></workbook>";
}

QList<Part> package(const QByteArray &sheet, const QByteArray &shared = {}, const QByteArray &styles = {},
                    const QByteArray &workbook = workbookXml())
{
    const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QList<Part> parts = {
        {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        "relationships\"><Relationship Id=\"rId1\" Type=\"" + relNs + "officeDocument\" "
                        "Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + relNs + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"" + relNs + "sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"" + relNs + "styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/workbook.xml", workbook},
        {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + kNs + "><sheetData>" + sheet
                                         + "</sheetData></worksheet>"},
    };
    if (!shared.isEmpty())
        parts.append({"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst " + kNs + ">" + shared + "</sst>"});
    if (!styles.isEmpty())
        parts.append({"xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet " + kNs + ">" + styles + "</styleSheet>"});
    return parts;
}

// A zip entry of `total` zero bytes produced on the fly, so a 1 GB bomb never sits in memory.
struct ZeroSource
{
    zip_uint64_t total = 0;
    zip_uint64_t pos = 0;
};

zip_int64_t zeroCallback(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *z = static_cast<ZeroSource *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        z->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_uint64_t n = std::min(len, z->total - z->pos);
        std::memset(data, 0, n);
        z->pos += n;
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = z->total;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR: {
        auto *e = static_cast<int *>(data);
        e[0] = e[1] = 0;
        return 2 * sizeof(int);
    }
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

void writeBomb(const QString &path, zip_uint64_t bytes, int level)
{
    const QList<Part> parts = package({}).mid(0, 3);
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    for (const Part &p : parts)
        QVERIFY(zip_file_add(z, p.name, zip_source_buffer(z, p.bytes.constData(), p.bytes.size(), 0), 0) >= 0);
    ZeroSource zero{bytes, 0};
    zip_source_t *src = zip_source_function(z, zeroCallback, &zero);
    const zip_int64_t i = zip_file_add(z, "xl/worksheets/sheet1.xml", src, 0);
    QVERIFY(i >= 0);
    zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, static_cast<zip_uint32_t>(level));
    QCOMPARE(zip_close(z), 0);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_book;

    QString path(const char *name) const { return m_tmp.filePath(QString::fromUtf8(name)); }

private slots:
    void initTestCase()
    {
        // A workbook as an office would send it: two sheets, dates in several formats, a NIK typed
        // as a number, booleans, a formula, rich text, sparse cells.
        m_book = path("pencaker.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(m_book).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Pencaker");
        lxw_worksheet *ws2 = workbook_add_worksheet(wb, "Lowongan");
        lxw_format *dmy = workbook_add_format(wb);
        format_set_num_format(dmy, "dd/mm/yyyy");
        lxw_format *builtin = workbook_add_format(wb);
        format_set_num_format_index(builtin, 14);
        lxw_format *stamp = workbook_add_format(wb);
        format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);

        const char *head[] = {"nik", "nama", "tgl_lahir", "daftar", "waktu", "aktif", "nilai", "rumus", "catatan"};
        for (int c = 0; c < 9; ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), head[c], bold);
        worksheet_write_number(ws, 1, 0, 3299990000000001.0, nullptr); // NIK as number: 16 digits
        worksheet_write_string(ws, 1, 1, "Contoh Satu", nullptr);
        lxw_datetime born = {1990, 2, 1, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 2, &born, dmy);
        lxw_datetime reg = {2025, 4, 3, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 3, &reg, builtin);
        lxw_datetime at = {2025, 4, 3, 14, 30, 0};
        worksheet_write_datetime(ws, 1, 4, &at, stamp);
        worksheet_write_boolean(ws, 1, 5, 1, nullptr);
        worksheet_write_number(ws, 1, 6, 0.1 + 0.2, nullptr);
        worksheet_write_formula_str(ws, 1, 7, "=B2&\"!\"", nullptr, "Contoh Satu!");
        lxw_rich_string_tuple part1 = {bold, const_cast<char *>("Kaya ")};
        lxw_rich_string_tuple part2 = {nullptr, const_cast<char *>("teks")};
        lxw_rich_string_tuple *rich[] = {&part1, &part2, nullptr};
        worksheet_write_rich_string(ws, 1, 8, rich, nullptr);

        worksheet_write_string(ws, 2, 0, "3.29999E+15", nullptr); // what a CSV round trip leaves
        worksheet_write_string(ws, 2, 1, "Contoh Dua", nullptr);
        worksheet_write_number(ws, 2, 6, 1.5e20, nullptr);
        // Row 4 left empty on purpose; row 5 is sparse, with a value beyond the header.
        worksheet_write_string(ws, 4, 1, "Contoh Tiga", nullptr);
        worksheet_write_string(ws, 4, 10, "di luar", nullptr);

        worksheet_write_string(ws2, 0, 0, "kode", nullptr);
        worksheet_write_string(ws2, 0, 1, "jabatan", nullptr);
        worksheet_write_string(ws2, 1, 0, "L-001", nullptr);
        worksheet_write_string(ws2, 1, 1, "Operator Contoh", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    }

    void sheetsAndHeader()
    {
        XlsxReader r(m_book);
        QCOMPARE(r.sheetNames(), QStringList({u"Pencaker"_qs, u"Lowongan"_qs}));
        QCOMPARE(r.currentSheet(), 0);
        QCOMPARE(r.header().size(), 9);
        QCOMPARE(r.header().first(), u"nik"_qs);
        QVERIFY(!r.date1904());
    }

    void valuesAndKinds()
    {
        XlsxReader r(m_book);
        QList<TabularCell> c;
        QVERIFY(r.nextCells(c));
        QCOMPARE(r.lineNumber(), 2);
        QCOMPARE(c.size(), 9);
        QCOMPARE(c[0].kind, CellKind::Number);
        QCOMPARE(c[0].value, u"3299990000000001"_qs);
        QVERIFY(!ExcelPitfalls::digitsLostReason(c[0].value, true).isEmpty()); // 16 digits as a number
        QCOMPARE(c[1].value, u"Contoh Satu"_qs);
        QCOMPARE(c[2].kind, CellKind::Date);
        QCOMPARE(c[2].value, u"1990-02-01"_qs);
        QCOMPARE(c[3].value, u"2025-04-03"_qs);
        QCOMPARE(c[3].raw, u"45750"_qs);
        QCOMPARE(c[4].kind, CellKind::DateTime);
        QCOMPARE(c[4].value, u"2025-04-03T14:30:00"_qs);
        QCOMPARE(c[5].kind, CellKind::Boolean);
        QCOMPARE(c[5].value, u"TRUE"_qs);
        QCOMPARE(c[6].value, u"0.3"_qs); // not 0.30000000000000004
        QCOMPARE(c[7].value, u"Contoh Satu!"_qs);
        QCOMPARE(c[8].value, u"Kaya teks"_qs);

        QVERIFY(r.nextCells(c));
        QCOMPARE(r.lineNumber(), 3);
        QCOMPARE(c[0].kind, CellKind::Text);
        QVERIFY(ExcelPitfalls::isScientificNotation(c[0].value));
        QCOMPARE(c[6].value, u"150000000000000000000"_qs);
        QCOMPARE(c[6].raw.toUpper(), u"1.5E+20"_qs);
        QCOMPARE(c[2].kind, CellKind::Empty);

        QVERIFY(r.nextCells(c)); // row 4 is empty and skipped
        QCOMPARE(r.lineNumber(), 5);
        QCOMPARE(c.size(), 11);
        QCOMPARE(c[1].value, u"Contoh Tiga"_qs);
        QCOMPARE(c[10].value, u"di luar"_qs);
        QVERIFY(!r.nextCells(c));
        QCOMPARE(r.raggedCount(), 1);
        QCOMPARE(r.raggedLines(), QList<qint64>({5}));
        QCOMPARE(r.recordNumber(), 4);
        QCOMPARE(r.bytesRead(), r.bytesTotal());
    }

    void secondSheetByName()
    {
        XlsxReader r(m_book);
        r.selectSheet(u"Lowongan"_qs);
        QCOMPARE(r.header(), QStringList({u"kode"_qs, u"jabatan"_qs}));
        QCOMPARE(allRows(r), QList<QStringList>({{u"L-001"_qs, u"Operator Contoh"_qs}}));
        r.selectSheet(0); // and back to the top of the first
        QCOMPARE(allRows(r).size(), 3);
        QCOMPARE(errorOf([&] { r.selectSheet(u"Tidak Ada"_qs); }).code(), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([&] { r.selectSheet(5); }).code(), ErrorCode::InvalidArgument);
    }

    void inlineStringsFromConstantMemoryMode()
    {
        const QString file = path("inline.xlsx");
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE; // writes t="inlineStr" cells
        lxw_workbook *wb = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "nama", nullptr);
        worksheet_write_string(ws, 0, 1, "kota", nullptr);
        worksheet_write_string(ws, 1, 0, "Contoh \xC3\x89mpat", nullptr);
        worksheet_write_string(ws, 1, 1, "Bogor", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        auto r = TabularReaderFactory::open(file);
        QCOMPARE(r->header(), QStringList({u"nama"_qs, u"kota"_qs}));
        QCOMPARE(allRows(*r), QList<QStringList>({{u"Contoh \u00C9mpat"_qs, u"Bogor"_qs}}));
    }

    void handMadeCells()
    {
        // Sparse references, rows without r, every cell type, rich text with a phonetic guide, escapes.
        const QByteArray shared = "<si><t>kolom A</t></si><si><r><t>kolom</t></r><r><rPr><b/></rPr><t> AB</t></r>"
                                  "<rPh sb=\"0\" eb=\"1\"><t>FURIGANA</t></rPh></si><si><t>baris_x000D_dua</t></si>";
        const QByteArray styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-421]dd mmmm yyyy &quot;pukul&quot; hh:mm\"/></numFmts>"
                                  "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                                  "<xf numFmtId=\"20\"/></cellXfs>";
        const QByteArray sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"AB1\" t=\"s\"><v>1</v></c></row>"
            "<row r=\"12\"><c r=\"A12\" t=\"s\"><v>2</v></c><c r=\"B12\" t=\"b\"><v>0</v></c>"
            "<c t=\"e\"><v>#N/A</v></c><c s=\"1\"><v>45750</v></c><c s=\"2\"><v>45750.5</v></c>"
            "<c s=\"3\"><v>0.5</v></c><c t=\"d\"><v>2025-04-03</v></c><c t=\"inlineStr\"><is><t>sebaris</t></is></c>"
            "<c t=\"str\"><f>1+1</f><v>2</v></c><c><v>-1.25E-3</v></c></row>"
            "<row><c r=\"AB13\"><v>7</v></c></row>";
        const QString file = path("tangan.xlsx");
        writeZip(file, package(sheet, shared, styles));
        XlsxReader r(file);
        QCOMPARE(r.header().size(), 28);
        QCOMPARE(r.header()[0], u"kolom A"_qs);
        QCOMPARE(r.header()[27], u"kolom AB"_qs);
        QList<TabularCell> c;
        QVERIFY(r.nextCells(c));
        QCOMPARE(r.lineNumber(), 12);
        QCOMPARE(c[0].value, u"baris\rdua"_qs);
        QCOMPARE(c[1].value, u"FALSE"_qs);
        QCOMPARE(c[2].kind, CellKind::Error);
        QCOMPARE(c[2].value, u"#N/A"_qs);
        QCOMPARE(c[3].value, u"2025-04-03"_qs);
        QCOMPARE(c[4].value, u"2025-04-03T12:00:00"_qs);
        QCOMPARE(c[5].kind, CellKind::Time);
        QCOMPARE(c[5].value, u"12:00:00"_qs);
        QCOMPARE(c[6].kind, CellKind::Date);
        QCOMPARE(c[7].value, u"sebaris"_qs);
        QCOMPARE(c[8].value, u"2"_qs);
        QCOMPARE(c[9].value, u"-0.00125"_qs);
        QVERIFY(r.nextCells(c));
        QCOMPARE(r.lineNumber(), 13);
        QCOMPARE(c[27].value, u"7"_qs);
        QCOMPARE(c[0].kind, CellKind::Empty);
    }

    void date1904System()
    {
        const QString file = path("mac.xlsx");
        writeZip(file, package("<row><c><v>1</v></c></row><row><c s=\"1\"><v>0</v></c></row><row><c s=\"1\"><v>44288</v></c></row>",
                               {}, "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>", workbookXml(true)));
        XlsxReader r(file);
        QVERIFY(r.date1904());
        QCOMPARE(allRows(r), QList<QStringList>({{u"1904-01-01"_qs}, {u"2025-04-03"_qs}}));
    }

    void invalidXmlNamesThePart()
    {
        const QString file = path("rusak.xlsx");
        writeZip(file, package("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
        const Error e = errorOf([&] { XlsxReader r(file); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"xl/worksheets/sheet1.xml"), qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(u"XML error"));
    }

    void otherDamage_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QByteArray>("shared");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shared index out of range") << QByteArray("<row><c t=\"s\"><v>5</v></c></row>")
                                                   << QByteArray("<si><t>a</t></si>") << u"shared text number 5"_qs;
        QTest::newRow("bad cell reference") << QByteArray("<row><c r=\"1A\"><v>1</v></c></row>") << QByteArray()
                                            << u"invalid cell reference 1A"_qs;
        QTest::newRow("column beyond limit") << QByteArray("<row><c r=\"ALM1\"><v>1</v></c></row>") << QByteArray()
                                             << u"beyond the limit of 1000 columns"_qs;
        QTest::newRow("invalid shared strings") << QByteArray("<row><c t=\"s\"><v>0</v></c></row>")
                                                << QByteArray("<si><t>a</si>") << u"xl/sharedStrings.xml"_qs;
    }
    void otherDamage()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QByteArray, shared);
        QFETCH(QString, expected);
        const QString file = path("rusak2.xlsx");
        writeZip(file, package(sheet, shared));
        const Error e = errorOf([&] { XlsxReader r(file); allRows(r); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(expected), qPrintable(e.userMessage()));
    }

    void doctypeIsRefused()
    {
        const QString file = path("dtd.xlsx");
        QList<Part> parts = package("<row><c><v>1</v></c></row>");
        parts[3].bytes = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                         "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
        writeZip(file, parts);
        const Error e = errorOf([&] { XlsxReader r(file); });
        QVERIFY2(e.userMessage().contains(u"document type declaration"), qPrintable(e.userMessage()));
    }

    void zipBombOneGigabyte()
    {
        const QString file = path("bom.xlsx");
        writeBomb(file, 1024ULL * 1024 * 1024, 1); // fastest level: still a few MB for 1 GB
        QVERIFY(QFileInfo(file).size() < 16 * 1024 * 1024);
        const Error e = errorOf([&] { XlsxReader r(file); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"too large to import safely"), qPrintable(e.userMessage()));
    }

    void zipBombByRatio()
    {
        const QString file = path("bom-kecil.xlsx");
        writeBomb(file, 64ULL * 1024 * 1024, 9); // under the size limit, but about 1000:1
        const Error e = errorOf([&] { XlsxReader r(file); });
        QVERIFY2(e.userMessage().contains(u"zip bomb"), qPrintable(e.userMessage()));
    }

    void sharedStringsLimits()
    {
        const QString file = path("banyak.xlsx");
        QByteArray shared;
        for (int i = 0; i < 50; ++i)
            shared += "<si><t>teks " + QByteArray::number(i) + "</t></si>";
        writeZip(file, package("<row><c t=\"s\"><v>0</v></c></row>", shared));
        ImportLimits count;
        count.maxSharedStrings = 10;
        QVERIFY(errorOf([&] { XlsxReader r(file, count); }).userMessage().contains(u"more than 10 different texts"));
        ImportLimits bytes;
        bytes.maxSharedStringsBytes = 500;
        QVERIFY(errorOf([&] { XlsxReader r(file, bytes); }).userMessage().contains(u"too large"));
        XlsxReader fine(file);
        QCOMPARE(fine.header(), QStringList({u"teks 0"_qs}));
    }

    void lyingSizeIsCapped()
    {
        // The directory claims 100 bytes for a 20 KB sheet: inflating must stop at the claim.
        const QString file = path("bohong.xlsx");
        QByteArray rows;
        for (int i = 1; i <= 500; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) + "</v></c></row>";
        writeZip(file, package(rows));
        QByteArray bytes = test::readAll(file);
        const QByteArray name = "xl/worksheets/sheet1.xml";
        auto patch = [&](const QByteArray &sig, int sizeOffset) {
            for (qsizetype at = bytes.indexOf(sig); at >= 0; at = bytes.indexOf(sig, at + 1)) {
                const int nameOffset = sig == "PK\x01\x02" ? 46 : 30;
                if (bytes.mid(at + nameOffset, name.size()) == name) {
                    const char small[4] = {100, 0, 0, 0};
                    bytes.replace(at + sizeOffset, 4, QByteArray(small, 4));
                }
            }
        };
        patch("PK\x03\x04", 22);
        patch("PK\x01\x02", 24);
        test::writeAll(file, bytes);
        const Error e = errorOf([&] { XlsxReader r(file); allRows(r); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        // libzip may notice the mismatch itself (CRC/size check) or our cap stops it; either way: refused.
        QVERIFY2(e.userMessage().contains(u"larger than its zip directory says") || e.userMessage().contains(u"damaged"),
                 qPrintable(e.userMessage()));
        qInfo("%s", qPrintable(e.userMessage()));
    }

    void notAZip()
    {
        const QString file = path("palsu.xlsx");
        test::writeAll(file, "nama,kota\nContoh,Bogor\n");
        const Error e = errorOf([&] { TabularReaderFactory::open(file); });
        QVERIFY2(e.userMessage().contains(u"not an .xlsx workbook"), qPrintable(e.userMessage()));
        const QString truncated = path("potong.xlsx");
        test::writeAll(truncated, test::readAll(m_book).left(200));
        QCOMPARE(errorOf([&] { XlsxReader r(truncated); }).code(), ErrorCode::InvalidArgument);
        const QString empty = path("kosong.xlsx");
        test::writeAll(empty, {});
        QVERIFY(errorOf([&] { XlsxReader r(empty); }).userMessage().contains(u"empty"));
        const QString zipNoWorkbook = path("zip-biasa.xlsx");
        writeZip(zipNoWorkbook, {{"readme.txt", "halo"}});
        QVERIFY(errorOf([&] { XlsxReader r(zipNoWorkbook); }).userMessage().contains(u"not an Excel workbook"));
    }

    void passwordProtectedOrXls()
    {
        const QString file = path("terkunci.xlsx");
        test::writeAll(file, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        const Error e = errorOf([&] { TabularReaderFactory::open(file); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"password-protected or in the old .xls format"), qPrintable(e.userMessage()));
        const QString xls = path("lama.xls");
        test::writeAll(xls, test::readAll(file));
        QVERIFY(errorOf([&] { TabularReaderFactory::open(xls); }).userMessage().contains(u".xls"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
