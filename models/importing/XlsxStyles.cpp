#include "XlsxStyles.h"

#include "importing/XlsxPart.h"

#include <QHash>

namespace sinergi {

XlsxStyles::Format XlsxStyles::builtinFormat(int id)
{
    // ECMA-376 18.8.30: 14-17 and 22 are dates (22 with time), 18-21 and 45-47 times.
    if ((id >= 14 && id <= 17) || id == 22)
        return Format::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return Format::Time;
    return Format::Number;
}

XlsxStyles::Format XlsxStyles::classify(const QString &formatCode)
{
    bool date = false;
    bool time = false;
    bool month = false;
    // Only the first section (positive numbers) decides how a value is shown.
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = formatCode.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        if (c == u'[') {
            const qsizetype end = formatCode.indexOf(u']', i + 1);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') { // escaped char, space-as-wide-as, repeat fill
            ++i;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'd':
        case u'y':
            date = true;
            break;
        case u'm':
            month = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        default:
            break;
        }
    }
    if (date)
        return Format::Date;
    if (time)
        return Format::Time; // "mm" next to h or s is minutes
    return month ? Format::Date : Format::Number;
}

XlsxStyles XlsxStyles::load(const ZipArchive &zip, const QString &partName, const ImportLimits &limits)
{
    XlsxStyles styles;
    if (partName.isEmpty() || !zip.find(partName))
        return styles;
    XlsxPart part(zip, partName, limits.maxSmallPartBytes);
    QXmlStreamReader &xml = part.xml();
    QHash<int, Format> custom;
    bool inCellXfs = false;
    while (part.readNext()) {
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                const QXmlStreamAttributes a = xml.attributes();
                custom.insert(a.value(QLatin1String("numFmtId")).toInt(), classify(a.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles.m_xfs.append(custom.contains(id) ? custom.value(id) : builtinFormat(id));
                if (styles.m_xfs.size() > 1'000'000)
                    part.fail(tr("too many cell styles"));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

XlsxStyles::Format XlsxStyles::formatOfStyle(qsizetype styleIndex) const
{
    return (styleIndex >= 0 && styleIndex < m_xfs.size()) ? m_xfs[styleIndex] : Format::Number;
}

} // namespace sinergi
