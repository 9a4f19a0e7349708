#include "IpkPdf.h"

#include "BarChartPainter.h"
#include "PdfTablePainter.h"
#include "common/Error.h"
#include "exporting/ExportFile.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <vector>

namespace sinergi {

namespace {

// Points: QPdfWriter at 72 dpi makes one device unit one point, so fonts and rules read naturally.
constexpr int kDpi = 72;
constexpr qreal kMargin = 36;
constexpr qreal kFooter = 28;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kOk(0x1b, 0x7a, 0x33);
const QColor kBad(0xb3, 0x26, 0x1e);

using PagePainter = std::function<void(QPainter &)>;

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

class Document
{
public:
    Document(const IpkReport &report, const IpkDocumentInfo &info, const QList<IpkChartData> &charts,
             QPdfWriter &writer)
        : m_report(report), m_info(info), m_charts(charts), m_writer(writer),
          m_content(kMargin, kMargin, writer.width() - 2 * kMargin, writer.height() - 2 * kMargin - kFooter)
    {
    }

    void build()
    {
        cover();
        for (const IpkTable &t : m_report.tables)
            table(t);
        charts();
        checks();
    }

    void paint()
    {
        QPainter p;
        if (!p.begin(&m_writer))
            throw Error(ErrorCode::Io, IpkPdf::tr("cannot start the PDF"));
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        for (std::size_t i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                m_writer.newPage();
            m_pages[i](p);
            footer(p, int(i) + 1, int(m_pages.size()));
        }
        p.end();
    }

private:
    // The line at the top of every page but the cover: what this document is about.
    qreal runningHead(QPainter &p) const
    {
        p.setFont(font(7.5));
        p.setPen(kMuted);
        const QString text = IpkPdf::tr("IPK %1 · %2 · %3")
                                 .arg(m_report.period.label(), m_info.regencyText(), m_info.districtText());
        p.drawText(QRectF(m_content.left(), m_content.top(), m_content.width(), 12), Qt::AlignLeft, text);
        p.setPen(QPen(kAccent, 1.2));
        p.drawLine(QPointF(m_content.left(), m_content.top() + 14),
                   QPointF(m_content.right(), m_content.top() + 14));
        return m_content.top() + 22;
    }

    qreal heading(QPainter &p, qreal y, const QString &text) const
    {
        p.setFont(font(13, true));
        p.setPen(kInk);
        const QRectF box(m_content.left(), y, m_content.width(), 60);
        const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, text);
        p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, text);
        return used.bottom() + 10;
    }

    void footer(QPainter &p, int page, int pages) const
    {
        p.setFont(font(7.5));
        p.setPen(kMuted);
        const qreal y = m_writer.height() - kMargin - 10;
        const QRectF line(m_content.left(), y, m_content.width(), 12);
        p.drawText(line, Qt::AlignLeft,
                   IpkPdf::tr("Labour Market Information (IPK) %1").arg(m_report.period.label()));
        p.drawText(line, Qt::AlignRight, IpkPdf::tr("Page %1 of %2").arg(page).arg(pages));
    }

    void cover()
    {
        m_pages.push_back([this](QPainter &p) {
            const qreal left = m_content.left();
            const qreal width = m_content.width();
            p.fillRect(QRectF(0, 0, m_writer.width(), 10), kAccent);
            qreal y = m_content.top() + 40;
            p.setFont(font(24, true));
            p.setPen(kAccent);
            p.drawText(QRectF(left, y, width, 34), Qt::AlignLeft,
                       IpkPdf::tr("Labour Market Information (IPK)"));
            y += 38;
            p.setFont(font(12));
            p.setPen(kMuted);
            p.drawText(QRectF(left, y, width, 18), Qt::AlignLeft,
                       IpkPdf::tr("Employment-service statistics of the labour office"));
            y += 40;
            p.setFont(font(18, true));
            p.setPen(kInk);
            p.drawText(QRectF(left, y, width, 26), Qt::AlignLeft, m_info.regencyText());
            y += 40;

            const QList<std::pair<QString, QString>> facts{
                {IpkPdf::tr("Period"), m_report.period.label()},
                {IpkPdf::tr("Area"), m_info.districtText()},
                {IpkPdf::tr("Made on"), QLocale().toString(m_info.madeAt, u"dd/MM/yyyy HH:mm"_qs)},
                {IpkPdf::tr("Made by"), m_info.madeBy}};
            for (const auto &[name, value] : facts) {
                p.setFont(font(10));
                p.setPen(kMuted);
                p.drawText(QRectF(left, y, 110, 16), Qt::AlignLeft, name);
                p.setFont(font(10, true));
                p.setPen(kInk);
                p.drawText(QRectF(left + 110, y, width - 110, 16), Qt::AlignLeft, value);
                y += 18;
            }
            y += 14;
            p.setFont(font(10, true));
            if (m_report.breaks.isEmpty()) {
                p.setPen(kOk);
                p.drawText(
                    QRectF(left, y, width, 16), Qt::AlignLeft,
                    IpkPdf::tr(
                        "All checks hold: closing = A − B, closing = next opening, no negative stock."));
            } else {
                p.setPen(kBad);
                p.drawText(QRectF(left, y, width, 16), Qt::AlignLeft,
                           IpkPdf::tr("%n check(s) do not hold: see the page “Checks”.", "",
                                      int(m_report.breaks.size())));
            }
            y += 30;

            p.setFont(font(10, true));
            p.setPen(kInk);
            p.drawText(QRectF(left, y, width, 16), Qt::AlignLeft, IpkPdf::tr("Contents"));
            y += 18;
            p.setFont(font(9));
            for (const IpkTable &t : m_report.tables) {
                p.drawText(QRectF(left + 10, y, 80, 14), Qt::AlignLeft, t.formId);
                p.drawText(QRectF(left + 90, y, width - 90, 14), Qt::AlignLeft,
                           t.title.text(m_info.language));
                y += 14;
            }
            p.drawText(QRectF(left + 10, y, width - 10, 14), Qt::AlignLeft, IpkPdf::tr("Charts"));
            y += 14;
            p.drawText(QRectF(left + 10, y, width - 10, 14), Qt::AlignLeft, IpkPdf::tr("Checks"));
        });
    }

    void table(const IpkTable &t)
    {
        auto layout = std::make_shared<PdfTablePainter>(t, m_info.language, &m_writer, m_content.width(),
                                                        IpkPdf::tr("Row"), IpkPdf::tr("Total"));
        const QString title = IpkPdf::tr("Form %1: %2").arg(t.formId, t.title.text(m_info.language));
        // The same heading height on every part; measured once with the writer's metrics.
        const QFontMetricsF fm(font(13, true), &m_writer);
        const qreal headingHeight =
            fm.boundingRect(QRectF(0, 0, m_content.width(), 60), Qt::TextWordWrap, title).height() + 10;
        const qreal available = m_content.bottom() - (m_content.top() + 22) - headingHeight;
        int from = 0;
        bool first = true;
        while (from < layout->rowCount()) {
            const int to = from + layout->rowsFitting(from, available);
            const QString text = first ? title : IpkPdf::tr("%1 (continued)").arg(title);
            m_pages.push_back([this, layout, text, from, to](QPainter &p) {
                qreal y = runningHead(p);
                y = heading(p, y, text);
                layout->paint(p, QPointF(m_content.left(), y), from, to);
            });
            from = to;
            first = false;
        }
    }

    void charts()
    {
        if (m_charts.isEmpty())
            return;
        const QString empty = IpkPdf::tr("No data in this period");
        // The trend gets a page of its own (twelve groups of three bars); the others share pages, two
        // abreast.
        m_pages.push_back([this, empty](QPainter &p) {
            qreal y = runningHead(p);
            y = heading(p, y, IpkPdf::tr("Charts"));
            BarChartPainter::paint(p, QRectF(m_content.left(), y, m_content.width(), m_content.bottom() - y),
                                   m_charts.first(), empty);
        });
        for (int i = 1; i < m_charts.size(); i += 2) {
            m_pages.push_back([this, empty, i](QPainter &p) {
                qreal y = runningHead(p);
                y = heading(p, y, IpkPdf::tr("Charts"));
                const qreal gap = 30;
                const qreal w = (m_content.width() - gap) / 2;
                BarChartPainter::paint(p, QRectF(m_content.left(), y, w, m_content.bottom() - y),
                                       m_charts.at(i), empty);
                if (i + 1 < m_charts.size())
                    BarChartPainter::paint(p,
                                           QRectF(m_content.left() + w + gap, y, w, m_content.bottom() - y),
                                           m_charts.at(i + 1), empty);
            });
        }
    }

    struct CheckLine
    {
        QString head;
        QString body;
        qreal height = 0;
    };

    void checks()
    {
        const QString title = IpkPdf::tr("Checks");
        if (m_report.breaks.isEmpty()) {
            m_pages.push_back([this, title](QPainter &p) {
                qreal y = runningHead(p);
                y = heading(p, y, title);
                p.setFont(font(11, true));
                p.setPen(kOk);
                p.drawText(
                    QRectF(m_content.left(), y, m_content.width(), 20), Qt::AlignLeft,
                    IpkPdf::tr(
                        "All checks hold: closing = A − B, closing = next opening, no negative stock."));
            });
            return;
        }
        // Each break: a bold line (form, dataset, number of records), the message, the first record ids.
        QList<CheckLine> lines;
        const QFontMetricsF body(font(9), &m_writer);
        for (const IpkBreak &b : m_report.breaks) {
            CheckLine line;
            line.head = IpkPdf::tr("%1 · %2 · %n record(s)", "", int(b.recordCount))
                            .arg(b.formId.isEmpty() ? IpkPdf::tr("all forms") : b.formId, b.dataset);
            QStringList ids;
            for (qsizetype i = 0; i < b.recordIds.size() && i < 40; ++i)
                ids << QString::number(b.recordIds.at(i));
            if (b.recordCount > ids.size())
                ids << IpkPdf::tr("… (%1 more)").arg(b.recordCount - ids.size());
            line.body = b.message + u'\n' + IpkPdf::tr("Record ids: %1").arg(ids.join(u", "_qs));
            line.height =
                16 +
                body.boundingRect(QRectF(0, 0, m_content.width() - 12, 1000), Qt::TextWordWrap, line.body)
                    .height() +
                10;
            lines << line;
        }
        const QFontMetricsF fm(font(13, true), &m_writer);
        const qreal top = m_content.top() + 22 + fm.height() + 10 + 30;
        int from = 0;
        while (from < lines.size()) {
            int to = from;
            qreal used = top;
            while (to < lines.size() && (to == from || used + lines.at(to).height <= m_content.bottom()))
                used += lines.at(to++).height;
            m_pages.push_back([this, title, lines, from, to](QPainter &p) {
                qreal y = runningHead(p);
                y = heading(p, y, title);
                p.setFont(font(10, true));
                p.setPen(kBad);
                p.drawText(QRectF(m_content.left(), y, m_content.width(), 16), Qt::AlignLeft,
                           IpkPdf::tr("%n check(s) do not hold; the records named below cause them.", "",
                                      int(m_report.breaks.size())));
                y += 30;
                for (int i = from; i < to; ++i) {
                    const CheckLine &line = lines.at(i);
                    p.setFont(font(9.5, true));
                    p.setPen(kInk);
                    p.drawText(QRectF(m_content.left(), y, m_content.width(), 14), Qt::AlignLeft, line.head);
                    p.setFont(font(9));
                    p.drawText(
                        QRectF(m_content.left() + 12, y + 16, m_content.width() - 12, line.height - 16),
                        Qt::AlignLeft | Qt::TextWordWrap, line.body);
                    y += line.height;
                }
            });
            from = to;
        }
    }

    const IpkReport &m_report;
    const IpkDocumentInfo &m_info;
    const QList<IpkChartData> &m_charts;
    QPdfWriter &m_writer;
    QRectF m_content;
    std::vector<PagePainter> m_pages;
};

} // namespace

void IpkPdf::writeFile(const IpkReport &report, const IpkDocumentInfo &info,
                       const QList<IpkChartData> &charts, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorCode::ReadOnly, path + u": "_qs + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(tr("Labour Market Information (IPK) %1").arg(report.period.label()));
        writer.setCreator(u"Sinergi"_qs);
        Document doc(report, info, charts, writer);
        doc.build();
        doc.paint();
    }
    // QPdfWriter reports no write errors; the file does (a full disk shows here).
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const bool full =
            file.error() == QFileDevice::ResourceError || file.error() == QFileDevice::WriteError;
        throw Error(full ? ErrorCode::DiskFull : ErrorCode::Io, path + u": "_qs + file.errorString());
    }
}

void IpkPdf::write(const IpkReport &report, const IpkDocumentInfo &info, const QList<IpkChartData> &charts,
                   const QString &path)
{
    ExportFile file(path);
    writeFile(report, info, charts, file.tempPath());
    file.commit();
}

} // namespace sinergi
