#include "ScriptedFileDialogs.h"

namespace sinergi {

ScriptedFileDialogs::ScriptedFileDialogs()
{
    FileDialogs::setInstance(this);
}

ScriptedFileDialogs::~ScriptedFileDialogs()
{
    FileDialogs::setInstance(nullptr);
}

QString ScriptedFileDialogs::saveFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return next();
}

QString ScriptedFileDialogs::existingDirectory(QWidget *, const QString &, const QString &)
{
    return next();
}

QString ScriptedFileDialogs::openFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return next();
}

QString ScriptedFileDialogs::next()
{
    ++m_calls;
    return m_paths.isEmpty() ? QString() : m_paths.takeFirst();
}

} // namespace sinergi
