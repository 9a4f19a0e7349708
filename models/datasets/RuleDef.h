#pragma once

#include <QJsonObject>
#include <QString>

namespace sinergi {

// A rule as a template states it: a stable id (for grouping problems), the C++ rule kind that implements
// it, and that kind's parameters. TemplateParser has checked the parameters against the kind's spec.
struct RuleDef
{
    QString id;
    QString kind;
    QJsonObject params;

    QString param(const QString &key) const { return params.value(key).toString(); }
};

} // namespace sinergi
