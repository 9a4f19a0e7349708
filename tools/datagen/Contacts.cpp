#include "Contacts.h"

#include "RegionInfo.h"
#include "Rng.h"
#include "Vocabulary.h"

namespace sinergi::datagen::contacts {

void appendMobile(std::string &out, Rng &rng)
{
    static constexpr const char *kPrefixes[] = {"0811", "0812", "0813", "0821", "0822", "0852",
                                                "0853", "0856", "0857", "0858", "0877", "0878",
                                                "0895", "0896", "0838", "0881"};
    out.append(rng.pick(kPrefixes));
    const int digits = rng.between(7, 8);
    for (int i = 0; i < digits; ++i)
        out.push_back(static_cast<char>('0' + rng.below(10)));
}

void appendAddress(std::string &out, Rng &rng, const RegionInfo &region, int district, int village)
{
    const auto streets = vocabulary::streets();
    out.append(streets[rng.below(streets.size())]);
    out.append(" No. ");
    out.append(std::to_string(rng.between(1, 150)));
    const int rt = rng.between(1, 12), rw = rng.between(1, 9);
    out.append(", RT 0");
    if (rt >= 10) // "RT 012" would be wrong: two digits, zero-padded
        out.back() = '1';
    out.push_back(static_cast<char>('0' + rt % 10));
    out.append("/RW 0");
    out.push_back(static_cast<char>('0' + rw));
    const auto &d = region.districts[std::size_t(district)];
    out.append(", ");
    out.append(village >= 0 ? d.villages[std::size_t(village)].name : d.name);
}

void appendSlug(std::string &out, const std::string &text)
{
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    }
}

} // namespace sinergi::datagen::contacts
