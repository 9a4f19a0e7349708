#pragma once

#include "common/Utf8Append.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <limits>
#include <stdexcept>
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
            s.value.integer = value.toLongLong();
            break;
        case QMetaType::Double:
            s.kind = Kind::Real;
            s.value.real = value.toDouble();
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
            statement.bind(index, static_cast<std::int64_t>(s.value.integer));
            break;
        case Kind::Real:
            statement.bind(index, s.value.real);
            break;
        case Kind::Text:
            // An empty vector may have no buffer, and SQLite binds a null pointer as NULL, not as ''.
            statement.bindUtf8(index, s.value.text.length > 0 ? m_text.data() + s.value.text.offset : "",
                               s.value.text.length);
            break;
        }
    }

private:
    enum class Kind : std::uint8_t { Null, Integer, Real, Text };
    // 16 bytes: a row's slots are written on a conversion thread and read on the writing thread, so
    // every byte of them crosses between cores once per row (with 40-byte slots, that traffic was a
    // tenth of the writing thread's time in a bulk import).
    struct Slot
    {
        union {
            qint64 integer;
            double real;
            struct
            {
                std::uint32_t offset;
                std::uint32_t length;
            } text;
        } value{};
        Kind kind = Kind::Null;
    };
    static_assert(sizeof(Slot) == 16);

    void appendUtf8(const QString &text, Slot &s)
    {
        // The readers' default limits (ImportLimits: 1,000 cells of at most 1 Mi characters, so under
        // 3 GB of UTF-8) keep a row's text below 4 GiB; with other limits, a row beyond is refused rather
        // than bound wrong.
        const size_t offset = m_text.size();
        sinergi::appendUtf8(m_text, text);
        if (m_text.size() > std::numeric_limits<std::uint32_t>::max())
            throw std::length_error("import row text over 4 GiB");
        s.value.text = {static_cast<std::uint32_t>(offset),
                        static_cast<std::uint32_t>(m_text.size() - offset)};
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_text; // grows geometrically and keeps its capacity across rows
};

} // namespace sinergi
