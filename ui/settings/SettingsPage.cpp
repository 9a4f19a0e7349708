#include "SettingsPage.h"

#include "ui_SettingsPage.h"

#include "ChangePasswordDialog.h"
#include "RecoveryCodeDialog.h"
#include "ReferenceListsPanel.h"
#include "RegionEditionsPanel.h"
#include "ReportRulesPanel.h"
#include "SmdataSettingsPanel.h"
#include "common/AppSettings.h"
#include "common/Background.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "session/Session.h"

#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QProgressDialog>

namespace sinergi {

SettingsPage::SettingsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    // The language names are written in their own language, so they are not translated.
    m_ui->languageCombo->addItem(u"Bahasa Indonesia"_qs, u"id"_qs);
    m_ui->languageCombo->addItem(u"English"_qs, u"en"_qs);

    const bool settings = session.can(Permission::ManageSettings);
    const bool keys = session.can(Permission::ManageKeys);
    m_ui->securityGroup->setEnabled(settings);
    m_ui->securityNoteLabel->setVisible(!settings);
    m_ui->keysGroup->setEnabled(keys);
    m_ui->keysNoteLabel->setVisible(!keys);
    // Reference lists: its own widget; placed last, above the spacer that ends the column.
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, new ReportRulesPanel(session, this));
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, new SmdataSettingsPanel(session, this));
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, new ReferenceListsPanel(session, this));
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, new RegionEditionsPanel(session, this));

    load();
    connect(m_ui->languageCombo, &QComboBox::activated, this, &SettingsPage::changeLanguage);
    connect(m_ui->idleSpin, &QSpinBox::valueChanged, this, &SettingsPage::updateIdleButton);
    connect(m_ui->idleApplyButton, &QPushButton::clicked, this, &SettingsPage::applyIdleMinutes);
    connect(m_ui->storeChangeButton, &QPushButton::clicked, this, &SettingsPage::changeStoreLocation);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &SettingsPage::rotateDataKey);
    connect(m_ui->recoveryButton, &QPushButton::clicked, this, &SettingsPage::newRecoveryCode);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &SettingsPage::changeOwnPassword);
    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(AppSettings::language()));
    m_ui->idleSpin->setValue(m_session.idleLockMinutes());
    m_ui->storeEdit->setText(QDir::toNativeSeparators(m_session.location().dir));
    const QString configured = QDir::cleanPath(AppSettings::storeDir());
    const bool pending = configured != QDir::cleanPath(m_session.location().dir);
    m_ui->storePendingLabel->setVisible(pending);
    m_ui->storePendingLabel->setText(tr("From the next start: %1").arg(QDir::toNativeSeparators(configured)));
    updateIdleButton();
}

void SettingsPage::updateIdleButton()
{
    m_ui->idleApplyButton->setEnabled(m_ui->idleSpin->value() != m_session.idleLockMinutes());
}

void SettingsPage::applyIdleMinutes()
{
    const int minutes = m_ui->idleSpin->value();
    try {
        m_session.setIdleLockMinutes(minutes);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Idle lock"), e.userMessage());
        m_ui->idleSpin->setValue(m_session.idleLockMinutes());
        return;
    }
    updateIdleButton();
    emit idleLockMinutesChanged(minutes);
}

void SettingsPage::changeLanguage(int index)
{
    const QString language = m_ui->languageCombo->itemData(index).toString();
    if (language == AppSettings::language())
        return;
    AppSettings::setLanguage(language);
    // Every window retranslates itself on QEvent::LanguageChange, so the switch is immediate.
    Translations::install(language);
}

void SettingsPage::changeStoreLocation()
{
    const QString dir = FileDialogs::instance().existingDirectory(this, tr("Choose the store folder"),
                                                                  AppSettings::storeDir());
    if (dir.isEmpty())
        return;
    AppSettings::setStoreDir(QDir::fromNativeSeparators(dir));
    load();
    // The open store keeps its process lock and its key; switching under a running session would mean
    // logging out anyway, so the new folder is used from the next start.
    MessageBoxes::instance().information(
        this, tr("Store location"),
        tr("Sinergi will use %1 from the next start. If that folder holds no store yet, the first-start "
           "wizard will create one there.")
            .arg(QDir::toNativeSeparators(dir)));
}

void SettingsPage::rotateDataKey()
{
    if (m_rotating)
        return;
    if (!MessageBoxes::instance().question(
            this, tr("Rotate data key"),
            tr("Re-encrypt the whole store with a new data key? This can take a while for a large store. "
               "Sinergi stays locked for other work until it is done; an interruption never loses data.")))
        return;
    m_rotating = true;
    emit longOperationRunning(true);
    m_progress =
        new QProgressDialog(tr("Re-encrypting the store with a new data key…"), QString(), 0, 0, this);
    m_progress->setWindowTitle(tr("Rotate data key"));
    m_progress->setWindowModality(Qt::ApplicationModal);
    m_progress->setMinimumDuration(0);
    m_progress->setCancelButton(
        nullptr); // rotation is not interruptible by design (crash-safe, not cancellable)
    m_progress->show();
    Session *session = &m_session;
    runInBackground<bool>(
        this,
        [session] {
            session->rotateDataKey();
            return true;
        },
        [this](Outcome<bool> outcome) {
            m_progress->deleteLater();
            m_progress = nullptr;
            m_rotating = false;
            emit longOperationRunning(false);
            if (outcome.error)
                MessageBoxes::instance().critical(this, tr("Rotate data key"), outcome.error->userMessage());
            else
                MessageBoxes::instance().information(
                    this, tr("Rotate data key"),
                    tr("The store is now encrypted with a new data key. Passwords and the recovery code are "
                       "unchanged."));
        });
}

void SettingsPage::newRecoveryCode()
{
    if (!MessageBoxes::instance().question(
            this, tr("New recovery code"),
            tr("Create a new recovery code? The current code stops working immediately.")))
        return;
    QString code;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        code = m_session.regenerateRecoveryCode();
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        MessageBoxes::instance().critical(this, tr("New recovery code"), e.userMessage());
        return;
    }
    QGuiApplication::restoreOverrideCursor();
    auto *dialog = new RecoveryCodeDialog(code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SettingsPage::changeOwnPassword()
{
    auto *dialog = new ChangePasswordDialog(m_session, ChangePasswordDialog::Mode::Voluntary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        emit userChanged();
        MessageBoxes::instance().information(this, tr("Change my password"),
                                             tr("Your password was changed."));
    });
    dialog->open();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        load();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_ui->idleSpin->setSuffix(tr(" min"));
}

} // namespace sinergi
