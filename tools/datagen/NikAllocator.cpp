#include "NikAllocator.h"

#include "RegionInfo.h"
#include "common/Error.h"

namespace sinergi::datagen {

namespace {
void append2(std::string &out, int v)
{
    out.push_back(static_cast<char>('0' + v / 10));
    out.push_back(static_cast<char>('0' + v % 10));
}
} // namespace

NikAllocator::NikAllocator(const RegionInfo &region, const QDate &oldestBirth, const QDate &youngestBirth)
    : m_region(region), m_firstDay(oldestBirth.toJulianDay()), m_days(oldestBirth.daysTo(youngestBirth) + 1)
{
    m_used.assign(static_cast<std::size_t>(m_days) * 2 * region.districts.size(), 0);
}

bool NikAllocator::allocate(std::string &out, int district, bool female, const QDate &birth)
{
    const qint64 day = birth.toJulianDay() - m_firstDay;
    if (day < 0 || day >= m_days)
        throw Error(ErrorCode::Internal, u"birth date outside the NIK allocator's range"_qs);
    std::uint16_t &used = m_used[static_cast<std::size_t>((district * 2 + (female ? 1 : 0)) * m_days + day)];
    if (used >= 9999)
        return false;
    ++used;
    int y = 0, m = 0, d = 0;
    birth.getDate(&y, &m, &d);
    out.assign(m_region.districts[static_cast<std::size_t>(district)].nikPrefix);
    append2(out, d + (female ? 40 : 0));
    append2(out, m);
    append2(out, y % 100);
    append2(out, used / 100);
    append2(out, used % 100);
    return true;
}

} // namespace sinergi::datagen
