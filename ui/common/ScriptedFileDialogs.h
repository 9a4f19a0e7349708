#pragma once

#include "FileDialogs.h"

#include <QStringList>

namespace sinergi {

// For tests: answers pickers from a queue (empty = cancelled) and counts the calls. Installs itself for
// its lifetime.
class ScriptedFileDialogs : public FileDialogs
{
public:
    ScriptedFileDialogs();
    ~ScriptedFileDialogs() override;

    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    QString existingDirectory(QWidget *parent, const QString &title, const QString &startDir) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &startDir,
                         const QString &filter) override;

    void queuePath(const QString &path) { m_paths.append(path); }
    int calls() const { return m_calls; }

private:
    QString next();

    QStringList m_paths;
    int m_calls = 0;
};

} // namespace sinergi
