#pragma once

namespace sinergi::datagen {

struct World;

// pelatihan_program.csv and pelatihan_peserta.csv: BLK/LPK courses over the period and their
// participants, about 60 % of whom hold an AK/I card (no_pendaftaran set, same NIK as in pencari_kerja).
class TrainingGenerator
{
public:
    static void run(World &world);
};

} // namespace sinergi::datagen
