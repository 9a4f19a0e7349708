#pragma once

#include "importing/TabularCell.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>

namespace sinergi {

// Writes the rows an import refused to a CSV the user can open in Excel, fix and import again: the
// source row number, the reason(s), then the row's original cells under the original header. UTF-8 with
// a BOM (Excel reads UTF-8 only with one), CRLF, RFC 4180 quoting. The file is created on the first
// rejected row, so a clean import leaves no file behind. It holds personal data like the source file
// does; discard() removes it (cancelled or failed import).
class RejectsWriter
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RejectsWriter)
public:
    RejectsWriter(QString path, QStringList header);
    ~RejectsWriter();

    void write(qint64 sourceRow, const QString &reason, const QList<TabularCell> &cells);
    void finish();  // flushes; throws Error(Io / DiskFull) when the file could not be written
    void discard(); // closes and deletes the file
    bool created() const { return m_file != nullptr; }
    const QString &path() const { return m_path; }

private:
    void open();
    static QByteArray field(const QString &text);

    QString m_path;
    QStringList m_header;
    std::unique_ptr<QFile> m_file;
};

} // namespace sinergi
