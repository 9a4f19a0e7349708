#include "TabularReader.h"

namespace sinergi {

bool TabularReader::next(QStringList &row)
{
    QList<TabularCell> cells;
    if (!nextCells(cells))
        return false;
    row.clear();
    row.reserve(cells.size());
    for (const TabularCell &c : cells)
        row.append(c.value);
    return true;
}

void TabularReader::noteRagged(qint64 line)
{
    ++m_raggedCount;
    if (m_raggedLines.size() < kMaxRaggedLinesKept)
        m_raggedLines.append(line);
}

void TabularReader::resetRagged()
{
    m_raggedCount = 0;
    m_raggedLines.clear();
}

} // namespace sinergi
