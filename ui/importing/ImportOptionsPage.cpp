#include "ImportOptionsPage.h"

#include "ImportWizard.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "datasets/DatasetTemplate.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sinergi {

ImportOptionsPage::ImportOptionsPage(ImportWizard &wizard) : m_wizard(wizard)
{
    setTitle(tr("Options"));
    setSubTitle(tr("The import is all or nothing: either every accepted row is stored, or none."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *modeBox = new QGroupBox(tr("Records already in Sinergi"), this);
    m_insert =
        new QRadioButton(tr("&Add new records only; a row whose key is already stored is rejected"), modeBox);
    m_insert->setObjectName(u"insertRadio"_qs);
    m_upsert = new QRadioButton(tr("&Update records with the same key (filled cells only), add the others"),
                                modeBox);
    m_upsert->setObjectName(u"upsertRadio"_qs);
    m_insert->setChecked(true);
    m_keyLabel = new QLabel(modeBox);
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setStyleSheet(u"color: #555;"_qs);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_insert);
    modeLayout->addWidget(m_upsert);
    modeLayout->addWidget(m_keyLabel);

    m_dryRun = new QCheckBox(tr("&Dry run: check everything and count, but store nothing"), this);
    m_dryRun->setObjectName(u"dryRunCheck"_qs);
    m_rejectInvalid = new QCheckBox(tr("&Reject rows with validation errors (otherwise they are imported and "
                                       "marked for correction)"),
                                    this);
    m_rejectInvalid->setObjectName(u"rejectInvalidCheck"_qs);

    auto *rejectsBox = new QGroupBox(tr("Rejected rows"), this);
    m_rejectsPath = new QLineEdit(rejectsBox);
    m_rejectsPath->setObjectName(u"rejectsEdit"_qs);
    m_rejectsPath->setPlaceholderText(tr("Empty: do not write a file"));
    m_browse = new QPushButton(tr("C&hoose…"), rejectsBox);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_browse);
    auto *rejectsHint =
        new QLabel(tr("A CSV file with every rejected row and the reason, to correct and import "
                      "again."),
                   rejectsBox);
    rejectsHint->setWordWrap(true);
    rejectsHint->setStyleSheet(u"color: #555;"_qs);
    auto *rejectsLayout = new QVBoxLayout(rejectsBox);
    rejectsLayout->addLayout(rejectsRow);
    rejectsLayout->addWidget(rejectsHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(m_dryRun);
    layout->addWidget(m_rejectInvalid);
    layout->addWidget(rejectsBox);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportOptionsPage::browse);
}

void ImportOptionsPage::initializePage()
{
    const DatasetTemplate *tpl = m_wizard.datasetTemplate();
    QStringList key;
    if (tpl)
        for (const QString &k : tpl->naturalKey())
            key << tpl->field(k)->label(m_wizard.language());
    m_keyLabel->setText(tr("The key that identifies a record: %1.").arg(key.join(u", "_qs)));
    // Suggest the rejects file beside the source, once per source file (the user's choice is kept).
    const QString source = m_wizard.options().path;
    if (m_suggestedFor != source) {
        const QFileInfo info(source);
        m_rejectsPath->setText(QDir::toNativeSeparators(info.absoluteDir().filePath(
            tr("%1-rejected.csv", "file name of the rejected rows").arg(info.completeBaseName()))));
        m_suggestedFor = source;
    }
}

void ImportOptionsPage::browse()
{
    const QString chosen = FileDialogs::instance().saveFileName(
        this, tr("Where to write the rejected rows"), m_rejectsPath->text(), tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_rejectsPath->setText(QDir::toNativeSeparators(chosen));
}

bool ImportOptionsPage::validatePage()
{
    ImportOptions &options = m_wizard.options();
    options.mode = m_upsert->isChecked() ? ImportOptions::Mode::Upsert : ImportOptions::Mode::InsertOnly;
    options.dryRun = m_dryRun->isChecked();
    options.rejectInvalid = m_rejectInvalid->isChecked();
    const QString rejects = QDir::fromNativeSeparators(m_rejectsPath->text().trimmed());
    if (!rejects.isEmpty()) {
        const QFileInfo info(rejects);
        if (QFileInfo(info.absoluteFilePath()) == QFileInfo(options.path)) {
            MessageBoxes::instance().warning(this, tr("Import data"),
                                             tr("The rejected rows cannot be written over the file being "
                                                "imported. Choose another file name."));
            return false;
        }
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir() || !dir.isWritable()) {
            MessageBoxes::instance().warning(
                this, tr("Import data"),
                tr("The folder %1 does not exist or cannot be written to. Choose "
                   "another place for the rejected rows, or leave the field empty.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
            return false;
        }
    }
    options.rejectsPath = rejects.isEmpty() ? QString() : QFileInfo(rejects).absoluteFilePath();
    return true;
}

} // namespace sinergi
