#include "CommandContext.h"

#include "CliFailure.h"

#include "common/Error.h"

#include <QDir>
#include <QStandardPaths>

namespace sinergi::cli {

CommandContext::CommandContext(const QCommandLineParser &parser, bool verbose)
    : m_parser(parser), m_arguments(parser.positionalArguments()), m_verbose(verbose),
      m_passwords(parser.optionNames().contains(u"password-stdin"_qs))
{
}

QString CommandContext::defaultStoreDir()
{
    return StoreLocation::defaultDir();
}

QString CommandContext::storeNotFoundMessage(const StoreLocation &where)
{
    return tr("No Sinergi store was found in %1. Give the store folder with --store DIR (or set "
              "SINERGI_STORE), or create one with 'sinergi-cli init'.")
        .arg(QDir::toNativeSeparators(where.dir));
}

StoreLocation CommandContext::store() const
{
    const QString dir = m_parser.isSet(u"store"_qs) ? m_parser.value(u"store"_qs) : defaultStoreDir();
    if (dir.isEmpty())
        throw CliFailure(ExitUsage, tr("No store location: give --store DIR or set SINERGI_STORE."));
    return StoreLocation{QDir::cleanPath(QDir(dir).absolutePath())};
}

QString CommandContext::actingUser() const
{
    QString user =
        m_parser.isSet(u"user"_qs) ? m_parser.value(u"user"_qs) : qEnvironmentVariable("SINERGI_USER");
    if (user.trimmed().isEmpty())
        throw CliFailure(ExitUsage, tr("Who is acting? Give --user USER (or set SINERGI_USER)."));
    return user.trimmed();
}

std::unique_ptr<Session> CommandContext::login(QString *typedPassword)
{
    const StoreLocation where = store();
    if (!where.storeExists())
        throw CliFailure(ExitStore, storeNotFoundMessage(where));
    const QString user = actingUser();
    const QString password = m_passwords.askExisting(tr("Password for %1:").arg(user));
    auto session = Session::login(where, user, password);
    if (typedPassword)
        *typedPassword = password;
    return session;
}

} // namespace sinergi::cli
