#include "SmdataSettingsPanel.h"

#include "common/Background.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "session/Session.h"
#include "smdata/SmdataClient.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace sinergi {

using smdata::SmdataSettings;

namespace {

// What a connection test reports back from its worker thread (an SmdataError would be sliced to a plain
// Error on the way, losing its own translated message).
struct TestResult
{
    bool ok = false;
    QString message;
};

} // namespace

SmdataSettingsPanel::SmdataSettingsPanel(Session &session, QWidget *parent)
    : QGroupBox(tr("SMData"), parent), m_session(session)
{
    setObjectName(u"smdataSettingsGroup"_qs);
    auto *layout = new QVBoxLayout(this);
    if (!session.can(Permission::SubmitBatches)) {
        auto *note = new QLabel(tr("Only an administrator or the walidata can see and change how Sinergi "
                                   "reaches SMData."),
                                this);
        note->setObjectName(u"smdataNoteLabel"_qs);
        note->setWordWrap(true);
        layout->addWidget(note);
        return;
    }
    auto *intro = new QLabel(tr("Where batches are sent and with which account. Everything here is kept only "
                                "in the encrypted store; the connection is always checked with TLS."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"smdataUrlEdit"_qs);
    m_url->setPlaceholderText(u"https://smdata.kemnaker.go.id"_qs);
    form->addRow(tr("Server &address:"), m_url);
    m_username = new QLineEdit(this);
    m_username->setObjectName(u"smdataUsernameEdit"_qs);
    form->addRow(tr("User &admin:"), m_username);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"smdataPasswordEdit"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);

    // The trust in use on one line, the two ways to change it below (room for longer translations).
    auto *caBox = new QVBoxLayout;
    m_caLabel = new QLabel(this);
    m_caLabel->setObjectName(u"smdataCaLabel"_qs);
    m_caLabel->setWordWrap(true);
    m_caChoose = new QPushButton(tr("Choose CA &file…"), this);
    m_caChoose->setObjectName(u"smdataCaChooseButton"_qs);
    m_caSystem = new QPushButton(tr("Use s&ystem certificates"), this);
    m_caSystem->setObjectName(u"smdataCaSystemButton"_qs);
    auto *caButtons = new QHBoxLayout;
    caButtons->addWidget(m_caChoose);
    caButtons->addWidget(m_caSystem);
    caButtons->addStretch(1);
    caBox->addWidget(m_caLabel);
    caBox->addLayout(caButtons);
    form->addRow(tr("Certificates:"), caBox);

    m_keys = new QPlainTextEdit(this);
    m_keys->setObjectName(u"smdataReceiptKeysEdit"_qs);
    m_keys->setPlaceholderText(tr("One key per line, as the ministry gave it (base64, 44 characters)"));
    m_keys->setTabChangesFocus(true);
    m_keys->setFixedHeight(m_keys->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Receipt keys:"), m_keys);
    m_keyIds = new QLabel(this);
    m_keyIds->setObjectName(u"smdataKeyIdsLabel"_qs);
    m_keyIds->setWordWrap(true);
    form->addRow(QString(), m_keyIds);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save SMData settings"), this);
    m_save->setObjectName(u"smdataSaveButton"_qs);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"smdataTestButton"_qs);
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"smdataStatusLabel"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &SmdataSettingsPanel::save);
    connect(m_test, &QPushButton::clicked, this, &SmdataSettingsPanel::testConnection);
    connect(m_caChoose, &QPushButton::clicked, this, &SmdataSettingsPanel::chooseCaFile);
    connect(m_caSystem, &QPushButton::clicked, this, &SmdataSettingsPanel::useSystemCa);
    reload();
}

void SmdataSettingsPanel::reload()
{
    if (!m_url)
        return;
    try {
        m_stored = SmdataSettings::load(m_session);
    } catch (const Error &e) {
        setStatus(e.userMessage(), true);
        return;
    }
    m_url->setText(m_stored.url);
    m_username->setText(m_stored.username);
    m_password->clear();
    m_password->setPlaceholderText(m_stored.password.isEmpty() ? tr("not stored yet")
                                                               : tr("stored — leave empty to keep it"));
    m_caPem = m_stored.caBundlePem;
    QStringList keys;
    QStringList ids;
    for (const QByteArray &k : std::as_const(m_stored.receiptKeys)) {
        keys << QString::fromLatin1(k.toBase64());
        ids << SmdataSettings::keyId(k);
    }
    m_keys->setPlainText(keys.join(u'\n'));
    m_keyIds->setText(ids.isEmpty() ? tr("No receipt key pinned: receipts cannot be verified.")
                                    : tr("Pinned key id(s): %1").arg(ids.join(u", "_qs)));
    showCa();
}

void SmdataSettingsPanel::showCa()
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(m_caPem, QSsl::Pem);
    if (certs.isEmpty()) {
        m_caLabel->setText(tr("The system's trusted certificates"));
    } else {
        QStringList names;
        for (const QSslCertificate &c : certs)
            names << c.subjectDisplayName();
        m_caLabel->setText(tr("Only the CA bundle: %1").arg(names.join(u"; "_qs)));
    }
    m_caSystem->setEnabled(!certs.isEmpty());
}

void SmdataSettingsPanel::setStatus(const QString &text, bool error)
{
    if (!m_status)
        return;
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
}

SmdataSettings SmdataSettingsPanel::shown() const
{
    SmdataSettings s = m_stored;
    s.url = m_url->text().trimmed().isEmpty() ? QString() : SmdataSettings::normalizedUrl(m_url->text());
    s.username = m_username->text().trimmed();
    if (!m_password->text().isEmpty())
        s.password = m_password->text();
    s.caBundlePem = m_caPem;
    s.receiptKeys.clear();
    for (const QString &line : m_keys->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray key = SmdataSettings::parseReceiptKey(line);
        if (!s.receiptKeys.contains(key))
            s.receiptKeys.append(key);
    }
    return s;
}

void SmdataSettingsPanel::chooseCaFile()
{
    const QString path = FileDialogs::instance().openFileName(
        this, tr("Choose the CA bundle"), QString(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
        setStatus(tr("The file %1 cannot be read or is too large for a CA bundle.").arg(path), true);
        return;
    }
    const QByteArray pem = f.readAll();
    try {
        SmdataSettings::checkCaBundle(pem);
    } catch (const Error &e) {
        setStatus(e.userMessage(), true);
        return;
    }
    m_caPem = pem;
    showCa();
    setStatus(tr("CA bundle chosen; save to use it."), false);
}

void SmdataSettingsPanel::useSystemCa()
{
    m_caPem.clear();
    showCa();
    setStatus(tr("The system's certificates will be used; save to apply."), false);
}

void SmdataSettingsPanel::save()
{
    try {
        SmdataSettings::save(m_session, shown());
    } catch (const Error &e) {
        setStatus(e.userMessage(), true);
        return;
    }
    reload();
    setStatus(tr("SMData settings saved."), false);
    emit settingsSaved();
}

void SmdataSettingsPanel::testConnection()
{
    if (m_testing)
        return;
    SmdataSettings s;
    try {
        s = shown();
    } catch (const Error &e) {
        setStatus(e.userMessage(), true);
        return;
    }
    if (!s.complete()) {
        setStatus(tr("Enter the server address, the user admin and the password first."), true);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    setStatus(tr("Connecting to SMData…"), false);
    runInBackground<TestResult>(
        this,
        [s] {
            TestResult r;
            try {
                smdata::SmdataClient client(s.clientConfig());
                client.login(s.username, s.password);
                r.ok = true;
                r.message = tr("Connected: logged in to SMData as %1 (regency %2).")
                                .arg(s.username, client.session().regencyCode);
            } catch (const smdata::SmdataError &e) {
                r.message = e.userMessage();
            }
            return r;
        },
        [this](Outcome<TestResult> outcome) {
            m_testing = false;
            m_test->setEnabled(true);
            if (outcome.error)
                setStatus(outcome.error->userMessage(), true);
            else
                setStatus(outcome.value.message, !outcome.value.ok);
        });
}

} // namespace sinergi
