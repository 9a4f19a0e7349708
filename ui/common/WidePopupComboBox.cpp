#include "WidePopupComboBox.h"

#include <QAbstractItemView>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace sinergi {

int WidePopupComboBox::contentsPopupWidth() const
{
    const QAbstractItemView *list = view();
    // The view's delegate measures what it paints (text, margins), for every item.
    int width = list->sizeHintForColumn(modelColumn()) + 2 * list->frameWidth();
    if (count() > maxVisibleItems())
        width += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list->verticalScrollBar());
    return width;
}

void WidePopupComboBox::showPopup()
{
    QComboBox::showPopup();
    QAbstractItemView *list = view();
    QWidget *popup = list->window(); // the private container Qt placed below (or above) the combo
    if (!popup || popup == window() || !popup->isVisible())
        return;
    QRect geometry = popup->geometry();
    // The container's own frame and margins around the list.
    const int chrome = std::max(0, popup->width() - list->width());
    const QRect available = popup->screen()->availableGeometry();
    const int wanted = std::min(std::max(contentsPopupWidth() + chrome, geometry.width()), available.width());
    if (wanted == geometry.width())
        return;
    geometry.setWidth(wanted);
    if (geometry.right() > available.right())
        geometry.moveRight(available.right());
    if (geometry.left() < available.left())
        geometry.moveLeft(available.left());
    popup->setGeometry(geometry);
}

} // namespace sinergi
