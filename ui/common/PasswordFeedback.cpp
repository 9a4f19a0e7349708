#include "PasswordFeedback.h"

#include "accounts/PasswordPolicy.h"

#include <QLabel>
#include <QLineEdit>

namespace sinergi {

PasswordFeedback::PasswordFeedback(QLineEdit *password, QLineEdit *confirm, QLabel *feedback, QObject *parent)
    : QObject(parent), m_password(password), m_confirm(confirm), m_feedback(feedback)
{
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    // A word-wrapped label in a form row otherwise gets squeezed to its narrowest width.
    m_feedback->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_feedback->setMinimumWidth(260);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFeedback::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordFeedback::update);
    update();
}

void PasswordFeedback::setUsername(const QString &username)
{
    m_username = username;
    update();
}

QString PasswordFeedback::password() const
{
    return m_password->text();
}

void PasswordFeedback::update()
{
    const QString password = m_password->text();
    const QString confirm = m_confirm->text();
    QString text;
    bool good = false;
    bool problem = false;
    if (password.isEmpty()) {
        text = tr("At least %n characters, and not containing the user name.", nullptr,
                  PasswordPolicy::kMinLength);
    } else if (const QString policy = PasswordPolicy::check(m_username, password); !policy.isEmpty()) {
        text = policy;
        problem = true;
    } else if (confirm.isEmpty()) {
        text = tr("Good. Now type the password again to confirm it.");
    } else if (confirm != password) {
        text = tr("The two passwords do not match.");
        problem = true;
    } else {
        text = tr("The password meets the policy.");
        good = true;
    }
    m_feedback->setText(text);
    // Colour carries the state; the text alone also says it, for colour-blind users.
    m_feedback->setStyleSheet(problem ? u"color: #b3261e;"_qs : good ? u"color: #1b6e20;"_qs : QString());
    if (good != m_acceptable) {
        m_acceptable = good;
        emit acceptableChanged(good);
    }
}

} // namespace sinergi
