#include "RecordsContext.h"

#include "common/Error.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "records/DatasetSchema.h"
#include "records/RecordService.h"
#include "reference/ReferenceLists.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

namespace sinergi {

RecordsContext::RecordsContext(Session &session)
    : m_session(session), m_templates(std::make_unique<TemplateRegistry>(TemplateRegistry::loadEmbedded())),
      m_codeLists(std::make_unique<CodeListRegistry>(ReferenceLists::load(session.db()))),
      m_regions(std::make_unique<RegionCatalog>(RegionEditions::load(session.db()))),
      m_fieldValidator(std::make_unique<FieldValidator>(m_codeLists.get(), m_regions.get())),
      m_validator(std::make_unique<RecordValidator>(*m_fieldValidator, RuleRegistry::standard())),
      m_service(std::make_unique<RecordService>(session, *m_templates, *m_validator, m_regions.get()))
{
    DatasetSchema::sync(session.db(), *m_templates);
}

RecordsContext::~RecordsContext() = default;

QString RecordsContext::officeRegency() const
{
    try {
        return m_session.setting(QStringLiteral("office.regency"));
    } catch (const Error &) {
        return {}; // pickers then fall back to what the records themselves say
    }
}

} // namespace sinergi
