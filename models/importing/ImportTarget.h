#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportOptions.h"
#include "importing/StorageRow.h"
#include "records/RecordCounts.h"
#include "store/Statement.h"

#include <QSet>
#include <QVariant>

#include <optional>
#include <vector>

namespace sinergi {

class Database;
class DatasetTemplate;

// The SQL side of an import, on the importer's own connection and inside its transaction: the imports
// row, one prepared INSERT (or upsert) reused for every row, and the index work around a big import.
// Duplicate natural keys are found by the store's unique index, not by a set in memory: in upsert mode the
// update is skipped when the existing row came from this same import (so a repeated key in the file never
// silently overwrites the earlier row), and in insert-only mode a conflicting row is looked up once to say
// whether the key was already stored or repeated in the file.
class ImportTarget
{
public:
    // InApprovedMonth: upsert only, the stored record it would update lies in an approved month
    // (lockedMonth() names it).
    enum class Outcome { Inserted, Updated, ExistsInStore, DuplicateInFile, InApprovedMonth };

    ImportTarget(Database &db, const DatasetTemplate &tpl, const ColumnMapping &mapping,
                 ImportOptions::Mode mode, QString actor);

    // Inserts the imports row (counts filled in by finish) and prepares the statements.
    qint64 begin(const QString &source, const QString &startedAt);
    // values: one per mapping column, in mapping order; errors and warnings: the row's validation counts.
    Outcome write(const StorageRow &values, int errors, int warnings);
    void finish(qint64 rowsStored);

    // Secondary indexes cost more to maintain row by row than to build once; the natural-key index stays
    // because it detects duplicates.
    void dropSecondaryIndexes();
    void createIndexes();
    qint64 existingRows();

    // Upsert: before updating a stored record, look up its period month and refuse when it is one of
    // these (docs/approval.md). Call after begin(); empty (the usual case) costs nothing per row.
    void setLockedMonths(QSet<QString> months);
    const QString &lockedMonth() const { return m_lockedMonth; }

private:
    QByteArray insertSql() const;

    Database &m_db;
    const DatasetTemplate &m_tpl;
    const ColumnMapping &m_mapping;
    ImportOptions::Mode m_mode;
    QString m_actor;
    qint64 m_importId = 0;
    QString m_now;
    QByteArray m_nowUtf8, m_actorUtf8; // bound to every row without a conversion
    std::vector<int> m_keyColumns;     // positions of the natural-key fields in the mapped values
    std::optional<Statement> m_insert;
    std::optional<recordcounts::Writer> m_counts; // each row's validation counts
    std::optional<Statement> m_lookup;
    QSet<QString> m_lockedMonths;
    QString m_lockedMonth;
    std::optional<Statement> m_storedMonth; // the stored record's month by natural key
};

} // namespace sinergi
