#include "ProblemCounts.h"

#include "store/Database.h"

namespace sinergi::problemcounts {

QList<RuleCount> query(Database &db, const QString &dataset)
{
    // Two statements rather than "?1 = '' OR dataset = ?1", which would keep SQLite off the index.
    auto s = db.prepare(
        dataset.isEmpty()
            ? "SELECT dataset, rule, severity, count(*), count(DISTINCT record_id) "
              "FROM record_problems GROUP BY dataset, rule, severity ORDER BY dataset, severity, rule"
            : "SELECT dataset, rule, severity, count(*), count(DISTINCT record_id) "
              "FROM record_problems WHERE dataset = ?1 GROUP BY rule, severity "
              "ORDER BY severity, rule");
    if (!dataset.isEmpty())
        s.bind(1, dataset);
    QList<RuleCount> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.int32(2), s.int64(3), s.int64(4)});
    return out;
}

} // namespace sinergi::problemcounts
