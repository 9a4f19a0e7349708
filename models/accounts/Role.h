#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sinergi {

enum class Role { Admin, Walidata, Operator, Viewer };

// Everything an action can require. Each action in the program checks exactly one of these.
enum class Permission {
    ManageUsers,         // create, disable, reset, change role
    ManageKeys,          // key slots, recovery code, data-key rotation
    ManageSettings,      // store-wide settings (idle lock, ...)
    ManageReferenceData, // code lists, regions
    ViewAudit,           // read and verify the audit log
    ViewDashboards,      // dashboards and IPK reports
    ViewRecords,         // browse records (PII masked unless ViewPii)
    EditRecords,         // create / edit / delete records
    ImportRecords,       // CSV / XLSX import
    ExportRecords,       // export without PII
    ViewPii,             // unmasked NIK and other personal data (each view is logged)
    ExportPii,           // export including personal data
    ApprovePeriod,       // approve / reopen a reporting period
    SubmitBatches        // build and send SMData batches
};

// The single role -> permission table (see Permissions.cpp); tests cover the whole matrix.
bool roleHas(Role role, Permission permission);
QList<Permission> allPermissions();
QList<Role> allRoles();

// Stable ids stored in the database ("admin", "walidata", "operator", "viewer").
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
QString permissionId(Permission permission);

// Translated names for the UI.
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RoleNames)
public:
    static QString displayName(Role role);
    static QString description(Role role);
};

} // namespace sinergi
