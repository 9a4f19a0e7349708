#pragma once

#include <QByteArray>
#include <QString>

namespace sinergi {
class DatasetTemplate;
struct IpkReport;
} // namespace sinergi

namespace sinergi::smdata {

// The IPK tables of a batch's month as an extra dataset of the batch, "ipk_agregat": one line per form,
// row and column, {"formulir", "baris" (1-based), "uraian", "kolom", "nilai"}. Its reporting template
// (resources/smdata/ipk_agregat.json) is published by the server like the record templates.
namespace IpkAggregate {

inline const QString kDatasetId = QStringLiteral("ipk_agregat");

// The template, parsed once from the embedded resource ":/smdata/ipk_agregat.json".
const DatasetTemplate &batchTemplate();
QString resourcePath();

// Appends the report's cells as content lines; returns how many.
qint64 appendLines(const IpkReport &report, QByteArray &content);

} // namespace IpkAggregate

} // namespace sinergi::smdata
