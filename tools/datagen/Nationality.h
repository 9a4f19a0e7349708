#pragma once

#include <span>
#include <string>

namespace sinergi::datagen {

class Rng;

// Foreign-worker nationalities with synthetic name parts and a passport-number shape. The shapes only
// resemble each country's format (letters then digits); they are not valid documents.
struct Nationality
{
    const char *iso;  // ISO 3166-1 alpha-2
    int weight;       // share of TKA in a Central Java regency: mostly Chinese, Korean, Japanese
    bool familyFirst; // Chinese, Korean and Japanese names are written family name first
    std::span<const char *const> given;
    std::span<const char *const> family;
    const char *passportLetters; // how many letters lead the passport number, as a string of 'A's
    int passportDigits;

    static std::span<const Nationality> all();
    void appendName(std::string &out, Rng &rng) const;
    void appendPassport(std::string &out, Rng &rng) const;
};

} // namespace sinergi::datagen
