#include "ReadinessReport.h"

#include <QLocale>

namespace sinergi::smdata {

qint64 ReadinessReport::recordsToSend() const
{
    qint64 n = 0;
    for (const DatasetReadiness &d : datasets)
        n += d.toSend;
    return n;
}

qint64 ReadinessReport::recordsWithheld() const
{
    qint64 n = 0;
    for (const DatasetReadiness &d : datasets)
        n += d.withheld;
    return n;
}

QString ReadinessReport::reasonText(WithholdReason reason)
{
    switch (reason) {
    case WithholdReason::Deleted:
        return tr("deleted");
    case WithholdReason::ValidationError:
        return tr("validation error");
    case WithholdReason::ReferencesWithheld:
        return tr("refers to a record that is not sent");
    }
    return {};
}

QString ReadinessReport::reasonId(WithholdReason reason)
{
    switch (reason) {
    case WithholdReason::Deleted:
        return u"deleted"_qs;
    case WithholdReason::ValidationError:
        return u"validation_error"_qs;
    case WithholdReason::ReferencesWithheld:
        return u"references_withheld"_qs;
    }
    return {};
}

QString ReadinessReport::toText() const
{
    const QLocale locale;
    auto n = [&locale](qint64 v) { return locale.toString(v); };
    QStringList out;
    out << tr("Batch for %1, regency %2").arg(period, regencyCode);
    out << (approved ? tr("Period approved: yes") : tr("Period approved: NO (the batch cannot be queued)"));
    out << tr("Records to send: %1; withheld: %2; IPK aggregate lines: %3")
               .arg(n(recordsToSend()), n(recordsWithheld()), n(ipkLines));
    out << tr("Content: %1 bytes in %n part(s) of at most %2 bytes", "", partCount)
               .arg(n(totalBytes), n(partSize));
    for (const DatasetReadiness &d : datasets) {
        out << QString();
        out << u"%1 (%2, v%3)"_qs.arg(d.label, d.datasetId).arg(d.templateVersion);
        if (d.periodField.isEmpty())
            out << u"  "_qs + tr("no period field: every record is part of the batch");
        else
            out << u"  "_qs + tr("in the period by %1: %2; other months: %3")
                                  .arg(d.periodField, n(d.inPeriod), n(d.outsidePeriod));
        out << u"  "_qs + tr("to send: %1 (of which %2 referenced from outside the period); withheld: %3")
                              .arg(n(d.toSend), n(d.referencedExtra), n(d.withheld));
        for (const WithheldGroup &g : d.withheldGroups) {
            QString line = u"    - "_qs + reasonText(g.reason);
            if (!g.rule.isEmpty())
                line += u" ["_qs + g.rule + (g.field.isEmpty() ? QString() : u" / "_qs + g.field) + u']';
            line += u": "_qs + n(g.count);
            if (!g.message.isEmpty())
                line += u" — "_qs + g.message;
            QStringList ids;
            for (qsizetype i = 0; i < g.recordIds.size() && i < 10; ++i)
                ids << QString::number(g.recordIds.at(i));
            if (!ids.isEmpty())
                line += u" ("_qs + tr("records %1").arg(ids.join(u", "_qs)) +
                        (g.count > ids.size() ? u", …"_qs : QString()) + u')';
            out << line;
        }
        if (!d.fieldsSent.isEmpty())
            out << u"  "_qs + tr("sent: %1").arg(d.fieldsSent.join(u", "_qs));
        if (!d.fieldsPseudonymised.isEmpty())
            out << u"  "_qs + tr("pseudonymised: %1").arg(d.fieldsPseudonymised.join(u", "_qs));
        if (!d.fieldsMinimised.isEmpty())
            out << u"  "_qs + tr("minimised: %1").arg(d.fieldsMinimised.join(u", "_qs));
        if (!d.fieldsWithheld.isEmpty())
            out << u"  "_qs + tr("withheld: %1").arg(d.fieldsWithheld.join(u", "_qs));
    }
    if (!ipkChecks.isEmpty()) {
        out << QString() << tr("IPK checks of the month:");
        for (const QString &c : ipkChecks)
            out << u"  - "_qs + c;
    }
    return out.join(u'\n');
}

} // namespace sinergi::smdata
