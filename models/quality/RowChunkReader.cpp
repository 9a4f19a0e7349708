#include "RowChunkReader.h"

#include "store/Database.h"

namespace sinergi {

QVariant RowChunk::value(size_t row, int field) const
{
    const Cell &c = cells[row * static_cast<size_t>(width) + static_cast<size_t>(field)];
    switch (c.type) {
    case Statement::ColumnType::Integer:
        return QVariant::fromValue<qlonglong>(c.integer);
    case Statement::ColumnType::Real:
        return c.real;
    case Statement::ColumnType::Null:
        return {};
    case Statement::ColumnType::Blob:
        return QByteArray(bytes.data() + c.offset, c.size);
    case Statement::ColumnType::Text:
        break;
    }
    // An empty text is an empty (not a null) QString, as Statement::text gives it.
    static const char kEmpty[] = "";
    return QString::fromUtf8(c.size > 0 ? bytes.data() + c.offset : kEmpty, c.size);
}

RowChunkReader::RowChunkReader(Database &db, const QByteArray &selectSql, int width, int chunkRows)
    : m_select(db.prepare(selectSql.constData())), m_width(width), m_chunkRows(chunkRows)
{
}

RowChunk RowChunkReader::next()
{
    Statement &select = m_select;
    RowChunk c;
    c.width = m_width;
    c.ids.reserve(static_cast<size_t>(m_chunkRows));
    c.cells.reserve(static_cast<size_t>(m_chunkRows) * static_cast<size_t>(m_width));
    const auto pack = [&c](RowChunk::Cell &cell, QByteArrayView data) {
        cell.offset = static_cast<std::int64_t>(c.bytes.size());
        cell.size = static_cast<std::int32_t>(data.size());
        c.bytes.insert(c.bytes.end(), data.begin(), data.end());
    };
    select.bindAll(static_cast<std::int64_t>(m_lastId), m_chunkRows);
    while (select.step()) {
        c.ids.push_back(select.int64(0));
        c.errors.push_back(select.int32(1));
        c.warnings.push_back(select.int32(2));
        for (int i = 0; i < m_width; ++i) {
            RowChunk::Cell &cell = c.cells.emplace_back();
            cell.type = select.type(3 + i); // before the value: reading may convert it
            switch (cell.type) {
            case Statement::ColumnType::Integer:
                cell.integer = select.int64(3 + i);
                break;
            case Statement::ColumnType::Real:
                cell.real = select.real(3 + i);
                break;
            case Statement::ColumnType::Null:
                break;
            case Statement::ColumnType::Text:
                pack(cell, select.utf8(3 + i));
                break;
            case Statement::ColumnType::Blob:
                pack(cell, select.blob(3 + i));
                break;
            }
        }
    }
    select.reset();
    if (!c.ids.empty())
        m_lastId = c.ids.back();
    return c;
}

} // namespace sinergi
