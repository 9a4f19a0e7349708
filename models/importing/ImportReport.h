#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sinergi {

// What an import did (or, in a dry run, would do). Counts exclude the header.
struct ImportReport
{
    struct Rejected
    {
        qint64 row = 0; // line (CSV) or sheet row (XLSX) of the source
        QString reason;
    };

    qint64 importId = 0; // the imports row; 0 when nothing was committed
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    qint64 withErrors = 0;   // stored rows that carry validation errors
    qint64 withWarnings = 0; // ... warnings
    bool dryRun = false;
    bool cancelled = false;
    bool committed = false;
    bool indexesPending = false; // committed without secondary indexes (ImportOptions::deferSecondaryIndexes)
    QString rejectsPath;           // set when the rejects file was written
    QList<Rejected> firstRejected; // the first kMaxKept, for display
    QStringList notes;             // mapping notes, ambiguous date columns, ragged rows, ...
    double seconds = 0;

    static constexpr qsizetype kMaxKept = 200;
};

} // namespace sinergi
