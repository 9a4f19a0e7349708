#pragma once

#include "importing/MappingProfile.h"
#include "importing/TextEncoding.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sinergi {

class ImportWizard;

// Step 1: the file (CSV or XLSX), the dataset it goes into, the sheet of a workbook, and the mapping
// profile (automatic by default). Shows what was detected about the file (encoding and delimiter of a
// CSV, the sheets of a workbook) and its column names as soon as a file is chosen; a CSV's delimiter and
// encoding can be chosen instead when detection got them wrong, and the file is read again at once. Opens
// the file on Next (the preview reads it the same way): a file that cannot be read stops here with the
// reason.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard &wizard);

    void setPath(const QString &path);
    QString path() const;
    QComboBox *datasetCombo() const { return m_datasetCombo; }
    QComboBox *sheetCombo() const { return m_sheetCombo; }
    QComboBox *profileCombo() const { return m_profileCombo; }
    QComboBox *delimiterCombo() const { return m_delimiterCombo; }
    QComboBox *encodingCombo() const { return m_encodingCombo; }
    QString detectedText() const;
    QString columnsText() const;
    // The delimiter and encoding chosen (unset parts: automatic).
    CsvFormat csvFormat() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void inspectFile();
    void fillProfiles();
    void fillCsvFormatChoices();

    ImportWizard &m_wizard;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QComboBox *m_datasetCombo = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QString m_inspectedPath; // a different file starts again from automatic detection
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileNote = nullptr;
    QList<MappingProfile> m_profiles;
};

} // namespace sinergi
