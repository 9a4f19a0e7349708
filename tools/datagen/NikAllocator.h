#pragma once

#include <QDate>

#include <cstdint>
#include <string>
#include <vector>

namespace sinergi::datagen {

struct RegionInfo;

// Hands out NIK serials (digits 13-16) so that every generated NIK is unique: one counter per kecamatan
// prefix, birth date and sex (women's day + 40 makes the sexes separate prefixes), numbered 0001-9999.
// A flat array indexed by day keeps it cheap at millions of people.
class NikAllocator
{
public:
    NikAllocator(const RegionInfo &region, const QDate &oldestBirth, const QDate &youngestBirth);

    // Writes the 16-digit NIK into out; false when that prefix and date already used 9999 serials.
    bool allocate(std::string &out, int district, bool female, const QDate &birth);

private:
    const RegionInfo &m_region;
    qint64 m_firstDay;
    qint64 m_days;
    std::vector<std::uint16_t> m_used;
};

} // namespace sinergi::datagen
