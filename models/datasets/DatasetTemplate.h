#pragma once

#include "FieldDef.h"
#include "LocalizedText.h"
#include "RuleDef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sinergi {

class RuleRegistry;

// One dataset (job seekers, vacancies, ...) as described by its JSON template in resources/datasets/.
// Tables, editors, import mappings, validation and batch content are generated from this, so a new scope
// is a new JSON file. Built only by TemplateParser, which has checked it; immutable afterwards.
class DatasetTemplate
{
public:
    // Parses and strictly checks one template; throws Error(InvalidArgument) naming sourceName and the
    // offending field. Shorthand for TemplateParser::parse.
    static DatasetTemplate fromJson(const QByteArray &json, const QString &sourceName);
    static DatasetTemplate fromJson(const QByteArray &json, const QString &sourceName,
                                    const RuleRegistry &rules);

    const QString &id() const { return m_id; }
    int version() const { return m_version; }
    const LocalizedText &labels() const { return m_labels; }
    QString label(const QString &language) const { return m_labels.text(language); }
    // Where the template came from (file or resource path), for messages.
    const QString &source() const { return m_source; }

    const QList<FieldDef> &fields() const { return m_fields; }
    const FieldDef *field(const QString &name) const;
    QStringList fieldNames() const;
    const QStringList &naturalKey() const { return m_naturalKey; }
    const QList<RuleDef> &rules() const { return m_rules; }
    // Each index is a list of columns, in order (the record store creates them for sort and filter).
    const QList<QStringList> &indexes() const { return m_indexes; }
    // The field whose value places a record in a reporting month (its first seven characters, "2025-06"):
    // records of an approved month are locked (docs/approval.md). Empty: the records belong to no month.
    const QString &periodField() const { return m_periodField; }

private:
    friend class TemplateParser;

    QString m_id;
    int m_version = 0;
    LocalizedText m_labels;
    QString m_source;
    QList<FieldDef> m_fields;
    QStringList m_naturalKey;
    QList<RuleDef> m_rules;
    QList<QStringList> m_indexes;
    QString m_periodField;
};

} // namespace sinergi
