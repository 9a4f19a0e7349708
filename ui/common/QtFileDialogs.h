#pragma once

#include "FileDialogs.h"

namespace sinergi {

class QtFileDialogs : public FileDialogs
{
public:
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    QString existingDirectory(QWidget *parent, const QString &title, const QString &startDir) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &startDir,
                         const QString &filter) override;
};

} // namespace sinergi
