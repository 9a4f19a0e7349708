#include "ProblemTable.h"

#include "store/Database.h"

namespace sinergi::problemtable {

int severityCode(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? kError : kWarning;
}

Writer::Writer(Database &db)
    : m_insert(db.prepare("INSERT INTO record_problems(dataset, record_id, rule, field, severity, message) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
{
}

void Writer::add(const QString &dataset, qint64 recordId, const Problems &problems)
{
    for (const Problem &p : problems) {
        m_insert.bindAll(dataset, static_cast<std::int64_t>(recordId), p.ruleId, p.field,
                         severityCode(p.severity), p.message);
        m_insert.exec();
    }
}

void clear(Database &db, const QString &dataset, qint64 recordId)
{
    auto s = db.prepare("DELETE FROM record_problems WHERE dataset = ?1 AND record_id = ?2");
    s.bindAll(dataset, static_cast<std::int64_t>(recordId)).exec();
}

void clearDataset(Database &db, const QString &dataset)
{
    auto s = db.prepare("DELETE FROM record_problems WHERE dataset = ?1");
    s.bind(1, dataset);
    s.exec();
}

void replace(Database &db, const QString &dataset, qint64 recordId, const Problems &problems)
{
    clear(db, dataset, recordId);
    Writer(db).add(dataset, recordId, problems);
}

} // namespace sinergi::problemtable
