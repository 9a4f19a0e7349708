#include "RowChunkReader.h"

#include "store/Database.h"

namespace sinergi {

RowChunkReader::RowChunkReader(Database &db, const QByteArray &selectSql, int width, int chunkRows)
    : m_select(db.prepare(selectSql.constData())), m_width(width), m_chunkRows(chunkRows)
{
}

RowChunk RowChunkReader::next()
{
    Statement &select = m_select;
    RowChunk c;
    select.bindAll(static_cast<std::int64_t>(m_lastId), m_chunkRows);
    while (select.step()) {
        c.ids.push_back(select.int64(0));
        c.errors.push_back(select.int32(1));
        c.warnings.push_back(select.int32(2));
        QVariantList row;
        row.reserve(m_width);
        for (int i = 0; i < m_width; ++i)
            row.append(select.value(3 + i));
        c.values.push_back(std::move(row));
    }
    select.reset();
    if (!c.ids.empty())
        m_lastId = c.ids.back();
    return c;
}

} // namespace sinergi
