#pragma once

#include <QStringView>

#include <optional>

namespace sinergi {

// "AB12" → column 27 (0-based), row 12. Excel's grid ends at XFD1048576.
struct XlsxCellRef
{
    static constexpr int kMaxColumns = 16384;
    static constexpr qint64 kMaxRows = 1048576;

    int column = 0; // 0-based
    qint64 row = 0; // 1-based; 0 when the reference has no row part

    static std::optional<XlsxCellRef> parse(QStringView ref);
};

} // namespace sinergi
