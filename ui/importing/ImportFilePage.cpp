#include "ImportFilePage.h"

#include "ImportWizard.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "datasets/DatasetTemplate.h"
#include "datasets/TemplateRegistry.h"
#include "importing/CsvReader.h"
#include "importing/Importer.h"
#include "importing/MappingProfileStore.h"
#include "importing/TabularReaderFactory.h"
#include "importing/XlsxReader.h"
#include "records/RecordsContext.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace sinergi {

namespace {

QString encodingName(TextEncoding encoding, bool bom)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return bom ? ImportFilePage::tr("UTF-8 (with BOM)") : ImportFilePage::tr("UTF-8");
    case TextEncoding::Windows1252:
        return ImportFilePage::tr("Windows-1252 (older Excel)");
    case TextEncoding::Utf16LE:
        return ImportFilePage::tr("UTF-16 LE (Excel “Unicode text”)");
    case TextEncoding::Utf16BE:
        return ImportFilePage::tr("UTF-16 BE");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ImportFilePage::tr("semicolon (;)");
    if (delimiter == u'\t')
        return ImportFilePage::tr("tab");
    if (delimiter == u',')
        return ImportFilePage::tr("comma (,)");
    return QStringLiteral("“%1”").arg(delimiter);
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard &wizard) : m_wizard(wizard)
{
    setTitle(tr("File and target"));
    setSubTitle(
        tr("Choose the CSV or Excel (XLSX) file, the dataset it goes into and, if the file comes from a "
           "known system, its mapping profile."));

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathEdit"_qs);
    m_pathEdit->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    m_browseButton = new QPushButton(tr("&Choose…"), this);
    m_browseButton->setObjectName(u"browseButton"_qs);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_datasetCombo = new QComboBox(this);
    m_datasetCombo->setObjectName(u"datasetCombo"_qs);
    QList<QPair<QString, QString>> datasets;
    for (const DatasetTemplate &tpl : m_wizard.context().templates().templates())
        datasets.append({tpl.label(m_wizard.language()), tpl.id()});
    std::sort(datasets.begin(), datasets.end());
    for (const auto &[label, id] : std::as_const(datasets))
        m_datasetCombo->addItem(label, id);
    m_datasetCombo->setCurrentIndex(std::max(0, m_datasetCombo->findData(m_wizard.options().dataset)));

    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(u"sheetCombo"_qs);
    m_sheetCombo->setEnabled(false);

    m_detectedLabel = new QLabel(tr("No file chosen yet."), this);
    m_detectedLabel->setObjectName(u"detectedLabel"_qs);
    m_detectedLabel->setWordWrap(true);

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileCombo"_qs);
    m_profileNote = new QLabel(this);
    m_profileNote->setWordWrap(true);
    m_profileNote->setStyleSheet(u"color: #555;"_qs);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Dataset:"), m_datasetCombo);
    form->addRow(tr("&Sheet:"), m_sheetCombo);
    form->addRow(tr("Detected:"), m_detectedLabel);
    form->addRow(tr("Mapping &profile:"), m_profileCombo);
    form->addRow(QString(), m_profileNote);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, &ImportFilePage::inspectFile);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    connect(m_datasetCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::fillProfiles);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int i = m_profileCombo->itemData(index).toInt();
        m_profileNote->setText(
            i > 0 ? m_profiles.at(i - 1).note()
                  : tr("Columns are matched by their names; you can correct them in the next "
                       "step."));
    });
    fillProfiles();
}

void ImportFilePage::initializePage()
{
    inspectFile();
}

void ImportFilePage::setPath(const QString &path)
{
    m_pathEdit->setText(path);
    inspectFile();
}

QString ImportFilePage::path() const
{
    return m_pathEdit->text().trimmed();
}

QString ImportFilePage::detectedText() const
{
    return m_detectedLabel->text();
}

void ImportFilePage::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : QFileInfo(path()).absolutePath();
    const QString chosen = FileDialogs::instance().openFileName(
        this, tr("Choose the file to import"), start, tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFilePage::inspectFile()
{
    m_sheetCombo->clear();
    m_sheetCombo->setEnabled(false);
    m_detectedLabel->setStyleSheet(QString());
    const QFileInfo info(path());
    if (path().isEmpty()) {
        m_detectedLabel->setText(tr("No file chosen yet."));
        return;
    }
    if (!info.isFile()) {
        m_detectedLabel->setText(tr("The file does not exist."));
        m_detectedLabel->setStyleSheet(u"color: #b02020;"_qs);
        return;
    }
    try {
        if (info.size() == 0)
            throw Error(
                ErrorCode::InvalidArgument,
                tr("The file is empty (0 bytes): there is nothing to import. Export it again from the "
                   "source system."));
        if (TabularReaderFactory::detect(info.filePath()) == TabularReaderFactory::Kind::Xlsx) {
            XlsxReader reader(info.filePath());
            m_sheetCombo->addItems(reader.sheetNames());
            m_sheetCombo->setEnabled(true);
            m_detectedLabel->setText(tr("Excel workbook (XLSX) with %n sheet(s); choose the sheet to import.",
                                        nullptr, static_cast<int>(reader.sheetNames().size())));
        } else {
            CsvReader reader(info.filePath());
            m_detectedLabel->setText(tr("CSV text · encoding: %1 · delimiter: %2 · %n column(s)", nullptr,
                                        static_cast<int>(reader.header().size()))
                                         .arg(encodingName(reader.encoding(), reader.hadBom()),
                                              delimiterName(reader.delimiter())));
        }
    } catch (const Error &e) {
        m_detectedLabel->setText(ImportWizard::errorText(e));
        m_detectedLabel->setStyleSheet(u"color: #b02020;"_qs);
    }
}

void ImportFilePage::fillProfiles()
{
    const QString dataset = m_datasetCombo->currentData().toString();
    const QString previous = m_profileCombo->currentIndex() > 0
                                 ? m_profiles.value(m_profileCombo->currentData().toInt() - 1).id()
                                 : QString();
    m_profiles.clear();
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("(automatic)"), 0);
    try {
        for (const MappingProfile &p : MappingProfileStore(m_wizard.context().session().db()).all()) {
            if (!p.datasets().contains(dataset))
                continue;
            m_profiles.append(p);
            m_profileCombo->addItem(p.name(), static_cast<int>(m_profiles.size()));
            if (p.id() == previous)
                m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
        }
    } catch (const Error &e) {
        // A damaged saved profile must not block importing: automatic matching still works.
        m_profileNote->setText(ImportWizard::errorText(e));
    }
}

bool ImportFilePage::isComplete() const
{
    return !path().isEmpty() && m_datasetCombo->currentIndex() >= 0;
}

bool ImportFilePage::validatePage()
{
    ImportOptions &options = m_wizard.options();
    options.dataset = m_datasetCombo->currentData().toString();
    options.path = QFileInfo(path()).absoluteFilePath();
    options.sheet = m_sheetCombo->isEnabled() ? m_sheetCombo->currentText() : QString();
    const int profile = m_profileCombo->currentData().toInt();
    options.profile = profile > 0 ? std::optional<MappingProfile>(m_profiles.at(profile - 1)) : std::nullopt;
    options.mapping.reset();
    try {
        if (!QFileInfo(options.path).isFile())
            throw Error(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(options.path));
        Importer::Source source = m_wizard.importer().open(options);
        QStringList first;
        source.reader->next(first);
        m_wizard.setOpened(source.reader->header(), first, source.mapping);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Import data"), ImportWizard::errorText(e));
        return false;
    }
    return true;
}

} // namespace sinergi
