#pragma once

#include "HistoryEntry.h"
#include "datasets/Problem.h"
#include "datasets/RuleContext.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace sinergi {

class DatasetTemplate;
class RecordValidator;
class RegionCatalog;
class Session;
class TemplateRegistry;

// The one place records are written (DESIGN.md): each create/update/delete validates the record, writes the
// row, its field-level history and the audit entry in one transaction. Records with validation problems are
// saved (an officer must be able to keep an incomplete card) and carry their error/warning counts, which
// the grid and the problems panel show.
class RecordService
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RecordService)
public:
    RecordService(Session &session, const TemplateRegistry &templates, const RecordValidator &validator,
                  const RegionCatalog *regions = nullptr);

    const DatasetTemplate &dataset(const QString &id) const; // throws InvalidArgument for an unknown id

    // Returns the new record's id; problems (if given) receives what validation found.
    qint64 create(const QString &dataset, const QVariantMap &values, Problems *problems = nullptr);
    // Changes only the given fields. expectedVersion (when >= 0) guards against overwriting someone else's
    // edit made after the record was read: a mismatch throws Conflict.
    void update(const QString &dataset, qint64 id, const QVariantMap &changes, qint64 expectedVersion = -1,
                Problems *problems = nullptr);
    void remove(const QString &dataset, qint64 id);  // soft delete
    void restore(const QString &dataset, qint64 id); // undo a soft delete
    // Reverts one history entry (an update, delete or restore) when the fields it changed still hold the
    // values it wrote; otherwise throws Conflict naming the field changed since.
    void undo(const QString &dataset, qint64 id, qint64 historySeq);

    // Field values plus _id, _version, _deleted, _errors, _warnings. No masking here: callers that show
    // records to a user go through the record model, which masks PII by permission.
    std::optional<QVariantMap> get(const QString &dataset, qint64 id) const;
    QList<HistoryEntry> history(const QString &dataset, qint64 id) const; // oldest first
    // Where a live record sits in the grid's default view (insertion order, live rows only): the number of
    // live records before it. nullopt when the record does not exist or is deleted.
    std::optional<int> defaultViewRow(const QString &dataset, qint64 id) const;
    Problems validate(const QString &dataset, const QVariantMap &record) const;

    bool exists(const QString &dataset, const QString &field, const QVariant &value) const;
    RuleContext ruleContext() const;

private:
    void requireEdit() const;
    // The record's validation counts (RecordCounts.h), inside the caller's transaction.
    void storeCounts(const QString &datasetId, qint64 id, const Problems &problems);
    qint64 appendHistory(const QString &dataset, qint64 id, const QString &action,
                         const QMap<QString, QPair<QVariant, QVariant>> &changes, qint64 undoOf = 0);
    void setDeleted(const QString &dataset, qint64 id, bool deleted);

    Session &m_session;
    const TemplateRegistry &m_templates;
    const RecordValidator &m_validator;
    const RegionCatalog *m_regions;
};

} // namespace sinergi
