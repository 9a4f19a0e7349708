#include "ExportPiiDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sinergi {

ExportPiiDialog::ExportPiiDialog(const QString &datasetLabel, const QStringList &piiFieldLabels,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exportPiiDialog"_qs);
    setWindowTitle(tr("Export personal data?"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p><b>%1</b> contains personal data: %2.</p>"
           "<p>Without it the file holds every other column and can be shared for statistics and "
           "planning.</p>"
           "<p>With it, anyone who gets the file can read these people's personal data outside Sinergi. Keep "
           "such a file only as long as needed, never send it by unencrypted e-mail or chat, and delete it "
           "afterwards. The export (who, when, which view, how many rows, the file name) is recorded in the "
           "audit log.</p>")
            .arg(datasetLabel.toHtmlEscaped(), piiFieldLabels.join(u", "_qs).toHtmlEscaped()));
    text->setMinimumWidth(440);
    top->addWidget(text, 1);
    layout->addLayout(top);

    m_confirm =
        new QCheckBox(tr("I understand that the file will contain personal data and that this export is "
                         "recorded"),
                      this);
    m_confirm->setObjectName(u"confirmPiiCheck"_qs);
    // A long checkbox text does not wrap by itself; a tooltip repeats it in case a translation is cut.
    m_confirm->setToolTip(m_confirm->text());
    layout->addWidget(m_confirm);

    auto *buttons = new QDialogButtonBox(this);
    m_withoutPii = buttons->addButton(tr("Export &without personal data"), QDialogButtonBox::AcceptRole);
    m_withPii = buttons->addButton(tr("Export &with personal data"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_withoutPii->setDefault(true);
    m_withPii->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_confirm, &QCheckBox::toggled, m_withPii, &QPushButton::setEnabled);
    connect(m_withoutPii, &QPushButton::clicked, this, [this] {
        m_choice = WithoutPii;
        accept();
    });
    connect(m_withPii, &QPushButton::clicked, this, [this] {
        if (!m_confirm->isChecked())
            return;
        m_choice = WithPii;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace sinergi
