#include "StoreLocationPage.h"

#include "ui_StoreLocationPage.h"

#include "common/FileDialogs.h"
#include "datasets/RegionCatalog.h"
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
    // Not a mandatory ("*") field: QWizard counts a mandatory field as filled only when it differs from its
    // initial value, which would keep Next disabled for the suggested default folder. validatePage checks it.
    registerField(u"storeDir"_qs, m_ui->locationEdit);

    // The region list is embedded and loads in ~30 ms; the page asks for a choice, there is no default.
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    m_ui->provinceCombo->addItem(QString(), QString());
    for (const RegionCatalog::Region &p : regions.provinces())
        m_ui->provinceCombo->addItem(p.name, p.code);
    for (const RegionCatalog::Region &p : regions.provinces())
        for (const RegionCatalog::Region &r : regions.regencies(p.code))
            m_regencies[p.code].append({r.code, r.name});
    connect(m_ui->provinceCombo, &QComboBox::currentIndexChanged, this, &StoreLocationPage::fillRegencies);
    // Mandatory: Next stays disabled until a regency is chosen (empty currentData = not chosen).
    registerField(u"officeRegency*"_qs, m_ui->regencyCombo, "currentData", SIGNAL(currentIndexChanged(int)));
    fillRegencies();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &StoreLocationPage::browse);
    connect(m_ui->locationEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
    retranslate();
}

StoreLocationPage::~StoreLocationPage() = default;

bool StoreLocationPage::validatePage()
{
    const QString dir = QDir::fromNativeSeparators(m_ui->locationEdit->text().trimmed());
    if (dir.isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose the folder for the store."));
        m_ui->errorLabel->show();
        return false;
    }
    if (StoreLocation{dir}.storeExists()) {
        m_ui->errorLabel->setText(tr("This folder already holds a Sinergi store. Choose an empty folder, or "
                                     "set this folder as the store location in the settings to open it."));
        m_ui->errorLabel->show();
        return false;
    }
    return true;
}

void StoreLocationPage::fillRegencies()
{
    m_ui->regencyCombo->clear();
    const QString province = m_ui->provinceCombo->currentData().toString();
    m_ui->regencyCombo->setEnabled(!province.isEmpty());
    m_ui->regencyCombo->addItem(QString(), QString());
    for (const auto &[code, name] : m_regencies.value(province))
        m_ui->regencyCombo->addItem(name, code);
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
