// The import wizard on real stores: automatic mapping, a required field left unmapped, the preview
// flagging an Excel-damaged NIK, a full run, a dry run, a cancel in the middle, choosing the sheet of a
// workbook, bad files, saving a mapping profile, and the records page's Import button. All data synthetic.
#include "GuiTestHelpers.h"

#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"
#include "datasets/DatasetTemplate.h"
#include "datasets/TemplateRegistry.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportMappingPage.h"
#include "importing/ImportOptionsPage.h"
#include "importing/ImportPreviewPage.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"
#include "importing/MappingModel.h"
#include "importing/MappingProfileStore.h"
#include "importing/PreviewModel.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

#include <xlsxwriter.h>

using namespace sinergi;
using namespace sinergi::test;

namespace {

const QString kDataset = u"pencari_kerja"_qs;
const QString kGoodNik = u"3373011705980001"_qs; // kecamatan 33.73.01, male, born 17-05-1998

// The columns in another order than the template's, named as an office spreadsheet names them, with a
// column the template does not know.
const QByteArray kHeader = "Nama;NIK;No. Pendaftaran;Tgl Lahir;JK;Kode Kecamatan;Pendidikan;Tanggal "
                           "Daftar;Berlaku Sampai;Status;Catatan";

QByteArray row(int n, const QString &nik = kGoodNik)
{
    return QStringLiteral(
               "Contoh Orang %1;%2;AK1-%3;17/05/1998;L;33.73.01;3000;10/01/2025;10/01/2027;terdaftar;-")
        .arg(n)
        .arg(nik)
        .arg(n, 6, 10, QChar(u'0'))
        .toUtf8();
}

int fieldRow(MappingModel *m, const QString &field)
{
    return m->rowOfField(field);
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    GuiStore m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RecordsContext> m_context;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString p = m_tmp.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(p));
        f.write(content);
        return p;
    }

    QString csv(const QString &name, int rows, int badNikRow = -1)
    {
        QByteArray content = kHeader + "\r\n";
        for (int i = 1; i <= rows; ++i)
            content += row(i, i == badNikRow ? u"3.37301E+15"_qs : kGoodNik) + "\r\n";
        return writeFile(name, content);
    }

    int records() { return m_session->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toInt(); }
    int importsRows() { return m_session->db().scalar("SELECT count(*) FROM imports").toInt(); }
    int importCommits()
    {
        return m_session->db().scalar("SELECT count(*) FROM audit WHERE action = 'import.commit'").toInt();
    }

    // File page -> mapping page.
    static bool toMapping(ImportWizard &w, const QString &path)
    {
        w.show();
        if (w.currentId() != ImportWizard::FilePageId)
            return false;
        w.filePage()->setPath(path);
        if (!w.button(QWizard::NextButton)->isEnabled())
            return false;
        w.next();
        return w.currentId() == ImportWizard::MappingPageId;
    }

    // Mapping -> preview -> options -> run, and waits for the run to end.
    static bool runToEnd(ImportWizard &w, const std::function<void(ImportOptionsPage *)> &setOptions = {})
    {
        w.next();
        if (w.currentId() != ImportWizard::PreviewPageId)
            return false;
        w.next();
        if (w.currentId() != ImportWizard::OptionsPageId)
            return false;
        if (setOptions)
            setOptions(w.optionsPage());
        w.next();
        if (w.currentId() != ImportWizard::RunPageId)
            return false;
        return QTest::qWaitFor([&] { return w.runPage()->isComplete(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_tmp.isValid());
        m_session = m_store.create();
        m_context = std::make_unique<RecordsContext>(*m_session);
    }

    void init() { m_session->db().exec("DELETE FROM rec_pencari_kerja; DELETE FROM imports;"); }

    void cleanupTestCase()
    {
        m_context.reset();
        m_session.reset();
    }

    void automaticMappingPicksTheColumns()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        const QString file = csv(u"auto.csv"_qs, 2);
        QVERIFY(toMapping(w, file));
        QVERIFY2(w.filePage()->detectedText().contains(u';'), qPrintable(w.filePage()->detectedText()));
        MappingModel *m = w.mappingPage()->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ColumnMapping &mapping = m->mapping();
        QCOMPARE(mapping.column(u"nama"_qs)->source, 0);
        QCOMPARE(mapping.column(u"nik"_qs)->source, 1);
        QCOMPARE(mapping.column(u"no_pendaftaran"_qs)->source, 2);
        QCOMPARE(mapping.column(u"tanggal_lahir"_qs)->source, 3);
        QCOMPARE(mapping.column(u"jenis_kelamin"_qs)->source, 4);
        QCOMPARE(mapping.column(u"status"_qs)->source, 9);
        QVERIFY(mapping.unmappedHeaders().contains(u"Catatan"_qs));
        QCOMPARE(m->index(fieldRow(m, u"nik"_qs), MappingModel::SourceColumn).data().toString(), u"NIK"_qs);
        QCOMPARE(m->index(fieldRow(m, u"nik"_qs), MappingModel::SampleColumn).data().toString(), kGoodNik);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(w.mappingPage()->missingText().isEmpty());

        // Moving a column to another field takes it from the first one (one column feeds one field).
        const QModelIndex nama = m->index(fieldRow(m, u"nama"_qs), MappingModel::SourceColumn);
        QVERIFY(m->setData(nama, 11)); // "Catatan" (index 10 + 1)
        QCOMPARE(m->mapping().column(u"nama"_qs)->source, 10);
        QVERIFY(m->setData(nama, 1)); // back to "Nama"
        QCOMPARE(m->mapping().column(u"nama"_qs)->source, 0);
        // Date format choice only for date fields.
        const QModelIndex born = m->index(fieldRow(m, u"tanggal_lahir"_qs), MappingModel::DateFormatColumn);
        QVERIFY(m->flags(born).testFlag(Qt::ItemIsEditable));
        QVERIFY(m->setData(born, 1));
        QCOMPARE(m->mapping().column(u"tanggal_lahir"_qs)->transform.dateFormat,
                 ColumnTransform::DateFormat::DayFirst);
        QVERIFY(!m->flags(m->index(fieldRow(m, u"nik"_qs), MappingModel::DateFormatColumn))
                     .testFlag(Qt::ItemIsEditable));
        QVERIFY(boxes.shown().isEmpty());
    }

    void unmappedRequiredFieldBlocksNext()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QVERIFY(toMapping(w, csv(u"unmapped.csv"_qs, 2)));
        MappingModel *m = w.mappingPage()->model();
        QVERIFY(m->setData(m->index(fieldRow(m, u"nik"_qs), MappingModel::SourceColumn), 0)); // (not mapped)
        QVERIFY(!m->mapping().column(u"nik"_qs));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        const QString nikLabel = m_context->templates().find(kDataset)->field(u"nik"_qs)->label(w.language());
        QVERIFY2(w.mappingPage()->missingText().contains(nikLabel),
                 qPrintable(w.mappingPage()->missingText()));
        w.next(); // even if called: refused with the message
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY(boxes.lastText().contains(nikLabel));
        QVERIFY(m->setData(m->index(fieldRow(m, u"nik"_qs), MappingModel::SourceColumn), 2));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(w.mappingPage()->missingText().isEmpty());
    }

    void previewFlagsTheDamagedNik()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QVERIFY(toMapping(w, csv(u"preview.csv"_qs, 3, 2)));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
        PreviewModel *p = w.previewPage()->model();
        QAbstractItemModelTester tester(p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p->rowCount(), 3);
        QCOMPARE(p->result().rejected, 1);
        QCOMPARE(p->result().ok + p->result().warnings + p->result().errors, 2);
        QVERIFY(p->result().digitsLost);
        int nikColumn = -1;
        for (int c = 0; c < p->columnCount(); ++c)
            if (p->headerData(c, Qt::Horizontal).toString() ==
                m_context->templates().find(kDataset)->field(u"nik"_qs)->label(w.language()))
                nikColumn = c;
        QVERIFY(nikColumn > 0);
        const QModelIndex bad = p->index(1, nikColumn);
        QCOMPARE(bad.data().toString(), u"3.37301E+15"_qs);
        QCOMPARE(bad.data(PreviewModel::StatusRole).toInt(), int(ImportPreview::Status::Rejected));
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QVERIFY2(bad.data(Qt::ToolTipRole).toString().contains(u"3.37301E+15"),
                 qPrintable(bad.data(Qt::ToolTipRole).toString()));
        QCOMPARE(p->index(1, 0).data(PreviewModel::StatusRole).toInt(), int(ImportPreview::Status::Rejected));
        QCOMPARE(p->index(0, nikColumn).data(PreviewModel::StatusRole).toInt(),
                 int(ImportPreview::Status::Ok));
        QVERIFY(!p->index(0, nikColumn).data(Qt::ToolTipRole).isValid());
        QVERIFY(!w.previewPage()->pitfallText().isEmpty());
        QVERIFY(w.previewPage()->summaryText().contains(u'3'));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(records(), 0); // the preview writes nothing
    }

    void fullRunInsertsAndWritesRejects()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QSignalSpy imported(&w, &ImportWizard::imported);
        QVERIFY(toMapping(w, csv(u"full.csv"_qs, 5, 4)));
        const QString rejects = m_tmp.filePath(u"ditolak-full.csv"_qs);
        QVERIFY(runToEnd(w, [&](ImportOptionsPage *o) { o->rejectsEdit()->setText(rejects); }));
        const auto &r = w.runPage()->report();
        QVERIFY2(r.has_value(), qPrintable(w.runPage()->errorText()));
        QVERIFY(r->committed);
        QCOMPARE(r->inserted, 4);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(records(), 4);
        QCOMPARE(importCommits(), 1);
        QCOMPARE(imported.size(), 1);
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("3.37301E+15"));
        QVERIFY(!content.contains("AK1-000001"));
        QVERIFY(w.runPage()->openFolderButton()->isVisibleTo(&w));
        QVERIFY(w.runPage()->resultText().contains(u'4'));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

        // The same file again, insert-only: every row is already stored (or damaged) and is rejected.
        ImportWizard again(*m_context, kDataset);
        QVERIFY(toMapping(again, m_tmp.filePath(u"full.csv"_qs)));
        QVERIFY(runToEnd(again));
        QCOMPARE(again.runPage()->report()->inserted, 0);
        QCOMPARE(again.runPage()->report()->rejected, 5);
        QCOMPARE(records(), 4);
        // Upsert updates the four instead.
        ImportWizard upsert(*m_context, kDataset);
        QVERIFY(toMapping(upsert, m_tmp.filePath(u"full.csv"_qs)));
        QVERIFY(runToEnd(upsert, [](ImportOptionsPage *o) { o->upsertRadio()->setChecked(true); }));
        QCOMPARE(upsert.runPage()->report()->updated, 4);
        QCOMPARE(records(), 4);
    }

    void dryRunInsertsNothing()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QSignalSpy imported(&w, &ImportWizard::imported);
        QVERIFY(toMapping(w, csv(u"dry.csv"_qs, 3)));
        QVERIFY(runToEnd(w, [](ImportOptionsPage *o) { o->dryRunCheck()->setChecked(true); }));
        const auto &r = w.runPage()->report();
        QVERIFY(r.has_value());
        QVERIFY(r->dryRun);
        QVERIFY(!r->committed);
        QCOMPARE(r->inserted, 3); // what an import would do
        QCOMPARE(records(), 0);
        QCOMPARE(importsRows(), 0);
        QCOMPARE(imported.size(), 0);
    }

    void cancelMidRunLeavesTheStoreUnchanged()
    {
        ScriptedMessageBoxes boxes;
        const int commitsBefore = importCommits();
        ImportWizard w(*m_context, kDataset);
        QSignalSpy imported(&w, &ImportWizard::imported);
        QVERIFY(toMapping(w, csv(u"big.csv"_qs, 12000)));
        std::atomic_int reports{0};
        // The first progress report comes after a few thousand rows have been written in the transaction.
        w.runPage()->setProgressHook([&](const ImportProgress &p) {
            if (p.rowsRead > 0 && reports.fetch_add(1) == 0)
                w.runPage()->requestCancel();
        });
        QVERIFY(runToEnd(w));
        const auto &r = w.runPage()->report();
        QVERIFY(r.has_value());
        QVERIFY(r->cancelled);
        QVERIFY(r->rowsRead > 0);
        QVERIFY(r->rowsRead < 12000);
        QVERIFY(!r->committed);
        QCOMPARE(records(), 0);
        QCOMPARE(importsRows(), 0);
        QCOMPARE(importCommits(), commitsBefore);
        QCOMPARE(imported.size(), 0);
        QVERIFY(!w.runPage()->resultText().isEmpty());
    }

    // Detection got it wrong or could not tell: the delimiter and the encoding are chosen on the file page,
    // the file is read again at once, and the preview and the import read it the way chosen.
    void csvDelimiterAndEncodingCanBeChosen()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        w.show();
        ImportFilePage *page = w.filePage();
        QComboBox *delimiter = page->delimiterCombo();
        QComboBox *encoding = page->encodingCombo();

        // A semicolon file read with commas is one long column; automatic again gives the eleven.
        page->setPath(csv(u"pilih-pemisah.csv"_qs, 2));
        QVERIFY(delimiter->isEnabled() && encoding->isEnabled());
        QCOMPARE(page->columnsText().count(u'|'), 10);
        delimiter->setCurrentIndex(delimiter->findData(u","_qs));
        QVERIFY2(page->columnsText().startsWith(u"Nama;NIK;No. Pendaftaran"_qs),
                 qPrintable(page->columnsText()));
        QVERIFY(!page->columnsText().contains(u'|'));
        delimiter->setCurrentIndex(delimiter->findData(u";"_qs));
        QCOMPARE(page->columnsText().count(u'|'), 10);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(w.options().csv.delimiter, QChar(u';'));
        QVERIFY(!w.options().csv.encoding);
        w.back();

        // UTF-16 without a byte order mark (some "Unicode text" exports): detection takes it for binary
        // data; with UTF-16 chosen the names read right, in the preview and in the store.
        QString text = QString::fromUtf8(kHeader + "\r\n" + row(1) + "\r\n" + row(2) + "\r\n");
        text.replace(u"Contoh Orang 1"_qs, u"Dédé Ñoño"_qs);
        const QString utf16 =
            writeFile(u"unicode-tanpa-bom.txt"_qs,
                      QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        page->setPath(utf16);
        QCOMPARE(delimiter->currentIndex(), 0); // another file: automatic again
        QVERIFY(page->columnsText().isEmpty()); // unreadable as detected
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf16LE)));
        QVERIFY2(page->detectedText().contains(u"UTF-16"_qs), qPrintable(page->detectedText()));
        QCOMPARE(page->columnsText().count(u'|'), 10);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(w.options().csv.encoding, std::optional(TextEncoding::Utf16LE));
        QVERIFY(boxes.shown().isEmpty());
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
        PreviewModel *p = w.previewPage()->model();
        const QString nameLabel =
            m_context->templates().find(kDataset)->field(u"nama"_qs)->label(w.language());
        int nameColumn = -1;
        for (int c = 0; c < p->columnCount(); ++c)
            if (p->headerData(c, Qt::Horizontal).toString() == nameLabel)
                nameColumn = c;
        QVERIFY(nameColumn >= 0);
        QCOMPARE(p->index(0, nameColumn).data().toString(), u"Dédé Ñoño"_qs);
        w.back();
        QVERIFY(runToEnd(w));
        QVERIFY2(w.runPage()->report() && w.runPage()->report()->committed,
                 qPrintable(w.runPage()->errorText()));
        QCOMPARE(w.runPage()->report()->inserted, 2);
        QCOMPARE(m_session->db()
                     .scalar("SELECT nama FROM rec_pencari_kerja WHERE no_pendaftaran = 'AK1-000001'")
                     .toString(),
                 u"Dédé Ñoño"_qs);
    }

    // A wrong choice stops at Next with the reason, and nothing is imported.
    void wrongEncodingChoiceIsExplained()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        w.show();
        const QString path = writeFile(u"windows-1252.csv"_qs, kHeader + "\r\nRen\xE9 Contoh" +
                                                                   row(1).mid(row(1).indexOf(';')) + "\r\n");
        w.filePage()->setPath(path);
        QVERIFY2(w.filePage()->detectedText().contains(u"Windows-1252"_qs),
                 qPrintable(w.filePage()->detectedText()));
        QComboBox *encoding = w.filePage()->encodingCombo();
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY2(boxes.lastText().contains(u"not UTF-8"_qs), qPrintable(boxes.lastText()));
        encoding->setCurrentIndex(0);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(records(), 0);
    }

    void workbookSheetIsChosen()
    {
        ScriptedMessageBoxes boxes;
        const QString book = m_tmp.filePath(u"dua-lembar.xlsx"_qs);
        lxw_workbook *wb = workbook_new(QFile::encodeName(book).constData());
        lxw_worksheet *notes = workbook_add_worksheet(wb, "Catatan");
        worksheet_write_string(notes, 0, 0, "Keterangan", nullptr);
        worksheet_write_string(notes, 1, 0, "Data bulan Januari", nullptr);
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Pencaker");
        const char *head[] = {"No. Pendaftaran", "NIK",        "Nama",           "Tgl Lahir",      "JK",
                              "Kode Kecamatan",  "Pendidikan", "Tanggal Daftar", "Berlaku Sampai", "Status"};
        for (int c = 0; c < 10; ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), head[c], nullptr);
        for (int r = 1; r <= 2; ++r) {
            const QByteArray number = QStringLiteral("AK1-X%1").arg(r).toUtf8();
            const char *values[] = {
                number.constData(), "'3373011705980001", "Contoh Xlsx", "1998-05-17", "L", "33.73.01", "3000",
                "2025-01-10",       "2027-01-10",        "terdaftar"};
            for (int c = 0; c < 10; ++c)
                worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), values[c],
                                       nullptr);
        }
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        ImportWizard w(*m_context, kDataset);
        w.show();
        w.filePage()->setPath(book);
        QComboBox *sheets = w.filePage()->sheetCombo();
        QVERIFY(sheets->isEnabled());
        QVERIFY(!w.filePage()->delimiterCombo()->isEnabled()); // a workbook has no delimiter or encoding
        QVERIFY(!w.filePage()->encodingCombo()->isEnabled());
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(sheets->itemText(0), u"Catatan"_qs);
        // The first sheet has no job seeker columns: the mapping page says so and Next stays disabled.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!w.mappingPage()->missingText().isEmpty());
        w.back();
        sheets->setCurrentIndex(1);
        w.next();
        QCOMPARE(w.options().sheet, u"Pencaker"_qs);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.mappingPage()->model()->mapping().column(u"nik"_qs)->source, 1);
        QVERIFY(runToEnd(w));
        QVERIFY(w.runPage()->report().has_value());
        QCOMPARE(w.runPage()->report()->inserted, 2);
        QCOMPARE(records(), 2);
    }

    void badFilesStopWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"kosong.csv"_qs << u"0"_qs;
        QTest::newRow("garbage-xlsx")
            << (QByteArray("PK\x03\x04", 4) + QByteArray(400, '\x7f')) << u"rusak.xlsx"_qs << QString();
        QTest::newRow("old-xls") << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                     QByteArray(600, '\0'))
                                 << u"lama.xls"_qs << QString();
    }

    void badFilesStopWithAMessage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        ScriptedMessageBoxes boxes;
        const QString path = writeFile(name, content);
        ImportWizard w(*m_context, kDataset);
        w.show();
        w.filePage()->setPath(path);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(boxes.shown().first().kind, ScriptedMessageBoxes::Kind::Warning);
        QVERIFY(!boxes.lastText().isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(boxes.lastText().contains(expected), qPrintable(boxes.lastText()));
        QCOMPARE(records(), 0);
        QCOMPARE(importsRows(), 0);
    }

    void rejectsFolderMustBeWritable()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QVERIFY(toMapping(w, csv(u"folder.csv"_qs, 1)));
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::OptionsPageId));
        w.optionsPage()->rejectsEdit()->setText(m_tmp.filePath(u"tidak-ada/ditolak.csv"_qs));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::OptionsPageId));
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(records(), 0);
    }

    void savedProfileIsOffered()
    {
        ScriptedMessageBoxes boxes;
        ImportWizard w(*m_context, kDataset);
        QVERIFY(toMapping(w, csv(u"profil.csv"_qs, 1)));
        MappingModel *m = w.mappingPage()->model();
        // A choice made by hand (the date format) must be in the saved profile, next to the matched columns.
        const QModelIndex born = m->index(fieldRow(m, u"tanggal_lahir"_qs), MappingModel::DateFormatColumn);
        QVERIFY(m->setData(born, 1)); // dd/mm/yyyy
        w.mappingPage()->profileNameEdit()->setText(u"Spreadsheet Kecamatan Uji"_qs);
        QVERIFY(w.mappingPage()->saveProfile());
        const MappingProfile saved = MappingProfileStore(m_session->db()).find(u"spreadsheetkecamatanuji"_qs);
        QCOMPARE(saved.name(), u"Spreadsheet Kecamatan Uji"_qs);
        QCOMPARE(saved.fieldFor(kDataset, u"No. Pendaftaran"_qs),
                 std::optional<QString>(u"no_pendaftaran"_qs));
        QCOMPARE(saved.fieldFor(kDataset, u"Catatan"_qs), std::optional<QString>(QString()));
        QCOMPARE(saved.transformFor(kDataset, u"tanggal_lahir"_qs).dateFormat,
                 ColumnTransform::DateFormat::DayFirst);
        QCOMPARE(m_session->db()
                     .scalar("SELECT count(*) FROM audit WHERE action = 'mapping_profile.save'")
                     .toInt(),
                 1);
        QCOMPARE(boxes.shown().last().kind, ScriptedMessageBoxes::Kind::Information);

        // A new wizard offers it for this dataset.
        ImportWizard next(*m_context, kDataset);
        QComboBox *profiles = next.filePage()->profileCombo();
        QVERIFY(profiles->findText(u"Spreadsheet Kecamatan Uji"_qs) > 0);
        QCOMPARE(profiles->itemText(0), ImportFilePage::tr("(automatic)"));
    }

    void recordsPageButtonOpensTheWizardAndRefreshes()
    {
        ScriptedMessageBoxes boxes;
        RecordsPage page(*m_session, nullptr, true);
        page.setDataset(kDataset);
        auto *button = page.findChild<QPushButton *>(u"importButton"_qs);
        QVERIFY(button);
        QCOMPARE(page.model()->rowCount(), 0);
        ImportWizard *w = page.openImportWizard();
        QVERIFY(w);
        QCOMPARE(w->options().dataset, kDataset);
        QCOMPARE(w->filePage()->datasetCombo()->currentData().toString(), kDataset);
        QVERIFY(toMapping(*w, csv(u"page.csv"_qs, 3)));
        QVERIFY(runToEnd(*w));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        w->accept();
    }

    void viewerHasNoImportButton()
    {
        {
            m_context.reset();
            m_session->createUser(u"kepala"_qs, u"Kepala Dinas"_qs, Role::Viewer, u"Sandi-Petugas-2024"_qs);
            m_session.reset();
        }
        std::unique_ptr<Session> viewer =
            Session::login(m_store.where, u"kepala"_qs, u"Sandi-Petugas-2024"_qs);
        {
            RecordsPage page(*viewer, nullptr, true);
            QVERIFY(!page.findChild<QPushButton *>(u"importButton"_qs));
        }
        viewer.reset();
        m_session = Session::login(m_store.where, kAdmin, kAdminPassword);
        m_context = std::make_unique<RecordsContext>(*m_session);
    }
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
