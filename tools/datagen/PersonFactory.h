#pragma once

#include "Person.h"

#include <vector>

namespace sinergi::datagen {

class NikAllocator;
class Rng;
struct RegionInfo;

// Draws people with realistic marginals: age (job seekers skewed to 20-29), sex, education given age,
// residence (villages uniformly, so bigger kecamatan get more people) and a NIK consistent with all of
// them. Shared by every dataset so NIKs are unique across files.
class PersonFactory
{
public:
    enum class Profile { JobSeeker, Employed };

    PersonFactory(const RegionInfo &region, NikAllocator &niks);

    // Age is counted at refDate (registration date, reference period, ...).
    Person make(Rng &rng, const QDate &refDate, Profile profile);
    // A job title suited to the education level.
    const Occupation &occupationFor(Rng &rng, Edu edu) const;

    static QDate oldestBirth(const QDate &from) { return from.addYears(-66); }
    static QDate youngestBirth(const QDate &to) { return to.addYears(-15); }

private:
    int ageFor(Rng &rng, Profile profile) const;
    Edu educationFor(Rng &rng, int age, Profile profile) const;
    int majorFor(Rng &rng, Edu edu) const;

    const RegionInfo &m_region;
    NikAllocator &m_niks;
    std::vector<std::pair<int, int>> m_homes; // (district, village) for every village of the regency
    std::vector<std::vector<int>> m_occupationsByEdu;
    std::vector<std::vector<int>> m_majorsByEdu;
};

} // namespace sinergi::datagen
