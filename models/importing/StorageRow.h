#pragma once

#include "common/Utf8Append.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace sinergi {

// One row's values packed in the form SQLite binds: integers and reals as they are, text as UTF-8 in one
// buffer shared by the whole row. The importer's conversion threads fill it, so the writing thread (the
// one a bulk import waits for) only hands pointers to SQLite instead of converting a QVariant and
// allocating a UTF-8 copy per cell, and frees one buffer per row instead of one per value.
// Header-only: small, and used on both sides of the importer's queue.
class StorageRow
{
public:
    void clear()
    {
        m_slots.clear();
        m_text.clear(); // keeps the capacity: rows are recycled
    }

    // A value in RecordTable::toStorage form (null, integer, real or text).
    void append(const QVariant &value)
    {
        Slot s;
        const int type = value.typeId();
        if (type == QMetaType::QString) { // most values of an import: tested first
            if (!value.isNull()) {
                s.kind = Kind::Text;
                appendUtf8(*static_cast<const QString *>(value.constData()), s); // no copy
            }
            m_slots.push_back(s);
            return;
        }
        switch (type) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            s.kind = Kind::Integer;
            s.integer = value.toLongLong();
            break;
        case QMetaType::Double:
            s.kind = Kind::Real;
            s.real = value.toDouble();
            break;
        default:
            if (value.isNull())
                break;
            s.kind = Kind::Text;
            appendUtf8(value.toString(), s);
        }
        m_slots.push_back(s);
    }

    size_t size() const { return m_slots.size(); }

    // Binds value i to parameter `index`. The text stays owned by this row, which the caller keeps
    // unchanged until the statement is reset.
    void bind(Statement &statement, int index, size_t i) const
    {
        const Slot &s = m_slots[i];
        switch (s.kind) {
        case Kind::Null:
            statement.bind(index, nullptr);
            break;
        case Kind::Integer:
            statement.bind(index, static_cast<std::int64_t>(s.integer));
            break;
        case Kind::Real:
            statement.bind(index, s.real);
            break;
        case Kind::Text:
            // An empty vector may have no buffer, and SQLite binds a null pointer as NULL, not as ''.
            statement.bindUtf8(index, s.length > 0 ? m_text.data() + s.offset : "", s.length);
            break;
        }
    }

private:
    enum class Kind : std::uint8_t { Null, Integer, Real, Text };
    struct Slot
    {
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    void appendUtf8(const QString &text, Slot &s)
    {
        s.offset = qsizetype(m_text.size());
        sinergi::appendUtf8(m_text, text);
        s.length = qsizetype(m_text.size()) - s.offset;
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_text; // grows geometrically and keeps its capacity across rows
};

} // namespace sinergi
