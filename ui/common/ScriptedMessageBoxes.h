#pragma once

#include "MessageBoxes.h"

#include <QList>
#include <QString>

namespace sinergi {

// For tests and the screenshot tool: records every box instead of showing it and answers questions from
// a queue (Yes when the queue is empty). Installs itself for its lifetime.
class ScriptedMessageBoxes : public MessageBoxes
{
public:
    enum class Kind { Information, Warning, Critical, Question };
    struct Shown
    {
        Kind kind;
        QString title;
        QString text;
    };

    ScriptedMessageBoxes();
    ~ScriptedMessageBoxes() override;

    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void critical(QWidget *parent, const QString &title, const QString &text) override;
    bool question(QWidget *parent, const QString &title, const QString &text) override;

    void queueAnswer(bool yes) { m_answers.append(yes); }
    const QList<Shown> &shown() const { return m_shown; }
    QString lastText() const { return m_shown.isEmpty() ? QString() : m_shown.last().text; }
    void clear() { m_shown.clear(); }

private:
    QList<Shown> m_shown;
    QList<bool> m_answers;
};

} // namespace sinergi
