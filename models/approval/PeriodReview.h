#pragma once

#include "quality/ProblemCounts.h"
#include "quality/QualitySummary.h"
#include "reports/IpkReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinergi {

class Database;
class IpkFormSet;
class LabourSnapshot;
class TemplateRegistry;
struct ReportRules;

// What a walidata looks at before approving a month (docs/approval.md), over the live records whose period
// date (the template's period_field) falls in the month:
//  * validation problems by dataset, rule and severity (from record_problems, as current as the last write
//    or full validation);
//  * the IPK invariant checks of the month's tables (closing = A - B, continuity with the next month, no
//    negative stock, records not counted), each with its status;
//  * the quality figures (completeness, validity, timeliness) per dataset.
struct PeriodReview
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::PeriodReview)
public:
    // One IPK check and what it found; ok when no break of this kind.
    struct InvariantCheck
    {
        IpkBreak::Kind kind = IpkBreak::Kind::ClosingNotAMinusB;
        QList<IpkBreak> breaks;

        bool ok() const { return breaks.isEmpty(); }
        // A record left out of the tables is a warning; a broken sum is an error.
        bool isError() const { return kind != IpkBreak::Kind::NotCounted; }
        qint64 recordCount() const;
        QString label() const; // translated name of the check
        QString id() const;    // stable id for JSON: closing, continuity, negative_stock, not_counted
    };

    QString period; // "yyyy-MM"
    QList<RuleCount> problems;
    QList<InvariantCheck> invariants;
    QList<QualitySummary> quality;

    qint64 problemCount(int severity) const; // findings of that severity (problemtable::kError/kWarning)
    int brokenInvariants() const;            // checks that are errors and found a break
    // Validation errors or broken IPK checks: approving needs an explicit acknowledgement then.
    bool hasErrors() const { return problemCount(0) > 0 || brokenInvariants() > 0; }
    // The short summary stored with an approval: counts and figures, no record ids, no personal data.
    QJsonObject summary() const;

    // Gathers the review of one month. snapshot is what ReportSource/LabourSnapshot::load read from db.
    static PeriodReview gather(Database &db, const TemplateRegistry &templates,
                               const LabourSnapshot &snapshot, const IpkFormSet &forms,
                               const ReportRules &rules, const QString &period);
};

} // namespace sinergi
