// The period approval page (issue 6) on a real store, offscreen: the review of a month (problems, IPK
// checks with status, quality) arrives from the worker, "Setujui periode" approves through the confirmation
// dialog, the state and the list show it, an edit in the records grid is then refused with a message naming
// the month, "Buka kembali…" needs a reason, errors need an explicit acknowledgement, and an operator sees
// the page with the buttons disabled.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "approval/PeriodApprovalPage.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodDecisionDialog.h"
#include "common/ScriptedMessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordGridProxy.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {

const QString kDataset = u"pencari_kerja"_qs;

// A synthetic job seeker registered on `registered`; validYears 1 makes the card's validity an error.
QVariantMap seeker(int n, const QDate &registered, int validYears = 2)
{
    return {{u"no_pendaftaran"_qs, QStringLiteral("AK-%1").arg(n)},
            {u"nik"_qs, QStringLiteral("33740112039500%1").arg(n, 2, 10, QChar(u'0'))},
            {u"nama"_qs, QStringLiteral("Warga %1").arg(n)},
            {u"tanggal_lahir"_qs, QDate(1995, 3, 12)},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.74.01"_qs},
            {u"pendidikan"_qs, u"5000"_qs},
            {u"tanggal_daftar"_qs, registered},
            {u"berlaku_sampai"_qs, registered.addYears(validYears)},
            {u"status"_qs, u"terdaftar"_qs}};
}

bool waitForReview(PeriodApprovalPage &page, const QString &period)
{
    return QTest::qWaitFor([&] { return !page.isBusy() && page.review() && page.review()->period == period; },
                           20000);
}

QString cellText(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

int columnOf(const RecordTableModel *model, const QString &field)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldName(c) == field)
            return c;
    return -1;
}

} // namespace

class TestGuiApproval : public QObject
{
    Q_OBJECT

    GuiStore m_store;
    qint64 m_juneId = 0;

private slots:
    void initTestCase()
    {
        isolateSettings();
        auto session = m_store.create();
        session->createUser(u"ops"_qs, u"Operator"_qs, Role::Operator, u"Sandi-Petugas-2024"_qs);
        RecordsContext context(*session);
        m_juneId = context.service().create(kDataset, seeker(1, QDate(2025, 6, 5)));
        context.service().create(kDataset, seeker(2, QDate(2025, 6, 18)));
        context.service().create(kDataset, seeker(3, QDate(2025, 7, 2)));
        context.service().create(kDataset, seeker(4, QDate(2025, 5, 9), 1)); // May has an error
    }

    void cleanup() { PeriodApprovalPage::setDialogRunner({}); }

    void approveThroughThePageLocksEdits()
    {
        auto session = Session::login(m_store.where, kAdmin, kAdminPassword);
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        PeriodApprovalPage *page = window.approvalPage();
        QVERIFY(page);
        QVERIFY(window.pageTitles().contains(page->windowTitle()));
        window.showPage(page);
        page->setPeriod(2025, 6);
        QVERIFY(waitForReview(*page, u"2025-06"_qs));

        // The review: no problem rows for two valid cards, four IPK checks all OK, quality of two records.
        QVERIFY(!page->review()->hasErrors());
        QCOMPARE(page->checksTable()->rowCount(), 4);
        for (int r = 0; r < 4; ++r)
            QCOMPARE(cellText(page->checksTable(), r, 0), u"OK"_qs);
        bool seekersRow = false;
        for (int r = 0; r < page->qualityTable()->rowCount(); ++r)
            if (cellText(page->qualityTable(), r, 1) == u"2"_qs)
                seekersRow = true;
        QVERIFY(seekersRow);
        QVERIFY2(page->stateText().contains(u"not approved"_qs), qPrintable(page->stateText()));
        QVERIFY(page->approveButton()->isEnabled());
        QVERIFY(!page->reopenButton()->isEnabled());

        // Cancel first: nothing happens.
        PeriodApprovalPage::setDialogRunner([](PeriodDecisionDialog &) { return int(QDialog::Rejected); });
        QTest::mouseClick(page->approveButton(), Qt::LeftButton);
        QVERIFY(!PeriodApprovals(session->db()).isApproved(u"2025-06"_qs));

        bool sawCheckbox = true;
        PeriodApprovalPage::setDialogRunner([&](PeriodDecisionDialog &d) {
            sawCheckbox = d.acknowledgeCheck() != nullptr;
            d.textEdit()->setPlainText(u"Diperiksa bersama kepala bidang"_qs);
            d.buttons()->button(QDialogButtonBox::Ok)->click();
            return d.result();
        });
        QTest::mouseClick(page->approveButton(), Qt::LeftButton);
        QVERIFY(!sawCheckbox); // no errors: no acknowledgement asked
        QVERIFY(PeriodApprovals(session->db()).isApproved(u"2025-06"_qs));
        QVERIFY2(page->stateText().contains(u"approved by admin"_qs), qPrintable(page->stateText()));
        QVERIFY(!page->approveButton()->isEnabled());
        QVERIFY(page->reopenButton()->isEnabled());
        QCOMPARE(page->periodsTable()->rowCount(), 1);
        QCOMPARE(cellText(page->periodsTable(), 0, 1), u"Approved"_qs);
        QCOMPARE(cellText(page->periodsTable(), 0, 2), u"admin"_qs);
        QCOMPARE(cellText(page->periodsTable(), 0, 6), u"Diperiksa bersama kepala bidang"_qs);

        // An edit of a June record in the grid is refused with the month and who can reopen it.
        RecordsPage records(*session, nullptr, true);
        records.show();
        records.applyQuery();
        ScriptedMessageBoxes boxes;
        int row = -1;
        for (int r = 0; r < records.proxy()->rowCount(); ++r)
            if (records.proxy()->index(r, 0).data(RecordTableModel::RecordIdRole).toLongLong() == m_juneId)
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex name = records.proxy()->index(row, columnOf(records.model(), u"nama"_qs));
        QVERIFY(!records.proxy()->setData(name, u"Nama Baru"_qs));
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY2(boxes.lastText().contains(u"2025-06"_qs) && boxes.lastText().contains(u"walidata"_qs),
                 qPrintable(boxes.lastText()));
        QCOMPARE(records.context()->service().get(kDataset, m_juneId)->value(u"nama"_qs).toString(),
                 u"Warga 1"_qs);

        // Reopen: OK stays disabled until a reason is written.
        bool okWithoutReason = true;
        PeriodApprovalPage::setDialogRunner([&](PeriodDecisionDialog &d) {
            okWithoutReason = d.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            d.textEdit()->setPlainText(u"Data susulan dari kecamatan"_qs);
            d.buttons()->button(QDialogButtonBox::Ok)->click();
            return d.result();
        });
        QTest::mouseClick(page->reopenButton(), Qt::LeftButton);
        QVERIFY(!okWithoutReason);
        QVERIFY(!PeriodApprovals(session->db()).isApproved(u"2025-06"_qs));
        QVERIFY2(page->stateText().contains(u"Data susulan dari kecamatan"_qs),
                 qPrintable(page->stateText()));
        QCOMPARE(cellText(page->periodsTable(), 0, 1), u"Reopened"_qs);
        QVERIFY(records.proxy()->setData(name, u"Nama Baru"_qs));
        QCOMPARE(records.context()->service().get(kDataset, m_juneId)->value(u"nama"_qs).toString(),
                 u"Nama Baru"_qs);
    }

    void errorsNeedAcknowledgement()
    {
        auto session = Session::login(m_store.where, kAdmin, kAdminPassword);
        MainWindow window(*session);
        window.show();
        PeriodApprovalPage *page = window.approvalPage();
        window.showPage(page);
        page->setPeriod(2025, 5);
        QVERIFY(waitForReview(*page, u"2025-05"_qs));
        QVERIFY(page->review()->hasErrors());
        QVERIFY(page->problemsTable()->rowCount() >= 1);
        QCOMPARE(cellText(page->problemsTable(), 0, 0), u"Error"_qs);
        QVERIFY(page->summaryText().contains(u"1 validation error(s)"_qs));

        bool okBefore = true, okNoteWithoutTick = true, okTickedWithoutNote = true;
        PeriodApprovalPage::setDialogRunner([&](PeriodDecisionDialog &d) {
            okBefore = d.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            d.textEdit()->setPlainText(u"Masa berlaku dikonfirmasi kecamatan"_qs);
            if (!d.acknowledgeCheck())
                return int(QDialog::Rejected);
            okNoteWithoutTick = d.buttons()->button(QDialogButtonBox::Ok)->isEnabled(); // a note alone
            d.textEdit()->clear();
            d.acknowledgeCheck()->setChecked(true);
            okTickedWithoutNote = d.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            d.textEdit()->setPlainText(u"Masa berlaku dikonfirmasi kecamatan"_qs);
            d.buttons()->button(QDialogButtonBox::Ok)->click();
            return d.result();
        });
        QVERIFY(page->approve());
        QVERIFY(!okBefore);
        QVERIFY(!okNoteWithoutTick);
        QVERIFY(!okTickedWithoutNote);
        const auto approval = PeriodApprovals(session->db()).find(u"2025-05"_qs);
        QVERIFY(approval && approval->isApproved() && approval->acknowledgedErrors);
        QVERIFY(cellText(page->periodsTable(), 0, 6).contains(u"Masa berlaku dikonfirmasi"_qs) ||
                cellText(page->periodsTable(), 1, 6).contains(u"Masa berlaku dikonfirmasi"_qs));
    }

    void operatorSeesButCannotApprove()
    {
        auto session = Session::login(m_store.where, u"ops"_qs, u"Sandi-Petugas-2024"_qs);
        MainWindow window(*session);
        window.show();
        PeriodApprovalPage *page = window.approvalPage();
        QVERIFY(page);
        window.showPage(page);
        page->setPeriod(2025, 7);
        QVERIFY(waitForReview(*page, u"2025-07"_qs));
        QVERIFY(!page->approveButton()->isEnabled());
        QVERIFY(!page->reopenButton()->isEnabled());
        QVERIFY(page->periodsTable()->rowCount() >= 2); // June (reopened) and May (approved)
        ScriptedMessageBoxes boxes;
        PeriodApprovalPage::setDialogRunner([](PeriodDecisionDialog &d) {
            d.textEdit()->setPlainText(u"x"_qs);
            return int(QDialog::Accepted);
        });
        QVERIFY(!page->approve()); // even called directly, the core refuses
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY(!PeriodApprovals(session->db()).isApproved(u"2025-07"_qs));
    }
};

QTEST_MAIN(TestGuiApproval)
#include "tst_gui_approval.moc"
