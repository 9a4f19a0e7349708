#pragma once

#include <QString>

#include <memory>

namespace sinergi {

class CodeListRegistry;
class FieldValidator;
class RecordService;
class RecordValidator;
class RegionCatalog;
class Session;
class TemplateRegistry;

// Everything the record screens share for one session: templates, code lists, the region catalogue, the
// validators and the record service (the only writer). Built once per records page; building it also
// brings the rec_* tables in step with the templates (DatasetSchema::sync is idempotent), so the tables
// exist before the first query. Throws sinergi::Error when the store or the embedded data cannot be read.
class RecordsContext
{
public:
    explicit RecordsContext(Session &session);
    ~RecordsContext();

    Session &session() const { return m_session; }
    const TemplateRegistry &templates() const { return *m_templates; }
    const CodeListRegistry &codeLists() const { return *m_codeLists; }
    const RegionCatalog &regions() const { return *m_regions; }
    RecordService &service() const { return *m_service; }
    const RecordValidator &validator() const { return *m_validator; }
    // The regency the office serves ("33.73"), from the store setting the first-run wizard will write;
    // empty until then.
    QString officeRegency() const;

private:
    Session &m_session;
    std::unique_ptr<TemplateRegistry> m_templates;
    std::unique_ptr<CodeListRegistry> m_codeLists;
    std::unique_ptr<RegionCatalog> m_regions;
    std::unique_ptr<FieldValidator> m_fieldValidator;
    std::unique_ptr<RecordValidator> m_validator;
    std::unique_ptr<RecordService> m_service;
};

} // namespace sinergi
