#include "Nationality.h"

#include "Rng.h"

namespace sinergi::datagen {

namespace {
constexpr const char *kCnGiven[] = {"Wei",  "Jun",  "Lei", "Fang", "Min", "Hao",
                                    "Jing", "Yong", "Xin", "Tao",  "Lin"};
constexpr const char *kCnFamily[] = {"Wang", "Li",   "Zhang", "Liu",  "Chen",
                                     "Yang", "Zhao", "Huang", "Zhou", "Wu"};
constexpr const char *kKrGiven[] = {"Min-jun", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Su-bin", "Dong-hyun"};
constexpr const char *kKrFamily[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"};
constexpr const char *kJpGiven[] = {"Hiroshi", "Takeshi", "Kenji", "Yuki", "Daisuke", "Akira", "Naoko"};
constexpr const char *kJpFamily[] = {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto"};
constexpr const char *kInGiven[] = {"Rahul", "Amit", "Vikram", "Sanjay", "Priya", "Anil", "Suresh"};
constexpr const char *kInFamily[] = {"Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Nair"};
constexpr const char *kMyGiven[] = {"Ahmad", "Hafiz", "Azman", "Farid", "Nurul", "Syafiq"};
constexpr const char *kMyFamily[] = {"bin Ismail", "bin Hassan", "bin Osman", "bin Yusof", "bin Rahman"};
constexpr const char *kWestGiven[] = {"James",  "David", "Michael", "Thomas",
                                      "Daniel", "Peter", "Mark",    "Sarah"};
constexpr const char *kWestFamily[] = {"Smith", "Brown", "Taylor", "Wilson", "Miller", "Anderson", "Clark"};
constexpr const char *kDeGiven[] = {"Stefan", "Markus", "Jan", "Tobias", "Lukas", "Anja"};
constexpr const char *kDeFamily[] = {"Muller", "Schmidt", "Schneider", "Fischer", "Weber", "de Vries"};
constexpr const char *kPhGiven[] = {"Jose", "Mark", "John Paul", "Ramon", "Mary Grace", "Ariel"};
constexpr const char *kPhFamily[] = {"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza"};

constexpr Nationality kAll[] = {
    {"CN", 45, true, kCnGiven, kCnFamily, "A", 8},    {"KR", 12, true, kKrGiven, kKrFamily, "A", 8},
    {"JP", 10, true, kJpGiven, kJpFamily, "AA", 7},   {"TW", 4, true, kCnGiven, kCnFamily, "", 9},
    {"IN", 8, false, kInGiven, kInFamily, "A", 7},    {"MY", 6, false, kMyGiven, kMyFamily, "A", 8},
    {"PH", 4, false, kPhGiven, kPhFamily, "A", 7},    {"AU", 3, false, kWestGiven, kWestFamily, "AA", 7},
    {"US", 3, false, kWestGiven, kWestFamily, "", 9}, {"GB", 2, false, kWestGiven, kWestFamily, "", 9},
    {"DE", 2, false, kDeGiven, kDeFamily, "AA", 7},   {"NL", 1, false, kDeGiven, kDeFamily, "AA", 7},
};
} // namespace

std::span<const Nationality> Nationality::all()
{
    return kAll;
}

void Nationality::appendName(std::string &out, Rng &rng) const
{
    const char *g = given[rng.below(given.size())];
    const char *f = family[rng.below(family.size())];
    out.append(familyFirst ? f : g);
    out.push_back(' ');
    out.append(familyFirst ? g : f);
}

void Nationality::appendPassport(std::string &out, Rng &rng) const
{
    for (const char *p = passportLetters; *p; ++p)
        out.push_back(static_cast<char>('A' + rng.below(26)));
    for (int i = 0; i < passportDigits; ++i)
        out.push_back(static_cast<char>('0' + rng.below(10)));
}

} // namespace sinergi::datagen
