#include "PersonFactory.h"

#include "NameGenerator.h"
#include "NikAllocator.h"
#include "RegionInfo.h"
#include "Rng.h"
#include "common/Error.h"

namespace sinergi::datagen {

namespace {
constexpr int kEduCount = static_cast<int>(Edu::S2) + 1;

// Age bands (first age, weight). Job seekers: registrations peak just after school and college, 20-29
// carry more than half; few over 45. Employed: the working-age population, 15-64.
struct Band
{
    int first;
    int last;
    int weight;
};
constexpr Band kJobSeekerAges[] = {{15, 17, 40}, {18, 19, 130}, {20, 24, 340}, {25, 29, 220}, {30, 34, 110},
                                   {35, 39, 70}, {40, 44, 45},  {45, 49, 25},  {50, 54, 12},  {55, 60, 8}};
constexpr Band kEmployedAges[] = {{15, 19, 40},  {20, 24, 90},  {25, 29, 110}, {30, 34, 115}, {35, 39, 115},
                                  {40, 44, 110}, {45, 49, 100}, {50, 54, 90},  {55, 59, 70},  {60, 64, 50}};

// Per-mille weights by Edu (None..S2). Job seekers: SMA/SMK dominate; the employed: more SD/SMP.
constexpr int kJobSeekerEdu[kEduCount] = {0, 0, 70, 130, 300, 330, 10, 50, 105, 5};
constexpr int kEmployedEdu[kEduCount] = {30, 100, 250, 180, 170, 120, 5, 25, 95, 5};

int minimumAge(Edu edu)
{
    switch (edu) {
    case Edu::SMA:
    case Edu::SMK:
        return 17;
    case Edu::D1:
        return 19;
    case Edu::D3:
        return 20;
    case Edu::S1:
        return 21;
    case Edu::S2:
        return 24;
    default:
        return 0;
    }
}
} // namespace

PersonFactory::PersonFactory(const RegionInfo &region, NikAllocator &niks) : m_region(region), m_niks(niks)
{
    for (int d = 0; d < int(region.districts.size()); ++d) {
        const auto &villages = region.districts[std::size_t(d)].villages;
        if (villages.empty())
            m_homes.emplace_back(d, -1);
        for (int v = 0; v < int(villages.size()); ++v)
            m_homes.emplace_back(d, v);
    }
    m_occupationsByEdu.resize(kEduCount);
    m_majorsByEdu.resize(kEduCount);
    const auto occupations = vocabulary::occupations();
    for (int e = 0; e < kEduCount; ++e) {
        for (int i = 0; i < int(occupations.size()); ++i) {
            // Nobody registers for a job far below their level either: S1 graduates do not ask to be
            // farm labourers, so cap the gap at four levels.
            const int min = static_cast<int>(occupations[std::size_t(i)].minEdu);
            if (min <= e && e - min <= 4)
                m_occupationsByEdu[std::size_t(e)].push_back(i);
        }
        if (m_occupationsByEdu[std::size_t(e)].empty())
            m_occupationsByEdu[std::size_t(e)].push_back(26); // Buruh Tani needs no schooling
    }
    const auto majors = vocabulary::majors();
    for (int i = 0; i < int(majors.size()); ++i)
        m_majorsByEdu[std::size_t(majors[std::size_t(i)].level)].push_back(i);
}

int PersonFactory::ageFor(Rng &rng, Profile profile) const
{
    const std::span<const Band> bands = profile == Profile::JobSeeker ? std::span<const Band>(kJobSeekerAges)
                                                                      : std::span<const Band>(kEmployedAges);
    int weights[10];
    for (std::size_t i = 0; i < bands.size(); ++i)
        weights[i] = bands[i].weight;
    const Band &b = bands[rng.weighted(std::span<const int>(weights, bands.size()))];
    return rng.between(b.first, b.last);
}

Edu PersonFactory::educationFor(Rng &rng, int age, Profile profile) const
{
    const int *base = profile == Profile::JobSeeker ? kJobSeekerEdu : kEmployedEdu;
    int weights[kEduCount];
    for (int e = 0; e < kEduCount; ++e)
        weights[e] = age >= minimumAge(Edu(e)) ? base[e] : 0;
    return Edu(rng.weighted(weights));
}

int PersonFactory::majorFor(Rng &rng, Edu edu) const
{
    const auto &list = m_majorsByEdu[std::size_t(edu)];
    return list.empty() ? -1 : list[rng.below(list.size())];
}

const Occupation &PersonFactory::occupationFor(Rng &rng, Edu edu) const
{
    const auto &list = m_occupationsByEdu[std::size_t(edu)];
    return vocabulary::occupations()[std::size_t(list[rng.below(list.size())])];
}

Person PersonFactory::make(Rng &rng, const QDate &refDate, Profile profile)
{
    Person p;
    p.female = rng.chance(profile == Profile::JobSeeker ? 0.49 : 0.40);
    const int age = ageFor(rng, profile);
    // Exactly `age` years old on refDate: the last birthday falls within the year before it.
    p.birth = refDate.addYears(-age).addDays(-static_cast<qint64>(rng.below(365)));
    const auto &home = m_homes[rng.below(m_homes.size())];
    p.district = home.first;
    p.village = home.second;
    p.edu = educationFor(rng, age, profile);
    p.major = majorFor(rng, p.edu);
    NameGenerator::appendIndonesian(p.name, rng, p.female);
    // Digits 1-6 are where the NIK was first issued, usually still the home kecamatan; people who moved
    // within the regency keep their old prefix.
    int nikDistrict = rng.chance(0.88) ? p.district : int(rng.below(m_region.districts.size()));
    for (std::size_t attempt = 0; !m_niks.allocate(p.nik, nikDistrict, p.female, p.birth); ++attempt) {
        if (attempt >= m_region.districts.size())
            throw Error(ErrorCode::InvalidArgument,
                        u"Too many people for one birth date: more than 9999 NIK serials per kecamatan"_qs);
        nikDistrict = (nikDistrict + 1) % int(m_region.districts.size());
    }
    return p;
}

} // namespace sinergi::datagen
