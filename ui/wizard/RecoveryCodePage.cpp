#include "RecoveryCodePage.h"

#include "ui_RecoveryCodePage.h"

#include "common/Background.h"
#include "session/Session.h"

#include <QDir>
#include <QEvent>

namespace sinergi {

RecoveryCodePage::RecoveryCodePage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RecoveryCodePage>())
{
    m_ui->setupUi(this);
    connect(m_ui->codeView, &RecoveryCodeView::confirmedChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RecoveryCodePage::create);
    retranslate();
}

RecoveryCodePage::~RecoveryCodePage() = default;

void RecoveryCodePage::initializePage()
{
    if (!storeCreated())
        create();
}

bool RecoveryCodePage::isComplete() const
{
    return storeCreated() && m_ui->codeView->isConfirmed();
}

QString RecoveryCodePage::recoveryCode() const
{
    return m_ui->codeView->code();
}

std::unique_ptr<Session> RecoveryCodePage::takeSession()
{
    if (m_session)
        m_sessionTaken = true;
    return std::move(m_session);
}

void RecoveryCodePage::create()
{
    setState(State::Busy);
    const StoreLocation where{QDir::fromNativeSeparators(field(u"storeDir"_qs).toString().trimmed())};
    const QString username = field(u"adminUsername"_qs).toString();
    const QString displayName = field(u"adminDisplayName"_qs).toString().trimmed();
    const QString password = field(u"adminPassword"_qs).toString();
    const QString regency = field(u"officeRegency"_qs).toString();
    using Result = std::shared_ptr<Session::Created>;
    runInBackground<Result>(
        this,
        [where, username, displayName, password, regency] {
            QDir().mkpath(where.dir); // a missing folder is normal on first start; errors surface below
            auto created = std::make_shared<Session::Created>(
                Session::initialize(where, username, displayName, password));
            // Read by the record forms' kecamatan/desa pickers; audited like every setting.
            created->session->setSetting(u"office.regency"_qs, regency);
            return created;
        },
        [this](Outcome<Result> outcome) {
            if (outcome.error) {
                m_ui->errorLabel->setText(outcome.error->userMessage());
                setState(State::Failed);
                return;
            }
            m_session = std::move(outcome.value->session);
            m_ui->codeView->setCode(outcome.value->recoveryCode);
            setState(State::Created);
        });
}

void RecoveryCodePage::setState(State state)
{
    m_busy = state == State::Busy;
    m_ui->busyWidget->setVisible(state == State::Busy);
    m_ui->failedWidget->setVisible(state == State::Failed);
    m_ui->codeView->setVisible(state == State::Created);
    // While working and after success there is no way back: the store exists (or is being written) and
    // the code is shown only once, so only Finish remains.
    if (auto *w = wizard()) {
        switch (state) {
        case State::Busy: w->setButtonLayout({QWizard::Stretch}); break;
        case State::Failed:
            w->setButtonLayout(standardButtonLayout());
            break;
        case State::Created: w->setButtonLayout({QWizard::Stretch, QWizard::FinishButton}); break;
        }
    }
    emit completeChanged();
}

void RecoveryCodePage::cleanupPage()
{
    // Going back after a failure: the earlier pages need their usual buttons again.
    if (auto *w = wizard())
        w->setButtonLayout(standardButtonLayout());
    QWizardPage::cleanupPage();
}

QList<QWizard::WizardButton> RecoveryCodePage::standardButtonLayout()
{
    return {QWizard::Stretch,      QWizard::BackButton,   QWizard::NextButton,
            QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton};
}

void RecoveryCodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void RecoveryCodePage::retranslate()
{
    setTitle(tr("Recovery code"));
    setSubTitle(tr("The store is created with your administrator account and a recovery code."));
}

} // namespace sinergi
