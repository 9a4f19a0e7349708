#include "CsvReader.h"

#include "common/Error.h"
#include "importing/CsvSniffer.h"

#include <QFile>
#include <QFileDevice>

#include <algorithm>

namespace sinergi {

namespace {

// Text files have almost no control characters besides tab and line ends; an image or a database file
// read by mistake has many. One in a hundred is far above any real export.
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F)
            ++controls;
    }
    return controls * 100 > bytes.size();
}

} // namespace

CsvReader::CsvReader(const QString &path, Options options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        throw Error(file->error() == QFileDevice::OpenError && !file->exists() ? ErrorCode::NotFound : ErrorCode::Io,
                    tr("Cannot open %1: %2").arg(path, file->errorString()));
    }
    m_device = std::move(file);
    start(options);
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, Options options)
    : m_device(std::move(device))
{
    start(options);
}

void CsvReader::start(const Options &options)
{
    m_limits = options.limits;
    m_limits.csvBlockBytes = std::max<qint64>(m_limits.csvBlockBytes, 16);
    m_total = m_device->isSequential() ? 0 : m_device->size();

    QByteArray first = m_device->read(m_limits.csvBlockBytes);
    m_bytesRead = first.size();
    if (first.isEmpty())
        throw Error(ErrorCode::InvalidArgument, tr("The file is empty (0 bytes): there is nothing to import."));
    const qsizetype bom = m_decoder.detect(first, options.encoding);
    const bool utf16 = encoding() == TextEncoding::Utf16LE || encoding() == TextEncoding::Utf16BE;
    if (!utf16 && looksBinary(first))
        fail(tr("This is not a text/CSV file: it contains binary data. Choose a CSV export or an .xlsx "
                "workbook."));
    first.remove(0, bom);
    m_deviceDone = m_device->atEnd();
    CsvTextDecoder::Decoded decoded = m_decoder.decode(first, m_deviceDone);
    m_text = std::move(decoded.text);
    if (decoded.mixed) { // only after a BOM: the file said UTF-8
        m_mixedEncoding = true;
        m_deviceDone = true;
    }

    m_delimiter = options.delimiter.isNull() ? CsvSniffer::detectDelimiter(m_text, m_deviceDone) : options.delimiter;
    qsizetype fields = 0;
    if (!readNonBlankText(m_record, fields))
        throw Error(ErrorCode::InvalidArgument, tr("The file contains no rows: there is nothing to import."));
    splitRecord(m_record, m_scratch);
    for (const TabularCell &cell : std::as_const(m_scratch))
        m_header.append(cell.value.trimmed());
}

void CsvReader::fail(const QString &message) const
{
    throw Error(ErrorCode::InvalidArgument, tr("Line %1: %2").arg(m_line).arg(message));
}

bool CsvReader::refill()
{
    if (m_mixedEncoding && m_decoder.isForced())
        fail(tr("These bytes are not UTF-8 text. Choose another encoding (or automatic detection) for the "
                "file."));
    if (m_mixedEncoding)
        fail(tr("The file mixes text encodings: the start is UTF-8 but these bytes are not. Save the file "
                "again as \"CSV UTF-8\"."));
    if (m_deviceDone)
        return false;
    const QByteArray block = m_device->read(m_limits.csvBlockBytes);
    if (auto *file = qobject_cast<QFileDevice *>(m_device.get()); file && file->error() != QFileDevice::NoError)
        throw Error(ErrorCode::Io, tr("Reading the file failed: %1").arg(file->errorString()));
    m_bytesRead += block.size();
    m_deviceDone = block.isEmpty() || m_device->atEnd();
    const CsvTextDecoder::Decoded decoded = m_decoder.decode(block, m_deviceDone);
    if (decoded.mixed) {
        m_mixedEncoding = true; // the valid text before the bad bytes is still parsed
        m_deviceDone = true;
    }
    m_text.remove(0, m_pos);
    m_pos = 0;
    m_text.append(decoded.text);
    m_peakBuffer = std::max<qint64>(m_peakBuffer, m_text.capacity() * 2 + block.capacity());
    return !decoded.text.isEmpty() || !m_deviceDone || m_mixedEncoding;
}

void CsvReader::checkField(qsizetype fieldChars)
{
    if (fieldChars > m_limits.maxFieldChars)
        fail(tr("A field is longer than %1 characters. This is not a normal export; check the file and the "
                "delimiter.")
                 .arg(m_limits.maxFieldChars));
}

void CsvReader::endField(qsizetype &fields, qsizetype fieldChars, qsizetype &recordChars)
{
    if (fields >= m_limits.maxColumns)
        fail(tr("The row has more than %1 columns.").arg(m_limits.maxColumns));
    ++fields;
    recordChars += fieldChars;
    if (recordChars > m_limits.maxRecordChars)
        fail(tr("The row is longer than %1 characters.").arg(m_limits.maxRecordChars));
}

// A character-level state machine that survives block boundaries: the unconsumed text stays in m_text and
// the record's text so far in `text` (copied in runs: once per record unless it spans a refill). It only
// finds where the record ends and checks it; the cells are cut by splitRecord(). `fields` and the lengths
// counted are those of the values (quotes that enclose or escape are not part of them).
bool CsvReader::readRecordText(QString &text, qsizetype &fields)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    text.resize(0);
    fields = 0;
    qsizetype fieldChars = 0;
    qsizetype recordChars = 0;
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    qsizetype copied = m_pos; // m_text before this is in `text` already (or not part of the record)
    const char16_t delim = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (started)
                text.append(m_text.constData() + copied, m_pos - copied);
            if (!refill())
                break;
            copied = m_pos;
            continue;
        }
        const QChar *data = m_text.constData();
        const qsizetype n = m_text.size();
        if (!started) {
            if (m_skipLf) {
                m_skipLf = false;
                if (data[m_pos] == u'\n') {
                    ++m_pos;
                    continue;
                }
            }
            started = true;
            m_recordLine = m_line;
            copied = m_pos;
        }
        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == u'"') {
                ++m_pos;
                state = State::Quoted;
                quoteLine = m_line;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < n) {
                const char16_t c = data[i].unicode();
                if (c == delim || c == u'\n' || c == u'\r' || c == u'"' || c == 0)
                    break;
                ++i;
            }
            fieldChars += i - m_pos;
            checkField(fieldChars);
            m_pos = i;
            if (i == n)
                break;
            const char16_t c = data[m_pos].unicode();
            if (c == delim) {
                ++m_pos;
                endField(fields, fieldChars, recordChars);
                fieldChars = 0;
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                text.append(data + copied, m_pos - copied);
                ++m_pos;
                ++m_line;
                m_skipLf = (c == u'\r');
                endField(fields, fieldChars, recordChars);
                return true;
            } else if (c == u'"') {
                // A stray quote inside an unquoted field (5" disk): kept, as spreadsheets do.
                ++m_pos;
                checkField(++fieldChars);
            } else {
                fail(tr("This is not a text/CSV file: it contains NUL bytes."));
            }
            break;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            qint64 newlines = 0;
            while (i < n) {
                const char16_t c = data[i].unicode();
                if (c == u'"' || c == 0)
                    break;
                newlines += (c == u'\n');
                ++i;
            }
            fieldChars += i - m_pos;
            checkField(fieldChars);
            m_line += newlines;
            m_pos = i;
            if (i == n)
                break;
            if (data[m_pos] == QChar(0))
                fail(tr("This is not a text/CSV file: it contains NUL bytes."));
            ++m_pos;
            state = State::QuoteInQuoted;
            break;
        }
        case State::QuoteInQuoted:
            if (data[m_pos] == u'"') { // a doubled quote stands for one
                checkField(++fieldChars);
                ++m_pos;
                state = State::Quoted;
            } else {
                // The closing quote: what follows is a delimiter, a line end or (leniently) more text.
                state = State::Unquoted;
            }
            break;
        }
    }
    if (!started)
        return false;
    if (state == State::Quoted) {
        m_line = quoteLine;
        fail(tr("A quoted field starts here but its closing quote is missing."));
    }
    endField(fields, fieldChars, recordChars);
    return true;
}

// A blank line is a record with no text at all (a line holding only "" is a record with one empty field).
bool CsvReader::readNonBlankText(QString &text, qsizetype &fields)
{
    while (readRecordText(text, fields)) {
        if (!text.isEmpty()) {
            ++m_recordNo;
            return true;
        }
    }
    return false;
}

bool CsvReader::nextRecordText(QString &text)
{
    qsizetype fields = 0;
    if (!readNonBlankText(text, fields))
        return false;
    if (fields != m_header.size())
        noteRagged(m_recordLine);
    return true;
}

// The cell for each field is written over the one a previous record left in the list: a cell keeps its
// buffer (raw shares it and is released first), so the buffer is reused unless someone else still holds
// the old text (then resize() lets go of it and the text gets a buffer of its own). The text was checked
// by readRecordText(): a line end can only be inside quotes here, and every quote opened is closed.
void CsvReader::splitRecord(QStringView text, QList<TabularCell> &cells) const
{
    const QChar *data = text.data();
    const qsizetype n = text.size();
    const QChar delim = m_delimiter;
    qsizetype count = 0;
    qsizetype i = 0;
    for (;;) {
        if (count == cells.size())
            cells.emplace_back();
        TabularCell &cell = cells[count++];
        cell.raw = QString();
        QString &value = cell.value;
        value.resize(0);
        if (i < n && data[i] == u'"') {
            ++i;
            for (;;) {
                qsizetype j = i;
                while (j < n && data[j] != u'"')
                    ++j;
                value.append(data + i, j - i);
                i = std::min(j + 1, n);
                if (i < n && data[i] == u'"') { // a doubled quote stands for one
                    value.append(u'"');
                    ++i;
                    continue;
                }
                break;
            }
        }
        // Unquoted, or what follows a closing quote: everything up to the delimiter, stray quotes included.
        qsizetype j = i;
        while (j < n && data[j] != delim)
            ++j;
        value.append(data + i, j - i);
        cell.raw = value; // the text as stored is the value: shared, not copied
        cell.kind = value.isEmpty() ? CellKind::Empty : CellKind::Text;
        if (j >= n)
            break;
        i = j + 1;
    }
    cells.resize(count);
}

bool CsvReader::nextRecord(QStringList &fields)
{
    if (!nextCells(m_scratch))
        return false;
    fields.clear();
    for (const TabularCell &cell : std::as_const(m_scratch))
        fields.append(cell.value);
    return true;
}

bool CsvReader::nextCells(QList<TabularCell> &cells)
{
    if (!nextRecordText(m_record))
        return false;
    splitRecord(m_record, cells);
    return true;
}

} // namespace sinergi
