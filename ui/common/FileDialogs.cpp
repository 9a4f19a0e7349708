#include "FileDialogs.h"

#include "QtFileDialogs.h"

namespace sinergi {

namespace {
FileDialogs *g_override = nullptr;
}

FileDialogs &FileDialogs::instance()
{
    static QtFileDialogs defaultDialogs;
    return g_override ? *g_override : defaultDialogs;
}

void FileDialogs::setInstance(FileDialogs *dialogs)
{
    g_override = dialogs;
}

} // namespace sinergi
