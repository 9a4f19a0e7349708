#include "RecordSelection.h"

#include "datasets/DatasetTemplate.h"
#include "datasets/TemplateRegistry.h"
#include "records/RecordCounts.h"
#include "records/RecordTable.h"
#include "store/Database.h"

#include <QHash>
#include <QMap>

namespace sinergi::smdata {

namespace {

struct Reference
{
    QString field;
    QString target;
    QString targetField;
};

struct FirstError
{
    QString rule, field, message;
};

// One dataset while the selection is worked out: a compact copy of what the decision needs per row.
struct Work
{
    const DatasetTemplate *tpl = nullptr;
    QString periodField;
    QList<Reference> refs;
    QStringList lookupFields; // fields other datasets refer to
    std::vector<qint64> ids;
    std::vector<char> deleted, inScope, invalid;
    std::vector<char> blocked;      // refers to something that cannot be sent
    std::vector<QString> blockedBy; // the dataset it refers to, for the report (only where blocked)
    std::vector<char> selected, pulled;
    std::vector<std::vector<QByteArray>> refValues;              // [reference][row]
    QHash<QString, QHash<QByteArray, std::vector<int>>> lookups; // field -> value -> rows not deleted
    QHash<qint64, FirstError> errors;                            // record id -> its first error

    bool sendable(int row) const
    {
        return !deleted[size_t(row)] && !invalid[size_t(row)] && !blocked[size_t(row)];
    }
    bool base(int row) const { return inScope[size_t(row)] && sendable(row); }
};

bool tableExists(Database &db, const QString &table)
{
    Statement st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, table);
    return st.step();
}

QHash<qint64, FirstError> firstErrors(Database &db, const QString &dataset)
{
    QHash<qint64, FirstError> out;
    Statement st = db.prepare("SELECT record_id, rule, field, message FROM record_problems "
                              "WHERE dataset = ? AND severity = 0 ORDER BY record_id, rowid");
    st.bind(1, dataset);
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (!out.contains(id))
            out.insert(id, {st.text(1), st.text(2), st.text(3)});
    }
    return out;
}

void scan(Database &db, Work &w, const QByteArray &month)
{
    QByteArray sql = "SELECT _id, _deleted, " + recordcounts::errorsOf(w.tpl->id()) + ", ";
    sql += w.periodField.isEmpty() ? QByteArray("NULL")
                                   : "substr(" + recordtable::quoted(w.periodField) + ", 1, 7)";
    for (const Reference &r : std::as_const(w.refs))
        sql += ", " + recordtable::quoted(r.field);
    for (const QString &f : std::as_const(w.lookupFields))
        sql += ", " + recordtable::quoted(f);
    sql += " FROM " + recordtable::quoted(recordtable::tableName(w.tpl->id())) + " ORDER BY _id";
    Statement st = db.prepare(sql.constData());
    w.refValues.assign(size_t(w.refs.size()), {});
    const int refBase = 4;
    const int lookupBase = refBase + int(w.refs.size());
    const bool whole = w.periodField.isEmpty();
    while (st.step()) {
        const int row = int(w.ids.size());
        const qint64 id = st.int64(0);
        const bool isDeleted = st.int64(1) != 0;
        w.ids.push_back(id);
        w.deleted.push_back(isDeleted);
        w.invalid.push_back(st.int64(2) > 0 || w.errors.contains(id));
        w.inScope.push_back(whole || st.utf8(3) == month);
        for (int r = 0; r < int(w.refs.size()); ++r)
            w.refValues[size_t(r)].push_back(st.utf8(refBase + r).toByteArray());
        if (isDeleted)
            continue;
        for (int f = 0; f < int(w.lookupFields.size()); ++f) {
            const QByteArrayView value = st.utf8(lookupBase + f);
            if (!value.isEmpty())
                w.lookups[w.lookupFields.at(f)][value.toByteArray()].push_back(row);
        }
    }
    const size_t n = w.ids.size();
    w.blocked.assign(n, 0);
    w.blockedBy.assign(n, QString());
    w.selected.assign(n, 0);
    w.pulled.assign(n, 0);
}

// Referring datasets before the ones they refer to, so records pulled in by a reference are themselves
// checked in the same pass. A cycle (none in the shipped templates) falls back to name order; the
// fixpoint loop in select() still converges because blocking only ever grows.
QStringList referrersFirst(const QMap<QString, Work> &work)
{
    QHash<QString, int> referencedBy;
    for (const Work &w : work)
        for (const Reference &r : w.refs)
            if (work.contains(r.target) && r.target != w.tpl->id())
                ++referencedBy[r.target];
    QStringList order, ready;
    for (auto it = work.cbegin(); it != work.cend(); ++it)
        if (referencedBy.value(it.key()) == 0)
            ready << it.key();
    while (!ready.isEmpty()) {
        const QString id = ready.takeFirst();
        order << id;
        for (const Reference &r : work.value(id).refs)
            if (work.contains(r.target) && r.target != id && --referencedBy[r.target] == 0)
                ready << r.target;
    }
    for (auto it = work.cbegin(); it != work.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    return order;
}

void addToGroup(QList<WithheldGroup> &groups, WithholdReason reason, const QString &rule,
                const QString &field, const QString &message, qint64 id)
{
    for (WithheldGroup &g : groups) {
        if (g.reason == reason && g.rule == rule && g.field == field) {
            ++g.count;
            if (g.recordIds.size() < WithheldGroup::kMaxIds)
                g.recordIds << id;
            return;
        }
    }
    groups.append({reason, rule, field, message, 1, {id}});
}

} // namespace

QString RecordSelection::periodField(const DatasetTemplate &tpl)
{
    return tpl.periodField();
}

QList<RecordSelection::Dataset> RecordSelection::select(Database &db, const TemplateRegistry &templates,
                                                        const QString &month)
{
    QMap<QString, Work> work;
    for (const DatasetTemplate &tpl : templates.templates()) {
        if (!tableExists(db, recordtable::tableName(tpl.id())))
            continue;
        Work w;
        w.tpl = &tpl;
        w.periodField = periodField(tpl);
        for (const RuleDef &rule : tpl.rules()) {
            if (rule.kind == u"reference_exists"_qs)
                w.refs.append(
                    {rule.param(u"field"_qs), rule.param(u"dataset"_qs), rule.param(u"target_field"_qs)});
        }
        work.insert(tpl.id(), std::move(w));
    }
    for (const Work &w : std::as_const(work)) {
        for (const Reference &r : w.refs) {
            auto target = work.find(r.target);
            if (target != work.end() && !target->lookupFields.contains(r.targetField) &&
                target->tpl->field(r.targetField))
                target->lookupFields << r.targetField;
        }
    }
    const QByteArray monthUtf8 = month.toUtf8();
    for (Work &w : work) {
        w.errors = firstErrors(db, w.tpl->id());
        scan(db, w, monthUtf8);
    }

    // Fixpoint: select the month's sendable records and what they refer to; a record whose reference
    // cannot be met is blocked, which may leave another record's reference unmet, so start over until
    // nothing new is blocked.
    const QStringList order = referrersFirst(work);
    for (bool changed = true; changed;) {
        changed = false;
        for (Work &w : work) {
            for (int row = 0; row < int(w.ids.size()); ++row) {
                w.selected[size_t(row)] = w.base(row);
                w.pulled[size_t(row)] = 0;
            }
        }
        for (const QString &id : order) {
            Work &w = work[id];
            for (int row = 0; row < int(w.ids.size()); ++row) {
                if (!w.selected[size_t(row)])
                    continue;
                for (int r = 0; r < int(w.refs.size()); ++r) {
                    const Reference &ref = w.refs.at(r);
                    const QByteArray &value = w.refValues[size_t(r)][size_t(row)];
                    auto target = work.find(ref.target);
                    if (value.isEmpty() || target == work.end())
                        continue; // an empty reference is not checked; a dataset not in the batch is not
                                  // judged
                    const std::vector<int> rows = target->lookups.value(ref.targetField).value(value);
                    bool met = false;
                    for (int t : rows) {
                        if (!target->sendable(t))
                            continue;
                        met = true;
                        if (!target->selected[size_t(t)]) {
                            target->selected[size_t(t)] = 1;
                            target->pulled[size_t(t)] = 1;
                        }
                    }
                    if (!met) {
                        w.blocked[size_t(row)] = 1;
                        w.blockedBy[size_t(row)] = ref.target;
                        w.selected[size_t(row)] = 0;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    QList<Dataset> out;
    for (const Work &w : std::as_const(work)) {
        Dataset d;
        d.tpl = w.tpl;
        DatasetReadiness &r = d.readiness;
        r.datasetId = w.tpl->id();
        r.label = w.tpl->label(u"id"_qs);
        r.templateVersion = w.tpl->version();
        r.periodField = w.periodField;
        for (int row = 0; row < int(w.ids.size()); ++row) {
            const size_t i = size_t(row);
            const qint64 id = w.ids[i];
            if (w.selected[i]) {
                d.ids.push_back(id);
                ++r.toSend;
                if (!w.inScope[i])
                    ++r.referencedExtra;
            }
            if (!w.inScope[i]) {
                if (!w.deleted[i])
                    ++r.outsidePeriod;
                continue;
            }
            if (w.deleted[i]) {
                addToGroup(r.withheldGroups, WithholdReason::Deleted, {}, {}, {}, id);
                continue;
            }
            ++r.inPeriod;
            if (w.invalid[i]) {
                const FirstError e = w.errors.value(id);
                addToGroup(r.withheldGroups, WithholdReason::ValidationError, e.rule, e.field,
                           e.message.isEmpty()
                               ? tr("the record has validation errors (run the validation to list them)")
                               : e.message,
                           id);
            } else if (w.blocked[i]) {
                addToGroup(r.withheldGroups, WithholdReason::ReferencesWithheld, w.blockedBy[i], {},
                           tr("the referenced %1 record is deleted, invalid or missing").arg(w.blockedBy[i]),
                           id);
            }
        }
        for (const WithheldGroup &g : std::as_const(r.withheldGroups))
            r.withheld += g.count;
        out.append(std::move(d));
    }
    return out;
}

} // namespace sinergi::smdata
