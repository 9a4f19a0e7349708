#include "CliFailure.h"
#include "CommandContext.h"
#include "Commands.h"
#include "Console.h"
#include "RecoveryCodeNotice.h"

#include "accounts/PasswordPolicy.h"
#include "common/Error.h"
#include "datasets/RegionCatalog.h"
#include "session/Session.h"

#include <QDir>

namespace sinergi::cli {

namespace {
class InitGroup
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::InitCommands)
public:
    static QString requiredAdmin(const CommandContext &context)
    {
        const QString admin = context.value(u"admin"_qs).trimmed();
        if (admin.isEmpty())
            throw CliFailure(ExitUsage, tr("Give the administrator's user name with --admin USER."));
        return admin;
    }

    static int init(CommandContext &context)
    {
        const StoreLocation where = context.store();
        const QString admin = requiredAdmin(context);
        // Refuse before asking for passwords: typing them twice only to hear "exists" is annoying.
        if (where.storeExists())
            throw Error(ErrorCode::AlreadyExists, where.storePath());
        const QString displayName = context.isSet(u"name"_qs) ? context.value(u"name"_qs) : admin;
        // The regency the office serves, as the first-run wizard asks: it drives the kecamatan pickers, the
        // NIK prefix check, the reports' title and the SMData batches. Checked before any password prompt.
        QString regency;
        if (context.isSet(u"regency"_qs)) {
            const std::optional<RegionCatalog::Region> region =
                RegionCatalog::loadEmbedded().find(context.value(u"regency"_qs).trimmed());
            if (!region || region->level != RegionCatalog::Level::Regency)
                throw CliFailure(ExitUsage, tr("“%1” is not a regency or city code of the region list "
                                               "(for example 33.73).")
                                                .arg(context.value(u"regency"_qs)));
            regency = region->code;
        }

        const QString password =
            context.passwords().askNew(tr("New password for administrator %1:").arg(admin), true);
        // Checked here as well as in the core so a weak password never leaves a half-made folder behind.
        PasswordPolicy::enforce(admin, password);
        if (!QDir().mkpath(where.dir))
            throw Error(ErrorCode::ReadOnly, where.dir);
        const Session::Created created = Session::initialize(where, admin, displayName, password);
        if (!regency.isEmpty())
            created.session->setSetting(u"office.regency"_qs, regency);

        Console::outLine(tr("Store created in %1. Administrator: %2.").arg(where.dir, admin));
        RecoveryCodeNotice::print(created.recoveryCode);
        return ExitOk;
    }

    static int recover(CommandContext &context)
    {
        const StoreLocation where = context.store();
        const QString admin = requiredAdmin(context);
        if (!where.storeExists())
            throw CliFailure(ExitStore, CommandContext::storeNotFoundMessage(where));

        const QString code = context.passwords().askExisting(tr("Recovery code:"));
        const QString password = context.passwords().askNew(tr("New password for %1:").arg(admin));
        Session::recover(where, code, admin, password);

        Console::outLine(tr("The password of %1 was replaced and the account is enabled. If the recovery "
                            "code may have been seen by others, make a new one with "
                            "'sinergi-cli key recovery-code'.")
                             .arg(admin));
        return ExitOk;
    }

    static QList<Command> all()
    {
        Command init;
        init.words = {u"init"_qs};
        init.arguments = u"--admin USER"_qs;
        init.summary = tr("Create a new store with its first administrator; prints the recovery code once");
        init.needs = Command::Needs::Store;
        init.options = {{u"admin"_qs, u"USER"_qs, tr("User name of the first administrator (required)")},
                        {u"name"_qs, u"NAME"_qs, tr("Display name of the administrator")},
                        {u"regency"_qs, u"CODE"_qs,
                         tr("Kemendagri code of the regency or city the office serves, e.g. 33.73")}};
        init.run = &InitGroup::init;

        Command recover;
        recover.words = {u"recover"_qs};
        recover.arguments = u"--admin USER"_qs;
        recover.summary = tr("Set a new password for an administrator using the recovery code");
        recover.needs = Command::Needs::Store;
        recover.options = {{u"admin"_qs, u"USER"_qs, tr("The administrator whose password is replaced")}};
        recover.run = &InitGroup::recover;

        return {init, recover};
    }
};
} // namespace

QList<Command> initCommands()
{
    return InitGroup::all();
}

} // namespace sinergi::cli
