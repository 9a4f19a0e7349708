#include "PeriodApprovals.h"

#include "PeriodReview.h"
#include "common/Error.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace sinergi {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const Statement &s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromString(s.text(column), Qt::ISODateWithMs);
}

// Statement binds a null QString as SQL NULL; the note column holds '' for "no note".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void requireApprover(Session &session)
{
    if (!session.can(Permission::ApprovePeriod))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ApprovePeriod));
}

constexpr char kColumns[] = "SELECT period, state, approved_by, approved_at, note, review, reopened_by, "
                            "reopened_at, reopen_reason, acknowledged_errors FROM period_approvals ";

PeriodApproval readRow(const Statement &s)
{
    PeriodApproval a;
    a.period = s.text(0);
    a.state = s.text(1) == u"approved" ? PeriodApproval::State::Approved : PeriodApproval::State::Reopened;
    a.approvedBy = s.text(2);
    a.approvedAt = fromIso(s, 3);
    a.note = s.text(4);
    a.review = s.text(5);
    a.reopenedBy = s.text(6);
    a.reopenedAt = fromIso(s, 7);
    a.reopenReason = s.text(8);
    a.acknowledgedErrors = s.int64(9) != 0;
    return a;
}

} // namespace

PeriodApprovals::PeriodApprovals(Database &db) : m_db(db) {}

bool PeriodApprovals::isMonth(const QString &period)
{
    static const QRegularExpression month(u"^[0-9]{4}-(0[1-9]|1[0-2])$"_qs);
    return month.match(period).hasMatch();
}

void PeriodApprovals::requireMonth(const QString &period)
{
    if (!isMonth(period))
        throw Error(ErrorCode::InvalidArgument,
                    tr("“%1” is not a month. Write the period as year-month, e.g. 2025-06.").arg(period));
}

bool PeriodApprovals::isApproved(const QString &period)
{
    auto s = m_db.prepare("SELECT 1 FROM period_approvals WHERE period = ?1 AND state = 'approved'");
    s.bind(1, period);
    return s.step();
}

QSet<QString> PeriodApprovals::approvedMonths()
{
    auto s = m_db.prepare("SELECT period FROM period_approvals WHERE state = 'approved'");
    QSet<QString> out;
    while (s.step())
        out.insert(s.text(0));
    return out;
}

QList<PeriodApproval> PeriodApprovals::list()
{
    auto s = m_db.prepare((QByteArray(kColumns) + "ORDER BY period DESC").constData());
    QList<PeriodApproval> out;
    while (s.step())
        out.append(readRow(s));
    return out;
}

std::optional<PeriodApproval> PeriodApprovals::find(const QString &period)
{
    auto s = m_db.prepare((QByteArray(kColumns) + "WHERE period = ?1").constData());
    s.bind(1, period);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

void PeriodApprovals::approve(Session &session, const QString &period, const QString &note,
                              const PeriodReview &review, bool acknowledgeErrors)
{
    requireApprover(session);
    requireMonth(period);
    if (review.period != period)
        throw Error(
            ErrorCode::InvalidArgument,
            tr("The review is of %1, not of %2. Review the period again.").arg(review.period, period));
    const QString trimmedNote = note.trimmed();
    if (review.hasErrors() && (!acknowledgeErrors || trimmedNote.isEmpty()))
        throw Error(ErrorCode::PolicyViolation,
                    tr("Period %1 still has %2 validation error(s) and %3 broken IPK check(s). Correct them "
                       "first, or approve with an explicit acknowledgement and a note that says why.")
                        .arg(period, QLocale().toString(review.problemCount(0)))
                        .arg(review.brokenInvariants()));

    Transaction tx(m_db);
    if (isApproved(period))
        throw Error(ErrorCode::PolicyViolation, tr("Period %1 is already approved.").arg(period));
    const QString now = iso(session.audit()
                                .append(session.user().username, u"period.approve"_qs, period,
                                        [&] {
                                            QJsonObject d;
                                            d.insert(u"note"_qs, trimmedNote);
                                            d.insert(u"acknowledged_errors"_qs, review.hasErrors());
                                            d.insert(u"review"_qs, review.summary());
                                            return compact(d);
                                        }())
                                .ts);
    auto s = m_db.prepare("INSERT INTO period_approvals (period, state, approved_by, approved_at, note, "
                          "review, acknowledged_errors) "
                          "VALUES (?1, 'approved', ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT (period) DO UPDATE SET state = 'approved', approved_by = ?2, "
                          "approved_at = ?3, note = ?4, "
                          "review = ?5, acknowledged_errors = ?6, reopened_by = NULL, reopened_at = NULL, "
                          "reopen_reason = NULL");
    s.bindAll(period, session.user().username, now, notNull(trimmedNote), compact(review.summary()),
              review.hasErrors());
    s.exec();
    tx.commit();
}

void PeriodApprovals::reopen(Session &session, const QString &period, const QString &reason)
{
    requireApprover(session);
    requireMonth(period);
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    tr("Write the reason for reopening period %1; it is kept in the audit log.").arg(period));

    Transaction tx(m_db);
    if (!isApproved(period))
        throw Error(ErrorCode::PolicyViolation,
                    tr("Period %1 is not approved, so it cannot be reopened.").arg(period));
    QJsonObject d;
    d.insert(u"reason"_qs, trimmedReason);
    const QString now =
        iso(session.audit().append(session.user().username, u"period.reopen"_qs, period, compact(d)).ts);
    auto s =
        m_db.prepare("UPDATE period_approvals SET state = 'reopened', reopened_by = ?2, reopened_at = ?3, "
                     "reopen_reason = ?4 WHERE period = ?1");
    s.bindAll(period, session.user().username, now, trimmedReason);
    s.exec();
    tx.commit();
}

} // namespace sinergi
