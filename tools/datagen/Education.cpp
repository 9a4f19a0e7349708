#include "Education.h"

namespace sinergi::datagen::education {

const char *ipkCode(Edu edu, int smkGroup)
{
    static constexpr const char *kSmk[] = {"3199", "3299", "3399", "3499", "3599", "3699", "3799"};
    switch (edu) {
    case Edu::None:
    case Edu::NotFinishedSD:
    case Edu::SD:
        return "1099";
    case Edu::SMP:
        return "2099";
    case Edu::SMA:
        return "3099";
    case Edu::SMK:
        return smkGroup >= 1 && smkGroup <= 7 ? kSmk[smkGroup - 1] : "3099";
    case Edu::D1:
        return "4099";
    case Edu::D3:
        return "5099";
    case Edu::S1:
        return "6099";
    case Edu::S2:
        return "7099";
    }
    return "3099";
}

const char *ipkLevelCode(Edu edu)
{
    switch (edu) {
    case Edu::None:
    case Edu::NotFinishedSD:
    case Edu::SD:
        return "1000";
    case Edu::SMP:
        return "2000";
    case Edu::SMA:
    case Edu::SMK:
        return "3000";
    case Edu::D1:
        return "4000";
    case Edu::D3:
        return "5000";
    case Edu::S1:
        return "6000";
    case Edu::S2:
        return "7000";
    }
    return "3000";
}

const char *bpsCode(Edu edu)
{
    switch (edu) {
    case Edu::None:
        return "0";
    case Edu::NotFinishedSD:
        return "1";
    case Edu::SD:
        return "2";
    case Edu::SMP:
        return "3";
    case Edu::SMA:
        return "4";
    case Edu::SMK:
        return "5";
    case Edu::D1:
    case Edu::D3:
        return "6";
    case Edu::S1:
    case Edu::S2:
        return "7";
    }
    return "4";
}

int graduationAge(Edu edu)
{
    switch (edu) {
    case Edu::None:
    case Edu::NotFinishedSD:
    case Edu::SD:
        return 12;
    case Edu::SMP:
        return 15;
    case Edu::SMA:
    case Edu::SMK:
        return 18;
    case Edu::D1:
        return 19;
    case Edu::D3:
        return 21;
    case Edu::S1:
        return 22;
    case Edu::S2:
        return 25;
    }
    return 18;
}

const char *schoolKind(Edu edu)
{
    switch (edu) {
    case Edu::None:
    case Edu::NotFinishedSD:
    case Edu::SD:
        return "SD Negeri";
    case Edu::SMP:
        return "SMP Negeri";
    case Edu::SMA:
        return "SMA Negeri";
    case Edu::SMK:
        return "SMK Negeri";
    case Edu::D1:
        return "Akademi Komunitas";
    case Edu::D3:
        return "Politeknik";
    case Edu::S1:
    case Edu::S2:
        return "Universitas";
    }
    return "SMA Negeri";
}

} // namespace sinergi::datagen::education
