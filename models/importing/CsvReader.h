#pragma once

#include "importing/CsvTextDecoder.h"
#include "importing/ImportLimits.h"
#include "importing/TabularReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <optional>

namespace sinergi {

// Streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks; CRLF, LF or
// CR line ends; encoding and delimiter detected from the start of the file. The file is read in blocks
// of ImportLimits::csvBlockBytes and only the current record is held, so a 100 MB export costs a few
// hundred KB. Blank lines are skipped. The first non-blank record is the header.
class CsvReader : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::CsvReader)
public:
    struct Options
    {
        ImportLimits limits;
        QChar delimiter;                      // null: detect
        std::optional<TextEncoding> encoding; // unset: detect
    };

    explicit CsvReader(const QString &path, Options options = {});
    // Reads from an open device (a QBuffer in the fuzzer); the reader takes it over.
    explicit CsvReader(std::unique_ptr<QIODevice> device, Options options = {});

    const QStringList &header() const override { return m_header; }
    // Fills `cells` in place: the strings of a list reused from the previous call keep their buffers, so
    // a caller that recycles its rows (the importer's queue) reads a record without allocating. On an
    // error the list's contents are unspecified.
    bool nextCells(QList<TabularCell> &cells) override;
    // The same without the cell wrapper, for callers that only want text.
    bool nextRecord(QStringList &fields);

    // nextCells() in two halves, so that a bulk import splits records into cells on the threads that
    // use them (PreparedRowQueue) instead of on the one reading thread: nextRecordText() finds the next
    // non-blank record and checks it (quotes closed, limits, no NUL; ragged rows noted), and gives its
    // text as in the file without the line end; splitRecord() turns such a text into cells. It only reads
    // the delimiter, so any thread may call it while the reader goes on; the cells are filled in place as
    // nextCells() does.
    bool nextRecordText(QString &text);
    void splitRecord(QStringView text, QList<TabularCell> &cells) const;

    qint64 lineNumber() const override { return m_recordLine; }
    qint64 recordNumber() const override { return m_recordNo; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 bytesTotal() const override { return m_total; }

    QChar delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_decoder.encoding(); }
    bool hadBom() const { return m_decoder.hadBom(); }
    // The largest the read buffers have been, in bytes: tests use it to prove the reader streams.
    qint64 peakBufferBytes() const { return m_peakBuffer; }

private:
    void start(const Options &options);
    bool refill();
    bool readRecordText(QString &text, qsizetype &fields);
    bool readNonBlankText(QString &text, qsizetype &fields);
    void checkField(qsizetype fieldChars);
    void endField(qsizetype &fields, qsizetype fieldChars, qsizetype &recordChars);
    [[noreturn]] void fail(const QString &message) const;

    std::unique_ptr<QIODevice> m_device;
    ImportLimits m_limits;
    CsvTextDecoder m_decoder;
    QChar m_delimiter;
    QStringList m_header;
    QList<TabularCell> m_scratch; // nextRecord()'s cells
    QString m_record;             // nextCells()' record text

    QString m_text;     // decoded text not yet consumed, from m_pos
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    bool m_mixedEncoding = false; // reported once the parser reaches the bad bytes
    bool m_skipLf = false;  // the last record ended with CR: a following LF belongs to it

    qint64 m_line = 1;       // physical line at m_pos
    qint64 m_recordLine = 0; // line where the last record started
    qint64 m_recordNo = 0;
    qint64 m_bytesRead = 0;
    qint64 m_total = 0;
    qint64 m_peakBuffer = 0;
};

} // namespace sinergi
