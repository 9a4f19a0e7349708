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
    if (!readNonBlank(m_scratch))
        throw Error(ErrorCode::InvalidArgument, tr("The file contains no rows: there is nothing to import."));
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

void CsvReader::appendChecked(QString &field, const QChar *from, qsizetype count)
{
    if (field.size() + count > m_limits.maxFieldChars)
        fail(tr("A field is longer than %1 characters. This is not a normal export; check the file and the "
                "delimiter.")
                 .arg(m_limits.maxFieldChars));
    field.append(from, count);
}

// The cell for field `index`, emptied for the next field's text. A cell left from the previous record
// keeps its buffer: raw shares it and is released first, so the buffer is reused unless someone else
// still holds the old text (then resize() lets go of it and the text gets a buffer of its own).
QString &CsvReader::startField(QList<TabularCell> &cells, qsizetype index)
{
    if (index == cells.size())
        cells.emplace_back();
    TabularCell &cell = cells[index];
    cell.raw = QString();
    cell.value.resize(0);
    return cell.value;
}

void CsvReader::endField(QList<TabularCell> &cells, qsizetype &count, qsizetype &recordChars)
{
    if (count >= m_limits.maxColumns)
        fail(tr("The row has more than %1 columns.").arg(m_limits.maxColumns));
    TabularCell &cell = cells[count++];
    recordChars += cell.value.size();
    if (recordChars > m_limits.maxRecordChars)
        fail(tr("The row is longer than %1 characters.").arg(m_limits.maxRecordChars));
    cell.raw = cell.value; // the text as stored is the value: shared, not copied
    cell.kind = cell.value.isEmpty() ? CellKind::Empty : CellKind::Text;
}

// A character-level state machine that survives block boundaries: the unconsumed text stays in m_text,
// the current field in the cell it goes to. Runs of ordinary characters are copied in one go. The record's
// fields are written over the cells already in the list (see startField), which is then cut to their count.
bool CsvReader::readRecord(QList<TabularCell> &cells)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    qsizetype count = 0;
    QString *field = nullptr; // cells[count].value once the record has started
    qsizetype recordChars = 0;
    State state = State::FieldStart;
    bool started = false;
    bool quoted = false;
    qint64 quoteLine = 0;
    const char16_t delim = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!refill())
                break;
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
            field = &startField(cells, count);
        }
        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == u'"') {
                ++m_pos;
                state = State::Quoted;
                quoted = true;
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
            appendChecked(*field, data + m_pos, i - m_pos);
            m_pos = i;
            if (i == n)
                break;
            const char16_t c = data[m_pos++].unicode();
            if (c == delim) {
                endField(cells, count, recordChars);
                field = &startField(cells, count);
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_skipLf = (c == u'\r');
                endField(cells, count, recordChars);
                return endRecord(cells, count, quoted);
            } else if (c == u'"') {
                // A stray quote inside an unquoted field (5" disk): keep it, as spreadsheets do.
                appendChecked(*field, data + m_pos - 1, 1);
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
            appendChecked(*field, data + m_pos, i - m_pos);
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
            if (data[m_pos] == u'"') {
                appendChecked(*field, data + m_pos, 1);
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
    endField(cells, count, recordChars);
    return endRecord(cells, count, quoted);
}

// Drops the cells a longer previous record left behind and notes whether this record was a blank line.
bool CsvReader::endRecord(QList<TabularCell> &cells, qsizetype count, bool quoted)
{
    cells.resize(count);
    m_lastBlank = count == 1 && cells.first().value.isEmpty() && !quoted;
    return true;
}

bool CsvReader::readNonBlank(QList<TabularCell> &cells)
{
    while (readRecord(cells)) {
        if (!m_lastBlank) {
            ++m_recordNo;
            return true;
        }
    }
    return false;
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
    if (!readNonBlank(cells))
        return false;
    if (cells.size() != m_header.size())
        noteRagged(m_recordLine);
    return true;
}

} // namespace sinergi
