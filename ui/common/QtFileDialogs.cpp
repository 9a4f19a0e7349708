#include "QtFileDialogs.h"

#include <QFileDialog>

namespace sinergi {

QString QtFileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString QtFileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &startDir)
{
    return QFileDialog::getExistingDirectory(parent, title, startDir);
}

QString QtFileDialogs::openFileName(QWidget *parent, const QString &title, const QString &startDir,
                                    const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, startDir, filter);
}

} // namespace sinergi
