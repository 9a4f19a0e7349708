#include "GroundTruth.h"

#include "CsvWriter.h"

#include <algorithm>

namespace sinergi::datagen {

void GroundTruth::write(const QString &path)
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.dataset != b.dataset ? a.dataset < b.dataset : a.row < b.row;
    });
    CsvWriter out(path);
    for (const char *h : {"dataset", "row", "natural_key", "kind", "defect", "field"})
        out.field(h);
    out.endRecord();
    for (const Entry &e : m_entries) {
        out.field(e.dataset);
        out.field(std::to_string(e.row));
        out.field(e.naturalKey);
        out.field(e.kind);
        out.field(e.defect);
        out.field(e.field);
        out.endRecord();
    }
    out.close();
}

} // namespace sinergi::datagen
