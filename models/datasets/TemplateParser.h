#pragma once

#include "DatasetTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sinergi {

class RuleRegistry;

// Strict reader for dataset templates (format in docs/dataset-templates.md). Strict means: unknown keys,
// unknown types, duplicate fields, dangling field references and incomplete rules are errors, because a
// template typo would otherwise silently switch a check off or expose a field to SMData.
class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::TemplateParser)
public:
    static DatasetTemplate parse(const QByteArray &json, const QString &sourceName, const RuleRegistry &rules);

private:
    TemplateParser(QString source, const RuleRegistry &rules) : m_source(std::move(source)), m_rules(rules) {}

    DatasetTemplate parseTemplate(const QJsonObject &root);
    QList<FieldDef> parseField(const QJsonObject &object, int position);
    QString parsePeriodField(const QJsonValue &value, const DatasetTemplate &tpl);
    void parseRange(FieldDef &field, const QJsonObject &object);
    void parseShare(FieldDef &field, const QJsonObject &object);
    RuleDef parseRule(const QJsonObject &object, const DatasetTemplate &tpl);
    LocalizedText parseLabels(const QJsonValue &value, const QString &where);
    QStringList fieldList(const QJsonValue &value, const DatasetTemplate &tpl, const QString &where);

    void checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where);
    [[noreturn]] void fail(const QString &message) const;

    QString m_source;
    const RuleRegistry &m_rules;
};

} // namespace sinergi
