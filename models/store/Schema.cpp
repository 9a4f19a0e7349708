#include "Schema.h"

#include "Database.h"

namespace sinergi {

namespace {

void createFoundation(Database &db)
{
    db.exec(R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE settings (
            key        TEXT PRIMARY KEY,
            value      TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE users (
            id                   INTEGER PRIMARY KEY,
            username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name         TEXT NOT NULL,
            role                 TEXT NOT NULL CHECK (role IN ('admin','walidata','operator','viewer')),
            active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
            must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL
        );

        -- Append-only, hash-chained. The triggers make accidental edits fail loudly; the chain makes
        -- deliberate ones (with the triggers dropped) detectable by AuditLog::verify().
        CREATE TABLE audit (
            seq       INTEGER PRIMARY KEY,
            ts        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,
            target    TEXT NOT NULL DEFAULT '',
            details   TEXT NOT NULL DEFAULT '',
            prev_hash BLOB NOT NULL,
            hash      BLOB NOT NULL
        );
        CREATE INDEX audit_ts ON audit(ts);
        CREATE INDEX audit_action ON audit(action);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    )sql");
}

} // namespace

const Migrations &storeMigrations()
{
    static const Migrations migrations({
        {1, "foundation: meta, settings, users, audit", createFoundation},
    });
    return migrations;
}

} // namespace sinergi
