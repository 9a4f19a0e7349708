#pragma once

#include "ProblemCounts.h"
#include "ProblemRecordLabel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sinergi {

class Database;
class DatasetTemplate;
class PiiViewAuditor;

// The problems panel's tree: one top-level row per rule and severity of a dataset (with the number of
// records), its children the records with that problem. Groups come from one GROUP BY on the
// record_problems index; a group's records are loaded on demand (loadMore), a page at a time (key-paged),
// so a rule with a million findings costs nothing until it is expanded and scrolled. Records are named by
// their natural key and name (ProblemRecordLabel), read with the page in the same query.
class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, CountColumn, MessageColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, RuleIdRole, SeverityRole, FieldRole };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    // db must outlive the model's use (the session's connection, on the GUI thread). tpl may be null.
    void setDataset(Database *db, const DatasetTemplate *tpl);
    // Whether the user may see PII (Permission::ViewPii); masked until told. With visible PII, every page
    // of records whose names or keys are shown is reported to auditor (a "pii.view" entry, as the grid
    // does); the auditor must outlive the model's use. Takes effect at the next setDataset()/reload().
    void setPiiAccess(bool visible, PiiViewAuditor *auditor);
    void reload();
    const QList<RuleCount> &groups() const;
    static constexpr int kPageSize = 200;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // A group's records, a page per call. Not canFetchMore/fetchMore: views and QAbstractItemModelTester
    // call those from inside a model reset, and a query then is neither wanted nor allowed to insert rows.
    bool canLoadMore(const QModelIndex &group) const;
    void loadMore(const QModelIndex &group);

private:
    struct Item
    {
        qint64 recordId = 0;
        qint64 rowid = 0;
        QString field;
        QString message;
        QString label;
    };
    struct Group
    {
        RuleCount count;
        std::vector<Item> items;
        bool complete = false;
    };

    Database *m_db = nullptr;
    const DatasetTemplate *m_tpl = nullptr;
    bool m_piiVisible = false;
    PiiViewAuditor *m_auditor = nullptr;
    ProblemRecordLabel m_label;
    QByteArray m_pageSql;
    int m_pagesLoaded = 0; // numbers the pages for the auditor, afresh per reload
    QList<RuleCount> m_counts;
    std::vector<std::unique_ptr<Group>> m_groups;
    bool m_fetching = false;
};

} // namespace sinergi
