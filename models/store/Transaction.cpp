#include "Transaction.h"

#include "Database.h"
#include "common/Error.h"

#include <sqlite3.h>

namespace sinergi {

Transaction::Transaction(Database &db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT nested_tx" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_nested) {
            m_db.exec("ROLLBACK TO nested_tx");
            m_db.exec("RELEASE nested_tx");
        } else {
            m_db.exec("ROLLBACK");
        }
    } catch (const Error &) {
        // SQLite rolls back by itself after some errors (e.g. SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested_tx" : "COMMIT");
    m_done = true;
}

} // namespace sinergi
