#pragma once

#include <QString>

#include <cstdio>
#include <future>
#include <string>
#include <string_view>

namespace sinergi::datagen {

// Streams an RFC 4180 CSV file: ',' between fields, CRLF after each record, a field quoted only when it
// holds a comma, quote, CR/LF or leading/trailing space (quotes doubled inside). Output is built in a
// 1 MiB buffer and written by a background task while the next buffer fills (double buffering), because
// at a million rows the kernel copy is as costly as generating the data.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path); // throws Error(Io)
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void field(std::string_view value);
    void endRecord();
    // Flushes and closes; throws Error(Io) (e.g. disk full) so a truncated file is never reported as done.
    void close();

private:
    void flush();
    void waitForPendingWrite();

    QString m_path;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
    std::string m_writing; // the buffer the background task is writing
    std::future<bool> m_pending;
    bool m_firstField = true;
};

} // namespace sinergi::datagen
