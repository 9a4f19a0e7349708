#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinergi {

// The file an export is being written to: a temporary file beside the target, renamed over the target only
// when every byte is written and synced. A full disk, a cancel or a crash therefore never leaves a half
// file under the name the user chose (at most a hidden ".part" file, which the destructor removes).
//
// AtomicFile (models/common) does the same for small files held in memory; an export of a million rows
// is streamed, and libxlsxwriter insists on writing to a path itself, so this hands out the temporary
// path instead of taking the bytes.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ExportFile)
public:
    // Throws Error(ReadOnly) when the folder cannot be written.
    explicit ExportFile(const QString &target);
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    const QString &tempPath() const { return m_temp; }
    const QString &target() const { return m_target; }
    // Syncs the temporary file and renames it over the target. Throws DiskFull / Io.
    void commit();

private:
    QString m_target;
    QString m_temp;
    bool m_committed = false;
};

} // namespace sinergi
