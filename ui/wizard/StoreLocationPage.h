#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QWizardPage>

#include <memory>

class QComboBox;

namespace sinergi {

namespace Ui {
class StoreLocationPage;
}

// Wizard page 1: welcome text, the folder that will hold the encrypted store, and the regency the office
// serves (field "officeRegency": a dotted kab/kota code such as "33.73").
class StoreLocationPage : public QWizardPage
{
    Q_OBJECT
public:
    StoreLocationPage(const QString &defaultDir, QWidget *parent = nullptr);
    ~StoreLocationPage() override;

    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void fillRegencies();
    void retranslate();

    std::unique_ptr<Ui::StoreLocationPage> m_ui;
    // province code -> (regency code, name), from the embedded region list
    QHash<QString, QList<QPair<QString, QString>>> m_regencies;
};

} // namespace sinergi
