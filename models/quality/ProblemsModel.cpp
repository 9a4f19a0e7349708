#include "ProblemsModel.h"

#include "ProblemTable.h"
#include "RuleLabels.h"
#include "datasets/DatasetTemplate.h"
#include "records/PiiViewAuditor.h"
#include "records/RecordTable.h"
#include "store/Database.h"

#include <QScopedValueRollback>

namespace sinergi {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractItemModel(parent) {}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setDataset(Database *db, const DatasetTemplate *tpl)
{
    m_db = db;
    m_tpl = tpl;
    reload();
}

void ProblemsModel::setPiiAccess(bool visible, PiiViewAuditor *auditor)
{
    m_piiVisible = visible;
    m_auditor = auditor;
}

void ProblemsModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_pagesLoaded = 0;
    m_label = m_tpl ? ProblemRecordLabel(*m_tpl, m_piiVisible) : ProblemRecordLabel();
    // Key paging on the (dataset, rule, severity, record_id) index; rowid breaks ties between two findings
    // of one rule on the same record. The label's fields come with each page by the record's primary key:
    // one query per page, not one per record.
    m_pageSql = "SELECT p.record_id, p.rowid, p.field, p.message";
    for (const FieldDef *f : m_label.fields())
        m_pageSql += ", r." + recordtable::quoted(f->name);
    m_pageSql += " FROM record_problems p";
    if (m_tpl && !m_label.fields().isEmpty())
        m_pageSql += " LEFT JOIN " + recordtable::quoted(recordtable::tableName(m_tpl->id())) +
                     " r ON r._id = p.record_id";
    m_pageSql +=
        " WHERE p.dataset = ?1 AND p.rule = ?2 AND p.severity = ?3 AND (p.record_id, p.rowid) > (?4, ?5) "
        "ORDER BY p.record_id, p.rowid LIMIT ?6";
    if (m_auditor && m_tpl)
        m_auditor->reset(m_tpl->id(), m_label.piiFields());
    m_counts = (m_db && m_tpl) ? problemcounts::query(*m_db, m_tpl->id()) : QList<RuleCount>{};
    for (const RuleCount &c : std::as_const(m_counts)) {
        auto g = std::make_unique<Group>();
        g->count = c;
        m_groups.push_back(std::move(g));
    }
    endResetModel();
}

const QList<RuleCount> &ProblemsModel::groups() const
{
    return m_counts;
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    Group *g = m_groups[static_cast<size_t>(parent.row())].get();
    return row < static_cast<int>(g->items.size()) ? createIndex(row, column, g) : QModelIndex();
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *g = static_cast<const Group *>(child.internalPointer());
    for (size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].get() == g)
            return createIndex(static_cast<int>(i), 0, nullptr);
    return {};
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())]->items.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProblemsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.empty();
    return !parent.internalPointer() && parent.column() == 0 &&
           m_groups[static_cast<size_t>(parent.row())]->count.problems > 0;
}

bool ProblemsModel::canLoadMore(const QModelIndex &parent) const
{
    return parent.isValid() && !parent.internalPointer() && parent.column() == 0 &&
           !m_groups[static_cast<size_t>(parent.row())]->complete;
}

void ProblemsModel::loadMore(const QModelIndex &parent)
{
    // A view may ask again from inside beginInsertRows: one load at a time.
    if (m_fetching || !canLoadMore(parent) || !m_db)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    Group &g = *m_groups[static_cast<size_t>(parent.row())];
    auto s = m_db->prepare(m_pageSql.constData());
    const qint64 lastId = g.items.empty() ? 0 : g.items.back().recordId;
    const qint64 lastRowid = g.items.empty() ? 0 : g.items.back().rowid;
    s.bindAll(g.count.dataset, g.count.rule, g.count.severity, static_cast<std::int64_t>(lastId),
              static_cast<std::int64_t>(lastRowid), kPageSize);
    std::vector<Item> page;
    QList<qint64> disclosed;
    QVariantList labelValues;
    while (s.step()) {
        labelValues.clear();
        for (int c = 4; c < s.columnCount(); ++c)
            labelValues << s.value(c);
        const qint64 id = s.int64(0);
        page.push_back({id, s.int64(1), s.text(2), s.text(3), m_label.format(id, labelValues)});
        if (m_label.disclosesPii(labelValues) && (disclosed.isEmpty() || disclosed.back() != id))
            disclosed << id;
    }
    if (m_auditor)
        m_auditor->pageShown(m_pagesLoaded, disclosed);
    ++m_pagesLoaded;
    if (static_cast<int>(page.size()) < kPageSize)
        g.complete = true;
    if (page.empty())
        return;
    const int first = static_cast<int>(g.items.size());
    beginInsertRows(parent, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(g.items));
    endInsertRows();
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!index.internalPointer()) {
        const RuleCount &c = m_groups[static_cast<size_t>(index.row())]->count;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == RuleColumn)
                return RuleLabels::label(m_tpl, c.rule);
            if (index.column() == CountColumn)
                return c.records;
            return c.severity == problemtable::kError ? tr("Error") : tr("Warning");
        case Qt::ToolTipRole:
            return tr("%n record(s) with this problem", nullptr, static_cast<int>(c.records));
        case RuleIdRole:
            return c.rule;
        case SeverityRole:
            return c.severity;
        default:
            return {};
        }
    }
    const auto *g = static_cast<const Group *>(index.internalPointer());
    const Item &item = g->items[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == RuleColumn)
            return item.label;
        if (index.column() == CountColumn)
            return item.field;
        return item.message;
    case Qt::ToolTipRole: // the columns are narrow beside the grid
        return item.label + u'\n' + item.message;
    case RecordIdRole:
        return item.recordId;
    case RuleIdRole:
        return g->count.rule;
    case SeverityRole:
        return g->count.severity;
    case FieldRole:
        return item.field;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule / record");
    case CountColumn:
        return tr("Records / field");
    case MessageColumn:
        return tr("Severity / problem");
    default:
        return {};
    }
}

} // namespace sinergi
