#pragma once

namespace sinergi {

class Database;

// The outermost Transaction is BEGIN IMMEDIATE (take the write lock up front so a concurrent writer fails
// early with "locked" instead of half-way) ... COMMIT. A Transaction opened while another is active becomes
// a SAVEPOINT, so a service method that is atomic on its own stays atomic when a larger operation (an undo,
// an import) calls it. Destruction without commit() rolls back (to the savepoint when nested).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace sinergi
