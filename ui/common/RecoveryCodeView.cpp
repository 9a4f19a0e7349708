#include "RecoveryCodeView.h"

#include "ui_RecoveryCodeView.h"

#include "FileDialogs.h"
#include "MessageBoxes.h"

#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace sinergi {

RecoveryCodeView::RecoveryCodeView(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RecoveryCodeView>())
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_ui->codeLabel->setFont(mono);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecoveryCodeView::print);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RecoveryCodeView::saveToFile);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &RecoveryCodeView::confirmedChanged);
}

RecoveryCodeView::~RecoveryCodeView() = default;

void RecoveryCodeView::setCode(const QString &code)
{
    m_code = code;
    m_ui->codeLabel->setText(code);
    m_ui->confirmCheck->setChecked(false);
}

bool RecoveryCodeView::isConfirmed() const
{
    return m_ui->confirmCheck->isChecked();
}

void RecoveryCodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

QString RecoveryCodeView::documentText() const
{
    return tr("Sinergi recovery code") + u"\n\n"_qs + m_code + u"\n\n"_qs
        + tr("Created: %1").arg(QLocale().toString(QDateTime::currentDateTime(), u"dd-MM-yyyy HH:mm"_qs))
        + u"\n\n"_qs
        + tr("This code opens the store when every administrator password is lost. Keep it locked away "
             "and never store it on this computer.")
        + u"\n"_qs;
}

void RecoveryCodeView::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setPlainText(documentText());
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(14);
    doc.setDefaultFont(mono);
    doc.print(&printer);
}

void RecoveryCodeView::saveToFile()
{
    const QString suggested = QDir::home().filePath(u"sinergi-recovery-code.txt"_qs);
    const QString path = FileDialogs::instance().saveFileName(this, tr("Save recovery code"), suggested,
                                                              tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(documentText().toUtf8()) < 0
        || !file.commit()) {
        MessageBoxes::instance().critical(this, tr("Save recovery code"),
                                          tr("The file could not be written: %1").arg(file.errorString()));
        return;
    }
    MessageBoxes::instance().information(
        this, tr("Save recovery code"),
        tr("The recovery code was saved to %1. Move this file to a USB stick or print it, then delete it "
           "from this computer.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace sinergi
