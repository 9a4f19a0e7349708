#include "Vocabulary.h"

namespace sinergi::datagen::vocabulary {

namespace {
// Index order matters: the activity tables below refer to these rows by position.
constexpr Occupation kOccupations[] = {
    {"Operator Mesin Jahit", "8153", Edu::SMP},            // 0
    {"Operator Produksi", "8189", Edu::SMP},               // 1
    {"Operator Mesin Tenun", "8152", Edu::SMP},            // 2
    {"Penjahit", "7531", Edu::SD},                         // 3
    {"Pramuniaga", "5223", Edu::SMP},                      // 4
    {"Kasir", "5230", Edu::SMA},                           // 5
    {"Juru Masak", "5120", Edu::SMP},                      // 6
    {"Pramusaji", "5131", Edu::SMP},                       // 7
    {"Staf Administrasi", "4110", Edu::SMA},               // 8
    {"Staf Akuntansi", "4311", Edu::SMK},                  // 9
    {"Akuntan", "2411", Edu::S1},                          // 10
    {"Mekanik Sepeda Motor", "7231", Edu::SMK},            // 11
    {"Teknisi Listrik", "7411", Edu::SMK},                 // 12
    {"Tukang Batu", "7112", Edu::SD},                      // 13
    {"Pekerja Bangunan", "9313", Edu::SD},                 // 14
    {"Sopir", "8322", Edu::SMP},                           // 15
    {"Sopir Truk", "8332", Edu::SMP},                      // 16
    {"Kurir", "9621", Edu::SMA},                           // 17
    {"Buruh Angkut Gudang", "9333", Edu::SD},              // 18
    {"Perawat", "3221", Edu::D3},                          // 19
    {"Bidan", "3222", Edu::D3},                            // 20
    {"Guru SD", "2341", Edu::S1},                          // 21
    {"Guru SMA/SMK", "2330", Edu::S1},                     // 22
    {"Pengembang Perangkat Lunak", "2512", Edu::S1},       // 23
    {"Teknisi Komputer", "3512", Edu::SMK},                // 24
    {"Petani", "6111", Edu::None},                         // 25
    {"Buruh Tani", "9211", Edu::None},                     // 26
    {"Satpam", "5414", Edu::SMA},                          // 27
    {"Petugas Kebersihan", "9112", Edu::SD},               // 28
    {"Tukang Roti", "7512", Edu::SMP},                     // 29
    {"Sales Lapangan", "3322", Edu::SMA},                  // 30
    {"Customer Service", "4222", Edu::SMA},                // 31
    {"Penata Rambut", "5141", Edu::SMP},                   // 32
    {"Tukang Kayu", "7115", Edu::SD},                      // 33
    {"Operator Alat Berat", "8342", Edu::SMA},             // 34
    {"Asisten Apoteker", "3213", Edu::D3},                 // 35
    {"Supervisor Produksi", "3122", Edu::D3},              // 36
    {"Manajer Toko", "1420", Edu::S1},                     // 37
    {"Manajer Keuangan", "1211", Edu::S1},                 // 38
    {"Teller Bank", "4211", Edu::D3},                      // 39
    {"Resepsionis Hotel", "4224", Edu::SMA},               // 40
    {"Desainer Grafis", "2166", Edu::D3},                  // 41
    {"Pemandu Wisata", "5113", Edu::SMA},                  // 42
    {"Staf Gudang", "4321", Edu::SMA},                     // 43
    {"Operator Mesin Pengolah Makanan", "8160", Edu::SMP}, // 44
    {"Quality Control", "3119", Edu::SMK},                 // 45
};

constexpr int kGarment[] = {0, 1, 3, 36, 43, 45, 8};
constexpr int kTextile[] = {2, 1, 36, 45, 18, 8};
constexpr int kFood[] = {29, 44, 1, 30, 43, 45};
constexpr int kFurniture[] = {33, 1, 18, 30, 8};
constexpr int kRetail[] = {4, 5, 43, 37, 18};
constexpr int kWorkshop[] = {11, 5, 4};
constexpr int kRestaurant[] = {6, 7, 5, 28};
constexpr int kHotel[] = {40, 7, 6, 28, 27};
constexpr int kConstruction[] = {13, 14, 34, 12, 8};
constexpr int kTransport[] = {16, 15, 17, 18, 8};
constexpr int kBank[] = {39, 31, 9, 10, 38, 30};
constexpr int kSchool[] = {21, 22, 8, 28};
constexpr int kClinic[] = {19, 20, 35, 8, 31};
constexpr int kFarm[] = {25, 26, 18, 16};
constexpr int kIt[] = {23, 24, 41, 31, 30};
constexpr int kSecurity[] = {27, 28, 15};
constexpr int kSalon[] = {32, 5};
constexpr int kTravel[] = {42, 31, 15};
constexpr int kPharmacy[] = {35, 5, 4};

constexpr Activity kActivities[] = {
    {"Garmen", 'C', 'C', "14111", "PT %1 %2 Garmen", 80, 12, kGarment},
    {"Tekstil", 'C', 'C', "13112", "PT %1 %2 Tekstil", 60, 5, kTextile},
    {"Pangan", 'C', 'C', "10792", "CV %1 %2 Food", 55, 8, kFood},
    {"Mebel", 'C', 'C', "31001", "UD %1 Mebel", 15, 5, kFurniture},
    {"Swalayan", 'G', 'G', "47111", "Toko %1 %2", 60, 14, kRetail},
    {"Bengkel", 'G', 'T', "45405", "Bengkel %1 Motor", 5, 7, kWorkshop},
    {"Rumah Makan", 'I', 'I', "56101", "Rumah Makan %1 %2", 55, 10, kRestaurant},
    {"Hotel", 'I', 'I', "55110", "Hotel %1 %2", 45, 3, kHotel},
    {"Konstruksi", 'F', 'F', "41011", "CV %1 %2 Konstruksi", 5, 6, kConstruction},
    {"Logistik", 'H', 'H', "49431", "PT %1 %2 Logistik", 10, 4, kTransport},
    {"BPR", 'K', 'L', "64141", "PT BPR %1 %2", 50, 3, kBank},
    {"Pendidikan", 'P', 'Q', "85230", "Yayasan Pendidikan %1 %2", 60, 4, kSchool},
    {"Klinik", 'Q', 'R', "86103", "Klinik %1 %2", 75, 4, kClinic},
    {"Pertanian", 'A', 'A', "01111", "UD Tani %1 %2", 35, 5, kFarm},
    {"Teknologi", 'J', 'K', "62019", "PT %1 %2 Teknologi Digital", 30, 3, kIt},
    {"Alih Daya", 'N', 'O', "80100", "PT %1 %2 Sekuriti", 20, 3, kSecurity},
    {"Salon", 'S', 'T', "96111", "Salon %1", 85, 3, kSalon},
    {"Wisata", 'N', 'O', "79120", "CV %1 %2 Tour", 50, 2, kTravel},
    {"Apotek", 'G', 'G', "47726", "Apotek %1 %2", 70, 3, kPharmacy},
};

// SMK groups follow the IPK 31xx-37xx programme groups: 1 engineering, 2 ICT, 3 health, 4 agribusiness,
// 5 maritime, 6 business and management, 7 tourism (the mapping of group numbers is an assumption).
constexpr Major kMajors[] = {
    {"IPA", Edu::SMA, 0},
    {"IPS", Edu::SMA, 0},
    {"Bahasa", Edu::SMA, 0},
    {"Teknik Kendaraan Ringan", Edu::SMK, 1},
    {"Teknik dan Bisnis Sepeda Motor", Edu::SMK, 1},
    {"Teknik Instalasi Tenaga Listrik", Edu::SMK, 1},
    {"Teknik Pemesinan", Edu::SMK, 1},
    {"Teknik Komputer dan Jaringan", Edu::SMK, 2},
    {"Rekayasa Perangkat Lunak", Edu::SMK, 2},
    {"Multimedia", Edu::SMK, 2},
    {"Keperawatan", Edu::SMK, 3},
    {"Farmasi", Edu::SMK, 3},
    {"Agribisnis Tanaman Pangan dan Hortikultura", Edu::SMK, 4},
    {"Nautika Kapal Penangkap Ikan", Edu::SMK, 5},
    {"Akuntansi dan Keuangan Lembaga", Edu::SMK, 6},
    {"Otomatisasi dan Tata Kelola Perkantoran", Edu::SMK, 6},
    {"Bisnis Daring dan Pemasaran", Edu::SMK, 6},
    {"Tata Boga", Edu::SMK, 7},
    {"Tata Busana", Edu::SMK, 7},
    {"Perhotelan", Edu::SMK, 7},
    {"Akuntansi", Edu::D3, 0},
    {"Keperawatan", Edu::D3, 0},
    {"Kebidanan", Edu::D3, 0},
    {"Teknik Informatika", Edu::D3, 0},
    {"Manajemen Perhotelan", Edu::D3, 0},
    {"Manajemen", Edu::S1, 0},
    {"Akuntansi", Edu::S1, 0},
    {"Teknik Informatika", Edu::S1, 0},
    {"Pendidikan Guru Sekolah Dasar", Edu::S1, 0},
    {"Ilmu Hukum", Edu::S1, 0},
    {"Agroteknologi", Edu::S1, 0},
    {"Teknik Sipil", Edu::S1, 0},
    {"Psikologi", Edu::S1, 0},
    {"Administrasi Bisnis", Edu::D1, 0},
    {"Manajemen", Edu::S2, 0},
};

constexpr const char *kCompanyWords[] = {
    "Sumber",  "Rejeki",    "Maju",    "Jaya",     "Abadi",     "Makmur",  "Sentosa", "Karya",
    "Mandiri", "Sejahtera", "Berkah",  "Putra",    "Nusantara", "Cipta",   "Mulia",   "Lestari",
    "Sinar",   "Mitra",     "Bangun",  "Agung",    "Tunggal",   "Sakti",   "Prima",   "Utama",
    "Harapan", "Baru",      "Indah",   "Langgeng", "Gemilang",  "Kencana", "Wijaya",  "Mekar",
    "Tirta",   "Surya",     "Bintang", "Cahaya",   "Anugerah",  "Sehati",  "Murni",   "Sukses",
};

constexpr const char *kStreets[] = {
    "Jl. Diponegoro",       "Jl. Sudirman",      "Jl. Merdeka",    "Jl. Kartini",         "Jl. Imam Bonjol",
    "Jl. Melati",           "Jl. Mawar",         "Jl. Kenanga",    "Jl. Pemuda",          "Jl. Pahlawan",
    "Jl. Veteran",          "Jl. Gatot Subroto", "Jl. Ahmad Yani", "Jl. Kauman",          "Jl. Pattimura",
    "Jl. Cempaka",          "Jl. Anggrek",       "Jl. Flamboyan",  "Jl. Nangka",          "Jl. Sawo",
    "Jl. Durian",           "Jl. Kemuning",      "Jl. Sakura",     "Jl. Tentara Pelajar", "Jl. Hasanudin",
    "Jl. Brigjen Sudiarto", "Jl. Kalinyamat",    "Jl. Margosari",  "Gang Masjid",         "Dusun Krajan",
    "Dusun Ngaglik",        "Dusun Sidomulyo",
};

constexpr const char *kTrainingFields[] = {
    "Menjahit",
    "Pengelasan",
    "Otomotif Sepeda Motor",
    "Operator Komputer",
    "Tata Boga",
    "Tata Rias",
    "Barista",
    "Bahasa Jepang",
    "Instalasi Listrik",
    "Teknik Bangunan",
    "Pertanian Hidroponik",
    "Desain Grafis",
    "Pemasaran Digital",
    "Perawatan Lansia",
    "Refrigerasi dan AC",
};

constexpr const char *kSkills[] = {
    "Operator komputer",   "Menjahit",       "Mengemudi (SIM A)",
    "Mengemudi (SIM B1)",  "Bahasa Inggris", "Bahasa Jepang",
    "Tata boga",           "Tata rias",      "Pengelasan",
    "Servis sepeda motor", "Desain grafis",  "Akuntansi dasar",
    "Instalasi listrik",   "Barista",        "Pemasaran daring",
};

constexpr const char *kDegreeSuffixes[] = {"S.Sos.", "S.E.", "S.H.",  "S.Kom.",
                                           "S.Pd.",  "S.T.", "A.Md.", "M.M."};
} // namespace

std::span<const Occupation> occupations()
{
    return kOccupations;
}
std::span<const Activity> activities()
{
    return kActivities;
}
std::span<const Major> majors()
{
    return kMajors;
}
std::span<const char *const> companyWords()
{
    return kCompanyWords;
}
std::span<const char *const> streets()
{
    return kStreets;
}
std::span<const char *const> trainingFields()
{
    return kTrainingFields;
}
std::span<const char *const> skills()
{
    return kSkills;
}
std::span<const char *const> degreeSuffixes()
{
    return kDegreeSuffixes;
}

} // namespace sinergi::datagen::vocabulary
