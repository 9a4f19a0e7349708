#pragma once

#include "Vocabulary.h"

#include <QDate>

#include <string>

namespace sinergi::datagen {

// One synthetic resident, before being written into a dataset row.
struct Person
{
    std::string nik;
    std::string name;
    bool female = false;
    QDate birth;
    int district = 0; // residence, index into RegionInfo::districts
    int village = -1; // index into that district's villages; -1 when the list has none
    Edu edu = Edu::SMA;
    int major = -1; // index into vocabulary::majors(), -1 for SD/SMP
};

} // namespace sinergi::datagen
