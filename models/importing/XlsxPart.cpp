#include "XlsxPart.h"

#include "common/Error.h"

namespace sinergi {

XlsxPart::XlsxPart(const ZipArchive &zip, const QString &name, qint64 maxBytes)
    : m_name(name), m_device(zip.open(name, maxBytes)), m_xml(m_device.get())
{
}

void XlsxPart::fail(const QString &why) const
{
    throw Error(ErrorCode::InvalidArgument,
                tr("The workbook is damaged: the part %1 is not valid (%2). Open the file in Excel and save it "
                   "again.")
                    .arg(m_name, why));
}

void XlsxPart::failFromReader() const
{
    if (m_device->overCap())
        throw Error(ErrorCode::InvalidArgument,
                    tr("The workbook part %1 is larger than its zip directory says: the file is damaged or "
                       "crafted, and is not imported.")
                        .arg(m_name));
    if (m_device->failed())
        fail(tr("decompression failed: %1").arg(m_device->errorString()));
    fail(tr("XML error at line %1, column %2: %3")
             .arg(m_xml.lineNumber())
             .arg(m_xml.columnNumber())
             .arg(m_xml.errorString()));
}

bool XlsxPart::readNext()
{
    const QXmlStreamReader::TokenType t = m_xml.readNext();
    if (t == QXmlStreamReader::Invalid || m_xml.hasError())
        failFromReader();
    if (t == QXmlStreamReader::DTD) // OOXML never has one; refusing it rules out entity tricks
        fail(tr("a document type declaration is not allowed"));
    return t != QXmlStreamReader::EndDocument;
}

bool XlsxPart::findStart(QStringView localName)
{
    while (readNext()) {
        if (m_xml.isStartElement() && m_xml.name() == localName)
            return true;
    }
    return false;
}

void XlsxPart::checkLength(const QString &text, qsizetype maxChars) const
{
    if (text.size() > maxChars)
        fail(tr("a cell holds more than %1 characters").arg(maxChars));
}

QString XlsxPart::readText(qsizetype maxChars)
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        if (!readNext())
            failFromReader();
        if (m_xml.isCharacters()) {
            text += m_xml.text();
            checkLength(text, maxChars);
        } else if (m_xml.isStartElement()) {
            ++depth;
        } else if (m_xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

void XlsxPart::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        if (!readNext())
            failFromReader();
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
}

QString XlsxPart::readRichText(qsizetype maxChars)
{
    QString text;
    int depth = 1; // inside <si> / <is>
    while (depth > 0) {
        if (!readNext())
            failFromReader();
        if (m_xml.isStartElement()) {
            if (m_xml.name() == u"t") {
                text += readText(maxChars);
                checkLength(text, maxChars);
            } else if (m_xml.name() == u"rPh" || m_xml.name() == u"rPr" || m_xml.name() == u"phoneticPr") {
                skipElement();
            } else {
                ++depth; // <r>
            }
        } else if (m_xml.isEndElement()) {
            --depth;
        }
    }
    return decodeEscapes(text);
}

QString XlsxPart::decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(static_cast<char16_t>(code)));
                i += 7;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

} // namespace sinergi
