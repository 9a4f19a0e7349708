#include "AuditActions.h"

#include <QHash>

namespace sinergi {

QString AuditActions::describe(const QString &action)
{
    // Built per call so the texts follow the current language.
    const QHash<QString, QString> known = {
        {u"store.create"_qs, tr("Store created")},
        {u"login.success"_qs, tr("Logged in")},
        {u"login.failure"_qs, tr("Failed log-in")},
        {u"session.lock"_qs, tr("Locked after inactivity")},
        {u"session.unlock"_qs, tr("Unlocked")},
        {u"session.logout"_qs, tr("Logged out")},
        {u"recovery.used"_qs, tr("Recovery code used")},
        {u"user.create"_qs, tr("User created")},
        {u"user.disable"_qs, tr("User disabled")},
        {u"user.enable"_qs, tr("User enabled")},
        {u"user.role"_qs, tr("Role changed")},
        {u"user.password_reset"_qs, tr("Password reset")},
        {u"user.password_change"_qs, tr("Own password changed")},
        {u"settings.change"_qs, tr("Setting changed")},
        {u"keys.recovery_created"_qs, tr("Recovery code created")},
        {u"keys.recovery_regenerated"_qs, tr("New recovery code created")},
        {u"keys.rotate"_qs, tr("Data key rotated")},
    };
    return known.value(action, action);
}

QList<QPair<QString, QString>> AuditActions::filterPrefixes()
{
    return {
        {tr("All actions"), QString()},
        {tr("Log-ins"), u"login."_qs},
        {tr("Lock and unlock"), u"session."_qs},
        {tr("Users"), u"user."_qs},
        {tr("Keys"), u"keys."_qs},
        {tr("Settings"), u"settings."_qs},
        {tr("Recovery"), u"recovery."_qs},
        {tr("Store"), u"store."_qs},
    };
}

} // namespace sinergi
