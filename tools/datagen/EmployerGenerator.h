#pragma once

namespace sinergi::datagen {

struct World;

// pemberi_kerja.csv: employers of the regency with a KBLI activity (2020 mostly, some already on KBLI
// 2025), size classes from micro to large, and NIBs other datasets refer to.
class EmployerGenerator
{
public:
    static void run(World &world);
};

} // namespace sinergi::datagen
