#pragma once

namespace sinergi::datagen {

struct World;

// penduduk_bekerja.csv: employed residents for the reference period (the year of --to, some for the
// August survey month), with BPS education, employment status, KBJI and KBLI consistent with the status.
class EmployedGenerator
{
public:
    static void run(World &world);
};

} // namespace sinergi::datagen
