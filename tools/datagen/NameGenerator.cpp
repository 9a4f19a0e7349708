#include "NameGenerator.h"

#include "Rng.h"

namespace sinergi::datagen {

namespace {
constexpr const char *kMaleGiven[] = {
    "Budi",   "Agus",   "Eko",    "Joko",     "Bambang", "Andi",   "Rizky",  "Fajar",    "Dimas",  "Arif",
    "Hendra", "Yusuf",  "Ahmad",  "Wahyu",    "Teguh",   "Slamet", "Bayu",   "Adi",      "Rudi",   "Yoga",
    "Galih",  "Aditya", "Rahmat", "Ilham",    "Gilang",  "Reza",   "Angga",  "Doni",     "Hadi",   "Imam",
    "Irfan",  "Kurnia", "Lukman", "Nanda",    "Oki",     "Panji",  "Rendra", "Satria",   "Taufik", "Umar",
    "Wawan",  "Yudi",   "Zainal", "Bagus",    "Danang",  "Guntur", "Hanif",  "Kevin",    "Rafi",   "Sigit",
    "Tegar",  "Yosua",  "Markus", "Stefanus", "Bima",    "Ferry",  "Ridwan", "Sutrisno",
};
constexpr const char *kFemaleGiven[] = {
    "Sri",   "Siti",   "Dewi",    "Ayu",      "Rina",   "Wulan",   "Indah", "Fitri", "Putri", "Ratna",
    "Dian",  "Rini",   "Yuni",    "Nisa",     "Anisa",  "Intan",   "Novi",  "Eka",   "Tika",  "Lina",
    "Maya",  "Nia",    "Okta",    "Puspa",    "Rosa",   "Sari",    "Tari",  "Umi",   "Vina",  "Winda",
    "Yanti", "Zahra",  "Aulia",   "Bunga",    "Citra",  "Desi",    "Elisa", "Fika",  "Gita",  "Hana",
    "Ira",   "Juwita", "Kartika", "Laras",    "Mega",   "Nabila",  "Reni",  "Salma", "Tania", "Wati",
    "Agnes", "Maria",  "Yohana",  "Nur'aini", "Endang", "Suharti",
};
constexpr const char *kMaleSecond[] = {
    "Santoso", "Wibowo",    "Saputra", "Prasetyo",   "Nugroho",  "Setiawan",  "Kurniawan", "Hidayat",
    "Pratama", "Susanto",   "Purnomo", "Firmansyah", "Ramadhan", "Gunawan",   "Hartono",   "Wijaya",
    "Permana", "Syahputra", "Hakim",   "Maulana",    "Utomo",    "Sugiarto",  "Cahyono",   "Haryanto",
    "Budiman", "Siswanto",  "Kusnadi", "Prabowo",    "Suryadi",  "Wicaksono",
};
constexpr const char *kFemaleSecond[] = {
    "Wahyuni",      "Lestari",   "Rahayu",    "Puspita",     "Handayani",  "Kusuma",    "Sari",
    "Astuti",       "Utami",     "Wulandari", "Permatasari", "Safitri",    "Anggraini", "Maharani",
    "Purwanti",     "Rahmawati", "Susanti",   "Yulianti",    "Oktaviani",  "Fitriani",  "Nurhayati",
    "Setyaningsih", "Kurniasih", "Pratiwi",   "Amalia",      "Novitasari",
};
constexpr const char *kMalePrefix[] = {"Muhammad", "Dwi", "Tri", "Eko", "Ahmad"};
constexpr const char *kFemalePrefix[] = {"Siti", "Nur", "Dwi", "Tri", "Sri"};

void appendWord(std::string &out, const char *word)
{
    if (!out.empty() && out.back() != ' ')
        out.push_back(' ');
    out.append(word);
}
} // namespace

void NameGenerator::appendIndonesian(std::string &out, Rng &rng, bool female)
{
    const auto start = out.size();
    const int shape = rng.between(0, 99);
    auto given = [&] { return female ? rng.pick(kFemaleGiven) : rng.pick(kMaleGiven); };
    auto second = [&] { return female ? rng.pick(kFemaleSecond) : rng.pick(kMaleSecond); };
    // Many Javanese have one name; most younger people two; some a prefix such as Muhammad or Siti.
    if (shape < 18) {
        out.append(given());
        return;
    }
    if (shape >= 82)
        out.append(female ? rng.pick(kFemalePrefix) : rng.pick(kMalePrefix));
    std::string tmp;
    const char *g = given();
    // Avoid "Sri Sri" / "Eko Eko" when the prefix list and the given list overlap.
    if (out.size() > start && out.compare(start, std::string::npos, g) == 0)
        g = female ? "Ayu" : "Budi";
    appendWord(out, g);
    appendWord(out, shape < 90 ? second() : given());
}

void NameGenerator::appendEmailLocalPart(std::string &out, const std::string &fullName, Rng &rng)
{
    bool dot = false;
    for (char c : fullName) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c >= 'a' && c <= 'z')
            out.push_back(c);
        else if (c == ' ' && !dot) {
            out.push_back('.');
            dot = true; // one dot is enough; "sri.lestari" not "sri.lestari.wahyuni"
        } else if (c == ' ')
            break;
    }
    out.append(std::to_string(rng.between(1, 99)));
}

} // namespace sinergi::datagen
