#pragma once

#include "IpkReport.h"

#include <QByteArray>

namespace sinergi {

// The IPK tables as one CSV (';' separated, as Excel expects in an Indonesian locale): per table a title
// line, the header, the rows as the form lays them out (the "other / unknown" row only when used) and a
// total line, then a blank line. The CLI and the IPK page's CSV export write exactly this.
namespace IpkCsv {
QByteArray write(const IpkReport &report, const QString &language);
}

} // namespace sinergi
