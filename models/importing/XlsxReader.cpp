#include "XlsxReader.h"

#include "common/Error.h"
#include "importing/ExcelDate.h"
#include "importing/ExcelNumber.h"
#include "importing/XlsxCellRef.h"
#include "importing/XlsxPart.h"
#include "importing/XlsxSharedStrings.h"

namespace sinergi {

namespace {

bool allEmpty(const QList<TabularCell> &cells)
{
    for (const TabularCell &c : cells)
        if (c.kind != CellKind::Empty)
            return false;
    return true;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const ImportLimits &limits)
    : m_limits(limits), m_zip(ZipArchive::openFile(path, limits))
{
    init();
}

XlsxReader::XlsxReader(std::unique_ptr<ZipArchive> zip, const ImportLimits &limits)
    : m_limits(limits), m_zip(std::move(zip))
{
    init();
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::init()
{
    m_workbook = XlsxWorkbook::load(*m_zip, m_limits);
    m_styles = XlsxStyles::load(*m_zip, m_workbook.stylesPart(), m_limits);
    m_shared = XlsxSharedStrings::load(*m_zip, m_workbook.sharedStringsPart(), m_limits);
    selectSheet(0);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &s : m_workbook.sheets())
        names.append(s.name);
    return names;
}

void XlsxReader::selectSheet(const QString &name)
{
    const qsizetype i = sheetNames().indexOf(name);
    if (i < 0)
        throw Error(ErrorCode::InvalidArgument, tr("The workbook has no sheet named \"%1\".").arg(name));
    selectSheet(static_cast<int>(i));
}

void XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= m_workbook.sheets().size())
        throw Error(ErrorCode::InvalidArgument, tr("The workbook has no sheet number %1.").arg(index + 1));
    const XlsxWorkbook::Sheet &sheet = m_workbook.sheets().at(index);
    if (sheet.part.isEmpty() || !m_zip->find(sheet.part))
        throw Error(ErrorCode::InvalidArgument,
                    tr("The sheet \"%1\" cannot be found in the workbook; the file is damaged.").arg(sheet.name));
    m_part.reset();
    m_part = std::make_unique<XlsxPart>(*m_zip, sheet.part, m_limits.maxPartBytes);
    m_sheetIndex = index;
    m_header.clear();
    m_width = 0;
    m_lastRow = 0;
    m_line = 0;
    m_recordNo = 0;
    resetRagged();
    // A chart sheet or an empty sheet has no sheetData: it simply has no rows.
    m_done = !m_part->findStart(u"sheetData");

    QList<TabularCell> cells;
    qint64 row = 0;
    while (readRow(cells, row)) {
        if (allEmpty(cells))
            continue;
        for (const TabularCell &c : cells)
            m_header.append(c.value.trimmed());
        m_width = m_header.size();
        m_line = row;
        m_recordNo = 1;
        break;
    }
}

qint64 XlsxReader::bytesRead() const
{
    return m_part ? m_part->bytesRead() : 0;
}

qint64 XlsxReader::bytesTotal() const
{
    return m_part ? m_part->size() : 0;
}

bool XlsxReader::nextCells(QList<TabularCell> &cells)
{
    qint64 row = 0;
    while (readRow(cells, row)) {
        if (allEmpty(cells))
            continue;
        m_line = row;
        ++m_recordNo;
        if (cells.size() > m_width)
            noteRagged(row);
        else
            cells.resize(m_width);
        return true;
    }
    return false;
}

bool XlsxReader::readRow(QList<TabularCell> &cells, qint64 &rowNumber)
{
    cells.clear();
    while (!m_done) {
        if (!m_part->readNext()) {
            m_done = true;
            break;
        }
        QXmlStreamReader &xml = m_part->xml();
        if (xml.isEndElement() && xml.name() == u"sheetData") {
            m_done = true;
            break;
        }
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        const QXmlStreamAttributes attrs = xml.attributes(); // keeps the views below alive
        const QStringView r = attrs.value(QLatin1String("r"));
        if (r.isEmpty()) {
            rowNumber = m_lastRow + 1;
        } else {
            bool ok = false;
            rowNumber = r.toLongLong(&ok);
            if (!ok || rowNumber < 1 || rowNumber > XlsxCellRef::kMaxRows)
                m_part->fail(tr("invalid row number %1").arg(r.toString()));
        }
        m_lastRow = rowNumber;
        int nextColumn = 0;
        for (;;) {
            if (!m_part->readNext())
                m_part->failFromReader();
            if (xml.isEndElement() && xml.name() == u"row")
                return true;
            if (xml.isStartElement()) {
                if (xml.name() == u"c")
                    readCell(cells, nextColumn);
                else
                    m_part->skipElement();
            }
        }
    }
    return false;
}

void XlsxReader::readCell(QList<TabularCell> &cells, int &nextColumn)
{
    QXmlStreamReader &xml = m_part->xml();
    const QXmlStreamAttributes a = xml.attributes();
    int column = nextColumn;
    if (const QStringView ref = a.value(QLatin1String("r")); !ref.isEmpty()) {
        const std::optional<XlsxCellRef> parsed = XlsxCellRef::parse(ref);
        if (!parsed)
            m_part->fail(tr("invalid cell reference %1").arg(ref.toString()));
        column = parsed->column;
    }
    nextColumn = column + 1;
    const QString type = a.value(QLatin1String("t")).toString();
    const qsizetype style = a.hasAttribute(QLatin1String("s")) ? a.value(QLatin1String("s")).toLongLong() : 0;

    QString v;
    QString inlineText;
    for (;;) {
        if (!m_part->readNext())
            m_part->failFromReader();
        if (xml.isEndElement() && xml.name() == u"c")
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"v")
            v = m_part->readText(m_limits.maxFieldChars);
        else if (xml.name() == u"is")
            inlineText = m_part->readRichText(m_limits.maxFieldChars);
        else
            m_part->skipElement(); // <f> formulas: the cached value in <v> is what we import
    }
    TabularCell cell = makeCell(type, style, v, inlineText);
    if (cell.kind == CellKind::Empty)
        return;
    if (column >= m_limits.maxColumns)
        m_part->fail(tr("a value in column %1, beyond the limit of %2 columns").arg(column + 1).arg(m_limits.maxColumns));
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = std::move(cell);
}

TabularCell XlsxReader::makeCell(QStringView type, qsizetype style, const QString &v, const QString &inlineText)
{
    TabularCell cell;
    if (type == u"s") {
        bool ok = false;
        const qlonglong index = v.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_shared.size())
            m_part->fail(tr("a cell refers to shared text number %1, which does not exist").arg(v.left(20)));
        cell.value = m_shared.at(index);
        cell.raw = cell.value;
        cell.kind = CellKind::Text;
    } else if (type == u"inlineStr") {
        cell.value = inlineText;
        cell.raw = inlineText;
        cell.kind = CellKind::Text;
    } else if (type == u"str") {
        cell.value = XlsxPart::decodeEscapes(v);
        cell.raw = cell.value;
        cell.kind = CellKind::Text;
    } else if (type == u"b") {
        cell.raw = v;
        cell.value = v.trimmed() == u"1" ? u"TRUE"_qs : u"FALSE"_qs;
        cell.kind = CellKind::Boolean;
    } else if (type == u"e") {
        cell.value = v;
        cell.raw = v;
        cell.kind = CellKind::Error;
    } else if (type == u"d") { // ISO 8601 date cell (strict OOXML, some producers)
        cell.value = v.trimmed();
        cell.raw = v;
        cell.kind = cell.value.contains(u'T') ? CellKind::DateTime : CellKind::Date;
    } else {
        cell = numberCell(style, v);
    }
    if (cell.value.isEmpty() && cell.kind != CellKind::Error)
        cell.kind = CellKind::Empty;
    return cell;
}

TabularCell XlsxReader::numberCell(qsizetype style, const QString &v) const
{
    TabularCell cell;
    cell.raw = v;
    if (v.trimmed().isEmpty())
        return cell;
    const QString plain = ExcelNumber::toPlain(v);
    if (plain.isEmpty()) { // not a number after all: keep the text rather than lose it
        cell.value = v;
        cell.kind = CellKind::Text;
        return cell;
    }
    cell.value = plain;
    cell.kind = CellKind::Number;
    const XlsxStyles::Format format = m_styles.formatOfStyle(style);
    if (format == XlsxStyles::Format::Number)
        return cell;
    const double serial = v.toDouble();
    if (format == XlsxStyles::Format::Time && serial >= 0 && serial < 1) {
        if (const auto t = ExcelDate::fromSerial(serial, false)) {
            cell.value = t->time.toString(u"HH:mm:ss");
            cell.kind = CellKind::Time;
        }
        return cell;
    }
    if (const auto d = ExcelDate::fromSerial(serial, m_workbook.date1904())) {
        cell.value = ExcelDate::toIso(*d);
        cell.kind = d->hasTime ? CellKind::DateTime : CellKind::Date;
    }
    return cell;
}

} // namespace sinergi
