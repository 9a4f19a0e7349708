#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "ExitCode.h"

#include "IpkPdf.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/RegionCatalog.h"
#include "reference/RegionEditions.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkCharts.h"
#include "reports/IpkCsv.h"
#include "reports/IpkDocumentInfo.h"
#include "reports/IpkExport.h"
#include "reports/IpkFormSet.h"
#include "reports/IpkXlsx.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "session/Session.h"

#include <QGuiApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>

namespace sinergi::cli {

namespace {

class ReportGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::ReportCommands)
public:
    static int ipk(CommandContext &context)
    {
        ReportPeriod period = ReportPeriod::month(2000, 1);
        try {
            period = ReportPeriod::parse(context.value(u"period"_qs));
        } catch (const Error &e) {
            throw CliFailure(ExitUsage, e.detail());
        }
        const QString format = context.isSet(u"format"_qs) ? context.value(u"format"_qs) : u"csv"_qs;
        if (format != u"csv" && format != u"xlsx" && format != u"pdf")
            throw CliFailure(ExitUsage, tr("--format: csv, xlsx or pdf, not “%1”").arg(format));
        if (format != u"csv" && !context.isSet(u"out"_qs))
            throw CliFailure(ExitUsage, tr("--format %1 needs --out FILE").arg(format));
        if (format == u"pdf" && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            throw CliFailure(ExitUsage, tr("write the option as --format pdf"));
        const QString language = context.isSet(u"language"_qs) ? context.value(u"language"_qs) : u"id"_qs;
        if (language != u"id" && language != u"en")
            throw CliFailure(ExitUsage, tr("--language: id or en, not “%1”").arg(language));

        auto session = context.login();
        if (!session->can(Permission::ViewDashboards))
            throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ViewDashboards));
        // From here on (the log-in is done) the report speaks the language asked for, as the IPK page does:
        // labels, headings, month names and number formats (1.234 in Indonesian).
        QTranslator catalogue;
        if (catalogue.load(u":/i18n/sinergi_"_qs + language + u".qm"_qs))
            QCoreApplication::installTranslator(&catalogue);
        QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                              : QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&catalogue); });
        const CodeListRegistry codeLists = CodeListRegistry::loadEmbedded();
        const IpkFormSet forms = IpkFormSet::loadDefault(codeLists);
        Database worker = session->vault().openWorkerConnection();
        const LabourSnapshot snapshot = LabourSnapshot::load(worker);
        int district = -1;
        if (context.isSet(u"kecamatan"_qs)) {
            const QByteArray code = context.value(u"kecamatan"_qs).toUtf8();
            district = snapshot.districtIndex(code);
            if (district < 0)
                throw CliFailure(ExitUsage,
                                 tr("no records carry kecamatan code “%1”").arg(QString::fromUtf8(code)));
        }
        const ReportRules rules = ReportRules::fromSettings(*session);
        const IpkCalculator calculator(snapshot, rules);
        const IpkReport report = calculator.compute(forms, period, district);
        if (context.isSet(u"out"_qs)) {
            const QString out = context.value(u"out"_qs);
            const IpkDocumentInfo info =
                IpkDocumentInfo::describe(*session, RegionEditions::load(session->db()), report, language);
            // Saved like the IPK page saves: through a temporary file, recorded in the audit log.
            IpkExport::save(*session, report, format, out, [&](const QString &temp) {
                if (format == u"xlsx") {
                    IpkXlsx::writeFile(report, info, temp);
                } else if (format == u"pdf") {
                    const QList<IpkChartData> charts{
                        IpkCharts::monthlyTrend(calculator, forms, period, district),
                        IpkCharts::seekersByEducation(report, forms, language),
                        IpkCharts::placementsByKind(report)};
                    IpkPdf::writeFile(report, info, charts, temp);
                } else {
                    writeFileAtomically(temp, IpkExport::csvFile(report, language));
                }
            });
            Console::errLine(tr("IPK %1 written to %2 (%n table(s))", "", int(report.tables.size()))
                                 .arg(period.label(), out));
        } else {
            const QByteArray csv = IpkCsv::write(report, language);
            Console::outLine(QString::fromUtf8(csv).chopped(csv.endsWith('\n') ? 1 : 0));
        }
        for (const IpkBreak &b : report.breaks)
            Console::errLine(
                tr("check: %1 (%n record(s), dataset %2)", "", int(b.recordCount)).arg(b.message, b.dataset));
        return report.breaks.isEmpty() ? ExitOk : ExitProblemsFound;
    }

    // Shows the office's IPK rules; with --remove-months or --age-reference, changes them first (needs
    // the settings permission; audited as settings changes).
    static int rules(CommandContext &context)
    {
        auto session = context.login();
        ReportRules rules = ReportRules::fromSettings(*session);
        const ReportRules before = rules;
        if (context.isSet(u"remove-months"_qs)) {
            const QString v = context.value(u"remove-months"_qs);
            bool ok = false;
            const int months = v.toInt(&ok);
            if (v == u"manual")
                rules.removeMonthsAfterExpiry = -1;
            else if (ok && months >= 0 && months <= ReportRules::kMaxRemoveMonths)
                rules.removeMonthsAfterExpiry = months;
            else
                throw CliFailure(ExitUsage,
                                 tr("--remove-months: a number of months from 0 to %1, or “manual”")
                                     .arg(ReportRules::kMaxRemoveMonths));
        }
        if (context.isSet(u"age-reference"_qs)) {
            const QString v = context.value(u"age-reference"_qs);
            if (v == u"period-end")
                rules.ageReference = ReportRules::AgeReference::PeriodEnd;
            else if (v == u"registration")
                rules.ageReference = ReportRules::AgeReference::Registration;
            else
                throw CliFailure(ExitUsage, tr("--age-reference: period-end or registration"));
        }
        if (rules != before) {
            if (!session->can(Permission::ManageSettings))
                throw Error(ErrorCode::PermissionDenied, permissionId(Permission::ManageSettings));
            rules.save(*session);
        }
        Console::outLine(tr("remove-months: %1")
                             .arg(rules.removeMonthsAfterExpiry < 0
                                      ? u"manual"_qs
                                      : QString::number(rules.removeMonthsAfterExpiry)));
        Console::outLine(tr("age-reference: %1")
                             .arg(rules.ageReference == ReportRules::AgeReference::Registration
                                      ? u"registration"_qs
                                      : u"period-end"_qs));
        return ExitOk;
    }
};

} // namespace

QList<Command> reportCommands()
{
    Command ipk;
    ipk.words = {u"report"_qs, u"ipk"_qs};
    ipk.summary =
        ReportGroup::tr("Compute the IPK tables for a month (2025-03), semester (2025-S1) or year (2025)");
    ipk.options = {
        {u"period"_qs, u"PERIOD"_qs, ReportGroup::tr("Reporting period (required)")},
        {u"kecamatan"_qs, u"CODE"_qs, ReportGroup::tr("Only this kecamatan (default: the whole regency)")},
        {u"format"_qs, u"FORMAT"_qs,
         ReportGroup::tr("Output format: csv (default), xlsx or pdf (both need --out)")},
        {u"language"_qs, u"LANG"_qs, ReportGroup::tr("Labels: id (default) or en")},
        {u"out"_qs, u"FILE"_qs, ReportGroup::tr("Write to FILE instead of standard output")}};
    ipk.run = [](CommandContext &c) {
        if (!c.isSet(u"period"_qs))
            throw CliFailure(ExitUsage, ReportGroup::tr("--period is required, e.g. --period 2025-03"));
        return ReportGroup::ipk(c);
    };

    Command rules;
    rules.words = {u"report"_qs, u"rules"_qs};
    rules.summary =
        ReportGroup::tr("Show or change the office's IPK rules (removal after card expiry, age reference)");
    rules.options = {
        {u"remove-months"_qs, u"N|manual"_qs,
         ReportGroup::tr("An expired card counts as removed N months after expiry (0-60), or only by hand")},
        {u"age-reference"_qs, u"WHEN"_qs,
         ReportGroup::tr("Age for the age groups: period-end or registration")}};
    rules.run = [](CommandContext &c) { return ReportGroup::rules(c); };
    return {ipk, rules};
}

} // namespace sinergi::cli
