#pragma once

#include "MessageBoxes.h"

namespace sinergi {

// The real thing: modal QMessageBoxes.
class QtMessageBoxes : public MessageBoxes
{
public:
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void critical(QWidget *parent, const QString &title, const QString &text) override;
    bool question(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace sinergi
