// CsvReader: encodings, delimiters, RFC 4180 quoting, ragged rows, hostile input and streaming.
// All data is synthetic.
#include "TestSupport.h"
#include "common/Error.h"
#include "importing/CsvReader.h"
#include "importing/CsvSniffer.h"
#include "importing/TabularReaderFactory.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

namespace {

std::unique_ptr<CsvReader> fromBytes(const QByteArray &bytes, CsvReader::Options options = {})
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvReader>(std::move(buffer), options);
}

QList<QStringList> allRows(CsvReader &reader)
{
    QList<QStringList> rows;
    QStringList row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

// Runs f and returns the Error it throws; fails the test when it throws nothing.
Error errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return Error(ErrorCode::Internal, u"no error thrown"_qs);
}

CsvReader::Options smallBlocks(qint64 bytes)
{
    CsvReader::Options o;
    o.limits.csvBlockBytes = bytes;
    return o;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void utf8WithAndWithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("bom");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFnama,kota\nSiti Contoh,Bogor\xC3\xA9\n") << true;
        QTest::newRow("no bom") << QByteArray("nama,kota\nSiti Contoh,Bogor\xC3\xA9\n") << false;
    }
    void utf8WithAndWithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, bom);
        auto r = fromBytes(bytes);
        QCOMPARE(r->header(), QStringList({u"nama"_qs, u"kota"_qs}));
        QCOMPARE(r->encoding(), TextEncoding::Utf8);
        QCOMPARE(r->hadBom(), bom);
        const auto rows = allRows(*r);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][1], u"Bogor\u00E9"_qs);
    }

    void windows1252()
    {
        // é and ‘smart quotes’ as Excel's plain "CSV" writes them on Windows.
        auto r = fromBytes(QByteArray("nama;catatan\nJos\xE9 Contoh;\x91sudah\x92 \x80 5\n"));
        QCOMPARE(r->encoding(), TextEncoding::Windows1252);
        const auto rows = allRows(*r);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0], u"Jos\u00E9 Contoh"_qs);
        QCOMPARE(rows[0][1], u"\u2018sudah\u2019 \u20AC 5"_qs);
    }

    void windows1252AfterAsciiBlocks()
    {
        // The first non-ASCII byte is far beyond the first block: the switch must still happen.
        QByteArray bytes("kode,nama\n");
        for (int i = 0; i < 200; ++i)
            bytes += "A" + QByteArray::number(i) + ",Contoh\n";
        bytes += "Z1,Caf\xE9\n";
        auto r = fromBytes(bytes, smallBlocks(64));
        const auto rows = allRows(*r);
        QCOMPARE(rows.size(), 201);
        QCOMPARE(rows.last()[1], u"Caf\u00E9"_qs);
        QCOMPARE(r->encoding(), TextEncoding::Windows1252);
    }

    void utf8SequenceSplitAcrossBlocks()
    {
        QByteArray bytes("a,b\n");
        for (int i = 0; i < 100; ++i)
            bytes += "x,\xE2\x82\xAC\xC3\xA9\n"; // € é, cut by every block size below
        for (qint64 block : {16, 17, 18, 19}) {
            auto r = fromBytes(bytes, smallBlocks(block));
            const auto rows = allRows(*r);
            QCOMPARE(rows.size(), 100);
            QCOMPARE(rows.last()[1], u"\u20AC\u00E9"_qs);
            QCOMPARE(r->encoding(), TextEncoding::Utf8);
        }
    }

    // The first non-ASCII byte at every position of the eight-byte words the UTF-8 check skips ASCII in,
    // and at the end of the block: a Windows-1252 é (not UTF-8) switches the encoding, a UTF-8 é is read
    // as é. Either way the cell reads "é" in the same place.
    void firstNonAsciiByteAtEveryOffset()
    {
        for (int offset = 0; offset < 20; ++offset) {
            for (const QByteArray &e : {QByteArray("\xE9"), QByteArray("\xC3\xA9")}) {
                const QByteArray bytes = "a\n" + QByteArray(offset, 'x') + e + "yz\n";
                for (const qint64 block : {qint64(64 * 1024), qint64(8), qint64(offset + 3)}) {
                    auto r = fromBytes(bytes, smallBlocks(block));
                    const auto rows = allRows(*r);
                    QCOMPARE(rows.size(), 1);
                    QCOMPARE(rows.first().value(0), QString(offset, u'x') + u"\u00E9yz"_qs);
                    QCOMPARE(r->encoding(), e.size() == 1 ? TextEncoding::Windows1252 : TextEncoding::Utf8);
                }
            }
        }
    }

    void mixedEncodingIsReported()
    {
        QByteArray bytes("a,b\nx,\xC3\xA9\n");
        for (int i = 0; i < 50; ++i)
            bytes += "y,z\n";
        bytes += "w,\xE9\n";
        const Error e = errorOf([&] { allRows(*fromBytes(bytes, smallBlocks(32))); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"encodings"), qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(u"Line 5"));
    }

    void utf16WithBom()
    {
        const QString text = u"nama\tumur\r\nBudi Contoh\t30\r\n"_qs;
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto r = fromBytes(bytes);
        QCOMPARE(r->encoding(), TextEncoding::Utf16LE);
        QCOMPARE(r->delimiter(), QChar(u'\t'));
        QCOMPARE(allRows(*r), QList<QStringList>({{u"Budi Contoh"_qs, u"30"_qs}}));
    }

    // The encoding chosen by the user (import wizard) wins over detection.
    void chosenEncoding()
    {
        // UTF-16 without a byte order mark: detection sees zero bytes and calls it binary.
        const QString text = u"nama;kota\r\nDédé Ñoño;Semarang\r\n"_qs;
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QCOMPARE(errorOf([&] { fromBytes(utf16); }).code(), ErrorCode::InvalidArgument);
        CsvReader::Options utf16Options;
        utf16Options.encoding = TextEncoding::Utf16LE;
        auto r = fromBytes(utf16, utf16Options);
        QCOMPARE(r->encoding(), TextEncoding::Utf16LE);
        QCOMPARE(r->header(), (QStringList{u"nama"_qs, u"kota"_qs}));
        QCOMPARE(allRows(*r), QList<QStringList>({{u"Dédé Ñoño"_qs, u"Semarang"_qs}}));
        // A BOM still tells the byte order.
        QByteArray bigEndian("\xFE\xFF");
        for (const QChar c : text)
            bigEndian += char(c.unicode() >> 8), bigEndian += char(c.unicode() & 0xff);
        auto be = fromBytes(bigEndian, utf16Options);
        QCOMPARE(be->encoding(), TextEncoding::Utf16BE);
        QCOMPARE(allRows(*be), QList<QStringList>({{u"Dédé Ñoño"_qs, u"Semarang"_qs}}));

        // UTF-8 text read as Windows-1252 when the user says so (and shows as such).
        CsvReader::Options cp1252;
        cp1252.encoding = TextEncoding::Windows1252;
        auto w = fromBytes(text.toUtf8(), cp1252);
        QCOMPARE(w->encoding(), TextEncoding::Windows1252);
        QCOMPARE(allRows(*w).value(0).value(0), u"DÃ©dÃ© Ã‘oÃ±o"_qs);

        // Windows-1252 bytes with UTF-8 chosen: an error naming the choice, not a silent fallback.
        CsvReader::Options utf8;
        utf8.encoding = TextEncoding::Utf8;
        const QByteArray latin("nama;kota\r\nD\xE9\x64\xE9;Semarang\r\n");
        QCOMPARE(fromBytes(latin)->encoding(), TextEncoding::Windows1252);
        const Error e = errorOf([&] { allRows(*fromBytes(latin, utf8)); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"not UTF-8"), qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(u"Line 2"));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,\"x;y\",3\n4,5,6\n") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;\"x,y\";3\n4;5,25;6\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\tx, y; z\t3\n4\t5\t6\n") << QChar(u'\t');
        QTest::newRow("quoted delimiters ignored")
            << QByteArray("\"a,a\";b;c\n\"1,1,1\";2;3\n\"4,4\";5;6\n") << QChar(u';');
    }
    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        auto r = fromBytes(bytes);
        QCOMPARE(r->delimiter(), delimiter);
        QCOMPARE(r->header().size(), 3);
        const auto rows = allRows(*r);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].size(), 3);
        QCOMPARE(r->raggedCount(), 0);
    }

    void snifferDefaultsToComma()
    {
        QCOMPARE(CsvSniffer::detectDelimiter(u"single column\nvalue\n", true), QChar(u','));
        QCOMPARE(CsvSniffer::detectDelimiter(u"", true), QChar(u','));
    }

    void quotedNewlinesAndLineNumbers()
    {
        auto r = fromBytes(QByteArray("nama,alamat\r\n\"Andi Contoh\",\"Jl. Contoh 1\r\nRT 01\"\r\nB,C\r\n"));
        QStringList row;
        QVERIFY(r->next(row));
        QCOMPARE(row[1], u"Jl. Contoh 1\r\nRT 01"_qs);
        QCOMPARE(r->lineNumber(), 2);
        QVERIFY(r->next(row));
        QCOMPARE(row, QStringList({u"B"_qs, u"C"_qs}));
        QCOMPARE(r->lineNumber(), 4);
        QCOMPARE(r->recordNumber(), 3);
        QVERIFY(!r->next(row));
    }

    void doubledQuotes()
    {
        auto r = fromBytes(QByteArray("a,b\n\"Toko \"\"Maju\"\", Jaya\",\"\"\"\"\n5\" disk,x\n"));
        const auto rows = allRows(*r);
        QCOMPARE(rows[0], QStringList({u"Toko \"Maju\", Jaya"_qs, u"\""_qs}));
        QCOMPARE(rows[1], QStringList({u"5\" disk"_qs, u"x"_qs}));
    }

    void lineEndsAndBlankLines()
    {
        auto lf = fromBytes(QByteArray("a,b\n1,2\n\n3,4"));
        QCOMPARE(allRows(*lf), QList<QStringList>({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}}));
        auto cr = fromBytes(QByteArray("a,b\r1,2\r3,4\r"));
        QCOMPARE(allRows(*cr), QList<QStringList>({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}}));
        // An explicitly quoted empty field is a row, not a blank line.
        auto quoted = fromBytes(QByteArray("a\n\"\"\n"));
        QCOMPARE(allRows(*quoted), QList<QStringList>({{QString()}}));
    }

    void raggedRowsAreReportedNotFatal()
    {
        auto r = fromBytes(QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"));
        const auto rows = allRows(*r);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].size(), 2);
        QCOMPARE(rows[2].size(), 4);
        QCOMPARE(r->raggedCount(), 2);
        QCOMPARE(r->raggedLines(), QList<qint64>({3, 4}));
    }

    void nulBytesAreRejected()
    {
        const Error e = errorOf([] { fromBytes(QByteArray("a,b\n1,\0x\n", 9)); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"not a text/CSV file"), qPrintable(e.userMessage()));
        // Also beyond the first block, where the parser rather than the sniffing finds it.
        QByteArray late("a,b\n");
        for (int i = 0; i < 100; ++i)
            late += "1,2\n";
        late += QByteArray("3,\0\n", 4);
        const Error e2 = errorOf([&] { allRows(*fromBytes(late, smallBlocks(64))); });
        QVERIFY2(e2.userMessage().contains(u"Line 102"), qPrintable(e2.userMessage()));
        // Binary without NULs but full of control bytes.
        QByteArray binary;
        for (int i = 1; i < 256; ++i)
            binary += char(i % 32 == 0 ? 1 : i % 32);
        QVERIFY(errorOf([&] { fromBytes(binary); }).userMessage().contains(u"not a text/CSV file"));
    }

    void emptyFiles()
    {
        const QString path = m_tmp.filePath(u"kosong.csv"_qs);
        test::writeAll(path, {});
        const Error e = errorOf([&] { CsvReader r(path); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY(e.userMessage().contains(u"empty"));
        QVERIFY(errorOf([] { fromBytes(QByteArray("\xEF\xBB\xBF")); }).userMessage().contains(u"no rows"));
        QVERIFY(errorOf([] { fromBytes(QByteArray("\n\r\n\n")); }).userMessage().contains(u"no rows"));
        QCOMPARE(errorOf([&] { CsvReader r(m_tmp.filePath(u"tidak-ada.csv"_qs)); }).code(), ErrorCode::NotFound);
    }

    void fieldLimit()
    {
        QByteArray bytes("a,b\n1,\"");
        bytes += QByteArray(1024 * 1024 + 1, 'x');
        bytes += "\"\n";
        const Error e = errorOf([&] { allRows(*fromBytes(bytes)); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.userMessage().contains(u"longer than 1048576"), qPrintable(e.userMessage()));
        // Exactly at the limit is fine.
        QByteArray ok("a\n");
        ok += QByteArray(1024 * 1024, 'y');
        ok += "\n";
        QCOMPARE(allRows(*fromBytes(ok)).first().first().size(), 1024 * 1024);
    }

    void columnLimit()
    {
        QByteArray header;
        for (int i = 0; i < 1001; ++i)
            header += (i ? "," : "") + QByteArray::number(i);
        const Error e = errorOf([&] { fromBytes(header + "\n"); });
        QVERIFY2(e.userMessage().contains(u"more than 1000 columns"), qPrintable(e.userMessage()));
    }

    void unterminatedQuote()
    {
        const Error e = errorOf([] { allRows(*fromBytes(QByteArray("a,b\n1,2\n3,\"open\n4,5\n"))); });
        QVERIFY2(e.userMessage().contains(u"Line 3") && e.userMessage().contains(u"closing quote"),
                 qPrintable(e.userMessage()));
    }

    void cellsCarryKinds()
    {
        auto r = fromBytes(QByteArray("a,b\n'3299990000000001,\n"));
        QList<TabularCell> cells;
        QVERIFY(r->nextCells(cells));
        QCOMPARE(cells[0].kind, CellKind::Text);
        QCOMPARE(cells[0].raw, u"'3299990000000001"_qs);
        QCOMPARE(cells[1].kind, CellKind::Empty);
    }

    void streamsLargeFileInBlocks()
    {
        // ~50 MB of synthetic rows; the reader must get through it holding only a block or two.
        const QString path = m_tmp.filePath(u"besar.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("nik;nama;alamat;tanggal_lahir\r\n");
            QByteArray chunk;
            qint64 written = 0;
            int i = 0;
            while (written < 50LL * 1024 * 1024) {
                chunk.clear();
                for (int k = 0; k < 1000; ++k, ++i)
                    chunk += "32999900000" + QByteArray::number(10000 + i % 90000) + ";Contoh Nama " + QByteArray::number(i)
                             + ";\"Jl. Contoh No. " + QByteArray::number(i % 500) + "; RT 01\";01/02/1990\r\n";
                written += f.write(chunk);
            }
        }
        QElapsedTimer timer;
        timer.start();
        CsvReader r(path);
        QCOMPARE(r.delimiter(), QChar(u';'));
        QStringList row;
        qint64 rows = 0;
        qint64 lastProgress = 0;
        while (r.next(row)) {
            ++rows;
            QCOMPARE(row.size(), 4);
            QVERIFY(r.bytesRead() >= lastProgress);
            lastProgress = r.bytesRead();
        }
        QVERIFY(rows > 500000);
        QCOMPARE(r.bytesRead(), r.bytesTotal());
        QCOMPARE(r.raggedCount(), 0);
        QVERIFY2(r.peakBufferBytes() < 1024 * 1024, qPrintable(QString::number(r.peakBufferBytes())));
        qInfo("%lld rows, %lld MB in %lld ms, peak buffer %lld bytes", rows, r.bytesTotal() / (1024 * 1024),
              timer.elapsed(), r.peakBufferBytes());
    }

    void factoryPicksTheReader()
    {
        const QString csv = m_tmp.filePath(u"data.csv"_qs);
        test::writeAll(csv, "a,b\n1,2\n");
        auto reader = TabularReaderFactory::open(csv);
        QCOMPARE(reader->header(), QStringList({u"a"_qs, u"b"_qs}));
        QVERIFY(reader->sheetNames().isEmpty());
        reader->selectSheet(3); // a no-op for CSV
        QStringList row;
        QVERIFY(reader->next(row));
        QCOMPARE(TabularReaderFactory::detect(csv), TabularReaderFactory::Kind::Csv);
        const QString zipNamedCsv = m_tmp.filePath(u"sebenarnya-xlsx.csv"_qs);
        test::writeAll(zipNamedCsv, QByteArray("PK\x03\x04", 4) + QByteArray(30, '\0'));
        QCOMPARE(TabularReaderFactory::detect(zipNamedCsv), TabularReaderFactory::Kind::Xlsx);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
