#pragma once

#include "reports/IpkReport.h"

#include <QFont>
#include <QList>
#include <QPointF>

class QPainter;
class QPaintDevice;

namespace sinergi {

// One IPK table laid out as a ruled table for paper: a two-level header as on the forms (the flow name
// spanning its L / P columns), the rows (wrapped labels), a bold total row. Long tables are split over
// pages by rowsFitting(); the header is painted again on each part. Sizes are in points.
class PdfTablePainter
{
public:
    PdfTablePainter(const IpkTable &table, const QString &language, QPaintDevice *device, qreal width,
                    const QString &rowHeading, const QString &totalLabel);

    int rowCount() const { return int(m_rows.size()); } // shown rows, the total row last
    qreal headerHeight() const { return m_headerHeight; }
    // How many rows starting at `from` fit below the header in `height` (at least one).
    int rowsFitting(int from, qreal height) const;
    // Paints the header and rows [from, to) at topLeft; returns the height used.
    qreal paint(QPainter &painter, QPointF topLeft, int from, int to) const;

private:
    struct Row
    {
        QString label;
        QList<qint64> values;
        bool total = false;
        qreal height = 0;
    };
    struct Group
    {
        QString label;
        int first = 0;
        int count = 0;
    };

    QList<Row> m_rows;
    QList<Group> m_groups;
    QStringList m_subLabels; // per number column: "L", "P", "L/P" (or the whole label when not grouped)
    QString m_rowHeading;
    QFont m_font, m_bold, m_headerFont;
    qreal m_labelWidth = 0;
    qreal m_numberWidth = 0;
    qreal m_groupHeight = 0;
    qreal m_subHeight = 0;
    qreal m_headerHeight = 0;
};

} // namespace sinergi
