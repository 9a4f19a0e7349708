// Helper process for tst_import_crash: logs in and imports a CSV into pencari_kerja. It prints "started"
// when the first rows have been written inside the import transaction; the test kills it with SIGKILL.
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/Importer.h"
#include "session/Session.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sinergi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 1;
    const StoreLocation where{QString::fromLocal8Bit(argv[1])};
    auto session = Session::login(where, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    ImportOptions o;
    o.dataset = u"pencari_kerja"_qs;
    o.path = QString::fromLocal8Bit(argv[4]);
    o.dateSampleRows = 10;
    bool told = false;
    o.progress = [&told](const ImportProgress &) {
        if (!told) {
            std::puts("started");
            std::fflush(stdout);
            told = true;
        }
    };
    Importer importer(*session, templates, validator, &codes, &regions);
    const ImportReport r = importer.run(o);
    std::printf("done %lld\n", static_cast<long long>(r.inserted));
    std::fflush(stdout);
    return 0;
}
