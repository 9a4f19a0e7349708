#include "Role.h"

#include <array>
#include <cstdint>
#include <initializer_list>

namespace sinergi {

namespace {

constexpr int kPermissionCount = static_cast<int>(Permission::SubmitBatches) + 1;

// One bit per Permission, so the table below reads like the matrix in DESIGN.md.
using PermissionSet = std::uint32_t;
static_assert(kPermissionCount <= 32, "PermissionSet needs more bits");

constexpr PermissionSet setOf(std::initializer_list<Permission> permissions)
{
    PermissionSet set = 0;
    for (Permission p : permissions)
        set |= PermissionSet{1} << static_cast<int>(p);
    return set;
}

constexpr PermissionSet kAll = (PermissionSet{1} << kPermissionCount) - 1;

struct RoleRow
{
    Role role;
    const char16_t *id;
    PermissionSet permissions;
};

// THE role -> permission table. Every permission check in the program ends here, and
// tst_permissions asserts the complete matrix, so a change here is always a deliberate one.
constexpr std::array<RoleRow, 4> kRoles{{
    {Role::Admin, u"admin", kAll},
    {Role::Walidata, u"walidata",
     setOf({Permission::ViewAudit, Permission::ViewDashboards, Permission::ViewRecords,
            Permission::EditRecords, Permission::ImportRecords, Permission::ExportRecords,
            Permission::ViewPii, Permission::ExportPii, Permission::ApprovePeriod,
            Permission::SubmitBatches})},
    {Role::Operator, u"operator",
     setOf({Permission::ViewDashboards, Permission::ViewRecords, Permission::EditRecords,
            Permission::ImportRecords, Permission::ExportRecords, Permission::ViewPii})},
    {Role::Viewer, u"viewer", setOf({Permission::ViewDashboards, Permission::ViewRecords})},
}};

const RoleRow *rowOf(Role role)
{
    for (const RoleRow &row : kRoles) {
        if (row.role == role)
            return &row;
    }
    return nullptr;
}

} // namespace

bool roleHas(Role role, Permission permission)
{
    const int bit = static_cast<int>(permission);
    if (bit < 0 || bit >= kPermissionCount)
        return false;
    const RoleRow *row = rowOf(role);
    // An unknown role value (a cast from bad data) gets nothing: deny by default.
    return row && (row->permissions & (PermissionSet{1} << bit)) != 0;
}

QList<Permission> allPermissions()
{
    QList<Permission> result;
    result.reserve(kPermissionCount);
    for (int i = 0; i < kPermissionCount; ++i)
        result.append(static_cast<Permission>(i));
    return result;
}

QList<Role> allRoles()
{
    QList<Role> result;
    for (const RoleRow &row : kRoles)
        result.append(row.role);
    return result;
}

QString roleId(Role role)
{
    const RoleRow *row = rowOf(role);
    return row ? QString::fromUtf16(row->id) : QString();
}

std::optional<Role> roleFromId(const QString &id)
{
    // Exact match only: ids are written by us, so anything else is damaged data, not a spelling variant.
    for (const RoleRow &row : kRoles) {
        if (id == QStringView(row.id))
            return row.role;
    }
    return std::nullopt;
}

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return u"manage-users"_qs;
    case Permission::ManageKeys:
        return u"manage-keys"_qs;
    case Permission::ManageSettings:
        return u"manage-settings"_qs;
    case Permission::ManageReferenceData:
        return u"manage-reference-data"_qs;
    case Permission::ViewAudit:
        return u"view-audit"_qs;
    case Permission::ViewDashboards:
        return u"view-dashboards"_qs;
    case Permission::ViewRecords:
        return u"view-records"_qs;
    case Permission::EditRecords:
        return u"edit-records"_qs;
    case Permission::ImportRecords:
        return u"import-records"_qs;
    case Permission::ExportRecords:
        return u"export-records"_qs;
    case Permission::ViewPii:
        return u"view-pii"_qs;
    case Permission::ExportPii:
        return u"export-pii"_qs;
    case Permission::ApprovePeriod:
        return u"approve-period"_qs;
    case Permission::SubmitBatches:
        return u"submit-batches"_qs;
    }
    return {};
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Walidata:
        return tr("Data steward (Walidata)");
    case Role::Operator:
        return tr("Operator");
    case Role::Viewer:
        return tr("Viewer");
    }
    return {};
}

QString RoleNames::description(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Everything, including users, key slots, settings and reference data.");
    case Role::Walidata:
        return tr("Reviews and reconciles records, approves reporting periods, builds and submits batches "
                  "to SMData, sees personal data and the audit log.");
    case Role::Operator:
        return tr("Creates, edits, imports and exports records and sees the personal data of the records "
                  "they handle.");
    case Role::Viewer:
        return tr("Dashboards, reports and records with personal data masked.");
    }
    return {};
}

} // namespace sinergi
