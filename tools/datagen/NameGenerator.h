#pragma once

#include <string>

namespace sinergi::datagen {

class Rng;

// Synthetic Indonesian full names: common given names and second names (hand-written short lists, no
// real-person list) combined at random, so any match with a real person is coincidence, and every NIK
// is generated independently of the name.
class NameGenerator
{
public:
    static void appendIndonesian(std::string &out, Rng &rng, bool female);
    // Lower-case ASCII handle for e-mail addresses ("budi.santoso87").
    static void appendEmailLocalPart(std::string &out, const std::string &fullName, Rng &rng);
};

} // namespace sinergi::datagen
