#pragma once

#include <functional>
#include <vector>

namespace sinergi {

class Database;

// Schema changes by version number (PRAGMA user_version). Each step runs in its own transaction, so a
// crash or a full disk leaves the store at the previous version, never half-migrated.
struct Migration
{
    int version;
    const char *description;
    std::function<void(Database &)> apply;
};

class Migrations
{
public:
    explicit Migrations(std::vector<Migration> steps);

    int latestVersion() const;
    // Brings db up to the latest version. Throws Unsupported when the store is newer than this program.
    // Returns the number of steps applied.
    int migrate(Database &db) const;

private:
    std::vector<Migration> m_steps;
};

} // namespace sinergi
