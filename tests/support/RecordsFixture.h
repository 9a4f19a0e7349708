#pragma once

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/ImportOptions.h"
#include "importing/Importer.h"
#include "records/DatasetSchema.h"
#include "session/Session.h"

#include <QTemporaryDir>

#include <memory>

namespace sinergi::test {

// What record-level tests share: the embedded templates, code lists and regions, a validator over them, and
// fresh stores (admin logged in, dataset tables created) in a temporary folder.
struct RecordsFixture
{
    QTemporaryDir m_tmp;
    int m_n = 0;
    TemplateRegistry m_templates = TemplateRegistry::loadEmbedded();
    CodeListRegistry m_codes = CodeListRegistry::loadEmbedded();
    RegionCatalog m_regions = RegionCatalog::loadEmbedded();
    FieldValidator m_fields{&m_codes, &m_regions};
    RecordValidator m_validator{m_fields, RuleRegistry::standard()};

    std::unique_ptr<Session> newStore()
    {
        const StoreLocation where{m_tmp.filePath(QStringLiteral("s%1").arg(++m_n))};
        auto created =
            Session::initialize(where, u"admin"_qs, {}, u"Kunci-Rahasia-2026"_qs, KdfParams::minimal());
        DatasetSchema::sync(created.session->db(), m_templates);
        return std::move(created.session);
    }

    // Imports files named dir/<dataset>.csv (as sinergi-datagen writes them) through the Importer, as an
    // office would. Returns the first dataset that inserted no row, empty when every one did.
    QString importFiles(Session &session, const QString &dir, const QStringList &datasets)
    {
        Importer importer(session, m_templates, m_validator, &m_codes, &m_regions);
        for (const QString &dataset : datasets) {
            ImportOptions o;
            o.dataset = dataset;
            o.path = dir + u'/' + dataset + u".csv"_qs;
            if (importer.run(o).inserted <= 0)
                return dataset;
        }
        return {};
    }
};

} // namespace sinergi::test
