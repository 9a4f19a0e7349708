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
#include <QSignalBlocker>

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

    // Detection reads the start of the file; an odd export (a semicolon file whose first lines hold commas,
    // Windows-1252 text that happens to be valid UTF-8) needs a human to say what it is.
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(u"delimiterCombo"_qs);
    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(u"encodingCombo"_qs);
    fillCsvFormatChoices();
    auto *formatRow = new QHBoxLayout;
    auto *delimiterLabel = new QLabel(tr("De&limiter:"), this);
    delimiterLabel->setBuddy(m_delimiterCombo);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    formatRow->addWidget(delimiterLabel);
    formatRow->addWidget(m_delimiterCombo);
    formatRow->addSpacing(16);
    formatRow->addWidget(encodingLabel);
    formatRow->addWidget(m_encodingCombo);
    formatRow->addStretch(1);
    m_columnsLabel = new QLabel(this);
    m_columnsLabel->setObjectName(u"columnsLabel"_qs);
    m_columnsLabel->setWordWrap(true);
    m_columnsLabel->setTextFormat(Qt::PlainText);

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
    form->addRow(tr("CSV format:"), formatRow);
    form->addRow(tr("Columns:"), m_columnsLabel);
    form->addRow(tr("Mapping &profile:"), m_profileCombo);
    form->addRow(QString(), m_profileNote);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, &ImportFilePage::inspectFile);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    connect(m_datasetCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::fillProfiles);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspectFile);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::inspectFile);
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

QString ImportFilePage::columnsText() const
{
    return m_columnsLabel->text();
}

void ImportFilePage::fillCsvFormatChoices()
{
    m_delimiterCombo->addItem(tr("Automatic"), QString());
    m_delimiterCombo->addItem(tr("Comma (,)"), u","_qs);
    m_delimiterCombo->addItem(tr("Semicolon (;)"), u";"_qs);
    m_delimiterCombo->addItem(tr("Tab"), u"\t"_qs);
    m_encodingCombo->addItem(tr("Automatic"), -1);
    m_encodingCombo->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encodingCombo->addItem(tr("Windows-1252 (older Excel)"), int(TextEncoding::Windows1252));
    // Excel's "Unicode text" is little-endian; a big-endian file says so with its byte order mark.
    m_encodingCombo->addItem(tr("UTF-16 (Excel “Unicode text”)"), int(TextEncoding::Utf16LE));
}

CsvFormat ImportFilePage::csvFormat() const
{
    CsvFormat format;
    const QString delimiter = m_delimiterCombo->currentData().toString();
    if (!delimiter.isEmpty())
        format.delimiter = delimiter.at(0);
    if (const int encoding = m_encodingCombo->currentData().toInt(); encoding >= 0)
        format.encoding = static_cast<TextEncoding>(encoding);
    return format;
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
    if (path() != m_inspectedPath) {
        m_inspectedPath = path();
        const QSignalBlocker delimiterBlocker(m_delimiterCombo), encodingBlocker(m_encodingCombo);
        m_delimiterCombo->setCurrentIndex(0);
        m_encodingCombo->setCurrentIndex(0);
    }
    m_sheetCombo->clear();
    m_sheetCombo->setEnabled(false);
    m_delimiterCombo->setEnabled(false);
    m_encodingCombo->setEnabled(false);
    m_columnsLabel->clear();
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
            m_delimiterCombo->setEnabled(true);
            m_encodingCombo->setEnabled(true);
            const CsvFormat format = csvFormat();
            CsvReader::Options options;
            options.delimiter = format.delimiter;
            options.encoding = format.encoding;
            CsvReader reader(info.filePath(), options);
            QString encoding = encodingName(reader.encoding(), reader.hadBom());
            QString delimiter = delimiterName(reader.delimiter());
            if (format.encoding)
                encoding = tr("%1 (chosen)").arg(encoding);
            if (!format.delimiter.isNull())
                delimiter = tr("%1 (chosen)").arg(delimiter);
            m_detectedLabel->setText(tr("CSV text · encoding: %1 · delimiter: %2 · %n column(s)", nullptr,
                                        static_cast<int>(reader.header().size()))
                                         .arg(encoding, delimiter));
            // The column names as read: one long name holding the others means the delimiter is wrong,
            // odd letters mean the encoding is.
            const QString columns = reader.header().join(u"  |  "_qs);
            m_columnsLabel->setText(columns.size() > 400 ? columns.left(400) + u'…' : columns);
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
    options.csv = m_delimiterCombo->isEnabled() ? csvFormat() : CsvFormat{};
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
