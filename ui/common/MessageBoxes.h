#pragma once

#include <QString>

class QWidget;

namespace sinergi {

// Every message box the UI shows goes through this interface, so GUI tests can answer questions and
// assert what was shown instead of blocking on a real modal QMessageBox (KeePassXC's pattern).
class MessageBoxes
{
public:
    virtual ~MessageBoxes() = default;

    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void critical(QWidget *parent, const QString &title, const QString &text) = 0;
    // True when the user confirmed (Yes).
    virtual bool question(QWidget *parent, const QString &title, const QString &text) = 0;

    // The process-wide instance; a QMessageBox implementation unless a test installed another one.
    static MessageBoxes &instance();
    // Does not take ownership; nullptr restores the default.
    static void setInstance(MessageBoxes *boxes);
};

} // namespace sinergi
