#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace sinergi {

class Database;
class Session;
struct PeriodReview;

// The approval of one reporting month (docs/approval.md). A walidata (or admin) reviews the month and
// approves it; from then on the records whose period date (the template's period_field) falls in that
// month are locked against edits, deletes, restores, undos and imports until the month is reopened with
// a reason. The row keeps the latest state; every approval and reopening is also in the audit log
// ("period.approve", "period.reopen"), so the full history is there.
struct PeriodApproval
{
    enum class State { Approved, Reopened };

    QString period; // "yyyy-MM"
    State state = State::Approved;
    QString approvedBy;
    QDateTime approvedAt; // UTC
    QString note;
    QString review;                  // compact JSON: what the review found when the month was approved
    bool acknowledgedErrors = false; // approved although the review found errors (see the note)
    QString reopenedBy;
    QDateTime reopenedAt; // invalid while approved and never reopened
    QString reopenReason;

    bool isApproved() const { return state == State::Approved; }
};

class PeriodApprovals
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::PeriodApprovals)
public:
    explicit PeriodApprovals(Database &db);

    // True when the month ("yyyy-MM") is approved now. Anything that is not a month is never approved.
    bool isApproved(const QString &period);
    // Every month approved now, for writers that check many dates (one query, then set lookups).
    QSet<QString> approvedMonths();
    // All months ever approved (approved or reopened), newest month first.
    QList<PeriodApproval> list();
    std::optional<PeriodApproval> find(const QString &period);

    // Approves the month with the review just made of it. Needs ApprovePeriod. A review with errors
    // (validation errors or broken IPK checks) is approved only when acknowledgeErrors is set and the note
    // says why; otherwise PolicyViolation. An approved month again: PolicyViolation. Audited.
    void approve(Session &session, const QString &period, const QString &note, const PeriodReview &review,
                 bool acknowledgeErrors = false);
    // Reopens an approved month. Needs ApprovePeriod and a non-empty reason (InvalidArgument). Audited.
    void reopen(Session &session, const QString &period, const QString &reason);

    // "yyyy-MM" with a month 01..12.
    static bool isMonth(const QString &period);
    // Throws InvalidArgument with a translated message when period is not a month.
    static void requireMonth(const QString &period);

private:
    Database &m_db;
};

} // namespace sinergi
