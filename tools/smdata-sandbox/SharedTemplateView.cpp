#include "SharedTemplateView.h"

#include "datasets/RuleRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sinergi::sandbox {

namespace {

bool readsOnlySentFields(const DatasetTemplate &tpl, const RuleDef &rule)
{
    const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
    if (!kind)
        return false;
    for (const QString &param : kind->fieldParams()) {
        const QJsonValue v = rule.params.value(param);
        const QJsonArray names = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &name : names) {
            const FieldDef *field = tpl.field(name.toString());
            if (!field || field->share != SharePolicy::Send)
                return false;
        }
    }
    return true;
}

} // namespace

DatasetTemplate sharedTemplateView(const DatasetTemplate &tpl, const QJsonObject &templateJson)
{
    QJsonObject view = templateJson;
    QJsonArray fields;
    QSet<QString> kept;
    for (const QJsonValue &v : templateJson.value(u"fields"_qs).toArray()) {
        const QJsonObject f = v.toObject();
        const QString share = f.value(u"share"_qs).toString();
        if (share == u"withhold"_qs)
            continue;
        kept.insert(f.value(u"name"_qs).toString());
        if (share == u"send"_qs) {
            fields.append(f);
            continue;
        }
        QJsonObject g{{u"name"_qs, f.value(u"name"_qs)},
                      {u"type"_qs, u"text"_qs},
                      {u"required"_qs, f.value(u"required"_qs)},
                      {u"pii"_qs, f.value(u"pii"_qs)},
                      {u"share"_qs, u"send"_qs},
                      {u"labels"_qs, f.value(u"labels"_qs)}};
        if (f.contains(u"repeat"_qs))
            g.insert(u"repeat"_qs, f.value(u"repeat"_qs));
        if (!f.value(u"required"_qs).isBool())
            g.remove(u"required"_qs);
        const QString minimiseTo = f.value(u"minimise_to"_qs).toString();
        if (share == u"pseudonymise"_qs)
            g.insert(u"pattern"_qs, u"[0-9a-f]{64}"_qs);
        else if (minimiseTo == u"year"_qs)
            g.insert(u"pattern"_qs, u"[0-9]{4}"_qs);
        else if (minimiseTo.startsWith(u"prefix:"_qs))
            g.insert(u"max_length"_qs, minimiseTo.mid(7).toInt());
        fields.append(g);
    }
    view.insert(u"fields"_qs, fields);

    QSet<QString> keptRules;
    for (const RuleDef &rule : tpl.rules()) {
        if (readsOnlySentFields(tpl, rule))
            keptRules.insert(rule.id);
    }
    QJsonArray rules;
    for (const QJsonValue &v : templateJson.value(u"rules"_qs).toArray()) {
        if (keptRules.contains(v.toObject().value(u"id"_qs).toString()))
            rules.append(v);
    }
    view.insert(u"rules"_qs, rules);
    view.remove(u"indexes"_qs); // storage only; may name withheld fields
    if (!kept.contains(view.value(u"period_field"_qs).toString()))
        view.remove(u"period_field"_qs); // local record locking (docs/approval.md); may name a withheld field
    return DatasetTemplate::fromJson(QJsonDocument(view).toJson(QJsonDocument::Compact),
                                     tpl.source() + u" (as shared)"_qs);
}

} // namespace sinergi::sandbox
