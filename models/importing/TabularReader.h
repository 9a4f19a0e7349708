#pragma once

#include "importing/TabularCell.h"

#include <QList>
#include <QStringList>

namespace sinergi {

// The importer reads CSV and XLSX through this one interface. Readers stream: next() returns one row at
// a time and never needs the whole file in memory. Every method may throw sinergi::Error.
class TabularReader
{
public:
    virtual ~TabularReader() = default;

    // Sheets of a workbook; empty for CSV, where selectSheet() is a no-op.
    virtual QStringList sheetNames() const { return {}; }
    virtual void selectSheet(int index) { Q_UNUSED(index); }

    // The first non-blank row of the file / selected sheet.
    virtual const QStringList &header() const = 0;

    // Reads the next non-blank data row; false at the end.
    virtual bool nextCells(QList<TabularCell> &cells) = 0;
    bool next(QStringList &row);

    // Where the last row came from, for messages: the physical line of a CSV record's start, the row
    // number of a sheet.
    virtual qint64 lineNumber() const = 0;
    // Rows returned so far, header included.
    virtual qint64 recordNumber() const = 0;

    // Progress: bytes consumed of bytesTotal() (uncompressed sheet bytes for XLSX).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;

    // Data rows whose field count differs from the header's (a CSV record with too few or too many
    // fields, a sheet row with values beyond the header). They are still returned; the first few line
    // numbers are kept so the importer can name them.
    qint64 raggedCount() const { return m_raggedCount; }
    const QList<qint64> &raggedLines() const { return m_raggedLines; }
    static constexpr qsizetype kMaxRaggedLinesKept = 100;

protected:
    void noteRagged(qint64 line);
    void resetRagged();

private:
    qint64 m_raggedCount = 0;
    QList<qint64> m_raggedLines;
};

} // namespace sinergi
