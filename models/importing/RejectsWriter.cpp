#include "RejectsWriter.h"

#include "common/Error.h"

namespace sinergi {

RejectsWriter::RejectsWriter(QString path, QStringList header) : m_path(std::move(path)), m_header(std::move(header))
{
}

RejectsWriter::~RejectsWriter()
{
    // Still open: the import failed half-way (an exception); a partial list would mislead.
    if (m_file && m_file->isOpen())
        discard();
}

QByteArray RejectsWriter::field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') ||
        utf8.startsWith(' ') || utf8.endsWith(' ')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

void RejectsWriter::open()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorCode::Io, tr("Cannot write the rejected rows to %1: %2").arg(m_path, m_file->errorString()));
    QByteArray line = "\xEF\xBB\xBF" + field(tr("row")) + ',' + field(tr("reason"));
    for (const QString &h : std::as_const(m_header))
        line += ',' + field(h);
    m_file->write(line + "\r\n");
}

void RejectsWriter::write(qint64 sourceRow, const QString &reason, const QList<TabularCell> &cells)
{
    if (!m_file)
        open();
    QByteArray line = QByteArray::number(sourceRow) + ',' + field(reason);
    for (qsizetype i = 0; i < std::max(cells.size(), m_header.size()); ++i)
        line += ',' + field(i < cells.size() ? cells.at(i).value : QString());
    m_file->write(line + "\r\n");
}

void RejectsWriter::finish()
{
    if (!m_file)
        return;
    if (!m_file->flush() || m_file->error() != QFileDevice::NoError) {
        const QString why = m_file->errorString();
        discard();
        throw Error(ErrorCode::Io, tr("Cannot write the rejected rows to %1: %2").arg(m_path, why));
    }
    m_file->close();
}

void RejectsWriter::discard()
{
    if (!m_file)
        return;
    m_file->close();
    m_file->remove();
    m_file.reset();
}

} // namespace sinergi
