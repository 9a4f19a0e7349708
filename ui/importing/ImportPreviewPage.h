#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace sinergi {

class ImportWizard;
class PreviewModel;

// Step 3: the first rows converted and validated exactly as the import will treat them. Problem cells are
// coloured with the reason as tooltip; counts of good, warned, erroneous and rejected rows; Excel damage
// (a NIK shown as 3.2E+15) explained in plain words.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kRows = 200;

    explicit ImportPreviewPage(ImportWizard &wizard);

    PreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    QString pitfallText() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard &m_wizard;
    PreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_pitfall = nullptr;
    QLabel *m_notes = nullptr;
    bool m_ok = false;
};

} // namespace sinergi
