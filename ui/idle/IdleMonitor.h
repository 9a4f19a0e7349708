#pragma once

#include <QObject>

class QTimer;

namespace sinergi {

// Watches all user input of the application (an event filter on qApp) and emits idle() when there has
// been none for the interval. Inhibit it while long work runs on the session, so the lock never
// interrupts it.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    void setIntervalMinutes(int minutes) { setIntervalMs(minutes * 60 * 1000); }
    // Milliseconds; tests use a short interval.
    void setIntervalMs(int ms);
    int intervalMs() const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Nested: each true needs a matching false.
    void setInhibited(bool inhibited);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fire();

    QTimer *m_timer = nullptr;
    bool m_running = false;
    int m_inhibit = 0;
};

} // namespace sinergi
