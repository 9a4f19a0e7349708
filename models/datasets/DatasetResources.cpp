#include "DatasetResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initResourcesOnce()
{
    Q_INIT_RESOURCE(sinergi_datasets);
}

namespace sinergi {

void initDatasetResources()
{
    static const bool done = [] {
        initResourcesOnce();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace sinergi
