#pragma once

// The hand-built March 2025 fixture of the IPK tests (tst_ipk.cpp), shared with the dashboard test
// (tst_dashboard.cpp) so both assert their hand-computed numbers on the same records.
#include "reports/LabourSnapshot.h"

#include <QDate>

namespace sinergi::test {

using Snap = LabourSnapshot;

inline std::int32_t day(int y, int m, int d)
{
    return std::int32_t(QDate(y, m, d).toJulianDay());
}

// March 2025 fixture. Seekers are numbered by id; the expected numbers below follow from these rows.
inline LabourSnapshot marchFixture()
{
    Snap s;
    const int d1 = s.internDistrict("331001");
    const int d2 = s.internDistrict("331002");
    const auto seeker = [&](qint64 id, std::int32_t reg, Snap::SeekerStatus st, std::int32_t statusDay,
                            std::int32_t valid, int birthYmd, std::uint8_t sex, std::uint16_t edu,
                            std::uint8_t kbji, int district) {
        Snap::Seeker r;
        r.id = id;
        r.registered = reg;
        r.status = st;
        r.statusDay = statusDay;
        r.validUntil = valid;
        r.birthYmd = birthYmd;
        r.sex = sex;
        r.education = edu;
        r.kbji = kbji;
        r.district = district;
        s.seekers().push_back(r);
    };
    using St = Snap::SeekerStatus;
    const auto none = Snap::kNoDay;
    // #1 active since January: opening 20–29 M (24 at 31 March), SMK.
    seeker(1, day(2025, 1, 10), St::Registered, none, day(2027, 1, 10), 20000501, Snap::Male, 3101, 7, d1);
    // #2 registered in March, 19 on 31 March exactly: 15–19 F, SD.
    seeker(2, day(2025, 3, 5), St::Registered, none, day(2027, 3, 5), 20060331, Snap::Female, 1000, 9, d1);
    // #3 active since November, placed 15 March: opening + placed, 30–44 M, S1.
    seeker(3, day(2024, 11, 20), St::Placed, day(2025, 3, 15), day(2026, 11, 20), 19900101, Snap::Male, 6000,
           2, d1);
    // #4 registered 2 March, removed 20 March: 45–54 F, SLTP.
    seeker(4, day(2025, 3, 2), St::Removed, day(2025, 3, 20), day(2027, 3, 2), 19700615, Snap::Female, 2000,
           5, d1);
    // #5 card expired 10 Feb while still "terdaftar": removed 11 Feb by the default rule (before March).
    seeker(5, day(2023, 2, 10), St::Registered, none, day(2025, 2, 10), 19850707, Snap::Male, 3000, 4, d1);
    // #6 card expired 15 March while "terdaftar": opening, removed 16 March; 65 years old: 55+, SLTA umum.
    seeker(6, day(2023, 3, 15), St::Registered, none, day(2025, 3, 15), 19600101, Snap::Male, 3000,
           Snap::kUnknown, d1);
    // #7 registers in April: nothing in March.
    seeker(7, day(2025, 4, 2), St::Registered, none, day(2027, 4, 2), 19980101, Snap::Male, 6000, 2, d1);
    // #8 registered February, placed 10 April: opening and closing, 20–29 F (25), D-III.
    seeker(8, day(2025, 2, 1), St::Placed, day(2025, 4, 10), day(2027, 2, 1), 19990401, Snap::Female, 5000, 3,
           d1);
    // #9 BAD: registered 10 March but "placed" 15 February: counted as registered, never as leaving, and
    // absent from the stock counted at the end -> closing != A − B in 30–44 M and S1 M.
    seeker(9, day(2025, 3, 10), St::Placed, day(2025, 2, 15), day(2027, 3, 10), 19950101, Snap::Male, 6000, 2,
           d1);
    // #10 BAD: placed without a date: not counted.
    seeker(10, day(2025, 1, 5), St::Placed, none, day(2027, 1, 5), 19920202, Snap::Male, 6000, 2, d1);
    // #11 registered 3 March, 29 then and 30 on 31 March; other kecamatan; D-I.
    seeker(11, day(2025, 3, 3), St::Registered, none, day(2027, 3, 3), 19950320, Snap::Female, 4000, 4, d2);

    const auto vacancy = [&](qint64 id, std::int32_t opened, std::int32_t closes, Snap::VacancyStatus st,
                             int l, int p, int e) {
        Snap::Vacancy v;
        v.id = id;
        v.opened = opened;
        v.closes = closes;
        v.status = st;
        v.need[0] = l;
        v.need[1] = p;
        v.need[2] = e;
        v.district = d1;
        v.education = 3000;
        v.kbji = 7;
        v.kbliVersion = 0;
        v.kbliSection = 'C';
        s.vacancies().push_back(v);
    };
    using Vs = Snap::VacancyStatus;
    vacancy(101, day(2025, 2, 1), day(2025, 3, 20), Vs::Filled, 2, 1, 0); // index 0
    vacancy(102, day(2025, 3, 10), day(2025, 6, 30), Vs::Open, 0, 0, 3);  // index 1
    vacancy(103, day(2025, 1, 5), day(2025, 3, 5), Vs::Closed, 1, 1, 1);  // index 2: unfilled, closes 5 March
    vacancy(104, day(2024, 12, 1), none, Vs::Closed, 1, 0, 0);            // index 3 BAD: closed, no date
    vacancy(105, day(2025, 3, 1), day(2025, 5, 1), Vs::Open, 1, 0, 0);    // index 4 BAD: filled twice

    const auto placement = [&](qint64 id, int seekerIndex, int vacancyIndex, std::int32_t when,
                               std::uint8_t kind) {
        s.placements().push_back({id, when, seekerIndex, vacancyIndex, kind});
    };
    placement(201, 2, 0, day(2025, 3, 15), Snap::Akl);  // #3 M fills a men's place of 101
    placement(202, 7, 1, day(2025, 4, 10), Snap::Akad); // #8, April
    placement(203, 8, 0, day(2025, 2, 15), Snap::Akl);  // #9 M fills 101 in February
    placement(204, -1, -1, day(2025, 3, 5), Snap::Akl); // job seeker not in the store: not counted
    placement(205, 1, 0, day(2025, 3, 18), Snap::Akan); // #2 F fills the women's place of 101
    placement(206, 0, 4, day(2025, 3, 3), Snap::Akl);   // #1 M fills 105
    placement(207, 5, 4, day(2025, 3, 4), Snap::Akl);   // #6 M fills 105 again: one place too many
    return s;
}

} // namespace sinergi::test
