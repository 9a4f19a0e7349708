#include "DatasetSink.h"

#include "GroundTruth.h"
#include "common/Error.h"
#include "datasets/DatasetTemplate.h"

#include <QDir>

namespace sinergi::datagen {

DatasetSink::DatasetSink(const DatasetTemplate &tpl, const QString &dir, std::uint64_t seed, double errorRate,
                         double duplicateRate, GroundTruth &truth)
    : m_id(tpl.id().toStdString()), m_fileName(tpl.id() + u".csv"_qs), m_templateVersion(tpl.version()),
      m_rng(seed, Rng::streamId(("defects:" + m_id).c_str())), m_errorRate(errorRate),
      m_duplicateRate(duplicateRate), m_truth(truth)
{
    for (const QString &name : tpl.fieldNames())
        m_names.push_back(name.toStdString());
    for (const QString &key : tpl.naturalKey())
        m_keyColumns.push_back(column(key.toStdString().c_str()));
    m_cells.resize(m_names.size());
    m_out = std::make_unique<CsvWriter>(QDir(dir).filePath(m_fileName));
    for (const std::string &name : m_names)
        m_out->field(name);
    m_out->endRecord();
}

int DatasetSink::findColumn(const std::string &name) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == name)
            return int(i);
    }
    return -1;
}

int DatasetSink::column(const char *name) const
{
    if (const int c = findColumn(name); c >= 0)
        return c;
    throw Error(ErrorCode::Internal, u"Template %1 has no field %2; update tools/datagen"_qs.arg(
                                         QString::fromStdString(m_id), QString::fromUtf8(name)));
}

void DatasetSink::beginRow()
{
    for (std::string &c : m_cells)
        c.clear(); // keeps each cell's capacity: no allocation per row
}

std::string DatasetSink::naturalKey(const Cells &cells) const
{
    std::string key;
    for (int c : m_keyColumns) {
        if (!key.empty())
            key.push_back('|');
        key.append(cells[std::size_t(c)]);
    }
    return key;
}

void DatasetSink::writeRow(const Cells &cells)
{
    for (const std::string &c : cells)
        m_out->field(c);
    m_out->endRecord();
}

void DatasetSink::injectDefect()
{
    std::vector<const Defect *> candidates;
    for (const Defect &d : m_defects) {
        if (!d.applies || d.applies(m_cells))
            candidates.push_back(&d);
    }
    if (candidates.empty())
        return;
    const Defect &d = *candidates[m_rng.below(candidates.size())];
    const std::string key = naturalKey(m_cells);
    d.apply(m_cells, m_rng);
    ++m_errors;
    m_truth.add({m_id, m_rows, key, "error", d.kind, m_names[std::size_t(d.column)]});
}

void DatasetSink::commit()
{
    ++m_records;
    ++m_rows;
    // Both draws happen on every row so that the decisions for later rows do not depend on earlier ones.
    const bool defective = m_rng.unit() < m_errorRate;
    const bool duplicated = m_rng.unit() < m_duplicateRate;
    const long long errorsBefore = m_errors;
    if (defective)
        injectDefect();
    writeRow(m_cells);
    if (duplicated && m_errors == errorsBefore) // only clean rows are repeated: a duplicate is valid
        m_pending.push_back({m_cells, m_rows, m_rng.between(1, 50)});
    for (std::size_t i = 0; i < m_pending.size();) {
        if (--m_pending[i].countdown > 0) {
            ++i;
            continue;
        }
        emitDuplicate(m_pending[i]);
        m_pending.erase(m_pending.begin() + std::ptrdiff_t(i));
    }
}

void DatasetSink::emitDuplicate(Pending &pending)
{
    ++m_rows;
    ++m_duplicates;
    std::string field;
    if (m_variantColumn >= 0 && m_rng.chance(0.5)) {
        for (char &c : pending.cells[std::size_t(m_variantColumn)]) {
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
        }
        field = m_names[std::size_t(m_variantColumn)];
    }
    writeRow(pending.cells);
    m_truth.add({m_id, m_rows, naturalKey(pending.cells), "duplicate",
                 "duplicate_of=" + std::to_string(pending.row), field});
}

void DatasetSink::finish()
{
    for (Pending &p : m_pending)
        emitDuplicate(p);
    m_pending.clear();
    m_out->close();
}

} // namespace sinergi::datagen
