#pragma once

namespace sinergi::datagen {

struct World;

// lowongan.csv. Vacancies are planned before the job seekers (placements fill them) and written after,
// when the filled counts and the status (terbuka / terisi / ditutup) are known.
class VacancyGenerator
{
public:
    static void plan(World &world);
    static void write(World &world);
};

} // namespace sinergi::datagen
