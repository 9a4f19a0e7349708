#include "Importer.h"

#include "approval/PeriodApprovals.h"
#include "approval/PeriodLock.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "datasets/CompiledValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/TemplateRegistry.h"
#include "importing/CsvReader.h"
#include "importing/ImportTarget.h"
#include "importing/PreparedRowQueue.h"
#include "importing/RejectsWriter.h"
#include "importing/RowConverter.h"
#include "importing/TabularReaderFactory.h"
#include "importing/XlsxReader.h"
#include "records/DataGeneration.h"
#include "records/RecordTable.h"
#include "session/Session.h"
#include "store/Transaction.h"
#include "store/Vault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QVarLengthArray>

#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace sinergi {

namespace {

constexpr int kImportCacheKiB = 131072; // 128 MiB: the natural-key index of 1M rows stays in memory
constexpr qint64 kProgressEvery = 2048;
constexpr qint64 kBigImportRows = 20000;
// Conversion and validation are most of an import's CPU and rows are independent: two workers keep the
// writing thread fed on a two-core office PC (with the reader and the writer, that is four threads, but
// the reader and the writer wait on each other often enough that a third worker did not help).
constexpr int kPrepareWorkers = 2;

struct BufferedRow
{
    QList<TabularCell> cells;
    qint64 line = 0;
};

int countSeverity(const Problems &problems, Problem::Severity severity)
{
    return static_cast<int>(std::count_if(problems.cbegin(), problems.cend(),
                                          [severity](const Problem &p) { return p.severity == severity; }));
}

// Cross-dataset references (reference_exists, placed_still_active, ...) checked on a connection of their
// own, one prepared statement per target field. The connection is opened on the first question, so a
// template whose rules never ask costs nothing, and a new rule kind that asks needs no change here. The
// conversion workers ask at the same time: one mutex around the statements (the answers come from an index
// and are rare next to the rest of a row's work).
// A dataset with no live record answers "no" to every question, which is the usual case of a first import
// (no placements yet for placed_still_active): that is asked once per dataset, not once per row. The answer
// cannot change during the import: its transaction holds the store's only write lock from its start.
RuleContext referenceContext(Vault &vault, const TemplateRegistry &templates, const RegionCatalog *regions)
{
    struct Lookups
    {
        std::mutex mutex;
        std::optional<Database> db;
        QHash<QString, std::shared_ptr<Statement>> statements;
        QHash<QString, bool> hasRecords; // by dataset
    };
    auto lookups = std::make_shared<Lookups>();
    RuleContext ctx;
    ctx.regions = regions;
    ctx.exists = [&vault, &templates, lookups](const QString &ds, const QString &field,
                                               const QVariant &value) {
        const DatasetTemplate *tpl = templates.find(ds);
        if (!tpl || !tpl->field(field))
            return false;
        const std::lock_guard lock(lookups->mutex);
        if (!lookups->db)
            lookups->db.emplace(vault.openWorkerConnection());
        auto any = lookups->hasRecords.constFind(ds);
        if (any == lookups->hasRecords.cend()) {
            const QByteArray sql = "SELECT 1 FROM " + recordtable::quoted(recordtable::tableName(ds)) +
                                   " WHERE _deleted = 0 LIMIT 1";
            any = lookups->hasRecords.insert(ds, lookups->db->prepare(sql.constData()).step());
        }
        if (!*any)
            return false;
        const QString key = ds + u'.' + field;
        std::shared_ptr<Statement> &s = lookups->statements[key];
        if (!s) {
            const QByteArray sql = "SELECT 1 FROM " + recordtable::quoted(recordtable::tableName(ds)) +
                                   " WHERE " + recordtable::quoted(field) + " = ?1 AND _deleted = 0 LIMIT 1";
            s = std::make_shared<Statement>(lookups->db->prepare(sql.constData()));
        }
        s->bind(1, recordtable::toStorage(*tpl->field(field), value));
        const bool found = s->step();
        s->reset();
        return found;
    };
    return ctx;
}

} // namespace

Importer::Importer(Session &session, const TemplateRegistry &templates, const RecordValidator &validator,
                   const CodeListRegistry *codeLists, const RegionCatalog *regions)
    : m_session(session), m_templates(templates), m_validator(validator), m_codeLists(codeLists),
      m_regions(regions)
{
}

const DatasetTemplate &Importer::dataset(const QString &id) const
{
    const DatasetTemplate *tpl = m_templates.find(id);
    if (!tpl)
        throw Error(ErrorCode::InvalidArgument, tr("Unknown dataset “%1”.").arg(id));
    return *tpl;
}

Importer::Source Importer::open(const ImportOptions &options) const
{
    const DatasetTemplate &tpl = dataset(options.dataset);
    if (QFileInfo(options.path).isFile() && QFileInfo(options.path).size() == 0)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The file %1 is empty (0 bytes): there is nothing to import.")
                        .arg(QFileInfo(options.path).fileName()));
    Source src;
    src.reader = TabularReaderFactory::open(options.path, options.limits, options.csv);
    if (!options.sheet.isEmpty()) {
        auto *xlsx = dynamic_cast<XlsxReader *>(src.reader.get());
        if (!xlsx)
            throw Error(ErrorCode::InvalidArgument,
                        tr("--sheet applies to XLSX workbooks only; %1 is a CSV file.")
                            .arg(QFileInfo(options.path).fileName()));
        if (!xlsx->sheetNames().contains(options.sheet))
            throw Error(ErrorCode::InvalidArgument,
                        tr("The workbook has no sheet “%1”. Sheets: %2.")
                            .arg(options.sheet, xlsx->sheetNames().join(u", "_qs)));
        xlsx->selectSheet(options.sheet);
    }
    if (src.reader->header().isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    tr("The file %1 has no header row: there is nothing to import.")
                        .arg(QFileInfo(options.path).fileName()));
    src.mapping = options.mapping
                      ? *options.mapping
                      : ColumnMapping::build(src.reader->header(), tpl,
                                             options.profile ? &*options.profile : nullptr, m_codeLists);
    return src;
}

void Importer::checkDiskSpace(const ImportOptions &options, qint64 bytes) const
{
    const QStorageInfo storage(QFileInfo(m_session.location().storePath()).absolutePath());
    const qint64 needed =
        static_cast<qint64>(static_cast<double>(bytes) * options.diskSpaceFactor) + options.diskSpaceReserve;
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        throw Error(ErrorCode::DiskFull,
                    tr("Not enough free disk space for this import: about %1 MB are needed next to the store "
                       "(%2 MB free). Free some space or import the file in parts.")
                        .arg(needed / (1024 * 1024))
                        .arg(storage.bytesAvailable() / (1024 * 1024)));
}

ImportReport Importer::run(const ImportOptions &options)
{
    if (!m_session.can(Permission::ImportRecords))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ImportRecords));
    QElapsedTimer clock;
    clock.start();
    const DatasetTemplate &tpl = dataset(options.dataset);
    Source src = open(options);
    TabularReader &reader = *src.reader;
    const ColumnMapping &mapping = src.mapping;

    // Refuse before reading a single row: a missing required column would reject every row.
    if (const QStringList missing = mapping.missingRequired(tpl); !missing.isEmpty()) {
        QStringList named;
        for (const QString &f : missing)
            named << QStringLiteral("%1 (%2)").arg(f, tpl.field(f)->label(u"id"_qs));
        throw Error(
            ErrorCode::InvalidArgument,
            tr("No column of the file is mapped to the required field(s) %1 of dataset %2. Map a column "
               "to each (or choose another mapping profile) and import again.")
                .arg(named.join(u", "_qs), tpl.id()));
    }
    checkDiskSpace(options, reader.bytesTotal());

    ImportReport report;
    report.dryRun = options.dryRun;
    report.notes = mapping.notes();
    auto *xlsx = dynamic_cast<XlsxReader *>(src.reader.get());
    RowConverter converter(tpl, mapping, xlsx && xlsx->date1904());

    // Sample the first rows to decide the order of a/b/yyyy date columns before anything is written.
    std::deque<BufferedRow> buffered;
    {
        BufferedRow row;
        while (static_cast<int>(buffered.size()) < options.dateSampleRows && reader.nextCells(row.cells)) {
            row.line = reader.lineNumber();
            buffered.push_back(std::move(row));
        }
    }
    for (const ColumnMapping::Column &c : mapping.columns()) {
        if (tpl.field(c.field)->type != FieldType::Date ||
            c.transform.dateFormat != ColumnTransform::DateFormat::Auto)
            continue;
        QStringList values;
        for (const BufferedRow &r : buffered)
            values << (c.source < r.cells.size() ? RowConverter::cellText(r.cells.at(c.source)) : QString());
        const ExcelPitfalls::DateColumnAnalysis a = ExcelPitfalls::analyzeDateColumn(values);
        converter.setDateOrder(c.field, a.order());
        if (const QString m = a.message(reader.header().value(c.source)); !m.isEmpty())
            report.notes << m;
    }

    // A CSV record is only found and checked on the reading thread and cut into cells by the worker that
    // converts it, so the one reading thread (which every worker waits on) does less per row; the rejects
    // file cuts its records again (CsvReader::splitRecord).
    auto *csv = dynamic_cast<CsvReader *>(&reader);

    Database db = m_session.vault().openWorkerConnection();
    db.setCacheSizeKiB(kImportCacheKiB);
    RejectsWriter rejects(options.rejectsPath, reader.header());
    const RuleContext ctx = referenceContext(m_session.vault(), m_templates, m_regions);
    const QString actor = m_session.user().username;

    Transaction tx(db);
    ImportTarget target(db, tpl, mapping, options.mode, actor);
    report.importId = target.begin(QFileInfo(options.path).fileName(),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // Rows of an approved month are rejected one by one with the reason, like any other row that cannot
    // be stored: the rest of the file goes in, and the rejects file tells the officer which rows wait for
    // the month to be reopened. The approved months are read once, inside the import's transaction.
    const QSet<QString> lockedMonths =
        tpl.periodField().isEmpty() ? QSet<QString>() : PeriodApprovals(db).approvedMonths();
    int periodColumn = -1;
    for (qsizetype j = 0; j < mapping.columns().size() && !lockedMonths.isEmpty(); ++j)
        if (mapping.columns().at(j).field == tpl.periodField())
            periodColumn = static_cast<int>(j);
    target.setLockedMonths(lockedMonths);
    // A big import into a small table: build the secondary indexes once at the end.
    const qint64 existing = target.existingRows();
    const qint64 estimatedRows =
        buffered.empty() || reader.bytesRead() == 0
            ? 0
            : reader.bytesTotal() / std::max<qint64>(1, reader.bytesRead() / qint64(buffered.size()));
    const bool rebuildIndexes = estimatedRows >= kBigImportRows && estimatedRows >= existing / 2;
    if (rebuildIndexes)
        target.dropSecondaryIndexes();

    QList<TabularCell> rejectedCells; // a CSV record's cells, cut again for the rejects file
    auto reject = [&](const PreparedRow &r, const QString &reason) {
        ++report.rejected;
        if (report.firstRejected.size() < ImportReport::kMaxKept)
            report.firstRejected.append({r.line, reason});
        if (options.rejectsPath.isEmpty())
            return;
        if (r.text.isEmpty()) {
            rejects.write(r.line, reason, r.cells);
        } else {
            csv->splitRecord(r.text, rejectedCells);
            rejects.write(r.line, reason, rejectedCells);
        }
    };

    // Producer threads: one reads, two convert and validate (PreparedRowQueue). Reference rules query the
    // store, so they get a connection of their own (they look at other datasets, which this import does
    // not change).
    const QString keyNames = tpl.naturalKey().join(u", "_qs);
    // Validation on the converted values themselves: each mapping column's template field, and the columns
    // of the natural key (-1: not mapped).
    converter.setFillRecord(false);
    const CompiledValidator compiled(m_validator, tpl, ctx);
    const QList<FieldDef> &fields = tpl.fields();
    std::vector<int> fieldOfColumn;
    for (const ColumnMapping::Column &c : mapping.columns())
        fieldOfColumn.push_back(
            static_cast<int>(std::find_if(fields.cbegin(), fields.cend(),
                                          [&c](const FieldDef &f) { return f.name == c.field; }) -
                             fields.cbegin()));
    std::vector<int> keyColumns;
    for (const QString &k : tpl.naturalKey()) {
        int column = -1;
        for (qsizetype j = 0; j < mapping.columns().size(); ++j)
            if (mapping.columns().at(j).field == k)
                column = static_cast<int>(j);
        keyColumns.push_back(column);
    }
    auto read = [&](PreparedRow &r) {
        r.text.resize(0);
        if (!buffered.empty()) {
            r.cells = std::move(buffered.front().cells);
            r.line = buffered.front().line;
            buffered.pop_front();
        } else if (csv ? csv->nextRecordText(r.text) : reader.nextCells(r.cells)) {
            r.line = reader.lineNumber();
        } else {
            return false;
        }
        r.bytesRead = reader.bytesRead();
        return true;
    };
    auto prepareRow = [&](PreparedRow &r, const QList<TabularCell> &cells) {
        // Rows are recycled: clear what the previous use left.
        r.stored.clear();
        r.errors = r.warnings = 0;
        r.errorMessages.clear();
        converter.convert(cells, r.converted);
        bool keyMissing = false;
        for (const int j : keyColumns)
            keyMissing |= j < 0 || !r.converted.values[static_cast<size_t>(j)].isValid();
        if (keyMissing && r.converted.rejectReasons.isEmpty())
            r.converted.rejectReasons << tr("The natural key (%1) is empty.").arg(keyNames);
        if (!r.converted.rejectReasons.isEmpty())
            return;
        if (periodColumn >= 0) {
            const QString month = PeriodLock::monthOf(r.converted.values[static_cast<size_t>(periodColumn)]);
            if (!month.isEmpty() && lockedMonths.contains(month)) {
                r.converted.rejectReasons << PeriodLock::lockedMessage(month);
                return;
            }
        }
        QVarLengthArray<const QVariant *, 64> values(fields.size(), nullptr);
        for (size_t j = 0; j < fieldOfColumn.size(); ++j)
            if (fieldOfColumn[j] < fields.size())
                values[fieldOfColumn[j]] = &r.converted.values[j];
        const std::span row(values.data(), static_cast<size_t>(values.size()));
        if (options.rejectInvalid) { // the rejects file names each error
            const Problems problems = compiled.validate(row);
            r.errors = countSeverity(problems, Problem::Severity::Error);
            r.warnings = countSeverity(problems, Problem::Severity::Warning);
            for (const Problem &p : problems)
                if (p.severity == Problem::Severity::Error)
                    r.errorMessages << p.field + u": "_qs + p.message;
        } else { // only the counts are stored with the row
            const CompiledValidator::Counts counts = compiled.count(row);
            r.errors = counts.errors;
            r.warnings = counts.warnings;
        }
        if (r.errorMessages.isEmpty())
            for (const QVariant &v : r.converted.values)
                r.stored.append(v);
    };
    auto prepare = [&](PreparedRow &r) {
        if (r.text.isEmpty()) {
            prepareRow(r, r.cells);
        } else {
            // Cells that never leave this worker thread: their buffers (and the reference counts the
            // converted values take on them) stay in this core's cache from one record to the next.
            // Shared with other threads, each record's first touch of them was a cache miss.
            thread_local QList<TabularCell> cells;
            csv->splitRecord(r.text, cells);
            prepareRow(r, cells);
        }
        // The converted values share the cells' text and nothing after this needs them (the writer takes
        // `stored`, the rejects file the cells or the text): let go of them here, where they are still in
        // this core's cache, so that the cells' buffers are refilled in place.
        r.converted.values.clear();
    };

    // Consumer (this thread): the one transaction.
    {
        PreparedRowQueue queue(read, prepare, kPrepareWorkers);
        std::vector<PreparedRow> batch;
        while (!report.cancelled && queue.next(batch)) {
            for (const PreparedRow &r : batch) {
                if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                    report.cancelled = true;
                    queue.stop();
                    break;
                }
                ++report.rowsRead;
                if (options.progress && report.rowsRead % kProgressEvery == 0)
                    options.progress({report.rowsRead, r.bytesRead, reader.bytesTotal()});
                if (!r.converted.rejectReasons.isEmpty()) {
                    reject(r, r.converted.rejectReasons.join(u' '));
                    continue;
                }
                if (!r.errorMessages.isEmpty()) {
                    reject(r, r.errorMessages.join(u' '));
                    continue;
                }
                switch (target.write(r.stored, r.errors, r.warnings)) {
                case ImportTarget::Outcome::Inserted:
                    ++report.inserted;
                    break;
                case ImportTarget::Outcome::Updated:
                    ++report.updated;
                    break;
                case ImportTarget::Outcome::ExistsInStore:
                    reject(r,
                           tr("A record with this natural key (%1) is already in the store; import in upsert "
                              "mode to update it.")
                               .arg(keyNames));
                    continue;
                case ImportTarget::Outcome::InApprovedMonth:
                    reject(r, PeriodLock::lockedMessage(target.lockedMonth()));
                    continue;
                case ImportTarget::Outcome::DuplicateInFile:
                    reject(r,
                           tr("The natural key (%1) repeats an earlier row of this file; the earlier row is "
                              "kept.")
                               .arg(keyNames));
                    continue;
                }
                report.withErrors += r.errors > 0;
                report.withWarnings += r.warnings > 0;
            }
        }
    } // joins the producer before the reader is used again
    if (options.progress)
        options.progress({report.rowsRead, reader.bytesRead(), reader.bytesTotal()});
    if (reader.raggedCount() > 0)
        report.notes
            << tr("%n row(s) have more or fewer cells than the header (first at line %1); missing cells "
                  "were read as empty.",
                  nullptr, static_cast<int>(reader.raggedCount()))
                   .arg(reader.raggedLines().value(0));

    report.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const bool refuse = report.cancelled || options.dryRun || (options.strict && report.rejected > 0);
    if (refuse) {
        // Leaving tx uncommitted rolls everything back, the imports row included.
        report.importId = 0;
        if (report.cancelled)
            rejects.discard();
        else
            rejects.finish();
        if (options.strict && report.rejected > 0 && !options.dryRun && !report.cancelled)
            report.notes << tr("Nothing was imported because %n row(s) were rejected (strict mode).", nullptr,
                               static_cast<int>(report.rejected));
        report.rejectsPath = rejects.created() ? rejects.path() : QString();
        return report;
    }
    if (rebuildIndexes && !options.deferSecondaryIndexes)
        target.createIndexes();
    target.finish(report.inserted + report.updated);
    // Cached results computed from this dataset (report snapshots) are read again after the commit.
    if (report.inserted + report.updated > 0)
        datageneration::bump(db, tpl.id());
    const QJsonObject details{
        {u"dataset"_qs, tpl.id()},
        {u"mode"_qs, options.mode == ImportOptions::Mode::Upsert ? u"upsert"_qs : u"insert"_qs},
        {u"rows_read"_qs, report.rowsRead},
        {u"inserted"_qs, report.inserted},
        {u"updated"_qs, report.updated},
        {u"rejected"_qs, report.rejected},
        {u"with_errors"_qs, report.withErrors}};
    AuditLog(db).append(actor, u"import.commit"_qs, u"imports#"_qs + QString::number(report.importId),
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    try {
        rejects.finish();
        tx.commit();
    } catch (...) {
        rejects.discard();
        throw;
    }
    report.committed = true;
    report.indexesPending = rebuildIndexes && options.deferSecondaryIndexes;
    report.rejectsPath = rejects.created() ? rejects.path() : QString();
    // The one transaction grew the WAL to about the size of the new data; give the space back now.
    db.checkpointTruncate();
    report.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace sinergi
