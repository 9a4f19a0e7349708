#pragma once

#include <QWizardPage>

#include <memory>

namespace sinergi {

namespace Ui {
class StoreLocationPage;
}

// Wizard page 1: welcome text and the folder that will hold the encrypted store.
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
    void retranslate();

    std::unique_ptr<Ui::StoreLocationPage> m_ui;
};

} // namespace sinergi
