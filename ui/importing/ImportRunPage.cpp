#include "ImportRunPage.h"

#include "ImportWizard.h"

#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "importing/Importer.h"
#include "records/RecordsContext.h"
#include "session/Session.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sinergi {

ImportRunPage::ImportRunPage(ImportWizard &wizard) : m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(
        tr("The rows are stored in one step at the end. Cancel undoes everything: the data stays as it "
           "was before the import."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_qs);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_qs);
    m_cancelButton = new QPushButton(tr("&Cancel import"), this);
    m_cancelButton->setObjectName(u"cancelImportButton"_qs);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    m_result = new QLabel(this);
    m_result->setObjectName(u"resultLabel"_qs);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejected = new QPlainTextEdit(this);
    m_rejected->setObjectName(u"rejectedList"_qs);
    m_rejected->setReadOnly(true);
    m_rejected->hide();
    m_openFolder = new QPushButton(tr("&Open the folder of the rejected rows file"), this);
    m_openFolder->setObjectName(u"openFolderButton"_qs);
    m_openFolder->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_openFolder, 0, Qt::AlignLeft);
    layout->addStretch(0);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::requestCancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { finished(m_watcher.result()); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (m_report && !m_report->rejectsPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_report->rejectsPath).absolutePath()));
    });
}

ImportRunPage::~ImportRunPage()
{
    cancelAndWait();
}

void ImportRunPage::initializePage()
{
    start();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

QString ImportRunPage::resultText() const
{
    return m_result->text();
}

void ImportRunPage::requestCancel()
{
    m_cancel.store(true);
    // The flag is all the worker needs; the widgets are updated on the window's thread.
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this] { requestCancel(); }, Qt::QueuedConnection);
        return;
    }
    if (!m_running)
        return;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling… the changes are being undone."));
}

void ImportRunPage::cancelAndWait()
{
    if (!m_running)
        return;
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

void ImportRunPage::start()
{
    m_done = false;
    m_report.reset();
    m_error.clear();
    m_cancel.store(false);
    m_result->clear();
    m_rejected->hide();
    m_openFolder->hide();
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_status->setText(tr("Reading and checking the file…"));

    ImportOptions options = m_wizard.options();
    options.cancel = &m_cancel;
    // The window validates right after an import (ProblemsPanel::validateAfterImport), and that job builds
    // the search and sort indexes first: leaving them out of the import commits sooner. A user who may not
    // run the validation gets them inside the import, as before.
    options.deferSecondaryIndexes = m_wizard.context().session().can(Permission::EditRecords);
    // Progress comes on the worker thread; the window hears of it through its event loop.
    options.progress = [this, hook = m_hook](const ImportProgress &p) {
        if (hook)
            hook(p);
        QMetaObject::invokeMethod(
            this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
    };
    Importer *importer = &m_wizard.importer();
    m_running = true;
    emit completeChanged();
    m_watcher.setFuture(QtConcurrent::run([importer, options]() -> Outcome<ImportReport> {
        Outcome<ImportReport> out;
        try {
            out.value = importer->run(options);
        } catch (const Error &e) {
            out.error = e;
        } catch (const std::exception &e) {
            out.error = Error(ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        return out;
    }));
}

void ImportRunPage::showProgress(const ImportProgress &p)
{
    if (!m_running)
        return;
    if (p.bytesTotal > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, p.bytesRead * 1000 / p.bytesTotal)));
    if (!m_cancel.load())
        m_status->setText(tr("%1 row(s) read…").arg(QLocale().toString(p.rowsRead)));
}

void ImportRunPage::finished(const Outcome<ImportReport> &outcome)
{
    m_running = false;
    m_done = true;
    m_cancelButton->hide();
    if (outcome.error) {
        m_error = ImportWizard::errorText(*outcome.error);
        m_progress->setValue(0);
        m_status->setText(tr("The import failed. Nothing was stored."));
        m_result->setText(m_error);
        m_result->setStyleSheet(u"color: #b02020;"_qs);
        MessageBoxes::instance().critical(
            this, tr("Import data"),
            tr("%1\n\nNothing was stored; the data is as before the import.").arg(m_error));
    } else {
        m_report = outcome.value;
        showReport(*m_report);
    }
    emit completeChanged();
    emit stopped();
    if (m_report && m_report->committed)
        emit m_wizard.imported(m_wizard.options().dataset);
}

void ImportRunPage::showReport(const ImportReport &r)
{
    const QLocale locale;
    m_result->setStyleSheet(QString());
    m_progress->setValue(r.cancelled ? m_progress->value() : 1000);
    const QString counts =
        tr("Read: %1 · added: %2 · updated: %3 · rejected: %4 · stored with errors to "
           "correct: %5")
            .arg(locale.toString(r.rowsRead), locale.toString(r.inserted), locale.toString(r.updated),
                 locale.toString(r.rejected), locale.toString(r.withErrors));
    QString text;
    if (r.cancelled) {
        m_status->setText(tr("Cancelled."));
        text = tr("The import was cancelled and undone: no row was stored, the data is as before.");
    } else if (r.dryRun) {
        m_status->setText(tr("Dry run finished."));
        text = tr("Dry run: nothing was stored. An import would give:") + u'\n' + counts;
    } else if (r.committed) {
        m_status->setText(tr("Import finished in %1 s.").arg(locale.toString(r.seconds, 'f', 1)));
        text = counts;
    } else {
        m_status->setText(tr("Nothing was imported."));
        text = counts;
    }
    if (!r.rejectsPath.isEmpty())
        text +=
            u"\n\n"_qs +
            tr("The rejected rows and their reasons are in %1.").arg(QDir::toNativeSeparators(r.rejectsPath));
    if (!r.notes.isEmpty())
        text += u"\n\n"_qs + r.notes.join(u'\n');
    m_result->setText(text);
    if (!r.cancelled && !r.firstRejected.isEmpty()) {
        QStringList lines;
        for (const ImportReport::Rejected &x : r.firstRejected)
            lines << tr("Row %1: %2").arg(x.row).arg(x.reason);
        if (r.rejected > r.firstRejected.size())
            lines << tr("… and %1 more").arg(locale.toString(r.rejected - r.firstRejected.size()));
        m_rejected->setPlainText(lines.join(u'\n'));
        m_rejected->show();
    }
    m_openFolder->setVisible(!r.rejectsPath.isEmpty());
}

} // namespace sinergi
