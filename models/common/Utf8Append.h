#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace sinergi {

// Appends `text` as UTF-8 to `out`. For bulk writes (an import's cells, a validation's findings) that bind
// the bytes to SQLite without a copy: nearly all of it is ASCII, so it is copied unit by unit while noting
// any unit above 0x7F, and only then (rarely) taken back and given to Qt's encoder. `out` keeps its
// capacity when cleared, so a reused buffer stops allocating.
inline void appendUtf8(std::vector<char> &out, const QString &text)
{
    const size_t at = out.size();
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    out.resize(at + size_t(n));
    char *dst = out.data() + at;
    char16_t seen = 0;
    for (qsizetype i = 0; i < n; ++i) {
        dst[i] = static_cast<char>(data[i]);
        seen |= data[i];
    }
    if (seen >= 0x80) {
        const QByteArray utf8 = text.toUtf8();
        out.resize(at);
        out.insert(out.end(), utf8.cbegin(), utf8.cend());
    }
}

} // namespace sinergi
