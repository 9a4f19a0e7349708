#pragma once

namespace sinergi::datagen {

struct World;

// pencari_kerja.csv (AK/I cards) and, through PlacementMaker, penempatan.csv. Streams: registrations in
// date order, exactly `placements` of them placed (selection sampling, so no list of a million ids),
// status and report slots consistent with placement, expiry and removal.
class JobSeekerGenerator
{
public:
    static void run(World &world);
};

} // namespace sinergi::datagen
