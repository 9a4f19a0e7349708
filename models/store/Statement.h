#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sinergi {

// RAII prepared statement. Binding is 1-based like SQLite; step() returns true while rows come.
// Errors throw sinergi::Error with the mapped code.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, const QVariant &value);
    // UTF-8 text that SQLite does not copy: the bytes must stay unchanged until the statement is reset or
    // the parameter rebound. For bulk writers that already hold the row as UTF-8 (the importer).
    Statement &bindUtf8(int index, const char *data, qsizetype size);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds all arguments in order, starting at 1.
    template <typename... Args> Statement &bindAll(const Args &...args)
    {
        int i = 1;
        (bind(i++, args), ...);
        return *this;
    }

    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    void exec();
    void reset();

    bool isNull(int column) const;
    // The storage class of the column's value in the current row. Read it before the value: SQLite may
    // convert the value when it is read as another type.
    enum class ColumnType { Integer, Real, Text, Blob, Null };
    ColumnType type(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy; valid until the next step(), reset() or column read of
    // another type. For scans that must not allocate per cell (report snapshots).
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

} // namespace sinergi
