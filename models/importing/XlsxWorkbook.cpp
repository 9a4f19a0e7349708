#include "XlsxWorkbook.h"

#include "common/Error.h"
#include "importing/XlsxPart.h"

#include <QHash>

namespace sinergi {

QString XlsxWorkbook::resolve(const QString &sourcePart, const QString &target)
{
    QString path;
    if (target.startsWith(u'/')) {
        path = target.mid(1);
    } else {
        const qsizetype slash = sourcePart.lastIndexOf(u'/');
        path = (slash >= 0 ? sourcePart.left(slash + 1) : QString()) + target;
    }
    QStringList out;
    for (const QString &seg : path.split(u'/', Qt::SkipEmptyParts)) {
        if (seg == u".")
            continue;
        if (seg == u"..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(seg);
    }
    return out.join(u'/');
}

QString XlsxWorkbook::relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_qs + part.mid(slash + 1) + u".rels"_qs;
}

QList<XlsxWorkbook::Relationship> XlsxWorkbook::readRels(const ZipArchive &zip, const QString &relsPart,
                                                         const ImportLimits &limits)
{
    QList<Relationship> rels;
    if (!zip.find(relsPart))
        return rels;
    XlsxPart part(zip, relsPart, limits.maxSmallPartBytes);
    while (part.findStart(u"Relationship")) {
        const QXmlStreamAttributes a = part.xml().attributes();
        rels.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
        if (rels.size() > limits.maxZipEntries)
            part.fail(tr("too many relationships"));
    }
    return rels;
}

XlsxWorkbook XlsxWorkbook::load(const ZipArchive &zip, const ImportLimits &limits)
{
    XlsxWorkbook wb;
    QString workbookPart = u"xl/workbook.xml"_qs;
    for (const Relationship &r : readRels(zip, u"_rels/.rels"_qs, limits)) {
        if (r.type.endsWith(u"/officeDocument")) {
            workbookPart = resolve(QString(), r.target);
            break;
        }
    }
    if (!zip.find(workbookPart))
        throw Error(ErrorCode::InvalidArgument,
                    tr("This zip file is not an Excel workbook (it has no %1). Save it from Excel as .xlsx.")
                        .arg(workbookPart));

    QHash<QString, QString> targets;
    for (const Relationship &r : readRels(zip, relsPartOf(workbookPart), limits)) {
        if (r.type.endsWith(u"/externalLink") || r.target.contains(u"://"))
            continue;
        const QString path = resolve(workbookPart, r.target);
        targets.insert(r.id, path);
        if (r.type.endsWith(u"/sharedStrings"))
            wb.m_sharedStrings = path;
        else if (r.type.endsWith(u"/styles"))
            wb.m_styles = path;
    }

    XlsxPart part(zip, workbookPart, limits.maxSmallPartBytes);
    QXmlStreamReader &xml = part.xml();
    while (part.readNext()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
            wb.m_date1904 = (v == u"1" || v == u"true");
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            // r:id is namespaced; match by local name so strict OOXML and odd prefixes work too.
            QString relId;
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                    relId = attr.value().toString();
            }
            wb.m_sheets.append({a.value(QLatin1String("name")).toString(), targets.value(relId)});
            if (wb.m_sheets.size() > limits.maxZipEntries)
                part.fail(tr("too many sheets"));
        }
    }
    if (wb.m_sheets.isEmpty())
        throw Error(ErrorCode::InvalidArgument, tr("The workbook has no sheets."));
    return wb;
}

} // namespace sinergi
