#pragma once

#include <QList>
#include <QString>

namespace sinergi {

class Database;

// Problems of one rule in one dataset: how many findings and how many records they are on.
struct RuleCount
{
    QString dataset;
    QString rule;
    int severity = 0; // problemtable::kError / kWarning
    qint64 problems = 0;
    qint64 records = 0;

    bool operator==(const RuleCount &) const = default;
};

namespace problemcounts {

// Grouped from record_problems (an index range per dataset); dataset empty = all. Errors first, then by
// rule id, so the order is stable for the problems panel and the CLI.
QList<RuleCount> query(Database &db, const QString &dataset = {});

} // namespace problemcounts
} // namespace sinergi
