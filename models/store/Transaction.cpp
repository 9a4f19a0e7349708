#include "Transaction.h"

#include "Database.h"
#include "common/Error.h"

namespace sinergi {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const Error &) {
            // SQLite rolls back by itself after some errors (e.g. SQLITE_FULL); nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace sinergi
