#include "EmployerGenerator.h"

#include "Contacts.h"
#include "DatasetSink.h"
#include "DefectLibrary.h"
#include "Rng.h"
#include "World.h"

#include <algorithm>
#include <set>

namespace sinergi::datagen {

namespace {
void appendCompanyName(std::string &out, Rng &rng, const Activity &a)
{
    const auto words = vocabulary::companyWords();
    const std::size_t i1 = rng.below(words.size());
    const std::size_t i2 = (i1 + 1 + rng.below(words.size() - 1)) % words.size(); // never "Jaya Jaya"
    const char *w1 = words[i1];
    const char *w2 = words[i2];
    for (const char *p = a.namePattern; *p; ++p) {
        if (p[0] == '%' && (p[1] == '1' || p[1] == '2')) {
            out.append(p[1] == '1' ? w1 : w2);
            ++p;
        } else {
            out.push_back(*p);
        }
    }
    // A few names carry a comma or quotes, as registrations do; the CSV writer must quote them.
    const int r = rng.between(0, 99);
    if (r < 3 && out.starts_with("PT "))
        out.append(", Tbk.");
    else if (r < 5)
        out = "Koperasi \"" + std::string(w1) + " " + w2 + "\"";
}

int workforce(Rng &rng)
{
    static constexpr int kWeights[] = {55, 30, 12, 3}; // micro, small, medium, large
    switch (rng.weighted(kWeights)) {
    case 0:
        return rng.between(1, 9);
    case 1:
        return rng.between(10, 49);
    case 2:
        return rng.between(50, 249);
    default:
        return rng.between(250, 3000);
    }
}
} // namespace

void EmployerGenerator::run(World &world)
{
    Rng rng(world.config.seed, world.stream("employers"));
    auto sink = world.openSink("pemberi_kerja");
    const int cNib = sink->column("nib"), cName = sink->column("nama_perusahaan"),
              cVersion = sink->column("kbli_versi"), cSection = sink->column("kbli_seksi"),
              cKbli = sink->column("kbli_kode"), cAddress = sink->column("alamat"),
              cDistrict = sink->column("kode_kecamatan"), cMale = sink->column("jumlah_tk_l"),
              cFemale = sink->column("jumlah_tk_p"), cPhone = sink->column("telepon"),
              cEmail = sink->column("email");
    sink->setVariantColumn(cName);
    sink->addDefect(defects::missingRequired(cName));
    sink->addDefect({"kbli_version_mismatch", cSection, [cVersion, cSection](Cells &c, Rng &) {
                         c[std::size_t(cVersion)] = "2020";
                         c[std::size_t(cSection)] = "V"; // V exists only in KBLI 2025
                     }});
    sink->addDefect(defects::fixedValue("bad_pattern", cKbli, "14.111"));
    sink->addDefect(defects::fixedValue("bad_code", cDistrict, world.region.regencyCode + ".00"));
    sink->addDefect(defects::fixedValue("out_of_range", cMale, "-3"));
    sink->addDefect(defects::badPhone(cPhone));
    sink->addDefect(defects::badEmail(cEmail));

    const auto activities = vocabulary::activities();
    std::vector<int> weights;
    for (const Activity &a : activities)
        weights.push_back(a.weight);
    std::set<std::string> nibs;
    const auto &region = world.region;
    for (qint64 i = 0; i < world.config.employers; ++i) {
        Employer e;
        e.activity = &activities[rng.weighted(weights)];
        // NIBs start with 1-8: ground-truth "bad_reference" values start with 9 and so never exist.
        do {
            e.nib.assign(1, static_cast<char>('1' + rng.below(8)));
            for (int k = 0; k < 12; ++k)
                e.nib.push_back(static_cast<char>('0' + rng.below(10)));
        } while (!nibs.insert(e.nib).second);
        appendCompanyName(e.name, rng, *e.activity);
        const bool kbli2025 = rng.chance(0.15);
        e.kbliVersion = kbli2025 ? "2025" : "2020";
        e.section = kbli2025 ? e.activity->section2025 : e.activity->section2020;
        e.district = int(rng.below(region.districts.size()));
        e.workers = workforce(rng);

        sink->beginRow();
        sink->set(cNib, e.nib);
        sink->set(cName, e.name);
        sink->set(cVersion, e.kbliVersion);
        sink->cell(cSection).assign(1, e.section);
        // The 5-digit codes were renumbered with KBLI 2025; only the 2020 code is known here.
        if (!kbli2025)
            sink->set(cKbli, e.activity->kbli2020);
        const auto &villages = region.districts[std::size_t(e.district)].villages;
        contacts::appendAddress(sink->cell(cAddress), rng, region, e.district,
                                villages.empty() ? -1 : int(rng.below(villages.size())));
        sink->set(cDistrict, region.districts[std::size_t(e.district)].code);
        const int female =
            e.workers * std::clamp(e.activity->femalePercent + rng.between(-15, 15), 0, 100) / 100;
        sink->set(cMale, std::to_string(e.workers - female));
        sink->set(cFemale, std::to_string(female));
        if (rng.chance(0.9))
            contacts::appendMobile(sink->cell(cPhone), rng);
        if (rng.chance(0.6)) {
            std::string &mail = sink->cell(cEmail);
            const bool own = e.workers >= 50;
            mail = own ? "info@" : "";
            contacts::appendSlug(mail, e.name);
            mail.append(own ? ".co.id" : "@gmail.com");
        }
        sink->commit();
        world.employers.push_back(std::move(e));
    }
    world.finishSink(*sink);
}

} // namespace sinergi::datagen
