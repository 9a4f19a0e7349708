#pragma once

#include "RecordPage.h"
#include "RecordPageCache.h"
#include "RecordQuery.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

class QThread;

namespace sinergi {

class CodeLabels;
class DatasetTemplate;
class CodeListRegistry;
class PiiViewAuditor;
class RecordFetchWorker;
class RecordService;
class RecordSql;
class RegionCatalog;
class Session;
class TemplateRegistry;

// The record grid's model: a window onto rec_<dataset> that never loads the whole table (DESIGN.md "Large
// tables stay fast").
//  - rowCount comes from one count per query change, run on the worker; until it arrives the model shows
//    the first page alone (its row count grows when the count comes), never COUNT(*) per scroll.
//  - Rows come in pages of kPageSize by key paging from a cached neighbour page, from the worker's sparse
//    position index (the key of every 200th row), or, before that exists, by OFFSET (from the nearer end).
//  - A bounded LRU cache of pages keeps memory flat; data() for a row not cached returns nothing and asks
//    for its page; dataChanged follows when it arrives.
//  - PII is masked for sessions without ViewPii; with it, each page of PII shown is audited once.
//  - With a record service, cells are editable in place (setData writes one field through it, guarded by
//    the row's _version). Only the edited row is read back: no reset, so the view keeps its scroll position
//    and selection. The row stays where it is even when the new value would sort or filter it elsewhere
//    (a row jumping away under the cursor loses the officer's place); the next query puts it in order.
//  - With code lists, code fields display "code — label" (see CodeLabels); sort and filter stay on the code.
// Results of an older query are recognised by their generation and dropped.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ProblemsRole = Qt::UserRole + 1, // int: validation errors of the row (> 0: show it flagged)
        WarningsRole,                    // int
        RecordIdRole,                    // qint64 _id
        VersionRole,                     // qint64 _version (for optimistic locking on edit)
        DeletedRole                      // bool
    };
    static constexpr int kPageSize = 200;

    // Needs Permission::ViewRecords (throws PermissionDenied).
    RecordTableModel(Session &session, const TemplateRegistry &templates, QObject *parent = nullptr);
    ~RecordTableModel() override;

    // Tests: fetch on the calling thread, so data() answers at once. Set before the first setQuery.
    void setSynchronous(bool on);
    // Tests and benchmarks: without it pages away from the ends are found by OFFSET.
    void setPositionIndexEnabled(bool on);
    // "id" (default) or "en": header labels and code labels.
    void setLanguage(const QString &language);
    // Makes cells editable for sessions with EditRecords (service must outlive the model; null: read-only).
    void setRecordService(RecordService *service);
    // Code fields show their labels from these (both must outlive the model; regions may be null).
    void setCodeLabels(const CodeListRegistry *codeLists, const RegionCatalog *regions);
    // Tests: the quick-search match count from which pages scan instead of using the indexes.
    void setDenseQuickSearchThreshold(int matches);

    // Throws InvalidArgument (unknown dataset, field or unsortable column) or PermissionDenied (a filter
    // on a PII field without ViewPii).
    void setQuery(const RecordQuery &query);
    const RecordQuery &query() const { return m_query; }
    // Runs the query again (after records were written): a new count and fresh pages.
    void refresh() { setQuery(m_query); }
    // Closes the fetch worker's store connection until resumeStore(): a data-key rotation replaces the
    // store file, and a connection left open on the old one reads "damaged" pages afterwards (Vault refuses
    // to rotate while worker connections are open). Meanwhile the rows already shown stay, nothing is
    // fetched, and a new query waits for resumeStore(), which runs the current query on a new connection.
    void releaseStore();
    void resumeStore();
    bool isCountKnown() const { return m_countKnown; }
    bool isPositionIndexReady() const { return m_positionIndexReady; }
    bool isSortable(int column) const;
    QString fieldName(int column) const;
    // The current query's dataset (null before the first setQuery).
    const DatasetTemplate *dataset() const;
    int cachedPages() const { return m_cache.size(); }
    // Writes pending pii.view entries now (they are otherwise written right after the current event).
    void flushPiiAudit();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Role EditRole: a typed value (as FieldEditor gives it). Returns false (and emits editFailed) when the
    // write was refused; a value with validation problems is stored and reported through recordEdited.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Unsortable columns are ignored (RecordSql explains why sorting needs an index).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countKnown(int rows, double elapsedMs);
    void pageLoaded(int page, double elapsedMs);
    void positionIndexReady(int keys, double elapsedMs);
    void queryFailed(const QString &message);
    // After an in-place edit was stored; problems: the messages of what validation found in the record.
    void recordEdited(qint64 id, const QString &field, const QStringList &problems);
    void editFailed(const QString &message);

private:
    void stopWorker();
    void ensureWorker();
    void requestPage(int page) const;
    void onPageReady(const sinergi::RecordPage &page);
    void onCountReady(quint64 generation, int count, double elapsedMs);
    void onPositionIndexReady(quint64 generation, int keys, double elapsedMs);
    void onFailed(quint64 generation, const QString &message);
    void resizeTo(int rows);
    QVariant display(int column, const QVariant &value) const;
    void notePiiShown(int page, const QList<QVariantList> &rows) const;
    const QVariantList *cachedRow(int row) const;
    void reloadRow(int row, qint64 id);

    Session &m_session;
    const TemplateRegistry &m_templates;
    bool m_synchronous = false;
    bool m_positionIndexEnabled = true;
    bool m_piiVisible = false;
    QString m_language = QStringLiteral("id");
    RecordQuery m_query;
    std::shared_ptr<const RecordSql> m_sql;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_countKnown = false;
    bool m_positionIndexReady = false;
    bool m_hasPii = false;
    // data() is const for views but fills the cache and asks for pages.
    mutable RecordPageCache m_cache;
    mutable QSet<int> m_inFlight;
    mutable bool m_inlineFetch = false;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<RecordFetchWorker> m_worker;
    bool m_storeReleased = false;
    std::unique_ptr<PiiViewAuditor> m_auditor;
    RecordService *m_service = nullptr;
    bool m_canEdit = false;
    int m_denseQuickSearch = -1; // -1: the worker's default
    const CodeListRegistry *m_codeLists = nullptr;
    const RegionCatalog *m_regions = nullptr;
    std::unique_ptr<CodeLabels> m_codeLabels; // for the current dataset and language
};

} // namespace sinergi
