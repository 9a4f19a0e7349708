#pragma once

#include "importing/ImportLimits.h"
#include "importing/TabularReader.h"
#include "importing/XlsxStyles.h"
#include "importing/XlsxWorkbook.h"

#include <QCoreApplication>

#include <memory>

namespace sinergi {

class XlsxPart;

// Reads the rows of one sheet of an .xlsx workbook while the sheet is inflated, without Excel and
// without a DOM: only the shared strings and the cell styles are held in memory. Values come out as the
// importer wants them: strings as text, numbers without exponent (raw keeps what the file stored, so a
// NIK that Excel cut to "3.2E+15" can be detected), dates as ISO text. Sparse cells are placed by their
// reference; missing cells are empty; rows are padded to the header's width.
class XlsxReader : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxReader)
public:
    explicit XlsxReader(const QString &path, const ImportLimits &limits = {});
    // For callers that already have the archive (the fuzzer opens one from memory).
    explicit XlsxReader(std::unique_ptr<ZipArchive> zip, const ImportLimits &limits = {});
    ~XlsxReader() override;

    QStringList sheetNames() const override;
    // Starts reading the sheet from its top; the first sheet is selected on construction.
    void selectSheet(int index) override;
    void selectSheet(const QString &name);
    int currentSheet() const { return m_sheetIndex; }
    bool date1904() const { return m_workbook.date1904(); }

    const QStringList &header() const override { return m_header; }
    bool nextCells(QList<TabularCell> &cells) override;

    qint64 lineNumber() const override { return m_line; }
    qint64 recordNumber() const override { return m_recordNo; }
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override;

private:
    void init();
    bool readRow(QList<TabularCell> &cells, qint64 &rowNumber);
    void readCell(QList<TabularCell> &cells, int &nextColumn);
    TabularCell makeCell(QStringView type, qsizetype style, const QString &v, const QString &inlineText);
    TabularCell numberCell(qsizetype style, const QString &v) const;

    ImportLimits m_limits;
    std::unique_ptr<ZipArchive> m_zip;
    XlsxWorkbook m_workbook;
    QStringList m_shared;
    XlsxStyles m_styles;
    std::unique_ptr<XlsxPart> m_part;

    int m_sheetIndex = -1;
    QStringList m_header;
    qsizetype m_width = 0;
    bool m_done = true;
    qint64 m_lastRow = 0;
    qint64 m_line = 0;
    qint64 m_recordNo = 0;
};

} // namespace sinergi
