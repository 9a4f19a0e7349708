#pragma once

#include <QString>

class QWidget;

namespace sinergi {

// File and folder pickers behind an interface, for the same reason as MessageBoxes: tests script them.
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // Empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter) = 0;
    virtual QString existingDirectory(QWidget *parent, const QString &title, const QString &startDir) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &startDir,
                                 const QString &filter) = 0;

    static FileDialogs &instance();
    // Does not take ownership; nullptr restores the default.
    static void setInstance(FileDialogs *dialogs);
};

} // namespace sinergi
