#pragma once

#include "ReadinessReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace sinergi {
class Database;
class DatasetTemplate;
class TemplateRegistry;
} // namespace sinergi

namespace sinergi::smdata {

// Which records of each dataset a batch for one month carries, and why the others stay behind.
//
// A record belongs to the month when the first seven characters of its template's period field are the
// month ("2025-06"; the same rule the period approval locks by); a dataset without a period field has no
// months and is sent whole. Soft-deleted records and records with a validation error are never sent.
// The server checks references within a batch (protocol 8.2, reference_exists), so a record outside the
// month that a sent record refers to (the job seeker of a June placement who registered in March) is sent
// too, and a record that refers to one that cannot be sent (deleted, invalid, missing) is withheld.
class RecordSelection
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::RecordSelection)
public:
    struct Dataset
    {
        const DatasetTemplate *tpl = nullptr;
        std::vector<qint64> ids;    // records to send, ascending
        DatasetReadiness readiness; // counts and withheld groups; field lists not filled here
    };

    // Reads within the caller's read transaction (so the second pass of the builder sees the same rows).
    // Datasets without a table in the store are left out.
    static QList<Dataset> select(Database &db, const TemplateRegistry &templates, const QString &month);

    // The field that places a dataset's records in a month (the template's "period_field", which the
    // period approval locks by too); empty when they belong to no month.
    static QString periodField(const DatasetTemplate &tpl);
};

} // namespace sinergi::smdata
