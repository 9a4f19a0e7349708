#pragma once

#include <string>

namespace sinergi::datagen {

class Rng;
struct RegionInfo;

namespace contacts {
// 08xx mobile number (Indonesian operator prefixes, random subscriber digits): 11-13 digits.
void appendMobile(std::string &out, Rng &rng);
// "Jl. Melati No. 12, RT 03/RW 05, Kauman": street names are generic, the village comes from the catalogue.
void appendAddress(std::string &out, Rng &rng, const RegionInfo &region, int district, int village);
// Lower-case letters and digits only, for e-mail domains and handles.
void appendSlug(std::string &out, const std::string &text);
} // namespace contacts

} // namespace sinergi::datagen
