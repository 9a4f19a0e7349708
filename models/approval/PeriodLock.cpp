#include "PeriodLock.h"

#include "PeriodApprovals.h"
#include "common/Error.h"
#include "datasets/DatasetTemplate.h"
#include "reports/ReportPeriod.h"
#include "store/Database.h"

#include <QDate>

namespace sinergi {

QString PeriodLock::monthOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(u"yyyy-MM"_qs) : QString();
    }
    const QString month = value.toString().left(7);
    return PeriodApprovals::isMonth(month) ? month : QString();
}

void PeriodLock::requireWritable(Database &db, const DatasetTemplate &tpl, const QVariant &oldValue,
                                 const QVariant &newValue)
{
    if (tpl.periodField().isEmpty())
        return;
    const QString before = monthOf(oldValue);
    const QString after = monthOf(newValue);
    if (before.isEmpty() && after.isEmpty())
        return;
    auto s = db.prepare("SELECT period FROM period_approvals WHERE state = 'approved' AND period IN (?1, ?2) "
                        "ORDER BY period = ?1 DESC LIMIT 1");
    s.bindAll(before.isEmpty() ? after : before, after.isEmpty() ? before : after);
    if (s.step())
        throw Error(ErrorCode::PolicyViolation, lockedMessage(s.text(0)));
}

QString PeriodLock::lockedMessage(const QString &month)
{
    QString label = month;
    try {
        label = ReportPeriod::parse(month).label();
    } catch (const Error &) {
        // not a month: the key itself is the clearest name
    }
    return tr("Period %1 (%2) has been approved, so its records cannot be changed. A walidata or an "
              "administrator can reopen the period, with a reason, on the Period approval page.")
        .arg(label, month);
}

} // namespace sinergi
