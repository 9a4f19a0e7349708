#include "TabularReaderFactory.h"

#include "common/Error.h"
#include "importing/CsvReader.h"
#include "importing/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace sinergi {

TabularReaderFactory::Kind TabularReaderFactory::detect(const QString &path)
{
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
        return Kind::Xlsx; // XlsxReader explains the OLE case
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls")
        return Kind::Xlsx; // and says it is not a workbook when the bytes disagree
    return Kind::Csv;
}

std::unique_ptr<TabularReader> TabularReaderFactory::open(const QString &path, const ImportLimits &limits,
                                                          const CsvFormat &csv)
{
    if (!QFileInfo::exists(path))
        throw Error(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(path));
    if (detect(path) == Kind::Xlsx)
        return std::make_unique<XlsxReader>(path, limits);
    CsvReader::Options options;
    options.limits = limits;
    options.delimiter = csv.delimiter;
    options.encoding = csv.encoding;
    return std::make_unique<CsvReader>(path, options);
}

} // namespace sinergi
