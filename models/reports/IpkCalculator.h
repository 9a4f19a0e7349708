#pragma once

#include "IpkReport.h"
#include "LabourSnapshot.h"
#include "ReportRules.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace sinergi {

// Computes the IPK tables for any period and kecamatan from a LabourSnapshot (issue 5).
//
// Job seekers: a card enters the stock on its registration date and leaves it on the day it was placed or
// removed (status ditempatkan / dihapuskan with its status date, or, by the office rule, some months after
// it expired while still "terdaftar"). Vacancies are counted in places (needed men, women, either): they
// enter on the opening date, are filled by the placements that name them (a man fills a place for men
// first, then one open to either), and the places still unfilled leave the stock the day after the closing
// date. Placements are counted on their placement date by the placed job seeker's sex and education.
//
// Every flow and the closing stock are computed from the records independently, so "closing = A − B",
// "closing of m = opening of m+1" and "no negative stock" are real checks; a break names its records.
class IpkCalculator
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkCalculator)
public:
    // Keeps references: snapshot must outlive the calculator. Derives exit days and vacancy fills once.
    IpkCalculator(const LabourSnapshot &snapshot, const ReportRules &rules);

    // district: an index into snapshot.districts(), -1 for the whole regency.
    IpkReport compute(const IpkFormSet &forms, const ReportPeriod &period, int district = -1) const;

    const LabourSnapshot &snapshot() const { return m_snapshot; }
    const ReportRules &rules() const { return m_rules; }

    // The derivations the tables are counted from, for the dashboard (DashboardData), so that its numbers
    // are the tables' numbers. Indexes are into the snapshot's arrays.
    enum class Exit : std::uint8_t { None, Placed, Removed, Undated };
    Exit seekerExit(std::size_t seeker) const { return m_exits[seeker].kind; }
    std::int32_t seekerExitDay(std::size_t seeker) const { return m_exits[seeker].day; }
    // Whether the tables count the record at all; the others are reported as "not counted".
    bool countsSeeker(std::size_t seeker) const;
    bool countsVacancy(std::size_t vacancy) const;
    // Places of a counted vacancy still open at the end of `day` (men, women, either): the closing stock
    // of a period ending that day, counted from the records.
    std::array<std::int32_t, 3> openPlaces(std::size_t vacancy, std::int32_t day) const;

private:
    struct SeekerExit
    {
        std::int32_t day = LabourSnapshot::kNoDay;
        Exit kind = Exit::None;
    };
    struct Fill
    {
        std::int32_t vacancy;
        std::int32_t day;
        std::uint8_t bucket; // LabourSnapshot::Sex
    };
    struct Removal
    {
        std::int32_t day = LabourSnapshot::kNoDay; // kNoDay: never (still open without a closing date)
        std::int32_t places[3] = {0, 0, 0};
    };

    void deriveSeekerExits();
    void deriveVacancyFlows();
    void addSeekerTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first, std::int32_t last,
                         int district) const;
    void addVacancyTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first, std::int32_t last,
                          int district) const;
    void addPlacementTables(const IpkFormSet &forms, IpkReport &report, std::int32_t first, std::int32_t last,
                            int district) const;

    const LabourSnapshot &m_snapshot;
    ReportRules m_rules;
    std::vector<SeekerExit> m_exits;        // per seeker
    std::vector<Fill> m_fills;              // sorted by vacancy, then day
    std::vector<std::int32_t> m_fillsBegin; // per vacancy: first index into m_fills (size vacancies + 1)
    std::vector<Removal> m_removals;        // per vacancy
};

} // namespace sinergi
