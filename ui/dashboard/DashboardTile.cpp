#include "DashboardTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace sinergi {

DashboardTile::DashboardTile(const QString &accent, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(u"dashboardTile"_qs);
    // A coloured left edge tells the tiles apart at a glance.
    setStyleSheet(
        u"#dashboardTile { background: white; border: 1px solid #d8dee6; border-left: 5px solid %1; "
        "border-radius: 4px; }"_qs.arg(accent));
    setMinimumHeight(78);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(0);
    m_caption->setStyleSheet(u"color: #4a5568; font-size: 9pt;"_qs);
    m_caption->setWordWrap(true);
    m_value->setStyleSheet(u"color: #1a202c; font-size: 18pt; font-weight: bold;"_qs);
    m_detail->setStyleSheet(u"color: #718096; font-size: 8pt;"_qs);
    m_detail->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void DashboardTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void DashboardTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void DashboardTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void DashboardTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

QString DashboardTile::caption() const
{
    return m_caption->text();
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::detail() const
{
    return m_detail->text();
}

void DashboardTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace sinergi
