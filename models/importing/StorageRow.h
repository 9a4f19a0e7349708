#pragma once

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
        m_text.resize(0); // keeps the capacity (clear() would free it): rows are recycled
    }

    // A value in RecordTable::toStorage form (null, integer, real or text).
    void append(const QVariant &value)
    {
        Slot s;
        switch (value.typeId()) {
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
            if (value.typeId() == QMetaType::QString)
                appendUtf8(*static_cast<const QString *>(value.constData()), s); // no copy
            else
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
            statement.bindUtf8(index, m_text.constData() + s.offset, s.length);
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
        s.offset = m_text.size();
        // Nearly every cell of an export is ASCII: copy it byte by byte, fall back to Qt's encoder otherwise.
        const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
        const qsizetype n = text.size();
        bool ascii = true;
        for (qsizetype i = 0; i < n && ascii; ++i)
            ascii = data[i] < 0x80;
        if (ascii) {
            const qsizetype at = m_text.size();
            m_text.resize(at + n);
            char *out = m_text.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                out[i] = static_cast<char>(data[i]);
        } else {
            m_text.append(text.toUtf8());
        }
        s.length = m_text.size() - s.offset;
    }

    std::vector<Slot> m_slots;
    QByteArray m_text;
};

} // namespace sinergi
