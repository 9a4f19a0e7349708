#pragma once

#include <QHash>
#include <QList>
#include <QVariantList>

#include <list>

namespace sinergi {

// The pages of rows the record model holds, bounded and least-recently-used: memory stays flat however
// far the user scrolls (DB Browser for SQLite's row cache, with a limit).
class RecordPageCache
{
public:
    explicit RecordPageCache(int maxPages = 40) : m_maxPages(maxPages) {}

    // nullptr when the page is not cached; marks it used.
    const QList<QVariantList> *find(int page);
    // Does not change the LRU order (for neighbour keys).
    const QList<QVariantList> *peek(int page) const;
    void insert(int page, QList<QVariantList> rows);
    void clear();
    int size() const { return static_cast<int>(m_pages.size()); }

private:
    struct Entry
    {
        QList<QVariantList> rows;
        std::list<int>::iterator lru;
    };
    int m_maxPages;
    QHash<int, Entry> m_pages;
    std::list<int> m_lru; // front = most recent
};

} // namespace sinergi
