#include "IpkCalculator.h"

#include "IpkRowMap.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <numeric>

namespace sinergi {

namespace {

using Snap = LabourSnapshot;
constexpr int kFlows = 7; // opening, registered, A, placed, removed, B, closing (IpkColumns order)
enum Flow { Opening, Registered, A, Placed, Removed, B, Closing };

// Counts of one form being filled: rows × flows × sexes, plus the independent checks.
struct FlowGrid
{
    const IpkForm *form;
    IpkRowMap map;
    int sexes;
    std::vector<qint64> cells;         // [row][flow][sex]
    std::vector<qint64> closingDirect; // [row][sex], stock at the end counted from the records
    std::vector<qint64> nextOpening;   // [row][sex], opening of the next period counted from the records
    std::vector<std::pair<int, qint64>>
        suspects; // (row * sexes + sex, record id) of records whose flows do not add up

    FlowGrid(const IpkForm &f, int sexCount)
        : form(&f), map(f), sexes(sexCount), cells(std::size_t(map.rows() * kFlows * sexCount)),
          closingDirect(std::size_t(map.rows() * sexCount)), nextOpening(closingDirect.size())
    {
    }
    qint64 &at(int row, int flow, int sex) { return cells[std::size_t((row * kFlows + flow) * sexes + sex)]; }
};

QString rowName(const IpkForm &form, int row)
{
    return row < form.rows.size() ? form.rows.at(row).label.text(u"id"_qs)
                                  : IpkCalculator::tr("other / unknown");
}

QString sexName(int sex)
{
    return sex == 0 ? IpkCalculator::tr("M") : sex == 1 ? IpkCalculator::tr("F") : IpkCalculator::tr("M/F");
}

void addBreak(IpkReport &report, IpkBreak::Kind kind, const QString &formId, const QString &dataset,
              const QString &message, const std::vector<qint64> &ids)
{
    IpkBreak b;
    b.kind = kind;
    b.formId = formId;
    b.dataset = dataset;
    b.message = message;
    b.recordCount = qint64(ids.size());
    for (std::size_t i = 0; i < ids.size() && i < std::size_t(IpkBreak::kMaxNamed); ++i)
        b.recordIds << ids[i];
    report.breaks << b;
}

// Turns a filled grid into a table and checks it: closing = A − B against the stock counted from the
// records, the next period's opening, and no negative stock.
void finish(FlowGrid &g, IpkReport &report, const QString &dataset)
{
    IpkTable t;
    t.formId = g.form->id;
    t.title = g.form->title;
    t.subject = g.form->subject;
    t.rows = {};
    for (const IpkRowGroup &r : g.form->rows)
        t.rows << r.label;
    t.rows << LocalizedText{IpkCalculator::tr("other / unknown"), u"other / unknown"_qs};
    t.columns = IpkColumns::flowColumns(g.form->subject);
    const int rows = g.map.rows();
    for (int r = 0; r < rows; ++r) {
        for (int s = 0; s < g.sexes; ++s) {
            g.at(r, A, s) = g.at(r, Opening, s) + g.at(r, Registered, s);
            g.at(r, B, s) = g.at(r, Placed, s) + g.at(r, Removed, s);
            g.at(r, Closing, s) = g.at(r, A, s) - g.at(r, B, s);
        }
        QList<qint64> line;
        for (int f = 0; f < kFlows; ++f)
            for (int s = 0; s < g.sexes; ++s)
                line << g.at(r, f, s);
        t.cells << line;
    }

    const auto suspectsIn = [&](int cell) {
        std::vector<qint64> ids;
        for (const auto &[c, id] : g.suspects)
            if (cell < 0 || c == cell)
                ids.push_back(id);
        return ids;
    };
    // Age rows move people between groups on their birthdays, so continuity of an age table holds for its
    // totals, not row by row; every other dimension is fixed per record and is checked per row.
    const bool byAge = g.map.by() == IpkDimension::Age;
    std::vector<qint64> closingTotal(std::size_t(g.sexes)), nextTotal(std::size_t(g.sexes));
    for (int r = 0; r < rows; ++r) {
        for (int s = 0; s < g.sexes; ++s) {
            const int cell = r * g.sexes + s;
            const qint64 closing = g.at(r, Closing, s);
            const qint64 direct = g.closingDirect[std::size_t(cell)];
            const qint64 next = g.nextOpening[std::size_t(cell)];
            closingTotal[std::size_t(s)] += closing;
            nextTotal[std::size_t(s)] += next;
            const QString where =
                IpkCalculator::tr("%1, row “%2”, %3").arg(t.formId, rowName(*g.form, r), sexName(s));
            if (closing != direct)
                addBreak(report, IpkBreak::Kind::ClosingNotAMinusB, t.formId, dataset,
                         IpkCalculator::tr("%1: the stock counted from the records is %2 but A − B is %3.")
                             .arg(where)
                             .arg(direct)
                             .arg(closing),
                         suspectsIn(cell));
            // Reported only where A − B held, so one bad record is not announced twice.
            if (!byAge && closing == direct && closing != next)
                addBreak(report, IpkBreak::Kind::Continuity, t.formId, dataset,
                         IpkCalculator::tr("%1: the closing stock %2 is not the next period's opening %3.")
                             .arg(where)
                             .arg(closing)
                             .arg(next),
                         suspectsIn(cell));
            if (g.at(r, Opening, s) < 0 || closing < 0)
                addBreak(report, IpkBreak::Kind::NegativeStock, t.formId, dataset,
                         IpkCalculator::tr("%1: negative stock (opening %2, closing %3).")
                             .arg(where)
                             .arg(g.at(r, Opening, s))
                             .arg(closing),
                         suspectsIn(cell));
        }
    }
    if (byAge)
        for (int s = 0; s < g.sexes; ++s)
            if (closingTotal[std::size_t(s)] != nextTotal[std::size_t(s)])
                addBreak(
                    report, IpkBreak::Kind::Continuity, t.formId, dataset,
                    IpkCalculator::tr("%1, %2: the closing stock %3 is not the next period's opening %4.")
                        .arg(t.formId, sexName(s))
                        .arg(closingTotal[std::size_t(s)])
                        .arg(nextTotal[std::size_t(s)]),
                    suspectsIn(-1));
    report.tables << t;
}

std::int32_t jdn(const QDate &d)
{
    return std::int32_t(d.toJulianDay());
}

} // namespace

IpkCalculator::IpkCalculator(const LabourSnapshot &snapshot, const ReportRules &rules)
    : m_snapshot(snapshot), m_rules(rules)
{
    deriveSeekerExits();
    deriveVacancyFlows();
}

void IpkCalculator::deriveSeekerExits()
{
    const auto &seekers = m_snapshot.seekers();
    m_exits.assign(seekers.size(), {});
    for (std::size_t i = 0; i < seekers.size(); ++i) {
        const Snap::Seeker &s = seekers[i];
        SeekerExit &e = m_exits[i];
        switch (s.status) {
        case Snap::SeekerStatus::Placed:
        case Snap::SeekerStatus::Removed:
            e.kind = s.statusDay == Snap::kNoDay              ? Exit::Undated
                     : s.status == Snap::SeekerStatus::Placed ? Exit::Placed
                                                              : Exit::Removed;
            e.day = s.statusDay;
            break;
        case Snap::SeekerStatus::Registered:
            if (m_rules.removeMonthsAfterExpiry >= 0 && s.validUntil != Snap::kNoDay) {
                e.kind = Exit::Removed;
                e.day =
                    jdn(QDate::fromJulianDay(s.validUntil).addMonths(m_rules.removeMonthsAfterExpiry)) + 1;
            }
            break;
        case Snap::SeekerStatus::Other:
            e.kind = Exit::Undated;
            break; // unknown status: cannot be placed in time
        }
    }
}

void IpkCalculator::deriveVacancyFlows()
{
    const auto &vacancies = m_snapshot.vacancies();
    const auto &seekers = m_snapshot.seekers();
    std::vector<const Snap::Placement *> named;
    for (const Snap::Placement &p : m_snapshot.placements())
        if (p.vacancy >= 0 && p.day != Snap::kNoDay)
            named.push_back(&p);
    std::sort(named.begin(), named.end(), [](const Snap::Placement *a, const Snap::Placement *b) {
        return std::tie(a->vacancy, a->day, a->id) < std::tie(b->vacancy, b->day, b->id);
    });
    m_fills.clear();
    m_fills.reserve(named.size());
    m_fillsBegin.assign(vacancies.size() + 1, 0);
    m_removals.assign(vacancies.size(), {});
    std::size_t next = 0;
    for (std::size_t v = 0; v < vacancies.size(); ++v) {
        const Snap::Vacancy &vac = vacancies[v];
        m_fillsBegin[v] = std::int32_t(m_fills.size());
        std::int32_t used[3] = {0, 0, 0};
        std::int32_t usedByClose[3] = {0, 0, 0};
        for (; next < named.size() && named[next]->vacancy == std::int32_t(v); ++next) {
            const Snap::Placement &p = *named[next];
            const std::uint8_t sex = p.seeker >= 0 ? seekers[std::size_t(p.seeker)].sex : Snap::kUnknown;
            // A man takes a place for men first, then one open to either; a woman likewise. A place beyond
            // what the vacancy offered goes to the own-sex bucket and shows up as negative stock.
            std::uint8_t bucket = Snap::Either;
            if (sex <= Snap::Female && used[sex] < vac.need[sex])
                bucket = sex;
            else if (used[Snap::Either] >= vac.need[Snap::Either] && sex <= Snap::Female)
                bucket = sex;
            ++used[bucket];
            if (vac.closes == Snap::kNoDay || p.day <= vac.closes)
                ++usedByClose[bucket];
            m_fills.push_back({std::int32_t(v), p.day, bucket});
        }
        if (vac.closes != Snap::kNoDay) {
            Removal &r = m_removals[v];
            r.day = vac.closes + 1;
            for (int b = 0; b < 3; ++b)
                r.places[b] = std::max(0, vac.need[b] - usedByClose[b]);
        }
    }
    m_fillsBegin[vacancies.size()] = std::int32_t(m_fills.size());
}

bool IpkCalculator::countsSeeker(std::size_t seeker) const
{
    const Snap::Seeker &s = m_snapshot.seekers()[seeker];
    return s.registered != Snap::kNoDay && m_exits[seeker].kind != Exit::Undated && s.sex <= Snap::Female;
}

bool IpkCalculator::countsVacancy(std::size_t vacancy) const
{
    const Snap::Vacancy &vac = m_snapshot.vacancies()[vacancy];
    const bool closedUndated = vac.status != Snap::VacancyStatus::Open && vac.closes == Snap::kNoDay;
    return vac.opened != Snap::kNoDay && !closedUndated;
}

std::array<std::int32_t, 3> IpkCalculator::openPlaces(std::size_t vacancy, std::int32_t day) const
{
    const Snap::Vacancy &vac = m_snapshot.vacancies()[vacancy];
    // As the tables' closing stock: a fill or removal dated before the opening still counts (and shows as
    // negative stock there).
    std::array<std::int32_t, 3> open = {0, 0, 0};
    for (int b = 0; b < 3; ++b)
        open[std::size_t(b)] = vac.opened <= day ? vac.need[b] : 0;
    for (std::int32_t k = m_fillsBegin[vacancy]; k < m_fillsBegin[vacancy + 1]; ++k)
        if (m_fills[std::size_t(k)].day <= day)
            --open[m_fills[std::size_t(k)].bucket];
    const Removal &r = m_removals[vacancy];
    if (r.day != Snap::kNoDay && r.day <= day)
        for (int b = 0; b < 3; ++b)
            open[std::size_t(b)] -= r.places[b];
    return open;
}

IpkReport IpkCalculator::compute(const IpkFormSet &forms, const ReportPeriod &period, int district) const
{
    IpkReport report;
    report.period = period;
    if (district >= 0 && district < m_snapshot.districts().size())
        report.district = QString::fromUtf8(m_snapshot.districts().at(district));
    const std::int32_t first = jdn(period.first());
    const std::int32_t last = jdn(period.last());
    addSeekerTables(forms, report, first, last, district);
    addVacancyTables(forms, report, first, last, district);
    addPlacementTables(forms, report, first, last, district);
    // Tables in the order of the form set.
    QList<IpkTable> ordered;
    for (const IpkForm &f : forms.forms())
        if (const IpkTable *t = report.table(f.id))
            ordered << *t;
    report.tables = ordered;
    return report;
}

void IpkCalculator::addSeekerTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first,
                                    std::int32_t last, int district) const
{
    std::vector<FlowGrid> grids;
    for (const IpkForm &f : forms.forms())
        if (f.subject == IpkSubject::JobSeekers)
            grids.emplace_back(f, 2);
    const bool atRegistration = m_rules.ageReference == ReportRules::AgeReference::Registration;
    const std::int32_t endYmd = Snap::ymd(last);
    // The next period has the same length as this one; its end is where its age rows are taken.
    const QDate lastDate = QDate::fromJulianDay(last);
    const QDate firstDate = QDate::fromJulianDay(first);
    const int months = (lastDate.year() - firstDate.year()) * 12 + lastDate.month() - firstDate.month() + 1;
    const std::int32_t followingEndYmd = Snap::ymd(jdn(firstDate.addMonths(2 * months).addDays(-1)));
    std::vector<qint64> notCounted;
    const auto &seekers = m_snapshot.seekers();
    for (std::size_t i = 0; i < seekers.size(); ++i) {
        const Snap::Seeker &s = seekers[i];
        if (district >= 0 && s.district != district)
            continue;
        const SeekerExit &e = m_exits[i];
        if (!countsSeeker(i)) {
            notCounted.push_back(s.id);
            continue;
        }
        // Each flow is counted on its own date, so the months of a year add up to the year even for a
        // record whose dates are out of order (that record then shows up as a break).
        const bool exits = e.kind != Exit::None;
        const int opening = s.registered < first && !(exits && e.day < first);
        const int registered = s.registered >= first && s.registered <= last;
        const int placed = e.kind == Exit::Placed && e.day >= first && e.day <= last;
        const int removed = e.kind == Exit::Removed && e.day >= first && e.day <= last;
        const int direct = s.registered <= last && !(exits && e.day <= last);
        const int nextOpening = s.registered < last + 1 && !(exits && e.day < last + 1);
        if (!opening && !registered && !placed && !removed && !direct && !nextOpening)
            continue;
        const int delta = opening + registered - placed - removed - direct;
        for (FlowGrid &g : grids) {
            int row = 0, nextRow = 0;
            switch (g.map.by()) {
            case IpkDimension::Total:
                break;
            case IpkDimension::Age:
                row = g.map.age(atRegistration ? Snap::ymd(s.registered) : endYmd, s.birthYmd);
                nextRow = atRegistration ? row : g.map.age(followingEndYmd, s.birthYmd);
                break;
            case IpkDimension::Education:
                row = nextRow = g.map.education(s.education);
                break;
            case IpkDimension::Kbji:
                row = nextRow = g.map.kbji(s.kbji);
                break;
            case IpkDimension::Kbli:
                row = nextRow = g.map.other();
                break;
            }
            g.at(row, Opening, s.sex) += opening;
            g.at(row, Registered, s.sex) += registered;
            g.at(row, Placed, s.sex) += placed;
            g.at(row, Removed, s.sex) += removed;
            g.closingDirect[std::size_t(row * 2 + s.sex)] += direct;
            g.nextOpening[std::size_t(nextRow * 2 + s.sex)] += nextOpening;
            if (delta != 0)
                g.suspects.emplace_back(row * 2 + s.sex, s.id);
        }
    }
    for (FlowGrid &g : grids)
        finish(g, report, u"pencari_kerja"_qs);
    if (!notCounted.empty())
        addBreak(report, IpkBreak::Kind::NotCounted, {}, u"pencari_kerja"_qs,
                 tr("%n job seeker(s) not counted: registration date, sex, status or status date missing.",
                    "", int(notCounted.size())),
                 notCounted);
}

void IpkCalculator::addVacancyTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first,
                                     std::int32_t last, int district) const
{
    std::vector<FlowGrid> grids;
    for (const IpkForm &f : forms.forms())
        if (f.subject == IpkSubject::Vacancies)
            grids.emplace_back(f, 3);
    std::vector<qint64> notCounted;
    const auto &vacancies = m_snapshot.vacancies();
    for (std::size_t v = 0; v < vacancies.size(); ++v) {
        const Snap::Vacancy &vac = vacancies[v];
        if (district >= 0 && vac.district != district)
            continue;
        if (!countsVacancy(v)) {
            notCounted.push_back(vac.id);
            continue;
        }
        qint64 flow[kFlows][3] = {};
        qint64 direct[3] = {}, nextOpening[3] = {};
        for (int b = 0; b < 3; ++b) {
            flow[Opening][b] = vac.opened < first ? vac.need[b] : 0;
            flow[Registered][b] = vac.opened >= first && vac.opened <= last ? vac.need[b] : 0;
            direct[b] = vac.opened <= last ? vac.need[b] : 0;
            nextOpening[b] = vac.opened < last + 1 ? vac.need[b] : 0;
        }
        for (std::int32_t k = m_fillsBegin[v]; k < m_fillsBegin[v + 1]; ++k) {
            const Fill &f = m_fills[std::size_t(k)];
            if (f.day < first)
                --flow[Opening][f.bucket];
            else if (f.day <= last)
                ++flow[Placed][f.bucket];
            if (f.day <= last)
                --direct[f.bucket];
            if (f.day < last + 1)
                --nextOpening[f.bucket];
        }
        const Removal &r = m_removals[v];
        if (r.day != Snap::kNoDay) {
            for (int b = 0; b < 3; ++b) {
                if (r.day < first)
                    flow[Opening][b] -= r.places[b];
                else if (r.day <= last)
                    flow[Removed][b] += r.places[b];
                if (r.day <= last)
                    direct[b] -= r.places[b];
                if (r.day < last + 1)
                    nextOpening[b] -= r.places[b];
            }
        }
        bool suspect = false;
        for (int b = 0; b < 3; ++b)
            suspect = suspect || flow[Opening][b] < 0 || direct[b] < 0;
        for (FlowGrid &g : grids) {
            int row = 0;
            switch (g.map.by()) {
            case IpkDimension::Total:
            case IpkDimension::Age:
                break;
            case IpkDimension::Education:
                row = g.map.education(vac.education);
                break;
            case IpkDimension::Kbji:
                row = g.map.kbji(vac.kbji);
                break;
            case IpkDimension::Kbli:
                row = g.map.kbli(vac.kbliVersion, vac.kbliSection);
                break;
            }
            for (int b = 0; b < 3; ++b) {
                for (int f : {Opening, Registered, Placed, Removed})
                    g.at(row, f, b) += flow[f][b];
                g.closingDirect[std::size_t(row * 3 + b)] += direct[b];
                g.nextOpening[std::size_t(row * 3 + b)] += nextOpening[b];
                if (suspect)
                    g.suspects.emplace_back(row * 3 + b, vac.id);
            }
        }
    }
    for (FlowGrid &g : grids)
        finish(g, report, u"lowongan"_qs);
    if (!notCounted.empty())
        addBreak(report, IpkBreak::Kind::NotCounted, {}, u"lowongan"_qs,
                 tr("%n vacancy(ies) not counted: opening date missing, or closed without a closing date.",
                    "", int(notCounted.size())),
                 notCounted);
}

void IpkCalculator::addPlacementTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first,
                                       std::int32_t last, int district) const
{
    const auto &seekers = m_snapshot.seekers();
    for (const IpkForm &f : forms.forms()) {
        if (f.subject != IpkSubject::Placements)
            continue;
        const IpkRowMap map(f);
        IpkTable t;
        t.formId = f.id;
        t.title = f.title;
        t.subject = f.subject;
        for (const IpkRowGroup &r : f.rows)
            t.rows << r.label;
        t.rows << LocalizedText{tr("other / unknown"), u"other / unknown"_qs};
        t.columns = IpkColumns::placementColumns();
        std::vector<qint64> cells(std::size_t(map.rows() * 6));
        std::vector<qint64> notCounted;
        for (const Snap::Placement &p : m_snapshot.placements()) {
            if (p.day == Snap::kNoDay || p.day < first || p.day > last) {
                if (p.day == Snap::kNoDay && district < 0)
                    notCounted.push_back(p.id);
                continue;
            }
            const Snap::Seeker *s = p.seeker >= 0 ? &seekers[std::size_t(p.seeker)] : nullptr;
            if (district >= 0 && (!s || s->district != district))
                continue;
            if (!s || s->sex > Snap::Female || p.kind > Snap::Akan) {
                notCounted.push_back(p.id);
                continue;
            }
            const int row = f.by == IpkDimension::Education ? map.education(s->education) : 0;
            ++cells[std::size_t(row * 6 + p.kind * 2 + s->sex)];
        }
        for (int r = 0; r < map.rows(); ++r)
            t.cells << QList<qint64>(cells.begin() + r * 6, cells.begin() + r * 6 + 6);
        report.tables << t;
        if (!notCounted.empty())
            addBreak(
                report, IpkBreak::Kind::NotCounted, f.id, u"penempatan"_qs,
                tr("%n placement(s) not counted: placement date or type missing, or the job seeker is not in "
                   "the store.",
                   "", int(notCounted.size())),
                notCounted);
    }
}

} // namespace sinergi
