#include "CsvExportSink.h"

#include "FormulaGuard.h"
#include "common/Error.h"

#include <QDate>

namespace sinergi {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20; // write in 1 MiB pieces: few syscalls, bounded memory

} // namespace

CsvExportSink::CsvExportSink(const QString &path, QChar delimiter)
    : m_file(path), m_delimiter(static_cast<char>(delimiter.toLatin1()))
{
    if (delimiter != u';' && delimiter != u',' && delimiter != u'\t')
        throw Error(ErrorCode::InvalidArgument, tr("The CSV delimiter must be ';', ',' or a tab."));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorCode::ReadOnly, path + u": "_qs + m_file.errorString());
    m_buffer.reserve(kFlushBytes + 4096);
    m_buffer += "\xEF\xBB\xBF";
}

void CsvExportSink::header(const QStringList &labels)
{
    for (const QString &l : labels)
        field(l, true);
    endLine();
}

void CsvExportSink::row(const QVariantList &cells)
{
    for (const QVariant &v : cells) {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            field({}, false);
            break;
        case QMetaType::QDate:
            field(v.toDate().toString(Qt::ISODate), false);
            break;
        case QMetaType::Bool:
            field(v.toBool() ? u"1"_qs : u"0"_qs, false);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            field(QString::number(v.toLongLong()), false);
            break;
        case QMetaType::Double:
            field(QString::number(v.toDouble(), 'g', 15), false);
            break;
        default:
            field(v.toString(), true);
            break;
        }
    }
    endLine();
}

void CsvExportSink::field(const QString &text, bool guard)
{
    if (!m_lineStart)
        m_buffer += m_delimiter;
    m_lineStart = false;
    const QByteArray utf8 = (guard ? guardFormula(text) : text).toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer += utf8;
        return;
    }
    m_buffer += '"';
    for (const char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvExportSink::endLine()
{
    m_buffer += "\r\n";
    m_lineStart = true;
    if (m_buffer.size() >= kFlushBytes)
        flushBuffer();
}

void CsvExportSink::flushBuffer()
{
    const qint64 written = m_file.write(m_buffer);
    // A short write to a regular file without an error means the disk (or the file-size limit) is full:
    // the kernel wrote what fitted and the next write would fail with ENOSPC / EFBIG.
    if (written >= 0 && written < m_buffer.size())
        throw Error(ErrorCode::DiskFull, m_file.fileName() + u": short write"_qs);
    if (written < 0)
        fail();
    m_buffer.clear();
}

void CsvExportSink::finish()
{
    flushBuffer();
    // QFile buffers too: flush explicitly and check, because a failed flush inside close() is not reported.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        fail();
    m_file.close();
}

void CsvExportSink::fail()
{
    const bool full =
        m_file.error() == QFileDevice::ResourceError || m_file.error() == QFileDevice::WriteError;
    throw Error(full ? ErrorCode::DiskFull : ErrorCode::Io,
                m_file.fileName() + u": "_qs + m_file.errorString());
}

} // namespace sinergi
