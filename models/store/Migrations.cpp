#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <algorithm>

namespace sinergi {

Migrations::Migrations(std::vector<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrations::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

int Migrations::migrate(Database &db) const
{
    const int current = static_cast<int>(db.scalar("PRAGMA user_version").toLongLong());
    if (current > latestVersion())
        throw Error(ErrorCode::Unsupported, QStringLiteral("store schema version %1 is newer than this program (%2)")
                                                .arg(current)
                                                .arg(latestVersion()));
    int applied = 0;
    for (const Migration &step : m_steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        step.apply(db);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(step.version);
        db.exec(sql.constData());
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace sinergi
