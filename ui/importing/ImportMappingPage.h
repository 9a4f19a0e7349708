#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sinergi {

class ImportWizard;
class MappingModel;

// Step 2: which column of the file feeds which field. Starts from the profile and automatic matching;
// every field has a combo with the file's columns and "(not mapped)", date fields a date-format choice.
// Next stays disabled while a required field has no column, and the page says which ones. The mapping can
// be saved as an office profile for the next file from the same system.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard &wizard);
    ~ImportMappingPage() override;

    MappingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString missingText() const;
    QLineEdit *profileNameEdit() const { return m_profileName; }
    // Saves the current mapping as an office profile named profileNameEdit's text; false (with a message)
    // when it could not be saved.
    bool saveProfile();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMissing();
    void openEditors();

    ImportWizard &m_wizard;
    MappingModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_missingLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_profileName = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace sinergi
