#include "ScriptedMessageBoxes.h"

namespace sinergi {

ScriptedMessageBoxes::ScriptedMessageBoxes()
{
    MessageBoxes::setInstance(this);
}

ScriptedMessageBoxes::~ScriptedMessageBoxes()
{
    MessageBoxes::setInstance(nullptr);
}

void ScriptedMessageBoxes::information(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({Kind::Information, title, text});
}

void ScriptedMessageBoxes::warning(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({Kind::Warning, title, text});
}

void ScriptedMessageBoxes::critical(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({Kind::Critical, title, text});
}

bool ScriptedMessageBoxes::question(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({Kind::Question, title, text});
    return m_answers.isEmpty() ? true : m_answers.takeFirst();
}

} // namespace sinergi
