#pragma once

#include "ExportSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

namespace sinergi {

// RFC 4180 CSV in UTF-8 with a byte-order mark (without it Excel on Windows reads UTF-8 as the ANSI code
// page and garbles any letter outside ASCII), CRLF line ends, a chosen delimiter (';' or ','),
// fields quoted when they hold the delimiter, a quote or a line break. Text is formula-guarded.
// Dates are ISO (yyyy-mm-dd): unambiguous, and what the importer reads fastest.
class CsvExportSink : public ExportSink
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::CsvExportSink)
public:
    // Throws Error(ReadOnly) when the file cannot be created.
    CsvExportSink(const QString &path, QChar delimiter);
    void header(const QStringList &labels) override;
    void row(const QVariantList &cells) override;
    void finish() override;

private:
    void field(const QString &text, bool guard);
    void endLine();
    void flushBuffer();
    [[noreturn]] void fail();

    QFile m_file;
    char m_delimiter;
    QByteArray m_buffer;
    bool m_lineStart = true;
};

} // namespace sinergi
