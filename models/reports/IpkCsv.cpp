#include "IpkCsv.h"

#include <QCoreApplication>

namespace sinergi::IpkCsv {

namespace {

QByteArray field(const QString &text)
{
    QByteArray out = text.toUtf8();
    // A cell starting with = + - @ would be run as a formula by a spreadsheet; labels never need that.
    if (!out.isEmpty() && QByteArrayView("=+-@").contains(out.front()))
        out.prepend('\'');
    if (out.contains(';') || out.contains('"') || out.contains('\n')) {
        out.replace('"', "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

} // namespace

QByteArray write(const IpkReport &report, const QString &language)
{
    QByteArray out;
    const QString where =
        report.district.isEmpty()
            ? QCoreApplication::translate("sinergi::IpkCsv", "whole regency")
            : QCoreApplication::translate("sinergi::IpkCsv", "kecamatan %1").arg(report.district);
    for (const IpkTable &t : report.tables) {
        out += field(t.formId) + ';' + field(t.title.text(language)) + ';' + field(report.period.label()) +
               ';' + field(where) + '\n';
        out += field(QCoreApplication::translate("sinergi::IpkCsv", "Row"));
        for (const QString &c : t.columns)
            out += ';' + field(IpkColumns::label(c));
        out += '\n';
        const int rows = int(t.rows.size()) - (t.otherRowUsed() ? 0 : 1);
        for (int r = 0; r < rows; ++r) {
            out += field(t.rows.at(r).text(language));
            for (qint64 v : t.cells.at(r))
                out += ';' + QByteArray::number(v);
            out += '\n';
        }
        out += field(QCoreApplication::translate("sinergi::IpkCsv", "Total"));
        for (const QString &c : t.columns)
            out += ';' + QByteArray::number(t.total(c));
        out += "\n\n";
    }
    return out;
}

} // namespace sinergi::IpkCsv
