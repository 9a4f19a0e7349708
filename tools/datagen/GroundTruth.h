#pragma once

#include <QString>

#include <string>
#include <vector>

namespace sinergi::datagen {

// Which rows are wrong on purpose (kind "error", with the defect and field) and which repeat an earlier
// row (kind "duplicate", defect "duplicate_of=<row>"). Rows are 1-based data rows, header excluded.
class GroundTruth
{
public:
    struct Entry
    {
        std::string dataset;
        long long row = 0;
        std::string naturalKey; // key fields joined with '|'
        std::string kind;
        std::string defect;
        std::string field;
    };

    void add(Entry entry) { m_entries.push_back(std::move(entry)); }
    const std::vector<Entry> &entries() const { return m_entries; }
    // Sorted by dataset then row, so the file does not depend on the order datasets were generated in.
    void write(const QString &path);

private:
    std::vector<Entry> m_entries;
};

} // namespace sinergi::datagen
