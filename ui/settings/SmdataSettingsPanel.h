#pragma once

#include "smdata/SmdataSettings.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sinergi {

class Session;

// Settings section "SMData": the server address, the regency's user-admin account, the custom CA bundle and
// the pinned receipt keys (smdata::SmdataSettings, kept only in the encrypted store). Only roles that may
// submit (SubmitBatches: admin, walidata) see the values; the others get a note. The password is never
// shown back: the field stays empty, and an empty field keeps the stored one. "Test connection" logs in on
// a worker thread with what the form shows and says how it went.
class SmdataSettingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit SmdataSettingsPanel(Session &session, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *receiptKeysEdit() const { return m_keys; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *caLabel() const { return m_caLabel; }
    bool isTesting() const { return m_testing; }

    // The actions behind the buttons (tests call them; the CA file comes from FileDialogs).
    void save();
    void testConnection();
    void chooseCaFile();
    void useSystemCa();
    void reload();

signals:
    // Saved: the outbox sender reads the settings again at its next round.
    void settingsSaved();

private:
    // The form's values over the stored ones (an empty password field keeps the stored password). Throws
    // Error(InvalidArgument) with the message to show.
    smdata::SmdataSettings shown() const;
    void showCa();
    void setStatus(const QString &text, bool error);

    Session &m_session;
    smdata::SmdataSettings m_stored;
    QByteArray m_caPem; // as chosen, not yet saved
    QLineEdit *m_url = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_caLabel = nullptr;
    QPushButton *m_caChoose = nullptr;
    QPushButton *m_caSystem = nullptr;
    QPlainTextEdit *m_keys = nullptr;
    QLabel *m_keyIds = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    bool m_testing = false;
};

} // namespace sinergi
