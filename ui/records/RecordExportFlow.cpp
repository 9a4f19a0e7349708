#include "RecordExportFlow.h"

#include "ExportPiiDialog.h"
#include "RecordsContext.h"
#include "common/Background.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "datasets/TemplateRegistry.h"
#include "exporting/ExportColumns.h"
#include "exporting/RecordExporter.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

#include <atomic>
#include <memory>

namespace sinergi {

namespace {

std::function<int(ExportPiiDialog &)> &piiDialogRunner()
{
    static std::function<int(ExportPiiDialog &)> runner = [](ExportPiiDialog &d) { return d.exec(); };
    return runner;
}

} // namespace

void RecordExportFlow::setPiiDialogRunner(std::function<int(ExportPiiDialog &)> runner)
{
    piiDialogRunner() = runner ? std::move(runner) : [](ExportPiiDialog &d) { return d.exec(); };
}

void RecordExportFlow::start(QWidget *parent, RecordsContext &context, const RecordQuery &query,
                             std::function<void(bool)> done)
{
    Session &session = context.session();
    const DatasetTemplate *tpl = context.templates().find(query.dataset);
    if (!tpl)
        return;
    const QString language = QLocale().name();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tpl->id() + u'-' + QDate::currentDate().toString(u"yyyyMMdd"_qs) + u".xlsx"_qs);
    QString path = FileDialogs::instance().saveFileName(parent, tr("Export records"), suggested,
                                                        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_qs, Qt::CaseInsensitive) && !path.endsWith(u".csv"_qs, Qt::CaseInsensitive))
        path += u".xlsx"_qs;

    ExportOptions options;
    options.query = query;
    options.path = path;
    options.format = ExportOptions::formatForPath(path);
    options.language = language;
    if (session.can(Permission::ExportPii) && ExportColumns::hasPiiFields(*tpl)) {
        QStringList piiLabels;
        for (const FieldDef &f : tpl->fields())
            if (f.pii)
                piiLabels << f.label(language);
        ExportPiiDialog dialog(tpl->label(language), piiLabels, parent);
        piiDialogRunner()(dialog);
        if (dialog.choice() == ExportPiiDialog::Cancelled)
            return;
        options.includePii = dialog.choice() == ExportPiiDialog::WithPii;
        options.piiConfirmed = options.includePii && dialog.confirmCheck()->isChecked();
    }

    auto *progress =
        new QProgressDialog(tr("Exporting %1…").arg(tpl->label(language)), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(u"exportProgress"_qs);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel] { *cancel = true; });
    options.cancel = cancel.get();
    QPointer<QProgressDialog> guard(progress);
    options.progress = [guard](const ExportProgress &p) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, p] {
                if (!guard)
                    return;
                guard->setMaximum(int(std::min<qint64>(p.rowsTotal, INT_MAX)));
                guard->setValue(int(std::min<qint64>(p.rowsWritten, INT_MAX)));
            },
            Qt::QueuedConnection);
    };

    const QString datasetLabel = tpl->label(language);
    const bool piiLeftOut = !options.includePii && ExportColumns::hasPiiFields(*tpl);
    // The context (templates, registries) outlives the modal progress dialog; the work holds the cancel
    // flag, the exporter inputs by value.
    const TemplateRegistry *templates = &context.templates();
    const CodeListRegistry *codeLists = &context.codeLists();
    const RegionCatalog *regions = &context.regions();
    runInBackground<ExportReport>(
        progress,
        [&session, templates, codeLists, regions, options, cancel] {
            return RecordExporter(session, *templates, codeLists, regions).run(options);
        },
        [progress, parent, datasetLabel, piiLeftOut, done](Outcome<ExportReport> outcome) {
            progress->close();
            progress->deleteLater();
            if (outcome.error) {
                MessageBoxes::instance().critical(
                    parent, tr("Export failed"),
                    tr("Nothing was written. %1").arg(outcome.error->userMessage()));
            } else if (outcome.value.cancelled) {
                MessageBoxes::instance().information(parent, tr("Export cancelled"),
                                                     tr("The export was cancelled; no file was written."));
            } else {
                QString text = tr("%n row(s) of %1 exported to %2.", nullptr, int(outcome.value.rows))
                                   .arg(datasetLabel, QDir::toNativeSeparators(outcome.value.path));
                if (outcome.value.piiIncluded)
                    text += u"\n\n"_qs +
                            tr("The file contains personal data. Delete it when it is no longer needed.");
                else if (piiLeftOut)
                    text +=
                        u"\n\n"_qs + tr("Personal data columns (NIK, names, addresses, …) were left out.");
                MessageBoxes::instance().information(parent, tr("Export finished"), text);
            }
            if (done)
                done(!outcome.error && !outcome.value.cancelled);
        });
}

} // namespace sinergi
