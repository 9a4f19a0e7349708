#pragma once

namespace sinergi {

class Database;

// BEGIN IMMEDIATE on construction (take the write lock up front so a concurrent writer fails early with
// "locked" instead of half-way), ROLLBACK on destruction unless commit() was called.
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
    bool m_done = false;
};

} // namespace sinergi
