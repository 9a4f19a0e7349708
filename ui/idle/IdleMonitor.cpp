#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace sinergi {

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::fire);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::setIntervalMs(int ms)
{
    m_timer->setInterval(qMax(1, ms));
    if (m_running)
        m_timer->start();
}

int IdleMonitor::intervalMs() const
{
    return m_timer->interval();
}

void IdleMonitor::start()
{
    m_running = true;
    m_timer->start();
}

void IdleMonitor::stop()
{
    m_running = false;
    m_timer->stop();
}

void IdleMonitor::setInhibited(bool inhibited)
{
    m_inhibit = qMax(0, m_inhibit + (inhibited ? 1 : -1));
    // Count the idle time from the end of the work, not from its start.
    if (m_running && m_inhibit == 0)
        m_timer->start();
}

void IdleMonitor::fire()
{
    if (!m_running)
        return;
    if (m_inhibit > 0) {
        m_timer->start();
        return;
    }
    emit idle();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_timer->start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sinergi
