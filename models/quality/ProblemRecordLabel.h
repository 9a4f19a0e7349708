#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace sinergi {

class DatasetTemplate;
struct FieldDef;

// How the problems panel names a record: by its natural key (a job seeker's registration number) and, where
// the dataset has one, its name ("AK1-0001 — Budi Santoso"), instead of the internal id. PII is masked
// exactly as the record grid masks it (piimask) for users without Permission::ViewPii; a key part whose
// mask keeps nothing is left out, and a record with no readable key part is named by its id.
class ProblemRecordLabel
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ProblemRecordLabel)
public:
    ProblemRecordLabel() = default;
    ProblemRecordLabel(const DatasetTemplate &tpl, bool piiVisible);

    // The fields to read for a label, in the order format() takes their values: the natural key, then the
    // name field (if any).
    const QList<const FieldDef *> &fields() const { return m_fields; }
    // The PII fields among fields() (for the pii.view audit entry).
    QStringList piiFields() const;

    QString format(qint64 recordId, const QVariantList &values) const;
    // True when format() shows a PII value unmasked for these values (the view must be audited).
    bool disclosesPii(const QVariantList &values) const;

private:
    QList<const FieldDef *> m_fields;
    qsizetype m_keyCount = 0;
    bool m_piiVisible = false;
};

} // namespace sinergi
