#include "ValidationJob.h"

#include "ProblemTable.h"
#include "RowChunkPrefetch.h"
#include "RowChunkReader.h"
#include "datasets/CompiledValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "records/RecordCounts.h"
#include "records/RecordTable.h"
#include "records/SecondaryIndexes.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace sinergi {

using recordtable::quoted;
using recordtable::tableName;

namespace {

using ValueSets = QHash<QString, QSet<QString>>; // "dataset.field" -> live values

QString lookupKey(const QString &dataset, const QString &field)
{
    return dataset + u'.' + field;
}

} // namespace

ValidationJob::ValidationJob(const TemplateRegistry &templates, const RecordValidator &validator,
                             const RegionCatalog *regions)
    : m_templates(templates), m_validator(validator), m_regions(regions)
{
}

ValidationResult ValidationJob::run(Database &db, const Options &options) const
{
    QElapsedTimer timer;
    timer.start();
    QList<const DatasetTemplate *> targets;
    if (options.datasets.isEmpty()) {
        for (const DatasetTemplate &tpl : m_templates.templates())
            targets.append(&tpl);
    } else {
        for (const QString &id : options.datasets) {
            const DatasetTemplate *tpl = m_templates.find(id);
            if (!tpl)
                throw Error(ErrorCode::InvalidArgument, tr("Unknown dataset “%1”.").arg(id));
            targets.append(tpl);
        }
    }

    int indexesBuilt = 0;
    ValidationProgress indexing;
    for (const DatasetTemplate *tpl : std::as_const(targets))
        indexing.indexesToBuild += static_cast<int>(secondaryindexes::missing(db, *tpl).size());
    if (indexing.indexesToBuild > 0 && options.progress)
        options.progress(indexing);
    for (const DatasetTemplate *tpl : std::as_const(targets)) {
        indexing.dataset = tpl->id();
        const secondaryindexes::BuildResult built =
            secondaryindexes::buildMissing(db, *tpl, options.cancel, [&](const QString &) {
                ++indexing.indexesBuilt;
                if (options.progress)
                    options.progress(indexing);
            });
        indexesBuilt += built.built;
        if (built.cancelled) {
            ValidationResult result;
            result.cancelled = true;
            result.indexesBuilt = indexesBuilt;
            result.indexMs = result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            return result;
        }
    }
    const double indexMs = static_cast<double>(timer.nsecsElapsed()) / 1e6; // the indexes were the first work

    Transaction tx(db);
    // Every value set any rule of the targets asks about, loaded once (set-based, not one query per row).
    ValueSets sets;
    for (const DatasetTemplate *tpl : std::as_const(targets)) {
        for (const RuleDef &rule : tpl->rules()) {
            const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
            if (!kind)
                continue;
            for (const auto &[dataset, field] : kind->lookups(rule)) {
                const QString key = lookupKey(dataset, field);
                if (sets.contains(key) || !m_templates.find(dataset))
                    continue;
                QSet<QString> &values = sets[key];
                auto s =
                    db.prepare(("SELECT DISTINCT " + quoted(field) + " FROM " + quoted(tableName(dataset)) +
                                " WHERE _deleted = 0 AND " + quoted(field) + " IS NOT NULL")
                                   .constData());
                while (s.step())
                    values.insert(s.text(0));
            }
        }
    }
    RuleContext context;
    context.today = options.today;
    context.regions = m_regions;
    context.officeRegency = options.officeRegency;
    context.exists = [&sets](const QString &dataset, const QString &field, const QVariant &value) {
        const auto it = sets.constFind(lookupKey(dataset, field));
        return it != sets.cend() && it->contains(value.toString());
    };

    ValidationProgress progress;
    for (const DatasetTemplate *tpl : std::as_const(targets)) {
        progress.total +=
            db.scalar(("SELECT count(*) FROM " + quoted(tableName(tpl->id())) + " WHERE _deleted = 0")
                          .constData())
                .toLongLong();
    }

    // Opened before the rows are read and used for every dataset of the run; each dataset's reads are one
    // read transaction of their own (RowChunkPrefetch).
    std::optional<Database> reader;
    if (options.openReader)
        reader.emplace(options.openReader());

    ValidationResult result;
    result.indexesBuilt = indexesBuilt;
    result.indexMs = indexMs;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    for (const DatasetTemplate *tpl : std::as_const(targets)) {
        const QString dsId = tpl->id();
        progress.dataset = dsId;
        problemtable::DatasetSync problemRows(db, dsId);
        QStringList names;
        // The stored counts come from the counts table (RecordCounts.h), one rowid lookup per row.
        const QByteArray table = quoted(tableName(dsId));
        const QByteArray counts = quoted(recordcounts::tableName(dsId));
        QByteArray columns = table + "._id, coalesce(c.errors, 0), coalesce(c.warnings, 0)";
        for (const FieldDef &f : tpl->fields()) {
            names << f.name;
            columns += ", " + table + '.' + quoted(f.name);
        }
        const QByteArray select = "SELECT " + columns + " FROM " + table + " LEFT JOIN " + counts +
                                  " AS c ON c._id = " + table + "._id WHERE " + table + "._deleted = 0 AND " +
                                  table + "._id > ?1 ORDER BY " + table + "._id LIMIT ?2";
        recordcounts::Writer countWriter(db, dsId);
        const int width = static_cast<int>(names.size());
        std::optional<RowChunkReader> sameConnection;
        std::optional<RowChunkPrefetch> prefetch;
        if (reader)
            prefetch.emplace(*reader, select, width, options.chunkRows);
        else
            sameConnection.emplace(db, select, width, options.chunkRows);
        const auto nextChunk = [&] { return prefetch ? prefetch->next() : sameConnection->next(); };
        // Two halves on the pool: the job's own thread meanwhile gets the next chunk (reads it, or takes it
        // from the prefetch thread) and writes the last.
        // The rows go to the validator as they were read, one value per field: no record map per row,
        // and the rules' parameters resolved once (building a QVariantMap and looking fields up by name
        // per row was most of the job's time).
        const CompiledValidator compiled(m_validator, *tpl, context);
        // Each half is packed where it was validated (PackedFindings): the counts, and the findings as the
        // bytes the writing thread compares and binds. The Problems are freed on the thread that made them.
        const auto validateRange = [&](const RowChunk *c, size_t from, size_t to) {
            problemtable::PackedFindings out;
            out.errors.reserve(to - from);
            out.warnings.reserve(to - from);
            out.ends.reserve(to - from);
            std::vector<QVariant> row(static_cast<size_t>(width));
            std::vector<const QVariant *> values(static_cast<size_t>(width));
            for (int f = 0; f < width; ++f)
                values[static_cast<size_t>(f)] = &row[static_cast<size_t>(f)];
            for (size_t i = from; i < to; ++i) {
                for (int f = 0; f < width; ++f)
                    row[static_cast<size_t>(f)] = c->value(i, f);
                out.append(compiled.validate(values));
            }
            return out;
        };
        struct Pending
        {
            RowChunk chunk;
            QFuture<problemtable::PackedFindings> first, second;
            // The validators read this frame's data: never leave it (even by an exception) while they run.
            // (A future whose result was taken is no longer valid, and waiting on it would block for ever.)
            ~Pending()
            {
                if (first.isValid())
                    first.waitForFinished();
                if (second.isValid())
                    second.waitForFinished();
            }
        };
        const auto start = [&](RowChunk &&c) {
            auto p = std::make_unique<Pending>();
            p->chunk = std::move(c);
            const size_t n = p->chunk.ids.size(), half = n / 2;
            p->first = QtConcurrent::run(validateRange, &p->chunk, size_t(0), half);
            p->second = QtConcurrent::run(validateRange, &p->chunk, half, n);
            return p;
        };
        const auto write = [&](Pending &p) {
            problemtable::PackedFindings findings = p.first.takeResult();
            findings.append(p.second.takeResult());
            for (size_t i = 0; i < p.chunk.ids.size(); ++i) {
                const int errors = findings.errors[i];
                const int warnings = findings.warnings[i];
                if (errors != p.chunk.errors[i] || warnings != p.chunk.warnings[i]) {
                    countWriter.set(p.chunk.ids[i], errors, warnings);
                    ++result.changedCounts;
                }
            }
            problemRows.sync(p.chunk.ids, findings);
            progress.done += static_cast<qint64>(p.chunk.ids.size());
            result.rows += static_cast<qint64>(p.chunk.ids.size());
            if (options.progress)
                options.progress(progress);
        };

        std::unique_ptr<Pending> pending;
        RowChunk next = nextChunk();
        while (!next.empty()) {
            auto current = start(std::move(next));
            if (pending)
                write(*pending);
            pending = std::move(current);
            if (cancelled())
                break;
            next = nextChunk();
        }
        if (pending && !cancelled())
            write(*pending);
        pending.reset();
        prefetch.reset(); // ends its read transaction before this one commits
        if (!cancelled())
            problemRows.finish();
        if (cancelled()) {
            result.cancelled = true;
            result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            return result; // tx rolls back
        }
    }
    for (const DatasetTemplate *tpl : std::as_const(targets))
        result.ruleCounts += problemcounts::query(db, tpl->id());
    tx.commit();
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace sinergi
