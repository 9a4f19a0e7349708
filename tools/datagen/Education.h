#pragma once

#include "Vocabulary.h"

namespace sinergi::datagen::education {

// IPK 4-digit code of a level. Only structure codes are shipped (x099 "programme undefined"; SMK
// programme groups 3199-3799), so those are the leaves a record can carry.
const char *ipkCode(Edu edu, int smkGroup);
// x000 level header: used as a vacancy's minimum education ("at least SMA").
const char *ipkLevelCode(Edu edu);
// BPS summary level (pendidikan_bps 0-7) for the employed-population dataset.
const char *bpsCode(Edu edu);
// Typical age at graduation.
int graduationAge(Edu edu);
const char *schoolKind(Edu edu); // "SMA", "SMK", "Universitas", ...

} // namespace sinergi::datagen::education
