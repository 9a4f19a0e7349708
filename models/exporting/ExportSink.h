#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace sinergi {

// Where the exporter's rows go: one implementation per file format. Cells arrive typed: QString (text,
// written as text whatever it looks like), qint64/double (numbers), QDate, bool, or null (empty). A sink
// writes to the path it was given (the temporary file of ExportFile) and throws sinergi::Error on failure.
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    virtual void header(const QStringList &labels) = 0;
    virtual void row(const QVariantList &cells) = 0;
    // Flushes and closes the file; only after it returned is the file complete.
    virtual void finish() = 0;
};

} // namespace sinergi
