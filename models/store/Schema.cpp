#include "Schema.h"

#include "Database.h"

#include <QStringList>

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

void createRecordInfrastructure(Database &db)
{
    db.exec(R"sql(
        -- One row per dataset table (rec_<id>): which template version its columns follow.
        CREATE TABLE datasets (
            id               TEXT PRIMARY KEY,
            template_version INTEGER NOT NULL,
            columns          TEXT NOT NULL,          -- JSON list of the template's field names
            retired_columns  TEXT NOT NULL DEFAULT '[]', -- fields dropped by a newer template; data kept
            updated_at       TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Field-level history of interactive edits (old -> new), for the per-record history and undo.
        CREATE TABLE record_history (
            seq       INTEGER PRIMARY KEY,
            dataset   TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            ts        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL CHECK (action IN ('create','update','delete','restore','undo')),
            changes   TEXT NOT NULL,                 -- JSON {field: [old, new]}
            undo_of   INTEGER REFERENCES record_history(seq),
            undone_by INTEGER REFERENCES record_history(seq)
        );
        CREATE INDEX record_history_record ON record_history(dataset, record_id, seq);

        -- Bulk imports are recorded once here instead of once per row; each imported row points at it.
        CREATE TABLE imports (
            id         INTEGER PRIMARY KEY,
            dataset    TEXT NOT NULL,
            source     TEXT NOT NULL,
            actor      TEXT NOT NULL,
            started_at TEXT NOT NULL,
            rows       INTEGER NOT NULL DEFAULT 0,
            mode       TEXT NOT NULL
        );
    )sql");
}

void createRecordProblems(Database &db)
{
    db.exec(R"sql(
        -- What validation found, per record and rule, so the problems panel can group and count without
        -- re-validating. Kept current by the record service (same transaction as the write) and rewritten
        -- per dataset by the full-validation job. severity: 0 = error, 1 = warning. message is the text as
        -- validation produced it (the store is encrypted, so values quoted in it are as safe as the row).
        CREATE TABLE record_problems (
            dataset   TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            rule      TEXT NOT NULL,
            field     TEXT NOT NULL DEFAULT '',
            severity  INTEGER NOT NULL CHECK (severity IN (0, 1)),
            message   TEXT NOT NULL
        );
        CREATE INDEX record_problems_record ON record_problems(dataset, record_id);
        CREATE INDEX record_problems_rule ON record_problems(dataset, rule, severity, record_id);
    )sql");
}

void createReferenceLists(Database &db)
{
    db.exec(R"sql(
        -- Newer editions of the reference code lists that an administrator loaded (the shipped editions stay
        -- in the program). The list file is kept as loaded, so the registry rebuilds each edition exactly;
        -- older editions are never removed, so codes saved with them keep their labels.
        CREATE TABLE reference_lists (
            list_id   TEXT NOT NULL,
            version   TEXT NOT NULL,
            content   BLOB NOT NULL,
            loaded_at TEXT NOT NULL,
            loaded_by TEXT NOT NULL,
            PRIMARY KEY (list_id, version)
        ) WITHOUT ROWID;
    )sql");
}

void createDataGenerations(Database &db)
{
    db.exec(R"sql(
        -- One write counter per dataset, bumped in the transaction of every write that changes the dataset's
        -- records (records/DataGeneration.h), so caches of computed results know when to read again.
        CREATE TABLE data_generation (
            dataset    TEXT PRIMARY KEY,
            generation INTEGER NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

void createSmdataOutbox(Database &db)
{
    db.exec(R"sql(
        -- Batches waiting for or going through SMData submission (models/smdata/Outbox.h). batch_id is the
        -- client-made UUID, the protocol's idempotency key; manifest is kept byte for byte because the
        -- receipt names its SHA-256. State only moves forward: queued -> sending -> sent -> accepted |
        -- rejected; failed is a stop that needs a person (conflict, refused request, receipt invalid).
        CREATE TABLE smdata_outbox (
            batch_id           TEXT PRIMARY KEY,
            regency_code       TEXT NOT NULL,
            period             TEXT NOT NULL,
            description        TEXT NOT NULL DEFAULT '',
            manifest           BLOB NOT NULL,
            manifest_sha256    TEXT NOT NULL,
            content_sha256     TEXT NOT NULL,
            total_bytes        INTEGER NOT NULL,
            part_count         INTEGER NOT NULL,
            state              TEXT NOT NULL CHECK (state IN
                                   ('queued', 'sending', 'sent', 'accepted', 'rejected', 'failed')),
            parts_acknowledged INTEGER NOT NULL DEFAULT 0,
            attempts           INTEGER NOT NULL DEFAULT 0,
            next_attempt_at    TEXT NOT NULL,
            last_error         TEXT NOT NULL DEFAULT '',
            receipt            TEXT,
            created_at         TEXT NOT NULL,
            updated_at         TEXT NOT NULL
        );
        CREATE INDEX smdata_outbox_due ON smdata_outbox(state, next_attempt_at);
        -- The batch content as the parts the manifest lists (one blob per part, at most max_part_bytes, so
        -- a 100,000-record batch is some 50 rows and a part is read alone when it is sent).
        CREATE TABLE smdata_outbox_parts (
            batch_id   TEXT NOT NULL REFERENCES smdata_outbox(batch_id) ON DELETE CASCADE,
            part_index INTEGER NOT NULL,
            data       BLOB NOT NULL,
            PRIMARY KEY (batch_id, part_index)
        );
    )sql");
}

void createRegionEditions(Database &db)
{
    db.exec(R"sql(
        -- Newer editions of the Kemendagri region list that an administrator loaded
        -- (reference/RegionEditions.h); the shipped edition stays in the program. Each CSV is kept as loaded
        -- (qCompress'd: 2.8 MB of villages become some 700 KB), so RegionCatalog rebuilds the edition exactly.
        -- Editions are never removed, so codes saved under an older one keep their names.
        CREATE TABLE region_editions (
            version   TEXT NOT NULL UNIQUE,
            provinces BLOB NOT NULL,
            regencies BLOB NOT NULL,
            districts BLOB NOT NULL,
            villages  BLOB NOT NULL,
            credit    TEXT NOT NULL DEFAULT '', -- the source / licence line of the edition's README
            readme    TEXT NOT NULL DEFAULT '',
            source    TEXT NOT NULL,            -- the folder or zip it was loaded from
            loaded_at TEXT NOT NULL,
            loaded_by TEXT NOT NULL
        );
    )sql");
}

void createPeriodApprovals(Database &db)
{
    db.exec(R"sql(
        -- Approved reporting months (models/approval/PeriodApprovals.h): one row per month ever approved,
        -- holding its latest state. While a month is 'approved', the records whose period date falls in it
        -- cannot be written (records/RecordService, importing/Importer). Each approval and reopening is
        -- also an audit entry (period.approve / period.reopen), which keeps the full history.
        CREATE TABLE period_approvals (
            period              TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            state               TEXT NOT NULL CHECK (state IN ('approved', 'reopened')),
            approved_by         TEXT NOT NULL,
            approved_at         TEXT NOT NULL,
            note                TEXT NOT NULL DEFAULT '',
            review              TEXT NOT NULL,  -- JSON summary of the review at approval time
            acknowledged_errors INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged_errors IN (0, 1)),
            reopened_by         TEXT,
            reopened_at         TEXT,
            reopen_reason       TEXT
        ) WITHOUT ROWID;
    )sql");
}

void createSmdataBatchRecords(Database &db)
{
    db.exec(R"sql(
        -- Which local record each content line of a queued SMData batch came from (smdata/BatchRecordMap.h),
        -- so the server's per-record errors, which name a content line, lead back to the records. Lines are
        -- grouped by dataset, so one row per dataset run: lines first_line .. first_line + line_count - 1
        -- are the record ids packed in record_ids (little-endian int64 each; 0 for a line that is not a
        -- record, such as an IPK aggregate).
        CREATE TABLE smdata_batch_records (
            batch_id   TEXT NOT NULL REFERENCES smdata_outbox(batch_id) ON DELETE CASCADE,
            dataset    TEXT NOT NULL,
            first_line INTEGER NOT NULL,
            line_count INTEGER NOT NULL,
            record_ids BLOB NOT NULL,
            PRIMARY KEY (batch_id, first_line)
        ) WITHOUT ROWID;
        -- The installation's SMData secrets (smdata/SmdataKeys.h), made once on first use: the regency's
        -- pseudonymisation key (HMAC-SHA-256) and the Ed25519 key that signs offline batch files. Kept only
        -- here, inside the encrypted store.
        CREATE TABLE smdata_keys (
            name       TEXT PRIMARY KEY,
            secret     BLOB NOT NULL,
            public_key BLOB,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

void createSmdataShared(Database &db)
{
    db.exec(R"sql(
        -- Consolidated data SMData shares back for the regency (protocol section 10), kept for
        -- reconciliation (models/smdata/SharedDataPull.h). A pull of (dataset, period) replaces the rows of
        -- the previous pull of the same pair in one transaction; period '' is "all periods".
        CREATE TABLE smdata_shared (
            dataset    TEXT NOT NULL,
            period     TEXT NOT NULL,
            source     TEXT NOT NULL,          -- siapkerja, regency, ...
            source_id  TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT '',
            record     TEXT NOT NULL,          -- JSON object, fields as the template shares them
            PRIMARY KEY (dataset, period, source, source_id)
        ) WITHOUT ROWID;
        CREATE TABLE smdata_shared_pulls (
            dataset          TEXT NOT NULL,
            period           TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            snapshot         TEXT NOT NULL,    -- the server's snapshot time the whole walk read
            records          INTEGER NOT NULL,
            pulled_at        TEXT NOT NULL,
            pulled_by        TEXT NOT NULL,
            PRIMARY KEY (dataset, period)
        ) WITHOUT ROWID;
    )sql");
}

// Each record's validation counts moved out of the record rows into a table beside them
// (records/RecordCounts.h): every dataset table rec_<id> gets counts_<id>, which takes the non-zero counts
// of its _errors/_warnings columns; the columns are then dropped. Here, in a store migration, rather than
// when a template is synced: every reader of the counts (dashboard, SMData selection, reports) may come
// before the records page syncs the templates. The names are spelled out: a migration keeps doing what it
// did when it was written, whatever RecordCounts says later.
void moveValidationCounts(Database &db)
{
    QStringList datasets;
    {
        auto s = db.prepare("SELECT substr(name, 5) FROM sqlite_schema WHERE type = 'table' AND "
                            "name LIKE 'rec\\_%' ESCAPE '\\'");
        while (s.step())
            datasets << s.text(0);
    }
    auto has =
        db.prepare("SELECT count(*) FROM pragma_table_info(?1) WHERE name IN ('_errors', '_warnings')");
    for (const QString &id : std::as_const(datasets)) {
        const QByteArray rec = '"' + (u"rec_"_qs + id).toUtf8() + '"';
        const QByteArray counts = '"' + (u"counts_"_qs + id).toUtf8() + '"';
        db.exec(("CREATE TABLE IF NOT EXISTS " + counts +
                 " (_id INTEGER PRIMARY KEY, errors INTEGER NOT NULL, warnings INTEGER NOT NULL)")
                    .constData());
        has.bind(1, u"rec_"_qs + id);
        const bool oldColumns = has.step() && has.int64(0) == 2;
        has.reset();
        if (!oldColumns)
            continue;
        db.exec(("INSERT OR REPLACE INTO " + counts +
                 " (_id, errors, warnings) SELECT _id, _errors, _warnings FROM " + rec +
                 " WHERE _errors <> 0 OR _warnings <> 0")
                    .constData());
        db.exec(("ALTER TABLE " + rec + " DROP COLUMN _errors").constData());
        db.exec(("ALTER TABLE " + rec + " DROP COLUMN _warnings").constData());
    }
}

} // namespace

const Migrations &storeMigrations()
{
    static const Migrations migrations({
        {1, "foundation: meta, settings, users, audit", createFoundation},
        {2, "records: dataset registry, record history, imports", createRecordInfrastructure},
        {3, "validation: record problems", createRecordProblems},
        {4, "reference data: administrator-loaded code list editions", createReferenceLists},
        {5, "reports: per-dataset write generations for cached results", createDataGenerations},
        {6, "smdata: outbox of batches and their parts", createSmdataOutbox},
        {7, "approval: approved reporting months", createPeriodApprovals},
        {8, "smdata: batch line to record map, installation keys", createSmdataBatchRecords},
        {9, "smdata: consolidated shared data pulled for reconciliation", createSmdataShared},
        {10, "reference data: administrator-loaded region list editions", createRegionEditions},
        {11, "records: validation counts beside the record tables", moveValidationCounts},
    });
    return migrations;
}

} // namespace sinergi
