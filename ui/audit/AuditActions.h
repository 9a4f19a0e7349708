#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sinergi {

// Human wording for the dotted audit action ids the core writes ("user.create" -> "User created").
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::AuditActions)
public:
    // The translated description, or the id itself for actions this version does not know.
    static QString describe(const QString &action);
    // (translated label, prefix) pairs for the action filter; the first is "all" with an empty prefix.
    static QList<QPair<QString, QString>> filterPrefixes();
};

} // namespace sinergi
