#pragma once

#include "CsvWriter.h"
#include "Defect.h"
#include "Rng.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace sinergi {
class DatasetTemplate;
}

namespace sinergi::datagen {

class GroundTruth;

// Writes one dataset file: the header is the template's field names, a generator fills cells by column
// and commits; the sink injects defects and duplicates at the configured rates (from its own random
// stream, so the clean data is the same whatever the rates) and records them in the ground truth.
class DatasetSink
{
public:
    DatasetSink(const DatasetTemplate &tpl, const QString &dir, std::uint64_t seed, double errorRate,
                double duplicateRate, GroundTruth &truth);

    // Column of a template field; throws Error(Internal) when the template no longer has it, so a
    // renamed field fails loudly instead of leaving a column empty.
    int column(const char *name) const;
    int findColumn(const std::string &name) const; // -1 when absent (optional repeated slots)
    std::string &cell(int column) { return m_cells[std::size_t(column)]; }
    void set(int column, std::string_view value) { m_cells[std::size_t(column)].assign(value); }
    void beginRow();
    void commit();
    void finish(); // emits duplicates still pending and closes the file

    void addDefect(Defect defect) { m_defects.push_back(std::move(defect)); }
    // A duplicate re-typed by hand often differs in case: this column is upper-cased in half of them.
    void setVariantColumn(int column) { m_variantColumn = column; }

    const std::string &id() const { return m_id; }
    const QString &fileName() const { return m_fileName; }
    int templateVersion() const { return m_templateVersion; }
    long long records() const { return m_records; }
    long long rows() const { return m_rows; }
    long long errors() const { return m_errors; }
    long long duplicates() const { return m_duplicates; }

private:
    struct Pending
    {
        Cells cells;
        long long row;
        int countdown;
    };

    void writeRow(const Cells &cells);
    std::string naturalKey(const Cells &cells) const;
    void injectDefect();
    void emitDuplicate(Pending &pending);

    std::string m_id;
    QString m_fileName;
    int m_templateVersion;
    std::vector<std::string> m_names;
    std::vector<int> m_keyColumns;
    Cells m_cells;
    std::unique_ptr<CsvWriter> m_out;
    Rng m_rng;
    double m_errorRate;
    double m_duplicateRate;
    GroundTruth &m_truth;
    std::vector<Defect> m_defects;
    std::vector<Pending> m_pending;
    int m_variantColumn = -1;
    long long m_records = 0;
    long long m_rows = 0;
    long long m_errors = 0;
    long long m_duplicates = 0;
};

} // namespace sinergi::datagen
