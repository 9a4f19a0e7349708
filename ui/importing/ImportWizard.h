#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportOptions.h"

#include <QStringList>
#include <QWizard>

#include <memory>

namespace sinergi {

class DatasetTemplate;
class Error;
class FieldValidator;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportRunPage;
class Importer;
class RecordValidator;
class RecordsContext;

// "Impor data": file and target -> column mapping -> preview with validation -> options -> run. The pages
// share the ImportOptions being built here; the last page hands them to Importer::run on a worker thread.
// Nothing touches the store before the run (saving a mapping profile aside), and the run is one
// transaction, so closing the wizard at any point leaves the records as they were.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, OptionsPageId, RunPageId };

    // dataset: preselected (the one the records page shows).
    ImportWizard(RecordsContext &context, const QString &dataset, QWidget *parent = nullptr);
    ~ImportWizard() override;

    RecordsContext &context() const { return m_context; }
    Importer &importer() const { return *m_importer; }
    const RecordValidator &validator() const { return *m_validator; }
    ImportOptions &options() { return m_options; }
    const DatasetTemplate *datasetTemplate() const;
    QString language() const { return m_language; }

    // What the file page found when it opened the file.
    const QStringList &header() const { return m_header; }
    const QStringList &firstRow() const { return m_firstRow; }
    // The mapping built from the header, the chosen profile and automatic matching.
    const ColumnMapping &openedMapping() const { return m_openedMapping; }
    void setOpened(const QStringList &header, const QStringList &firstRow, const ColumnMapping &mapping);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportOptionsPage *optionsPage() const { return m_optionsPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    // The text the wizard shows for an error: what happened and what to do, in the UI language.
    static QString errorText(const Error &error);

    // Closing while an import runs cancels it (rolled back) and closes once the worker has stopped.
    void reject() override;

signals:
    // A run committed rows into `dataset` (not sent for a dry run or a cancel).
    void imported(const QString &dataset);

private:
    RecordsContext &m_context;
    QString m_language;
    std::unique_ptr<FieldValidator> m_fieldValidator;
    std::unique_ptr<RecordValidator> m_validator;
    std::unique_ptr<Importer> m_importer;
    ImportOptions m_options;
    QStringList m_header;
    QStringList m_firstRow;
    ColumnMapping m_openedMapping;
    bool m_closeWhenStopped = false;

    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportOptionsPage *m_optionsPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
};

} // namespace sinergi
