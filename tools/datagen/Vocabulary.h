#pragma once

#include <span>

namespace sinergi::datagen {

// Education levels in increasing order, so "at least SMA" is a comparison.
enum class Edu { None, NotFinishedSD, SD, SMP, SMA, SMK, D1, D3, S1, S2 };

struct Occupation
{
    const char *title; // as a Disnaker officer would type it
    const char *kbji;  // KBJI 2014 unit group (4 digits; KBJI 2014 follows the ISCO-08 structure)
    Edu minEdu;
};

struct Activity
{
    const char *industry;             // word used in company names
    char section2020;                 // KBLI 2020 section
    char section2025;                 // KBLI 2025 section (letters after D shift with ISIC Rev.5)
    const char *kbli2020;             // an illustrative 5-digit KBLI 2020 code of the section
    const char *namePattern;          // %1, %2 = company words, e.g. "PT %1 %2 Garmen"
    int femalePercent;                // share of women in the workforce
    int weight;                       // how common such employers are
    std::span<const int> occupations; // indices into occupations()
};

struct Major
{
    const char *name;
    Edu level;
    int smkGroup; // 1-7 for SMK programme groups (IPK 31xx-37xx), 0 otherwise
};

// Hand-written tables, all synthetic or generic (see README): nothing here identifies a real person.
namespace vocabulary {
std::span<const Occupation> occupations();
std::span<const Activity> activities();
std::span<const Major> majors();
std::span<const char *const> companyWords();
std::span<const char *const> streets();
std::span<const char *const> trainingFields(); // kejuruan
std::span<const char *const> skills();
std::span<const char *const> degreeSuffixes(); // officers' academic titles
} // namespace vocabulary

} // namespace sinergi::datagen
