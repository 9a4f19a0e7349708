#include "XlsxSharedStrings.h"

#include "common/Error.h"
#include "importing/XlsxPart.h"

#include <algorithm>

namespace sinergi {

QStringList XlsxSharedStrings::load(const ZipArchive &zip, const QString &partName, const ImportLimits &limits)
{
    QStringList strings;
    if (partName.isEmpty() || !zip.find(partName))
        return strings;
    XlsxPart part(zip, partName, limits.maxSharedStringsBytes);
    QXmlStreamReader &xml = part.xml();
    while (part.readNext()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sst") {
            // uniqueCount is only a hint from the file: never trust it for more than a modest reserve.
            const qsizetype hint = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            strings.reserve(std::clamp<qsizetype>(hint, 0, 100'000));
        } else if (xml.name() == u"si") {
            if (strings.size() >= limits.maxSharedStrings)
                throw Error(ErrorCode::InvalidArgument,
                            tr("The workbook has more than %1 different texts; it is too large to import at once. "
                               "Split it or export it as CSV.")
                                .arg(limits.maxSharedStrings));
            strings.append(part.readRichText(limits.maxFieldChars));
        }
    }
    return strings;
}

} // namespace sinergi
