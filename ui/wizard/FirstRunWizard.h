#pragma once

#include <QWizard>

#include <memory>

namespace sinergi {

class Session;
class RecoveryCodePage;

// First start on this computer: choose the store folder, create the first administrator, create the
// store and show the recovery code once. Accepted only after the code has been written down.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LocationPage, AdminPage, RecoveryPage };

    explicit FirstRunWizard(const QString &defaultStoreDir, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    QString storeDir() const;
    // The logged-in administrator's session once the store exists (nullptr before).
    std::unique_ptr<Session> takeSession();
    bool storeCreated() const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RecoveryCodePage *m_recoveryPage = nullptr;
};

} // namespace sinergi
