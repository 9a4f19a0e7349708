#include "StoreLocationPage.h"

#include "ui_StoreLocationPage.h"

#include "common/FileDialogs.h"
#include "store/Vault.h"

#include <QDir>
#include <QEvent>

namespace sinergi {

StoreLocationPage::StoreLocationPage(const QString &defaultDir, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::StoreLocationPage>())
{
    m_ui->setupUi(this);
    m_ui->locationEdit->setText(QDir::toNativeSeparators(defaultDir));
    m_ui->errorLabel->hide();
    registerField(u"storeDir*"_qs, m_ui->locationEdit);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &StoreLocationPage::browse);
    connect(m_ui->locationEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
    retranslate();
}

StoreLocationPage::~StoreLocationPage() = default;

bool StoreLocationPage::validatePage()
{
    const QString dir = QDir::fromNativeSeparators(m_ui->locationEdit->text().trimmed());
    if (StoreLocation{dir}.storeExists()) {
        m_ui->errorLabel->setText(tr("This folder already holds a Sinergi store. Choose an empty folder, or "
                                     "set this folder as the store location in the settings to open it."));
        m_ui->errorLabel->show();
        return false;
    }
    return true;
}

void StoreLocationPage::browse()
{
    const QString dir = FileDialogs::instance().existingDirectory(this, tr("Choose the store folder"),
                                                                  m_ui->locationEdit->text());
    if (!dir.isEmpty())
        m_ui->locationEdit->setText(QDir::toNativeSeparators(dir));
}

void StoreLocationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void StoreLocationPage::retranslate()
{
    setTitle(tr("Welcome to Sinergi"));
    setSubTitle(tr("Sinergitas Data Ketenagakerjaan — the labour data of your office, kept in one "
                   "encrypted store."));
}

} // namespace sinergi
