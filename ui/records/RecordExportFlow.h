#pragma once

#include "records/RecordQuery.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace sinergi {

class ExportPiiDialog;
class RecordsContext;

// The records page's "Export…": file dialog (CSV or XLSX by the extension chosen), the personal-data
// question when it applies (ExportPiiDialog), then RecordExporter on a worker thread behind a progress
// dialog with Cancel, and a message with the result. Users without the export-PII permission are not
// asked: their file simply has no personal-data columns, and the result message says so.
class RecordExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RecordExportFlow)
public:
    // Returns once the export has started (or was declined); `done(ok)` is called on the GUI thread when
    // the worker finished (not when the user declined).
    static void start(QWidget *parent, RecordsContext &context, const RecordQuery &query,
                      std::function<void(bool)> done = {});

    // Tests answer the personal-data dialog instead of a user (the default runs exec()).
    static void setPiiDialogRunner(std::function<int(ExportPiiDialog &)> runner);
};

} // namespace sinergi
