#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sinergi {

class ImportWizard;

// Step 4: insert only or update by natural key, dry run, rows with validation errors rejected or kept,
// and where the rejected rows are written. The commit page: after it the import runs.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard &wizard);

    QRadioButton *insertRadio() const { return m_insert; }
    QRadioButton *upsertRadio() const { return m_upsert; }
    QCheckBox *dryRunCheck() const { return m_dryRun; }
    QCheckBox *rejectInvalidCheck() const { return m_rejectInvalid; }
    QLineEdit *rejectsEdit() const { return m_rejectsPath; }

    void initializePage() override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard &m_wizard;
    QRadioButton *m_insert = nullptr;
    QRadioButton *m_upsert = nullptr;
    QLabel *m_keyLabel = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_rejectInvalid = nullptr;
    QLineEdit *m_rejectsPath = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_suggestedFor; // the source file the rejects path was suggested for
};

} // namespace sinergi
