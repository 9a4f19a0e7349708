// The readiness dialog (ui/smdata/ReadinessDialog) on a real store with datagen's records: it builds on a
// worker thread, shows per dataset what is sent and withheld, queues exactly the batch it showed, and for a
// month that is not approved says why and offers nothing to queue.
#include "GuiTestHelpers.h"
#include "RecordsFixture.h"

#include "DataGenerator.h"

#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "smdata/Outbox.h"
#include "smdata/ReadinessDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace sinergi;

class TestGuiReadiness : public QObject, private test::RecordsFixture
{
    Q_OBJECT

    QTemporaryDir m_csv;
    std::unique_ptr<Session> m_session;

    QTreeWidgetItem *rowOf(QTreeWidget *table, const QString &dataset)
    {
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            if (table->topLevelItem(i)->text(0).contains(u'(' + dataset + u')'))
                return table->topLevelItem(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        datagen::DatagenConfig config;
        config.outDir = m_csv.path();
        config.seed = 11;
        config.jobSeekers = 800;
        datagen::DataGenerator::run(config);
        m_session = newStore();
        m_session->setSetting(u"office.regency"_qs, u"33.73"_qs);
        QCOMPARE(importFiles(*m_session, m_csv.path(),
                             {u"pemberi_kerja"_qs, u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs}),
                 QString());
        const LabourSnapshot snapshot = LabourSnapshot::load(m_session->db());
        const PeriodReview review =
            PeriodReview::gather(m_session->db(), m_templates, snapshot, IpkFormSet::loadDefault(m_codes),
                                 ReportRules::fromSettings(*m_session), u"2025-06"_qs);
        PeriodApprovals(m_session->db())
            .approve(*m_session, u"2025-06"_qs, u"Diperiksa"_qs, review, review.hasErrors());
    }

    void showsTheReportAndQueuesThatBatch()
    {
        ReadinessDialog dialog(*m_session, u"2025-06"_qs);
        dialog.show();
        QVERIFY(dialog.isBuilding());
        QVERIFY(!dialog.queueButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBuilding(), 30000);
        const smdata::BuiltBatch *batch = dialog.batch();
        QVERIFY(batch);
        QVERIFY(dialog.queueButton()->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(u"33.73"_qs));

        QTreeWidgetItem *seekers = rowOf(dialog.table(), u"pencari_kerja"_qs);
        QVERIFY(seekers);
        for (const smdata::DatasetReadiness &d : batch->report.datasets) {
            QTreeWidgetItem *row = rowOf(dialog.table(), d.datasetId);
            QVERIFY2(row, qPrintable(d.datasetId));
            QCOMPARE(row->text(1), QLocale().toString(d.toSend));
            QCOMPARE(row->text(3), QLocale().toString(d.withheld));
        }
        bool pseudonymised = false;
        for (int i = 0; i < seekers->childCount(); ++i)
            pseudonymised |= seekers->child(i)->text(4).contains(u"nik"_qs);
        QVERIFY(pseudonymised);

        QSignalSpy queued(&dialog, &ReadinessDialog::queued);
        dialog.queueButton()->click();
        QCOMPARE(queued.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<smdata::OutboxBatch> inOutbox =
            smdata::Outbox(m_session->db()).find(batch->batchId);
        QVERIFY(inOutbox);
        QCOMPARE(inOutbox->manifestBytes, batch->manifestBytes);
    }

    void anUnapprovedMonthSaysWhy()
    {
        ReadinessDialog dialog(*m_session, u"2025-05"_qs);
        dialog.show();
        QVERIFY(!dialog.isBuilding());
        QVERIFY(!dialog.queueButton()->isEnabled());
        QLabel *error = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(u"2025-05"_qs) && label != dialog.summaryLabel())
                error = label;
        QVERIFY(error);
        QVERIFY(smdata::Outbox(m_session->db()).all().size() == 1);
    }
};

QTEST_MAIN(TestGuiReadiness)
#include "tst_gui_readiness.moc"
