#pragma once

#include <QString>

#include <functional>

class QWidget;

// docs/screenshots/outbox.png: the "SMData submissions" page of a generated regency in its own store, against
// the real sandbox on loopback: April accepted, May rejected, June being sent (progress bar). `save` is the
// screenshot tool's save(widget, name). False (with a message on stderr) when something did not arrive.
bool outboxScreenshot(const QString &dir, const std::function<void(QWidget *, const QString &)> &save);
