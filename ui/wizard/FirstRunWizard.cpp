#include "FirstRunWizard.h"

#include "FirstAdminPage.h"
#include "RecoveryCodePage.h"
#include "StoreLocationPage.h"

#include "session/Session.h"

#include <QEvent>
#include <QIcon>

namespace sinergi {

FirstRunWizard::FirstRunWizard(const QString &defaultStoreDir, QWidget *parent) : QWizard(parent)
{
    // The same look on every platform, so the user guide's screenshots match what users see.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(u":/icons/sinergi.svg"_qs).pixmap(48, 48));
    setMinimumSize(720, 540);
    setPage(LocationPage, new StoreLocationPage(defaultStoreDir, this));
    setPage(AdminPage, new FirstAdminPage(this));
    m_recoveryPage = new RecoveryCodePage(this);
    setPage(RecoveryPage, m_recoveryPage);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::storeDir() const
{
    return field(u"storeDir"_qs).toString();
}

std::unique_ptr<Session> FirstRunWizard::takeSession()
{
    return m_recoveryPage->takeSession();
}

bool FirstRunWizard::storeCreated() const
{
    return m_recoveryPage->storeCreated();
}

void FirstRunWizard::reject()
{
    // Once the store exists the only way out is through the recovery-code confirmation: leaving earlier
    // would lose the code, which is shown only once.
    if (storeCreated())
        return;
    QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Sinergi — first start"));
}

} // namespace sinergi
