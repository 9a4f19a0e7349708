#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace sinergi {

// Live password-policy feedback for a "new password + repeat" pair of fields that live in some form.
// It is a helper rather than a widget so each form keeps its own aligned labels.
class PasswordFeedback : public QObject
{
    Q_OBJECT
public:
    PasswordFeedback(QLineEdit *password, QLineEdit *confirm, QLabel *feedback, QObject *parent);

    // The user name the password must not contain; re-checks.
    void setUsername(const QString &username);
    // Policy met and both fields equal.
    bool isAcceptable() const { return m_acceptable; }
    QString password() const;

signals:
    void acceptableChanged(bool acceptable);

private:
    void update();

    QPointer<QLineEdit> m_password;
    QPointer<QLineEdit> m_confirm;
    QPointer<QLabel> m_feedback;
    QString m_username;
    bool m_acceptable = false;
};

} // namespace sinergi
