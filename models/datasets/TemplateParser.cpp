#include "TemplateParser.h"

#include "RuleRegistry.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sinergi {

namespace {

// Field and template names become SQL identifiers and JSON keys of batches: keep them plain.
const QRegularExpression kNameRe(u"^[a-z][a-z0-9_]{0,62}$"_qs);

QString fieldWhere(const QString &name) { return u"field \"%1\""_qs.arg(name); }

} // namespace

DatasetTemplate TemplateParser::parse(const QByteArray &json, const QString &sourceName,
                                      const RuleRegistry &rules)
{
    TemplateParser parser(sourceName, rules);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        parser.fail(tr("not valid JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        parser.fail(tr("the template must be a JSON object"));
    return parser.parseTemplate(doc.object());
}

void TemplateParser::fail(const QString &message) const
{
    throw Error(ErrorCode::InvalidArgument, tr("Dataset template %1: %2").arg(m_source, message));
}

void TemplateParser::checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(tr("%1: unknown key \"%2\" (allowed: %3)").arg(where, it.key(), allowed.join(u", "_qs)));
    }
}

LocalizedText TemplateParser::parseLabels(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    checkKeys(o, {u"id"_qs, u"en"_qs}, where + u" labels"_qs);
    LocalizedText text{o.value(u"id").toString().trimmed(), o.value(u"en").toString().trimmed()};
    // Both languages are shipped; a missing one would show an empty column header.
    if (text.id.isEmpty() || text.en.isEmpty())
        fail(tr("%1: labels need both \"id\" and \"en\"").arg(where));
    return text;
}

QStringList TemplateParser::fieldList(const QJsonValue &value, const DatasetTemplate &tpl, const QString &where)
{
    QStringList names;
    if (value.isString()) {
        names.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString())
                fail(tr("%1: expected field names").arg(where));
            names.append(v.toString());
        }
    } else {
        fail(tr("%1: expected a field name or a list of field names").arg(where));
    }
    for (const QString &name : std::as_const(names)) {
        if (!tpl.field(name))
            fail(tr("%1 names unknown field \"%2\"").arg(where, name));
    }
    return names;
}

DatasetTemplate TemplateParser::parseTemplate(const QJsonObject &root)
{
    checkKeys(root,
              {u"id"_qs, u"version"_qs, u"labels"_qs, u"note"_qs, u"natural_key"_qs, u"fields"_qs,
               u"rules"_qs, u"indexes"_qs, u"period_field"_qs},
              tr("template"));
    DatasetTemplate tpl;
    tpl.m_source = m_source;
    tpl.m_id = root.value(u"id").toString();
    if (!kNameRe.match(tpl.m_id).hasMatch())
        fail(tr("\"id\" must be lower-case letters, digits and underscores, got \"%1\"").arg(tpl.m_id));
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1)
        fail(tr("\"version\" must be a positive integer"));
    tpl.m_version = version.toInt();
    tpl.m_labels = parseLabels(root.value(u"labels"), tr("template"));

    const QJsonArray fields = root.value(u"fields").toArray();
    if (fields.isEmpty())
        fail(tr("\"fields\" must be a non-empty list"));
    QSet<QString> seen;
    for (int i = 0; i < fields.size(); ++i) {
        if (!fields.at(i).isObject())
            fail(tr("field #%1 is not an object").arg(i + 1));
        for (FieldDef &f : parseField(fields.at(i).toObject(), i + 1)) {
            if (seen.contains(f.name))
                fail(tr("duplicate field \"%1\"").arg(f.name));
            seen.insert(f.name);
            tpl.m_fields.append(std::move(f));
        }
    }
    // Version fields must exist; checked after all fields are known because they may come later.
    for (const FieldDef &f : std::as_const(tpl.m_fields)) {
        if (!f.codeListVersionField.isEmpty() && !tpl.field(f.codeListVersionField))
            fail(tr("%1: \"code_list_version_field\" names unknown field \"%2\"")
                     .arg(fieldWhere(f.name), f.codeListVersionField));
    }

    if (!root.value(u"natural_key").isArray() || root.value(u"natural_key").toArray().isEmpty())
        fail(tr("\"natural_key\" must be a non-empty list of field names"));
    tpl.m_naturalKey = fieldList(root.value(u"natural_key"), tpl, tr("\"natural_key\""));
    for (const QString &name : std::as_const(tpl.m_naturalKey)) {
        // A record without its key cannot be upserted or matched; the template must make it required.
        if (!tpl.field(name)->required)
            fail(tr("natural key field \"%1\" must be required").arg(name));
    }

    tpl.m_periodField = parsePeriodField(root.value(u"period_field"), tpl);

    QSet<QString> ruleIds;
    for (const QJsonValue &v : root.value(u"rules").toArray()) {
        RuleDef rule = parseRule(v.toObject(), tpl);
        if (ruleIds.contains(rule.id))
            fail(tr("duplicate rule id \"%1\"").arg(rule.id));
        ruleIds.insert(rule.id);
        tpl.m_rules.append(std::move(rule));
    }
    for (const QJsonValue &v : root.value(u"indexes").toArray())
        tpl.m_indexes.append(fieldList(v, tpl, tr("an index")));
    return tpl;
}

QString TemplateParser::parsePeriodField(const QJsonValue &value, const DatasetTemplate &tpl)
{
    // Absent or null: the dataset's records belong to no reporting month (a register of employers), so
    // approving a month never locks them.
    if (value.isUndefined() || value.isNull())
        return {};
    const FieldDef *f = value.isString() ? tpl.field(value.toString()) : nullptr;
    if (!f)
        fail(tr("\"period_field\" must name a field of the template or be null"));
    // A date, or text written as year-month ("2025-06"); its first seven characters are the month.
    if (f->type != FieldType::Date && f->type != FieldType::Text)
        fail(tr("\"period_field\" \"%1\" must be a date or text field").arg(f->name));
    return f->name;
}

QList<FieldDef> TemplateParser::parseField(const QJsonObject &object, int position)
{
    const QString name = object.value(u"name").toString();
    if (!kNameRe.match(name).hasMatch())
        fail(tr("field #%1: \"name\" must be lower-case letters, digits and underscores, got \"%2\"")
                 .arg(position)
                 .arg(name));
    const QString where = fieldWhere(name);
    checkKeys(object,
              {u"name"_qs, u"type"_qs, u"required"_qs, u"pii"_qs, u"share"_qs, u"minimise_to"_qs,
               u"labels"_qs, u"note"_qs, u"pattern"_qs, u"min"_qs, u"max"_qs, u"min_length"_qs,
               u"max_length"_qs, u"code_list"_qs, u"code_list_version"_qs, u"code_list_version_field"_qs,
               u"repeat"_qs},
              where);

    FieldDef f;
    f.name = name;
    const QString typeName = object.value(u"type").toString();
    const auto type = fieldTypeFromName(typeName);
    if (!type)
        fail(tr("%1: unknown type \"%2\" (expected text, integer, decimal, date, bool, code, nik, phone or "
                "email)")
                 .arg(where, typeName));
    f.type = *type;
    f.required = object.value(u"required").toBool(false);
    // pii has no default on purpose: every field states whether it is personal data (UU 27/2022).
    if (!object.value(u"pii").isBool())
        fail(tr("%1: \"pii\" must be true or false").arg(where));
    f.pii = object.value(u"pii").toBool();
    f.labels = parseLabels(object.value(u"labels"), where);
    parseShare(f, object);

    if (object.contains(u"pattern")) {
        if (f.type == FieldType::Bool || f.type == FieldType::Date)
            fail(tr("%1: \"pattern\" is not allowed on a %2 field").arg(where, typeName));
        const QString source = object.value(u"pattern").toString();
        f.pattern = QRegularExpression(QRegularExpression::anchoredPattern(source));
        if (source.isEmpty() || !f.pattern.isValid())
            fail(tr("%1: invalid pattern \"%2\": %3").arg(where, source, f.pattern.errorString()));
    }
    parseRange(f, object);

    if (f.type == FieldType::Code) {
        f.codeList = object.value(u"code_list").toString();
        if (f.codeList.isEmpty())
            fail(tr("%1: a code field needs \"code_list\"").arg(where));
        f.codeListVersion = object.value(u"code_list_version").toString();
        f.codeListVersionField = object.value(u"code_list_version_field").toString();
        if (!f.codeListVersion.isEmpty() && !f.codeListVersionField.isEmpty())
            fail(tr("%1: give either \"code_list_version\" or \"code_list_version_field\", not both").arg(where));
    } else if (object.contains(u"code_list") || object.contains(u"code_list_version")
               || object.contains(u"code_list_version_field")) {
        fail(tr("%1: \"code_list\" is only allowed on code fields").arg(where));
    }

    if (!object.contains(u"repeat"))
        return {f};
    // Repeated slots (the AK/I report dates lapor_1..lapor_n): the count is data because regions differ.
    const int count = object.value(u"repeat").toInt(0);
    if (count < 1 || count > 12)
        fail(tr("%1: \"repeat\" must be between 1 and 12").arg(where));
    QList<FieldDef> copies;
    for (int i = 1; i <= count; ++i) {
        FieldDef copy = f;
        copy.name = u"%1_%2"_qs.arg(name).arg(i);
        for (QString *label : {&copy.labels.id, &copy.labels.en})
            *label = label->contains(u"%1") ? label->arg(i) : u"%1 %2"_qs.arg(*label).arg(i);
        copies.append(std::move(copy));
    }
    return copies;
}

void TemplateParser::parseShare(FieldDef &f, const QJsonObject &object)
{
    const QString where = fieldWhere(f.name);
    const QString shareName = object.value(u"share").toString();
    const auto share = sharePolicyFromName(shareName);
    if (!share)
        fail(tr("%1: \"share\" must be send, pseudonymise, minimise or withhold, got \"%2\"").arg(where, shareName));
    f.share = *share;
    f.minimiseTo = object.value(u"minimise_to").toString();
    if (f.share != SharePolicy::Minimise) {
        if (object.contains(u"minimise_to"))
            fail(tr("%1: \"minimise_to\" needs \"share\": \"minimise\"").arg(where));
        return;
    }
    if (f.minimiseTo.isEmpty() && f.type == FieldType::Date)
        f.minimiseTo = u"year"_qs;
    static const QRegularExpression prefixRe(u"^prefix:([1-9][0-9]?)$"_qs);
    const bool ok = (f.minimiseTo == u"year" && f.type == FieldType::Date) || prefixRe.match(f.minimiseTo).hasMatch();
    if (!ok)
        fail(tr("%1: \"minimise_to\" must be \"year\" (dates) or \"prefix:N\", got \"%2\"").arg(where, f.minimiseTo));
}

void TemplateParser::parseRange(FieldDef &f, const QJsonObject &object)
{
    const QString where = fieldWhere(f.name);
    const bool numeric = f.type == FieldType::Integer || f.type == FieldType::Decimal;
    for (const QString &key : {u"min"_qs, u"max"_qs}) {
        if (!object.contains(key))
            continue;
        const QJsonValue v = object.value(key);
        if (numeric) {
            if (!v.isDouble())
                fail(tr("%1: \"%2\" must be a number").arg(where, key));
            (key == u"min" ? f.minimum : f.maximum) = v.toDouble();
        } else if (f.type == FieldType::Date) {
            if (key == u"max" && v.toString() == u"today") {
                f.dateMaxToday = true;
                continue;
            }
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                fail(tr("%1: \"%2\" must be a yyyy-MM-dd date%3")
                         .arg(where, key, key == u"max" ? tr(" or \"today\"") : QString()));
            (key == u"min" ? f.minDate : f.maxDate) = d;
        } else {
            fail(tr("%1: \"%2\" is only allowed on integer, decimal and date fields").arg(where, key));
        }
    }
    if (f.minimum && f.maximum && *f.minimum > *f.maximum)
        fail(tr("%1: \"min\" is greater than \"max\"").arg(where));
    if (f.minDate && f.maxDate && *f.minDate > *f.maxDate)
        fail(tr("%1: \"min\" is later than \"max\"").arg(where));

    for (const QString &key : {u"min_length"_qs, u"max_length"_qs}) {
        if (!object.contains(key))
            continue;
        if (f.type != FieldType::Text)
            fail(tr("%1: \"%2\" is only allowed on text fields").arg(where, key));
        const int n = object.value(key).toInt(-1);
        if (n < 0)
            fail(tr("%1: \"%2\" must be a non-negative integer").arg(where, key));
        (key == u"min_length" ? f.minLength : f.maxLength) = n;
    }
    if (f.minLength && f.maxLength && *f.minLength > *f.maxLength)
        fail(tr("%1: \"min_length\" is greater than \"max_length\"").arg(where));
}

RuleDef TemplateParser::parseRule(const QJsonObject &object, const DatasetTemplate &tpl)
{
    RuleDef rule;
    rule.id = object.value(u"id").toString();
    if (!kNameRe.match(rule.id).hasMatch())
        fail(tr("every rule needs an \"id\" of lower-case letters, digits and underscores"));
    const QString where = tr("rule \"%1\"").arg(rule.id);
    checkKeys(object, {u"id"_qs, u"kind"_qs, u"params"_qs, u"note"_qs}, where);
    rule.kind = object.value(u"kind").toString();
    const RuleKind *kind = m_rules.find(rule.kind);
    if (!kind)
        fail(tr("%1: unknown rule kind \"%2\" (known: %3)").arg(where, rule.kind, m_rules.names().join(u", "_qs)));
    rule.params = object.value(u"params").toObject();
    for (const QString &p : kind->requiredParams()) {
        if (!rule.params.contains(p))
            fail(tr("%1 (%2): missing parameter \"%3\"").arg(where, rule.kind, p));
    }
    const QStringList known = kind->requiredParams() + kind->optionalParams();
    for (auto it = rule.params.begin(); it != rule.params.end(); ++it) {
        if (!known.contains(it.key()))
            fail(tr("%1 (%2): unknown parameter \"%3\"").arg(where, rule.kind, it.key()));
    }
    for (const QString &p : kind->fieldParams()) {
        if (rule.params.contains(p))
            fieldList(rule.params.value(p), tpl, tr("%1 parameter \"%2\"").arg(where, p));
    }
    const QString problem = kind->paramProblem(rule, tpl);
    if (!problem.isEmpty())
        fail(tr("%1 (%2): %3").arg(where, rule.kind, problem));
    return rule;
}

} // namespace sinergi
