#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sinergi {

class Database;
class DatasetTemplate;
class TemplateRegistry;

// Keeps each dataset table in step with its template. A new dataset gets its table and indexes; a template
// whose version changed is migrated in one transaction: new fields become new columns, indexes are
// reconciled, and fields the new template no longer has stay in the table as "retired" columns, so an
// upgrade never deletes data. Type changes need no rewrite (SQLite stores any value in any column;
// validation reports what no longer fits).
class DatasetSchema
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::DatasetSchema)
public:
    struct Change
    {
        QString dataset;
        int fromVersion = 0; // 0 = created
        int toVersion = 0;
        QStringList addedColumns;
        QStringList retiredColumns;
    };

    // Returns what changed (empty when every table was already current).
    static QList<Change> sync(Database &db, const TemplateRegistry &templates);
    static Change syncOne(Database &db, const DatasetTemplate &tpl);
};

} // namespace sinergi
