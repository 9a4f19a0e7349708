#include "ImportMappingPage.h"

#include "ChoiceDelegate.h"
#include "ImportWizard.h"
#include "MappingModel.h"

#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "datasets/DatasetTemplate.h"
#include "importing/HeaderMatcher.h"
#include "importing/MappingProfileStore.h"
#include "records/RecordsContext.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sinergi {

ImportMappingPage::ImportMappingPage(ImportWizard &wizard) : m_wizard(wizard)
{
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Check which column of the file goes into each field. Fields marked * are required."));

    m_table = new QTableView(this);
    m_table->setObjectName(u"mappingTable"_qs);
    m_table->setItemDelegateForColumn(1, new ChoiceDelegate(Qt::UserRole + 1, m_table));
    m_table->setItemDelegateForColumn(2, new ChoiceDelegate(Qt::UserRole + 1, m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(u"missingLabel"_qs);
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setStyleSheet(u"color: #b02020; font-weight: bold;"_qs);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setStyleSheet(u"color: #555;"_qs);

    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(u"profileNameEdit"_qs);
    m_profileName->setPlaceholderText(tr("Name of the source system, e.g. SIKAS Kecamatan"));
    m_saveButton = new QPushButton(tr("Save as &profile"), this);
    m_saveButton->setObjectName(u"saveProfileButton"_qs);
    m_saveButton->setToolTip(
        tr("Save this mapping for the next file from the same system (shared by the office)"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(new QLabel(tr("Profile name:"), this));
    profileRow->addWidget(m_profileName, 1);
    profileRow->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_notesLabel);
    layout->addLayout(profileRow);

    // Saving a profile is part of preparing imports: the same permission as importing.
    const bool canSave = m_wizard.context().session().can(Permission::ImportRecords);
    m_profileName->setVisible(canSave);
    m_saveButton->setVisible(canSave);
    profileRow->itemAt(0)->widget()->setVisible(canSave);
    connect(m_saveButton, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_profileName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_saveButton->setEnabled(!text.trimmed().isEmpty()); });
    m_saveButton->setEnabled(false);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    const DatasetTemplate *tpl = m_wizard.datasetTemplate();
    if (!tpl)
        return;
    // A new model per file and dataset: the rows are the dataset's fields.
    auto *old = m_model;
    m_model = new MappingModel(*tpl, m_wizard.language(), this);
    m_model->reset(m_wizard.header(), m_wizard.firstRow(), m_wizard.openedMapping());
    m_table->setModel(m_model);
    delete old;
    connect(m_model, &MappingModel::mappingChanged, this, &ImportMappingPage::updateMissing);
    connect(m_model, &MappingModel::mappingChanged, this, &ImportMappingPage::openEditors);
    m_table->horizontalHeader()->setSectionResizeMode(MappingModel::FieldColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(MappingModel::SourceColumn, 240);
    m_table->setColumnWidth(MappingModel::DateFormatColumn, 210);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    openEditors();
    updateMissing();
    const QStringList notes = m_wizard.openedMapping().notes();
    m_notesLabel->setText(notes.join(u'\n'));
    m_notesLabel->setVisible(!notes.isEmpty());
    if (m_wizard.options().profile && m_profileName->text().isEmpty())
        m_profileName->setText(m_wizard.options().profile->name());
}

void ImportMappingPage::openEditors()
{
    // Combos always visible, so the page reads as a form; only editable cells get one.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c : {int(MappingModel::SourceColumn), int(MappingModel::DateFormatColumn)}) {
            const QModelIndex index = m_model->index(r, c);
            const bool editable = m_model->flags(index).testFlag(Qt::ItemIsEditable);
            if (editable && !m_table->isPersistentEditorOpen(index))
                m_table->openPersistentEditor(index);
            else if (!editable && m_table->isPersistentEditorOpen(index))
                m_table->closePersistentEditor(index);
        }
    }
}

QString ImportMappingPage::missingText() const
{
    return m_missingLabel->text();
}

void ImportMappingPage::updateMissing()
{
    QStringList named;
    for (const QString &f : m_model->missingRequired())
        named << m_model->dataset().field(f)->label(m_wizard.language());
    m_missingLabel->setText(named.isEmpty()
                                ? QString()
                                : tr("Choose a column for the required field(s): %1. Without them "
                                     "every row would be rejected.")
                                      .arg(named.join(u", "_qs)));
    m_missingLabel->setVisible(!named.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_model && m_model->missingRequired().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    if (!m_model)
        return false;
    if (!m_model->missingRequired().isEmpty()) {
        MessageBoxes::instance().warning(this, tr("Import data"), missingText());
        return false;
    }
    m_wizard.options().mapping = m_model->mapping();
    return true;
}

bool ImportMappingPage::saveProfile()
{
    Session &session = m_wizard.context().session();
    const QString name = m_profileName->text().trimmed();
    if (!session.can(Permission::ImportRecords)) {
        MessageBoxes::instance().warning(this, tr("Save mapping profile"),
                                         Error(ErrorCode::PermissionDenied).userMessage());
        return false;
    }
    if (name.isEmpty())
        return false;
    const DatasetTemplate &tpl = m_model->dataset();
    // Start from the chosen profile so its sections for other datasets survive; the id follows the name,
    // so saving under a shipped profile's name edits it in place for this office.
    MappingProfile profile = m_wizard.options().profile && m_wizard.options().profile->name() == name
                                 ? *m_wizard.options().profile
                                 : MappingProfile();
    QString id = profile.id();
    if (id.isEmpty()) {
        // Profile ids are [a-z0-9_-]{1,64}: keep the ASCII letters and digits of the name.
        for (const QChar c : HeaderMatcher::normalise(name))
            if (c.unicode() < 128)
                id += c;
        id.truncate(64);
    }
    if (id.isEmpty()) {
        MessageBoxes::instance().warning(this, tr("Save mapping profile"),
                                         tr("The profile name needs at least one letter or digit."));
        return false;
    }
    profile.setIdentity(id, name, profile.sourceSystem().isEmpty() ? name : profile.sourceSystem(),
                        profile.note().isEmpty() ? tr("Saved from the import wizard.") : profile.note());
    const ColumnMapping &mapping = m_model->mapping();
    const QStringList &header = m_model->header();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            continue;
        QString field;
        for (const ColumnMapping::Column &c : mapping.columns())
            if (c.source == i)
                field = c.field;
        profile.setColumn(tpl.id(), header.at(i), field); // "" = ignore this column next time too
    }
    for (const ColumnMapping::Column &c : mapping.columns())
        profile.setTransform(tpl.id(), c.field, c.transform);
    try {
        Transaction tx(session.db());
        MappingProfileStore(session.db()).save(profile);
        const QJsonObject details{{u"dataset"_qs, tpl.id()}, {u"name"_qs, name}};
        session.audit().append(session.user().username, u"mapping_profile.save"_qs,
                               u"mapping_profile#"_qs + id,
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        tx.commit();
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Save mapping profile"), ImportWizard::errorText(e));
        return false;
    }
    m_wizard.options().profile = profile;
    MessageBoxes::instance().information(
        this, tr("Save mapping profile"),
        tr("The mapping was saved as profile “%1”. Choose it on the first page "
           "for the next file from this system.")
            .arg(name));
    return true;
}

} // namespace sinergi
