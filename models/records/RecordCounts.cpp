#include "RecordCounts.h"

#include "RecordTable.h"
#include "store/Database.h"

namespace sinergi::recordcounts {

using recordtable::quoted;

QString tableName(const QString &datasetId)
{
    return u"counts_"_qs + datasetId;
}

QByteArray createTableSql(const QString &datasetId)
{
    return "CREATE TABLE IF NOT EXISTS " + quoted(tableName(datasetId)) +
           " (_id INTEGER PRIMARY KEY, errors INTEGER NOT NULL, warnings INTEGER NOT NULL)";
}

static QByteArray countOf(const QString &datasetId, const char *column)
{
    return "coalesce((SELECT c." + QByteArray(column) + " FROM " + quoted(tableName(datasetId)) +
           " AS c WHERE c._id = " + quoted(recordtable::tableName(datasetId)) + "._id), 0)";
}

QByteArray errorsOf(const QString &datasetId)
{
    return countOf(datasetId, "errors");
}

QByteArray warningsOf(const QString &datasetId)
{
    return countOf(datasetId, "warnings");
}

QByteArray hasErrors(const QString &datasetId)
{
    return errorsOf(datasetId) + " > 0";
}

Writer::Writer(Database &db, const QString &datasetId)
    : m_put(db.prepare(("INSERT OR REPLACE INTO " + quoted(tableName(datasetId)) +
                        " (_id, errors, warnings) VALUES (?1, ?2, ?3)")
                           .constData())),
      m_drop(db.prepare(("DELETE FROM " + quoted(tableName(datasetId)) + " WHERE _id = ?1").constData()))
{
}

void Writer::set(qint64 id, int errors, int warnings)
{
    if (errors == 0 && warnings == 0) {
        m_drop.bind(1, static_cast<std::int64_t>(id));
        m_drop.exec();
        return;
    }
    m_put.bindAll(static_cast<std::int64_t>(id), errors, warnings);
    m_put.exec();
}

} // namespace sinergi::recordcounts
