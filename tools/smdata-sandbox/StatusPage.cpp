#include "StatusPage.h"

#include <QStringList>

namespace sinergi::sandbox {

namespace {

// Only the switches that can fire, in words: the page is read on a projector, not parsed.
QString activeFaults(const FaultSettings &f)
{
    QStringList parts;
    auto add = [&parts](const QString &name, const FaultSwitch &s, const QString &extra = {}) {
        if (s.next > 0 || s.rate > 0)
            parts << u"%1 (next %2, rate %3%4)"_qs.arg(name).arg(s.next).arg(s.rate).arg(extra);
    };
    if (f.latencyMs > 0)
        parts << u"latency %1 ms"_qs.arg(f.latencyMs);
    add(u"503"_qs, f.serverError);
    add(u"429"_qs, f.rateLimit, u", Retry-After %1 s"_qs.arg(f.retryAfterSeconds));
    add(u"reset mid-body"_qs, f.resetMidBody);
    add(u"malformed JSON"_qs, f.malformedJson);
    add(u"oversized body"_qs, f.oversizedBody, u", %1 bytes"_qs.arg(f.oversizedBytes));
    if (!parts.isEmpty() && !f.pathContains.isEmpty())
        parts << u"only paths containing \"%1\""_qs.arg(f.pathContains);
    return parts.join(u"; "_qs);
}

QString readableTime(const QString &iso)
{
    QString t = iso;
    return t.replace(u'T', u' ').remove(u'Z');
}

QString stateLabel(const QString &state)
{
    if (state == u"open"_qs)
        return StatusPage::tr("receiving parts");
    if (state == u"received"_qs)
        return StatusPage::tr("received");
    if (state == u"validating"_qs)
        return StatusPage::tr("validating");
    if (state == u"accepted"_qs)
        return StatusPage::tr("accepted");
    if (state == u"rejected"_qs)
        return StatusPage::tr("rejected");
    return state;
}

} // namespace

QString StatusPage::render(const QList<BatchService::Summary> &batches, qint64 totalBatches,
                           const QString &keyId, const QByteArray &publicKey, const FaultSettings &faults)
{
    QString rows;
    for (const BatchService::Summary &b : batches) {
        rows += u"<tr><td><code>%1</code></td><td>%2</td><td>%3</td>"
                "<td class=\"%4\">%5</td><td class=n>%6 / %7</td><td class=n>%8</td>"
                "<td class=n>%9</td><td>%10</td><td>%11</td></tr>\n"_qs.arg(
                    b.batchId.toHtmlEscaped(), b.regencyCode.toHtmlEscaped(), b.period.toHtmlEscaped(),
                    b.state.toHtmlEscaped(), stateLabel(b.state).toHtmlEscaped(),
                    QString::number(b.partsAcknowledged), QString::number(b.partCount),
                    QString::number(b.records), QString::number(b.errorCount),
                    readableTime(b.createdAt).toHtmlEscaped(), readableTime(b.decidedAt).toHtmlEscaped());
    }
    if (batches.isEmpty())
        rows =
            u"<tr><td colspan=9>%1</td></tr>"_qs.arg(tr("No batch has been received yet.").toHtmlEscaped());

    const QString header =
        u"<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th>"
        "<th>%8</th><th>%9</th></tr>"_qs.arg(tr("Batch"), tr("Regency"), tr("Period"), tr("State"),
                                             tr("Parts"), tr("Records"), tr("Errors"), tr("Created (UTC)"),
                                             tr("Decided (UTC)"));
    const QString faultText = activeFaults(faults);
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"5\">"
           "<title>%1</title><style>body{font-family:sans-serif;margin:2em;color:#222}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
           "th{background:#eef2f7}td.n{text-align:right}code{font-size:90%}"
           ".accepted{color:#1b7f3b;font-weight:bold}.rejected{color:#b3261e;font-weight:bold}"
           ".open,.received,.validating{color:#8a6d00;font-weight:bold}</style></head><body>"
           "<h1>%1</h1><p>%2</p><p>%3</p><table>%4\n%5</table><p>%6</p><p><small>%7</small></p></body></html>"_qs
               .arg(tr("SMData sandbox").toHtmlEscaped(),
                    tr("Reference server of the Sinergi SMData protocol v1, for tests and workshops. "
                       "Synthetic data "
                       "only.")
                        .toHtmlEscaped(),
                    tr("Batches received: %n; the newest are listed first.", nullptr, int(totalBatches))
                        .toHtmlEscaped(),
                    header, rows,
                    tr("Receipt key %1: %2")
                        .arg(keyId, QString::fromLatin1(publicKey.toBase64()))
                        .toHtmlEscaped(),
                    (faultText.isEmpty() ? tr("No fault switch is active.")
                                         : tr("Fault switches: %1").arg(faultText))
                        .toHtmlEscaped());
}

} // namespace sinergi::sandbox
