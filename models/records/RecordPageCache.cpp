#include "RecordPageCache.h"

namespace sinergi {

const QList<QVariantList> *RecordPageCache::find(int page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return &it->rows;
}

const QList<QVariantList> *RecordPageCache::peek(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it->rows;
}

void RecordPageCache::insert(int page, QList<QVariantList> rows)
{
    if (auto it = m_pages.find(page); it != m_pages.end()) {
        it->rows = std::move(rows);
        m_lru.splice(m_lru.begin(), m_lru, it->lru);
        return;
    }
    while (static_cast<int>(m_pages.size()) >= m_maxPages && !m_lru.empty()) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    m_lru.push_front(page);
    m_pages.insert(page, Entry{std::move(rows), m_lru.begin()});
}

void RecordPageCache::clear()
{
    m_pages.clear();
    m_lru.clear();
}

} // namespace sinergi
