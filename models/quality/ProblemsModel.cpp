#include "ProblemsModel.h"

#include "ProblemTable.h"
#include "RuleLabels.h"
#include "datasets/DatasetTemplate.h"
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

void ProblemsModel::reload()
{
    beginResetModel();
    m_groups.clear();
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
    // Key paging on the (dataset, rule, severity, record_id) index; rowid breaks ties between two findings
    // of one rule on the same record.
    auto s =
        m_db->prepare("SELECT record_id, rowid, field, message FROM record_problems "
                      "WHERE dataset = ?1 AND rule = ?2 AND severity = ?3 AND (record_id, rowid) > (?4, ?5) "
                      "ORDER BY record_id, rowid LIMIT ?6");
    const qint64 lastId = g.items.empty() ? 0 : g.items.back().recordId;
    const qint64 lastRowid = g.items.empty() ? 0 : g.items.back().rowid;
    s.bindAll(g.count.dataset, g.count.rule, g.count.severity, static_cast<std::int64_t>(lastId),
              static_cast<std::int64_t>(lastRowid), kPageSize);
    std::vector<Item> page;
    while (s.step())
        page.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3)});
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
            return tr("Record %1").arg(item.recordId);
        if (index.column() == CountColumn)
            return item.field;
        return item.message;
    case Qt::ToolTipRole:
        return item.message;
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
