#include "IpkAggregate.h"

#include "JsonText.h"

#include "common/Error.h"
#include "datasets/DatasetTemplate.h"
#include "reports/IpkReport.h"

#include <QFile>

namespace sinergi::smdata::IpkAggregate {

QString resourcePath()
{
    return u":/smdata/ipk_agregat.json"_qs;
}

const DatasetTemplate &batchTemplate()
{
    static const DatasetTemplate tpl = [] {
        QFile file(resourcePath());
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Internal, u"missing resource "_qs + resourcePath());
        return DatasetTemplate::fromJson(file.readAll(), resourcePath());
    }();
    return tpl;
}

qint64 appendLines(const IpkReport &report, QByteArray &content)
{
    const QByteArray prefix = "{\"dataset\":\"" + kDatasetId.toUtf8() + "\",\"record\":{\"formulir\":";
    qint64 lines = 0;
    for (const IpkTable &table : report.tables) {
        const QByteArray form = table.formId.toUtf8();
        for (int row = 0; row < table.cells.size(); ++row) {
            const QByteArray label = table.rows.value(row).text(u"id"_qs).toUtf8();
            for (int column = 0; column < table.columns.size(); ++column) {
                content += prefix;
                jsontext::appendString(content, form);
                content += ",\"baris\":";
                jsontext::appendInteger(content, row + 1);
                content += ",\"uraian\":";
                jsontext::appendString(content, label);
                content += ",\"kolom\":";
                jsontext::appendString(content, table.columns.at(column).toUtf8());
                content += ",\"nilai\":";
                jsontext::appendInteger(content, table.cells.at(row).value(column));
                content += "}}\n";
                ++lines;
            }
        }
    }
    return lines;
}

} // namespace sinergi::smdata::IpkAggregate
