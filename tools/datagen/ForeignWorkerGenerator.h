#pragma once

namespace sinergi::datagen {

struct World;

// tka.csv: foreign workers with an RPTKA at the regency's larger employers; synthetic passport numbers
// (unique, shaped like the nationality's) and names.
class ForeignWorkerGenerator
{
public:
    static void run(World &world);
};

} // namespace sinergi::datagen
