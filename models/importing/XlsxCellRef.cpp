#include "XlsxCellRef.h"

namespace sinergi {

std::optional<XlsxCellRef> XlsxCellRef::parse(QStringView ref)
{
    XlsxCellRef r;
    qsizetype i = 0;
    int col = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].unicode();
        int v = 0;
        if (c >= u'A' && c <= u'Z')
            v = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            v = c - u'a' + 1;
        else
            break;
        col = col * 26 + v;
        if (col > kMaxColumns)
            return std::nullopt;
    }
    if (i == 0)
        return std::nullopt;
    qint64 row = 0;
    for (qsizetype k = i; k < ref.size(); ++k) {
        const char16_t c = ref[k].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row * 10 + (c - u'0');
        if (row > kMaxRows)
            return std::nullopt;
    }
    r.column = col - 1;
    r.row = row;
    return r;
}

} // namespace sinergi
