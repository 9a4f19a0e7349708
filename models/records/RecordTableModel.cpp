#include "RecordTableModel.h"

#include "CodeLabels.h"
#include "PiiMask.h"
#include "PiiViewAuditor.h"
#include "RecordFetchWorker.h"
#include "RecordService.h"
#include "RecordSql.h"
#include "RecordTable.h"
#include "common/Error.h"
#include "datasets/TemplateRegistry.h"
#include "session/Session.h"

#include <QDate>
#include <QThread>

#include <limits>

namespace sinergi {

RecordTableModel::RecordTableModel(Session &session, const TemplateRegistry &templates, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_templates(templates),
      m_piiVisible(session.can(Permission::ViewPii)), m_auditor(std::make_unique<PiiViewAuditor>(session))
{
    if (!session.can(Permission::ViewRecords))
        throw Error(ErrorCode::PermissionDenied, tr("Viewing records is not allowed for this role"));
}

RecordTableModel::~RecordTableModel()
{
    stopWorker();
}

void RecordTableModel::stopWorker()
{
    if (m_worker)
        m_worker->setLatestGeneration(std::numeric_limits<quint64>::max()); // interrupt what runs
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    m_worker.reset(); // closes its connection
    m_thread.reset();
    m_inFlight.clear(); // their answers will not come
}

void RecordTableModel::releaseStore()
{
    m_storeReleased = true;
    stopWorker();
}

void RecordTableModel::resumeStore()
{
    if (!m_storeReleased)
        return;
    m_storeReleased = false;
    if (!m_query.dataset.isEmpty())
        setQuery(m_query);
}

void RecordTableModel::setSynchronous(bool on)
{
    Q_ASSERT(!m_worker);
    m_synchronous = on;
}

void RecordTableModel::setPositionIndexEnabled(bool on)
{
    m_positionIndexEnabled = on;
    if (m_worker)
        m_worker->setPositionIndexEnabled(on);
}

void RecordTableModel::setLanguage(const QString &language)
{
    m_language = language;
    if (m_sql && (m_codeLists || m_regions))
        m_codeLabels = std::make_unique<CodeLabels>(m_sql->dataset(), m_codeLists, m_regions, m_language);
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::DisplayRole});
    }
}

void RecordTableModel::setRecordService(RecordService *service)
{
    m_service = service;
    m_canEdit = service && m_session.can(Permission::EditRecords);
}

void RecordTableModel::setCodeLabels(const CodeListRegistry *codeLists, const RegionCatalog *regions)
{
    m_codeLists = codeLists;
    m_regions = regions;
    setLanguage(m_language);
}

void RecordTableModel::setDenseQuickSearchThreshold(int matches)
{
    m_denseQuickSearch = matches;
    if (m_worker)
        m_worker->setDenseQuickSearchThreshold(matches);
}

void RecordTableModel::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = std::make_unique<RecordFetchWorker>(m_session.vault().openWorkerConnection());
    m_worker->setSynchronous(m_synchronous);
    m_worker->setPositionIndexEnabled(m_positionIndexEnabled);
    if (m_denseQuickSearch >= 0)
        m_worker->setDenseQuickSearchThreshold(m_denseQuickSearch);
    if (!m_synchronous) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"sinergi-records"_qs);
        m_worker->moveToThread(m_thread.get());
        m_thread->start();
    }
    // Auto connections: queued from the worker thread, direct in synchronous mode.
    connect(m_worker.get(), &RecordFetchWorker::pageReady, this, &RecordTableModel::onPageReady);
    connect(m_worker.get(), &RecordFetchWorker::countReady, this, &RecordTableModel::onCountReady);
    connect(m_worker.get(), &RecordFetchWorker::positionIndexReady, this,
            &RecordTableModel::onPositionIndexReady);
    connect(m_worker.get(), &RecordFetchWorker::failed, this, &RecordTableModel::onFailed);
}

void RecordTableModel::setQuery(const RecordQuery &query)
{
    if (m_storeReleased) {
        m_query = query; // resumeStore() runs it
        return;
    }
    const DatasetTemplate *tpl = m_templates.find(query.dataset);
    if (!tpl)
        throw Error(ErrorCode::InvalidArgument, tr("Unknown dataset \"%1\"").arg(query.dataset));
    auto sql = std::make_shared<const RecordSql>(*tpl, query, m_piiVisible);
    ensureWorker();
    m_auditor->flush(); // entries of the old query name the old pages
    const quint64 generation = ++m_generation;
    m_worker->setLatestGeneration(generation);

    beginResetModel();
    m_query = query;
    m_sql = sql;
    m_rows = 0;
    m_countKnown = false;
    m_positionIndexReady = false;
    m_cache.clear();
    m_inFlight.clear();
    QStringList piiFields;
    for (const FieldDef &f : tpl->fields())
        if (f.pii)
            piiFields << f.name;
    m_hasPii = !piiFields.isEmpty();
    m_auditor->reset(tpl->id(), piiFields);
    m_codeLabels.reset();
    if (m_codeLists || m_regions)
        m_codeLabels = std::make_unique<CodeLabels>(*tpl, m_codeLists, m_regions, m_language);
    endResetModel();

    if (m_synchronous) {
        m_worker->startQuery(generation, sql, kPageSize);
    } else {
        RecordFetchWorker *w = m_worker.get();
        QMetaObject::invokeMethod(
            w, [w, generation, sql] { w->startQuery(generation, sql, kPageSize); }, Qt::QueuedConnection);
    }
}

bool RecordTableModel::isSortable(int column) const
{
    return m_sql && column >= 0 && column < columnCount() &&
           RecordSql::isSortable(m_sql->dataset(), m_sql->columns().at(column));
}

QString RecordTableModel::fieldName(int column) const
{
    return m_sql && column >= 0 && column < columnCount() ? m_sql->columns().at(column) : QString();
}

const DatasetTemplate *RecordTableModel::dataset() const
{
    return m_sql ? &m_sql->dataset() : nullptr;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    RecordQuery q = m_query;
    q.sortColumn = m_sql->columns().at(column);
    q.order = order;
    setQuery(q);
}

void RecordTableModel::flushPiiAudit()
{
    m_auditor->flush();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    // The template's fields; the bookkeeping columns are reached through roles.
    return parent.isValid() || !m_sql ? 0 : static_cast<int>(m_sql->dataset().fields().size());
}

void RecordTableModel::requestPage(int page) const
{
    if (m_inFlight.contains(page) || !m_worker)
        return;
    PageRequest r;
    r.generation = m_generation;
    r.page = page;
    r.firstRow = page * kPageSize;
    r.count = std::min(kPageSize, m_rows - r.firstRow);
    r.totalRows = m_countKnown ? m_rows : -1;
    if (r.count <= 0)
        return;
    if (const auto *prev = m_cache.peek(page - 1); prev && prev->size() == kPageSize)
        r.afterKey = m_sql->keyOf(prev->last());
    else if (const auto *next = m_cache.peek(page + 1); next && !next->isEmpty())
        r.beforeKey = m_sql->keyOf(next->first());
    RecordFetchWorker *w = m_worker.get();
    if (m_synchronous) {
        m_inlineFetch = true;
        w->fetchPage(r);
        m_inlineFetch = false;
        return;
    }
    m_inFlight.insert(page);
    QMetaObject::invokeMethod(
        w, [w, r] { w->fetchPage(r); }, Qt::QueuedConnection);
}

void RecordTableModel::resizeTo(int rows)
{
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void RecordTableModel::onPageReady(const RecordPage &page)
{
    if (page.generation != m_generation)
        return; // an old query's answer
    m_inFlight.remove(page.page);
    const int n = static_cast<int>(page.rows.size());
    if (!m_countKnown && page.page == 0)
        resizeTo(n); // provisional: the first page is visible before the count arrives
    m_cache.insert(page.page, page.rows);
    emit pageLoaded(page.page, page.elapsedMs);
    const int last = std::min(page.firstRow + n, m_rows) - 1;
    if (!m_inlineFetch && last >= page.firstRow && columnCount() > 0)
        emit dataChanged(index(page.firstRow, 0), index(last, columnCount() - 1));
}

void RecordTableModel::onCountReady(quint64 generation, int count, double elapsedMs)
{
    if (generation != m_generation)
        return;
    m_countKnown = true;
    resizeTo(count);
    emit countKnown(count, elapsedMs);
}

void RecordTableModel::onPositionIndexReady(quint64 generation, int keys, double elapsedMs)
{
    if (generation != m_generation)
        return;
    m_positionIndexReady = true;
    emit positionIndexReady(keys, elapsedMs);
}

void RecordTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation == m_generation)
        emit queryFailed(message);
}

QVariant RecordTableModel::display(int column, const QVariant &value) const
{
    if (value.isNull())
        return QString();
    const FieldDef &f = m_sql->dataset().fields().at(column);
    switch (f.type) {
    case FieldType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(u"dd-MM-yyyy"_qs) : value.toString();
    }
    case FieldType::Bool:
        if (value.typeId() == QMetaType::LongLong)
            return value.toLongLong() ? tr("Yes") : tr("No");
        return value.toString();
    case FieldType::Code:
        if (m_codeLabels && m_codeLabels->isCode(column))
            return m_codeLabels->text(column, value.toString());
        return value.toString();
    default:
        return value.toString();
    }
}

void RecordTableModel::notePiiShown(int page, const QList<QVariantList> &rows) const
{
    if (m_auditor->alreadyLogged(page))
        return;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QVariantList &row : rows)
        ids << row.at(m_sql->idColumnIndex()).toLongLong();
    m_auditor->pageShown(page, ids);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= columnCount())
        return {};
    const int page = index.row() / kPageSize;
    const int offset = index.row() % kPageSize;
    const QList<QVariantList> *rows = m_cache.find(page);
    if (!rows || offset >= rows->size()) {
        requestPage(page); // synchronous mode fills the cache here
        rows = m_cache.find(page);
        if (!rows || offset >= rows->size())
            return {}; // placeholder until the page arrives
    }
    const QVariantList &row = rows->at(offset);
    const int id = m_sql->idColumnIndex();
    switch (role) {
    case ProblemsRole:
        return row.at(id + 3).toInt();
    case WarningsRole:
        return row.at(id + 4).toInt();
    case RecordIdRole:
        return row.at(id);
    case VersionRole:
        return row.at(id + 1);
    case DeletedRole:
        return row.at(id + 2).toLongLong() != 0;
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    case Qt::ToolTipRole: { // a code's label may be wider than its column
        if (!m_codeLabels || !m_codeLabels->isCode(index.column()))
            return {};
        const FieldDef &f = m_sql->dataset().fields().at(index.column());
        if (f.pii && !m_piiVisible)
            return {};
        return display(index.column(), row.at(index.column()));
    }
    default:
        return {};
    }
    const FieldDef &f = m_sql->dataset().fields().at(index.column());
    const QVariant &value = row.at(index.column());
    if (f.pii) {
        if (!m_piiVisible)
            return piimask::mask(f, value); // also for EditRole: the raw value must not leave unmasked
        if (!value.isNull())
            notePiiShown(page, *rows);
    }
    return role == Qt::EditRole ? value : display(index.column(), value);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_sql->dataset().fields().at(section).label(m_language);
}

const QVariantList *RecordTableModel::cachedRow(int row) const
{
    const QList<QVariantList> *rows = m_cache.find(row / kPageSize);
    const int offset = row % kPageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_canEdit || !index.isValid() || index.column() >= columnCount())
        return f;
    const FieldDef &field = m_sql->dataset().fields().at(index.column());
    if (field.pii && !m_piiVisible)
        return f; // the cell holds the mask, not the value: editing it would write the mask
    const QVariantList *row = cachedRow(index.row());
    if (!row || row->at(m_sql->idColumnIndex() + 2).toLongLong() != 0)
        return f; // not loaded yet, or deleted (restore first, as the service demands)
    return f | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const FieldDef &field = m_sql->dataset().fields().at(index.column());
    const QVariantList &row = *cachedRow(index.row());
    const int idColumn = m_sql->idColumnIndex();
    const qint64 id = row.at(idColumn).toLongLong();
    const qint64 version = row.at(idColumn + 1).toLongLong();
    const QVariant stored = recordtable::toStorage(field, value);
    if (stored == row.at(index.column()))
        return true; // nothing changed: no write, no history entry
    Problems problems;
    try {
        m_service->update(m_sql->dataset().id(), id, {{field.name, stored}}, version, &problems);
    } catch (const Error &e) {
        if (e.code() == ErrorCode::Conflict) {
            reloadRow(index.row(), id); // show what is stored now
            emit editFailed(tr("This record was changed by someone else after it was shown here. Your change "
                               "was not saved; the row now shows the current values."));
        } else {
            emit editFailed(e.userMessage());
        }
        return false;
    }
    reloadRow(index.row(), id);
    QStringList messages;
    for (const Problem &p : std::as_const(problems))
        messages << p.message;
    emit recordEdited(id, field.name, messages);
    return true;
}

void RecordTableModel::reloadRow(int row, qint64 id)
{
    // One row by its id, on this thread's connection (a rowid lookup): the edited row only, so no reset
    // and no new count. Its page keeps its place in the cache.
    const std::optional<QVariantMap> record = m_service->get(m_sql->dataset().id(), id);
    const int page = row / kPageSize;
    const int offset = row % kPageSize;
    const QList<QVariantList> *cached = m_cache.find(page);
    if (!record || !cached || offset >= cached->size())
        return;
    QList<QVariantList> rows = *cached; // shares the rows; only the edited one is copied
    QVariantList &edited = rows[offset];
    const QStringList &columns = m_sql->columns();
    for (int c = 0; c < columns.size(); ++c)
        edited[c] = record->value(columns.at(c));
    m_cache.insert(page, std::move(rows));
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace sinergi
