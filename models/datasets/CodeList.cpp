#include "CodeList.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sinergi {

namespace {

bool onlyKeys(const QJsonObject &o, const QStringList &allowed, QString *unknown)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

} // namespace

CodeList CodeList::fromJson(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&](const QString &message) {
        throw Error(ErrorCode::InvalidArgument, tr("Code list %1: %2").arg(sourceName, message));
    };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        fail(tr("not a valid JSON object (%1)").arg(err.errorString()));
    const QJsonObject root = doc.object();
    QString unknown;
    if (!onlyKeys(root, {u"id"_qs, u"version"_qs, u"labels"_qs, u"source"_qs, u"note"_qs, u"entries"_qs}, &unknown))
        fail(tr("unknown key \"%1\"").arg(unknown));

    CodeList list;
    list.m_id = root.value(u"id").toString();
    static const QRegularExpression idRe(u"^[a-z][a-z0-9_]*$"_qs);
    if (!idRe.match(list.m_id).hasMatch())
        fail(tr("\"id\" must be lower-case letters, digits and underscores"));
    // A string, so editions like "2020" and "2025" or "1.1" sort and compare the same way everywhere.
    if (!root.value(u"version").isString() || root.value(u"version").toString().isEmpty())
        fail(tr("\"version\" must be a non-empty string"));
    list.m_version = root.value(u"version").toString();
    const QJsonObject labels = root.value(u"labels").toObject();
    list.m_labels = {labels.value(u"id").toString(), labels.value(u"en").toString()};
    if (list.m_labels.id.isEmpty() || list.m_labels.en.isEmpty())
        fail(tr("labels need both \"id\" and \"en\""));
    list.m_sourceNote = root.value(u"source").toString();
    if (list.m_sourceNote.isEmpty())
        fail(tr("\"source\" must say where the codes come from"));

    const QJsonArray entries = root.value(u"entries").toArray();
    if (entries.isEmpty())
        fail(tr("\"entries\" must be a non-empty list"));
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(u"code").toString();
        if (code.isEmpty() || code.trimmed() != code)
            fail(tr("entry #%1: \"code\" must be a non-empty string without spaces around it")
                     .arg(list.m_entries.size() + 1));
        if (!onlyKeys(o, {u"code"_qs, u"label_id"_qs, u"label_en"_qs, u"note"_qs}, &unknown))
            fail(tr("code \"%1\": unknown key \"%2\"").arg(code, unknown));
        if (list.m_index.contains(code))
            fail(tr("duplicate code \"%1\"").arg(code));
        Entry entry{code, {o.value(u"label_id").toString(), o.value(u"label_en").toString()}};
        if (entry.label.id.isEmpty() || entry.label.en.isEmpty())
            fail(tr("code \"%1\": needs \"label_id\" and \"label_en\"").arg(code));
        list.m_index.insert(code, list.m_entries.size());
        list.m_entries.append(std::move(entry));
    }
    return list;
}

QString CodeList::label(const QString &code, const QString &language) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? QString() : m_entries.at(*it).label.text(language);
}

} // namespace sinergi
