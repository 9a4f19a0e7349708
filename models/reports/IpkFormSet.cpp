#include "IpkFormSet.h"

#include "common/Error.h"
#include "datasets/CodeList.h"
#include "datasets/CodeListRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

namespace {

struct Context
{
    const QString &source;
    QString formId;

    [[noreturn]] void fail(const QString &what) const
    {
        throw Error(ErrorCode::InvalidArgument,
                    IpkFormSet::tr("IPK form file %1, form “%2”: %3").arg(source, formId, what));
    }
};

LocalizedText localized(const QJsonValue &value, const Context &ctx, const char *key)
{
    const QJsonObject o = value.toObject();
    LocalizedText t{o.value(u"id"_qs).toString(), o.value(u"en"_qs).toString()};
    if (t.id.isEmpty())
        ctx.fail(IpkFormSet::tr("“%1” needs an Indonesian text (“id”).").arg(QString::fromLatin1(key)));
    return t;
}

IpkSubject subjectOf(const QString &s, const Context &ctx)
{
    if (s == u"job_seekers")
        return IpkSubject::JobSeekers;
    if (s == u"vacancies")
        return IpkSubject::Vacancies;
    if (s == u"placements")
        return IpkSubject::Placements;
    ctx.fail(IpkFormSet::tr("unknown subject “%1” (job_seekers, vacancies or placements).").arg(s));
}

IpkDimension dimensionOf(const QString &s, const Context &ctx)
{
    if (s == u"total")
        return IpkDimension::Total;
    if (s == u"age")
        return IpkDimension::Age;
    if (s == u"education")
        return IpkDimension::Education;
    if (s == u"kbji")
        return IpkDimension::Kbji;
    if (s == u"kbli")
        return IpkDimension::Kbli;
    ctx.fail(IpkFormSet::tr("unknown row dimension “%1”.").arg(s));
}

QList<IpkRowGroup> rowsFromCodeList(const CodeListRegistry &codeLists, const QString &listId,
                                    const QString &kbliVersion, const Context &ctx)
{
    const CodeList *list = codeLists.find(listId, kbliVersion);
    if (!list)
        ctx.fail(IpkFormSet::tr("code list “%1” %2 does not exist.").arg(listId, kbliVersion));
    QList<IpkRowGroup> rows;
    for (const CodeList::Entry &e : list->entries()) {
        IpkRowGroup g;
        g.code = e.code;
        g.kbliVersion = kbliVersion;
        const QString suffix = kbliVersion.isEmpty() ? QString() : u" (KBLI "_qs + kbliVersion + u')';
        g.label = {e.code + u" — "_qs + e.label.text(u"id"_qs) + suffix,
                   e.code + u" — "_qs + e.label.text(u"en"_qs) + suffix};
        rows << g;
    }
    return rows;
}

IpkRowGroup groupFromJson(const QJsonObject &o, IpkDimension by, const Context &ctx)
{
    IpkRowGroup g;
    g.label = localized(o.value(u"label"_qs), ctx, "label");
    switch (by) {
    case IpkDimension::Total:
        break;
    case IpkDimension::Age:
        g.minAge = o.value(u"min"_qs).toInt(-1);
        g.maxAge = o.value(u"max"_qs).toInt(-1);
        if (g.minAge < 0 || (g.maxAge >= 0 && g.maxAge < g.minAge))
            ctx.fail(IpkFormSet::tr("age group “%1” needs min ≤ max.").arg(g.label.id));
        break;
    case IpkDimension::Education:
        for (const QJsonValue &p : o.value(u"prefixes"_qs).toArray())
            g.prefixes << p.toString();
        if (g.prefixes.isEmpty() || g.prefixes.contains(QString()))
            ctx.fail(IpkFormSet::tr("education row “%1” needs code prefixes.").arg(g.label.id));
        break;
    case IpkDimension::Kbji:
    case IpkDimension::Kbli:
        g.code = o.value(u"code"_qs).toString();
        g.kbliVersion = o.value(u"kbli_version"_qs).toString();
        if (g.code.isEmpty() || (by == IpkDimension::Kbli && g.kbliVersion.isEmpty()))
            ctx.fail(IpkFormSet::tr("row “%1” needs a code (and for KBLI its version).").arg(g.label.id));
        break;
    }
    return g;
}

} // namespace

IpkFormSet IpkFormSet::fromJson(const QByteArray &json, const QString &sourceName,
                                const CodeListRegistry &codeLists)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Context ctx{sourceName, {}};
    if (doc.isNull())
        ctx.fail(tr("not valid JSON (%1).").arg(parseError.errorString()));
    const QJsonArray forms = doc.object().value(u"forms"_qs).toArray();
    if (forms.isEmpty())
        ctx.fail(tr("the file has no forms."));
    IpkFormSet set;
    for (const QJsonValue &v : forms) {
        const QJsonObject o = v.toObject();
        IpkForm f;
        f.id = o.value(u"id"_qs).toString();
        ctx.formId = f.id;
        if (f.id.isEmpty())
            ctx.fail(tr("a form has no id."));
        if (set.form(f.id))
            ctx.fail(tr("the id is used twice."));
        f.title = localized(o.value(u"title"_qs), ctx, "title");
        f.subject = subjectOf(o.value(u"subject"_qs).toString(), ctx);
        const QJsonObject rows = o.value(u"rows"_qs).toObject();
        f.by = dimensionOf(rows.value(u"by"_qs).toString(), ctx);
        if (rows.contains(u"code_list"_qs)) {
            const QString list = rows.value(u"code_list"_qs).toString();
            if (f.by == IpkDimension::Kbli) { // one block of rows per classification version
                for (const QJsonValue &version : rows.value(u"versions"_qs).toArray())
                    f.rows += rowsFromCodeList(codeLists, list, version.toString(), ctx);
            } else {
                f.rows = rowsFromCodeList(codeLists, list, {}, ctx);
            }
        } else {
            for (const QJsonValue &g : rows.value(u"groups"_qs).toArray())
                f.rows << groupFromJson(g.toObject(), f.by, ctx);
        }
        if (f.rows.isEmpty())
            ctx.fail(tr("the form has no rows."));
        if (f.subject == IpkSubject::Placements && f.by != IpkDimension::Education &&
            f.by != IpkDimension::Total)
            ctx.fail(tr("placements can only be broken down by education or shown as a total."));
        if (f.subject == IpkSubject::Vacancies && f.by == IpkDimension::Age)
            ctx.fail(tr("vacancies have an age range, not an age; they cannot be broken down by age group."));
        if (f.subject != IpkSubject::Vacancies && f.by == IpkDimension::Kbli)
            ctx.fail(tr("only vacancies carry a KBLI section."));
        set.m_forms << f;
    }
    return set;
}

IpkFormSet IpkFormSet::loadDefault(const CodeListRegistry &codeLists)
{
    QFile file(u":/reports/ipk_forms.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Internal, tr("The built-in IPK form set is missing."));
    return fromJson(file.readAll(), file.fileName(), codeLists);
}

const IpkForm *IpkFormSet::form(const QString &id) const
{
    for (const IpkForm &f : m_forms)
        if (f.id == id)
            return &f;
    return nullptr;
}

} // namespace sinergi
