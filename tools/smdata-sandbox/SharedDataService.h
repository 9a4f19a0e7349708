#pragma once

#include "ApiReply.h"
#include "SandboxStore.h"
#include "TemplateCatalog.h"
#include "TokenService.h"

namespace sinergi::sandbox {

// GET /api/v1/shared/{dataset} (protocol section 10): the seeded shared data of the caller's regency, paged
// by key with an opaque token.
class SharedDataService
{
public:
    SharedDataService(SandboxStore &store, const TemplateCatalog &catalog)
        : m_store(store), m_catalog(catalog)
    {
    }

    ApiReply page(const TokenOwner &owner, const QString &datasetId, const ApiRequest &request) const;

private:
    SandboxStore &m_store;
    const TemplateCatalog &m_catalog;
};

} // namespace sinergi::sandbox
