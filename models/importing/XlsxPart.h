#pragma once

#include "importing/ZipArchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

namespace sinergi {

// One XML part of a workbook being parsed as it is inflated. Every failure (invalid XML, a DTD, a part
// larger than it claimed) becomes an Error that names the part, so a damaged file says where.
class XlsxPart
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxPart)
public:
    XlsxPart(const ZipArchive &zip, const QString &name, qint64 maxBytes);

    QXmlStreamReader &xml() { return m_xml; }
    const QString &name() const { return m_name; }
    qint64 bytesRead() const { return m_device->inflated(); }
    qint64 size() const { return m_device->declaredSize(); }

    // Next token; false at the end of the document. Throws on any error.
    bool readNext();
    // Reads forward to the next start element with this local name; false at the end of the document.
    bool findStart(QStringView localName);
    // The text of the current element, refused above maxChars.
    QString readText(qsizetype maxChars);
    // The text of an <si> or <is> element: plain <t>, or rich text runs <r><t>, without phonetic
    // guides (<rPh>). Entered at its start element, leaves at its end element.
    QString readRichText(qsizetype maxChars);
    void skipElement();

    [[noreturn]] void fail(const QString &why) const;
    [[noreturn]] void failFromReader() const;

    // OOXML writes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage return).
    static QString decodeEscapes(const QString &text);

private:
    void checkLength(const QString &text, qsizetype maxChars) const;

    QString m_name;
    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
};

} // namespace sinergi
