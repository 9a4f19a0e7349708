#include "ImportPreview.h"

#include "datasets/DatasetTemplate.h"
#include "datasets/RecordValidator.h"
#include "datasets/RuleContext.h"
#include "importing/ExcelPitfalls.h"
#include "importing/RowConverter.h"
#include "importing/TabularReader.h"
#include "importing/XlsxReader.h"

#include <QSet>

namespace sinergi {

namespace {

using Status = ImportPreview::Status;

Status worse(Status a, Status b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

void flag(ImportPreview::Cell &cell, Status status, const QString &message)
{
    cell.status = worse(cell.status, status);
    cell.problem = cell.problem.isEmpty() ? message : cell.problem + u'\n' + message;
}

} // namespace

ImportPreview::Result ImportPreview::build(TabularReader &reader, const DatasetTemplate &tpl,
                                           const ColumnMapping &mapping, const RecordValidator &validator,
                                           const RuleContext &context, int maxRows)
{
    Result result;
    result.notes = mapping.notes();
    QList<QList<TabularCell>> sample;
    QList<qint64> lines;
    QList<TabularCell> cells;
    while (sample.size() < maxRows && reader.nextCells(cells)) {
        sample.append(cells);
        lines.append(reader.lineNumber());
    }

    auto *xlsx = dynamic_cast<XlsxReader *>(&reader);
    RowConverter converter(tpl, mapping, xlsx && xlsx->date1904());
    // The order of a/b/yyyy date columns is decided from the sample, as the importer decides it from its
    // first rows.
    const QList<ColumnMapping::Column> &columns = mapping.columns();
    for (const ColumnMapping::Column &c : columns) {
        if (tpl.field(c.field)->type != FieldType::Date ||
            c.transform.dateFormat != ColumnTransform::DateFormat::Auto)
            continue;
        QStringList values;
        for (const QList<TabularCell> &r : sample)
            values << (c.source < r.size() ? RowConverter::cellText(r.at(c.source)) : QString());
        const ExcelPitfalls::DateColumnAnalysis a = ExcelPitfalls::analyzeDateColumn(values);
        converter.setDateOrder(c.field, a.order());
        if (const QString m = a.message(reader.header().value(c.source)); !m.isEmpty())
            result.notes << m;
    }

    QHash<QString, int> columnOfField;
    for (int i = 0; i < columns.size(); ++i)
        columnOfField.insert(columns.at(i).field, i);
    const QString keyNames = tpl.naturalKey().join(u", "_qs);
    QSet<QString> keysSeen;
    RowConverter::Result converted;
    static const TabularCell kEmpty;

    for (qsizetype r = 0; r < sample.size(); ++r) {
        const QList<TabularCell> &source = sample.at(r);
        Row row;
        row.line = lines.at(r);
        for (const ColumnMapping::Column &c : columns) {
            const TabularCell &cell = c.source < source.size() ? source.at(c.source) : kEmpty;
            Cell out;
            out.text = RowConverter::cellText(cell);
            result.digitsLost |=
                !out.text.isEmpty() &&
                !ExcelPitfalls::digitsLostReason(out.text, cell.kind == CellKind::Number).isEmpty();
            row.cells.append(out);
        }
        converter.convert(source, converted);
        // The converter prefixes each reason with the field it concerns ("nik: ...").
        for (const QString &reason : converted.rejectReasons) {
            row.status = Status::Rejected;
            row.messages << reason;
            const QString field = reason.section(u':', 0, 0);
            if (const auto it = columnOfField.constFind(field); it != columnOfField.cend())
                flag(row.cells[*it], Status::Rejected, reason.section(u':', 1).trimmed());
        }
        QStringList key;
        bool keyMissing = false;
        for (const QString &k : tpl.naturalKey()) {
            keyMissing |= !converted.record.contains(k);
            key << converted.record.value(k).toString();
        }
        if (keyMissing && converted.rejectReasons.isEmpty()) {
            row.status = Status::Rejected;
            row.messages << tr("The natural key (%1) is empty.").arg(keyNames);
        }
        if (row.status != Status::Rejected) {
            const QString joined = key.join(u'\x1f');
            if (keysSeen.contains(joined)) {
                row.status = Status::Rejected;
                row.messages << tr("The natural key (%1) repeats an earlier row of this file; the earlier "
                                   "row is kept.")
                                    .arg(keyNames);
            }
            keysSeen.insert(joined);
        }
        if (row.status != Status::Rejected) {
            for (const Problem &p : validator.validate(tpl, converted.record, context)) {
                const Status s = p.severity == Problem::Severity::Error ? Status::Error : Status::Warning;
                row.status = worse(row.status, s);
                row.messages << p.field + u": "_qs + p.message;
                if (const auto it = columnOfField.constFind(p.field); it != columnOfField.cend())
                    flag(row.cells[*it], s, p.message);
            }
        }
        switch (row.status) {
        case Status::Ok:
            ++result.ok;
            break;
        case Status::Warning:
            ++result.warnings;
            break;
        case Status::Error:
            ++result.errors;
            break;
        case Status::Rejected:
            ++result.rejected;
            break;
        }
        result.rows.append(std::move(row));
    }
    return result;
}

} // namespace sinergi
