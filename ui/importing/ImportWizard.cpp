#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"

#include "common/Error.h"
#include "common/Translations.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/Importer.h"
#include "records/RecordsContext.h"

namespace sinergi {

ImportWizard::ImportWizard(RecordsContext &context, const QString &dataset, QWidget *parent)
    : QWizard(parent), m_context(context), m_language(Translations::current()),
      m_fieldValidator(std::make_unique<FieldValidator>(&context.codeLists(), &context.regions())),
      m_validator(std::make_unique<RecordValidator>(*m_fieldValidator, RuleRegistry::standard())),
      m_importer(std::make_unique<Importer>(context.session(), context.templates(), *m_validator,
                                            &context.codeLists(), &context.regions()))
{
    setObjectName(u"ImportWizard"_qs);
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_options.dataset = dataset;
    m_filePage = new ImportFilePage(*this);
    m_mappingPage = new ImportMappingPage(*this);
    m_previewPage = new ImportPreviewPage(*this);
    m_optionsPage = new ImportOptionsPage(*this);
    m_runPage = new ImportRunPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(980, 640);
    connect(m_runPage, &ImportRunPage::stopped, this, [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    });
}

ImportWizard::~ImportWizard()
{
    // The worker uses the importer and validators owned here: stop it before they go.
    m_runPage->cancelAndWait();
}

const DatasetTemplate *ImportWizard::datasetTemplate() const
{
    return m_context.templates().find(m_options.dataset);
}

void ImportWizard::setOpened(const QStringList &header, const QStringList &firstRow,
                             const ColumnMapping &mapping)
{
    m_header = header;
    m_firstRow = firstRow;
    m_openedMapping = mapping;
}

QString ImportWizard::errorText(const Error &error)
{
    // The importer's own messages say more than the generic ones: how much disk space is needed, which
    // file was not found (the generic NotFound text is about the store).
    if ((error.code() == ErrorCode::DiskFull || error.code() == ErrorCode::NotFound) &&
        !error.detail().isEmpty())
        return error.detail();
    return error.userMessage();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_closeWhenStopped = true;
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace sinergi
