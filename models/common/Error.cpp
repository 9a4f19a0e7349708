#include "Error.h"

namespace sinergi {

Error::Error(ErrorCode code, QString detail)
    : m_code(code), m_detail(std::move(detail)), m_what((codeName(code) + u": "_qs + m_detail).toUtf8())
{
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword: return u"WrongPassword"_qs;
    case ErrorCode::WrongRecoveryCode: return u"WrongRecoveryCode"_qs;
    case ErrorCode::WrongKey: return u"WrongKey"_qs;
    case ErrorCode::NotAStore: return u"NotAStore"_qs;
    case ErrorCode::Corrupted: return u"Corrupted"_qs;
    case ErrorCode::SlotFileCorrupt: return u"SlotFileCorrupt"_qs;
    case ErrorCode::SlotFileTampered: return u"SlotFileTampered"_qs;
    case ErrorCode::Locked: return u"Locked"_qs;
    case ErrorCode::DiskFull: return u"DiskFull"_qs;
    case ErrorCode::ReadOnly: return u"ReadOnly"_qs;
    case ErrorCode::NotFound: return u"NotFound"_qs;
    case ErrorCode::AlreadyExists: return u"AlreadyExists"_qs;
    case ErrorCode::Unsupported: return u"Unsupported"_qs;
    case ErrorCode::AccountLocked: return u"AccountLocked"_qs;
    case ErrorCode::AccountDisabled: return u"AccountDisabled"_qs;
    case ErrorCode::PermissionDenied: return u"PermissionDenied"_qs;
    case ErrorCode::PolicyViolation: return u"PolicyViolation"_qs;
    case ErrorCode::InvalidArgument: return u"InvalidArgument"_qs;
    case ErrorCode::Conflict: return u"Conflict"_qs;
    case ErrorCode::Io: return u"Io"_qs;
    case ErrorCode::Internal: return u"Internal"_qs;
    }
    return u"Unknown"_qs;
}

QString Error::userMessage() const
{
    switch (m_code) {
    case ErrorCode::WrongPassword:
        return tr("The user name or password is wrong. Check Caps Lock and try again.");
    case ErrorCode::WrongRecoveryCode:
        return tr("The recovery code is wrong. Type it exactly as it was written down, group by group.");
    case ErrorCode::WrongKey:
        return tr("The store could not be opened with this key. Your data has not been changed.");
    case ErrorCode::NotAStore:
        return tr("This file is not a Sinergi store. Choose the store file (sinergi.db) that was created "
                  "by Sinergi.");
    case ErrorCode::Corrupted:
        return tr("The store is damaged or has been modified outside Sinergi. Nothing was written. "
                  "Restore it from a backup and contact your administrator.");
    case ErrorCode::SlotFileCorrupt:
        return tr("The key file (sinergi.keys) is damaged or was edited. Restore it from a backup; "
                  "nothing was changed.");
    case ErrorCode::SlotFileTampered:
        return tr("The key file (sinergi.keys) was modified outside Sinergi and is not trusted. Restore "
                  "it from a backup and report this to your administrator.");
    case ErrorCode::Locked:
        return tr("The store is in use by another Sinergi window or program. Close it and try again.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Nothing was lost: the last change was not saved. Free some space "
                  "and try again.");
    case ErrorCode::ReadOnly:
        return tr("Sinergi cannot write to this location. Choose a folder you can write to, or ask your "
                  "administrator for access.");
    case ErrorCode::NotFound:
        return tr("The store was not found at this location. Check the store location in the settings.");
    case ErrorCode::AlreadyExists:
        return tr("A store already exists at this location. Choose another folder or open the existing "
                  "store.");
    case ErrorCode::Unsupported:
        return tr("This store or library version is not supported by this version of Sinergi. Update "
                  "Sinergi.");
    case ErrorCode::AccountLocked:
        return tr("Too many failed log-ins. This account is locked for a few minutes; try again later.");
    case ErrorCode::AccountDisabled:
        return tr("This account is disabled. Ask an administrator to enable it.");
    case ErrorCode::PermissionDenied:
        return tr("Your role does not allow this action.");
    case ErrorCode::PolicyViolation:
    case ErrorCode::InvalidArgument:
        return m_detail;
    case ErrorCode::Conflict:
        return tr("This change conflicts with an existing record, or the record was changed meanwhile. "
                  "Reload and try again.");
    case ErrorCode::Io:
        return tr("A file could not be read or written. Nothing was changed. Details: %1").arg(m_detail);
    case ErrorCode::Internal:
        return tr("An unexpected error occurred. Nothing was saved. Details: %1").arg(m_detail);
    }
    return m_detail;
}

} // namespace sinergi
