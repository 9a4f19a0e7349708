#pragma once

#include <QComboBox>

namespace sinergi {

// A combo box whose list opens as wide as its longest item, within the screen. Qt sizes an editable
// combo's list to the combo itself, so in a narrow grid cell "3000 — SMA/sederajat" labels were cut off;
// the list may grow past the combo (to the right, or shifted left at the screen's edge), the combo keeps
// its size.
class WidePopupComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    void showPopup() override;
    // The list's width that shows every item whole (item text and margins, the list's frame, the scroll bar
    // when one is needed), before the screen limit.
    int contentsPopupWidth() const;
};

} // namespace sinergi
