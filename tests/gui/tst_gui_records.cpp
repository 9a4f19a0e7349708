// The record screens on a real store: grid with quick search and sort, the form editor creating and
// editing records, history with undo, soft delete, and PII masking for a viewer.
#include "GuiTestHelpers.h"
#include "common/WidePopupComboBox.h"

#include "common/ScriptedMessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "records/FieldEditor.h"
#include "records/RecordFormDialog.h"
#include "records/RecordGridProxy.h"
#include "records/RecordHistoryDialog.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"
#include "settings/SettingsPage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {
const QString kDataset = u"pencari_kerja"_qs;
const QString kPassword = u"Sandi-Petugas-2024"_qs;

// Recent enough that no AK/I report is due (that would be a warning on every row).
QDate registered()
{
    return QDate::currentDate().addDays(-30);
}

QVariantMap seeker(const QString &number, const QString &nik, const QString &name, const QString &sex)
{
    return {{u"no_pendaftaran"_qs, number},
            {u"nik"_qs, nik},
            {u"nama"_qs, name},
            {u"tanggal_lahir"_qs, QDate(1995, 3, 12)},
            {u"jenis_kelamin"_qs, sex},
            {u"kode_kecamatan"_qs, u"33.74.01"_qs},
            {u"pendidikan"_qs, u"5000"_qs},
            {u"tanggal_daftar"_qs, registered()},
            {u"berlaku_sampai"_qs, registered().addYears(2)},
            {u"status"_qs, u"terdaftar"_qs}};
}

// Three synthetic job seekers, in an order that differs from their names' order.
void seed(RecordService &service)
{
    service.create(kDataset, seeker(u"AK1-002"_qs, u"3374011203950001"_qs, u"Budi Santoso"_qs, u"L"_qs));
    service.create(kDataset, seeker(u"AK1-003"_qs, u"3374015203950002"_qs, u"Citra Dewi"_qs, u"P"_qs));
    service.create(kDataset, seeker(u"AK1-001"_qs, u"3374015203950003"_qs, u"Ani Lestari"_qs, u"P"_qs));
}

int columnOf(const RecordTableModel *model, const QString &field)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldName(c) == field)
            return c;
    return -1;
}

QString cell(const RecordsPage &page, int row, const QString &field)
{
    return page.proxy()->index(row, columnOf(page.model(), field)).data().toString();
}

int rowOfName(const RecordsPage &page, const QString &name)
{
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (cell(page, r, u"nama"_qs) == name)
            return r;
    return -1;
}

void clickHeader(RecordsPage &page, const QString &field)
{
    QHeaderView *header = page.findChild<QTableView *>(u"table"_qs)->horizontalHeader();
    const int column = columnOf(page.model(), field);
    page.findChild<QTableView *>(u"table"_qs)->scrollTo(page.proxy()->index(0, column));
    header->resize(header->width(), qMax(header->height(), 24));
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// Replaces a line edit's text as typing does (textEdited fires, so the form counts it as an edit).
void retype(QWidget *input, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(input);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
}
} // namespace

class TestGuiRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void gridShowsSearchesAndSorts()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.resize(1200, 600);
        page.show();
        seed(page.context()->service());
        page.applyQuery();
        QCOMPARE(page.dataset(), kDataset);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.statusText().contains(u'3'));
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Budi Santoso"_qs); // insertion order

        // Quick search after the typing pause.
        page.findChild<QLineEdit *>(u"searchEdit"_qs)->setText(u"Citra"_qs);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Citra Dewi"_qs);
        page.findChild<QLineEdit *>(u"searchEdit"_qs)->clear();
        QTRY_COMPARE(page.model()->rowCount(), 3);

        // Header clicks sort through the model: ascending, then descending.
        clickHeader(page, u"nama"_qs);
        QCOMPARE(page.model()->query().sortColumn, u"nama"_qs);
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Ani Lestari"_qs);
        clickHeader(page, u"nama"_qs);
        QCOMPARE(page.model()->query().order, Qt::DescendingOrder);
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Citra Dewi"_qs);
        // A column without an index is refused and says why; the order stays.
        clickHeader(page, u"tempat_lahir"_qs);
        QCOMPARE(page.model()->query().sortColumn, u"nama"_qs);
        QVERIFY(page.statusText().contains(
            page.model()->headerData(columnOf(page.model(), u"tempat_lahir"_qs), Qt::Horizontal).toString()));

        // One column filter.
        auto *fields = page.findChild<QComboBox *>(u"filterFieldCombo"_qs);
        fields->setCurrentIndex(fields->findData(u"jenis_kelamin"_qs));
        page.findChild<QLineEdit *>(u"filterValueEdit"_qs)->setText(u"P"_qs);
        page.findChild<QPushButton *>(u"filterApplyButton"_qs)->click();
        QCOMPARE(page.model()->rowCount(), 2);
        page.findChild<QPushButton *>(u"filterClearButton"_qs)->click();
        QCOMPARE(page.model()->rowCount(), 3);
    }

    // In-place editing through the grid's delegate: a date cell with the date editor, a code cell with the
    // searchable combo, Enter commits, Escape cancels; the view is not reset (selection stays) and code
    // cells show "code — label".
    void inlineEditDateAndCode()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.resize(1200, 600);
        page.show();
        seed(page.context()->service());
        page.applyQuery();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(u"table"_qs);
        QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
        const int row = rowOfName(page, u"Citra Dewi"_qs);
        QVERIFY(row >= 0);
        QVERIFY(page.selectRow(row));
        const qint64 id = page.proxy()->index(row, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        RecordService &service = page.context()->service();
        QCOMPARE(cell(page, row, u"jenis_kelamin"_qs), u"P \u2014 Perempuan"_qs);

        // Date: the form's date editor with its calendar popup; Enter commits.
        const QModelIndex date = page.proxy()->index(row, columnOf(page.model(), u"tanggal_daftar"_qs));
        table->scrollTo(date);
        table->setCurrentIndex(date);
        table->edit(date);
        auto *dateEditor = table->viewport()->findChild<FieldEditor *>(u"tanggal_daftar"_qs);
        QVERIFY(dateEditor);
        auto *dateEdit = qobject_cast<QDateEdit *>(dateEditor->input());
        QVERIFY(dateEdit);
        QVERIFY(dateEdit->calendarPopup());
        QCOMPARE(dateEdit->date(), registered());
        const QDate newDate = registered().addDays(-3);
        dateEdit->setDate(newDate);
        QTest::keyClick(dateEdit, Qt::Key_Return);
        QTRY_COMPARE(service.get(kDataset, id)->value(u"tanggal_daftar"_qs).toString(),
                     newDate.toString(Qt::ISODate));
        QTRY_VERIFY(!table->viewport()->findChild<FieldEditor *>(u"tanggal_daftar"_qs));
        QCOMPARE(cell(page, row, u"tanggal_daftar"_qs), newDate.toString(u"dd-MM-yyyy"_qs));

        // Code: the searchable combo lists "code — label"; typing a code and Enter stores the code.
        const QModelIndex education = page.proxy()->index(row, columnOf(page.model(), u"pendidikan"_qs));
        table->scrollTo(education);
        table->setCurrentIndex(education);
        table->edit(education);
        auto *codeEditor = table->viewport()->findChild<FieldEditor *>(u"pendidikan"_qs);
        QVERIFY(codeEditor);
        auto *combo = qobject_cast<QComboBox *>(codeEditor->input());
        QVERIFY(combo && combo->isEditable());
        QVERIFY(combo->count() > 3);
        QVERIFY(combo->currentText().startsWith(u"5000 \u2014 "_qs));
        // Its list opens as wide as its longest label (the cell is narrower), within the screen.
        auto *wide = qobject_cast<WidePopupComboBox *>(combo);
        QVERIFY(wide);
        QVERIFY(combo->view()->sizeHintForColumn(0) > combo->width()); // else the test proves nothing
        combo->showPopup();
        QWidget *list = combo->view()->window();
        QTRY_VERIFY(list->isVisible());
        const QRect screen = list->screen()->availableGeometry();
        QVERIFY2(screen.contains(list->geometry()),
                 qPrintable(
                     u"%1,%2 %3x%4"_qs.arg(list->x()).arg(list->y()).arg(list->width()).arg(list->height())));
        if (wide->contentsPopupWidth() < screen.width() - 40) // every label whole, none elided
            QVERIFY(combo->view()->viewport()->width() >= combo->view()->sizeHintForColumn(0));
        else // as wide as the screen allows
            QCOMPARE(list->width(), screen.width());
        combo->hidePopup();
        QTRY_VERIFY(!list->isVisible());

        const int other = combo->findData(u"6000"_qs);
        QVERIFY(other >= 0);
        const QString otherText = combo->itemText(other); // the combo is gone once the edit is committed
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), u"6000"_qs);
        combo->completer()->popup()->hide();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(service.get(kDataset, id)->value(u"pendidikan"_qs).toString(), u"6000"_qs);
        QTRY_VERIFY(!table->viewport()->findChild<FieldEditor *>(u"pendidikan"_qs));
        QCOMPARE(cell(page, row, u"pendidikan"_qs), otherText);

        // Escape leaves the stored value alone.
        const QModelIndex name = page.proxy()->index(row, columnOf(page.model(), u"nama"_qs));
        table->scrollTo(name);
        table->setCurrentIndex(name);
        table->edit(name);
        auto *nameEditor = table->viewport()->findChild<FieldEditor *>(u"nama"_qs);
        QVERIFY(nameEditor);
        retype(nameEditor->input(), u"Tidak Disimpan"_qs);
        QTest::keyClick(nameEditor->input(), Qt::Key_Escape);
        QTRY_VERIFY(!table->viewport()->findChild<FieldEditor *>(u"nama"_qs));
        QCOMPARE(service.get(kDataset, id)->value(u"nama"_qs).toString(), u"Citra Dewi"_qs);
        QCOMPARE(service.get(kDataset, id)->value(u"_version"_qs).toInt(), 3); // created + two edits

        QCOMPARE(reset.size(), 0); // no reset: the view kept its place
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
    }

    // An edit that lost a race with another writer: the officer is told and sees the current value.
    void inlineEditConflictIsExplained()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.show();
        seed(page.context()->service());
        page.applyQuery();
        ScriptedMessageBoxes boxes;
        const qint64 id = page.proxy()->index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        page.context()->service().update(kDataset, id, {{u"nama"_qs, u"Budi Diubah"_qs}});
        const QModelIndex name = page.proxy()->index(0, columnOf(page.model(), u"nama"_qs));
        QVERIFY(!page.proxy()->setData(name, u"Budi Saya"_qs));
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY(boxes.shown().first().text.contains(u"diubah"_qs, Qt::CaseInsensitive) ||
                boxes.shown().first().text.contains(u"changed"_qs));
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Budi Diubah"_qs);
    }

    void problemsAreFlaggedAndFiltered()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        seed(page.context()->service());
        QVariantMap incomplete = seeker(u"AK1-004"_qs, u"3374011203950004"_qs, u"Dedi Kurniawan"_qs, u"L"_qs);
        incomplete.remove(u"pendidikan"_qs); // required
        page.context()->service().create(kDataset, incomplete);
        page.applyQuery();
        QCOMPARE(page.model()->rowCount(), 4);
        const int flagged = rowOfName(page, u"Dedi Kurniawan"_qs);
        QVERIFY(page.proxy()->index(flagged, 0).data(RecordTableModel::ProblemsRole).toInt() > 0);
        QVERIFY(page.proxy()->index(flagged, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(page.proxy()->index(flagged, 0).data(Qt::DecorationRole).isValid());
        page.findChild<QCheckBox *>(u"problemsCheck"_qs)->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, u"nama"_qs), u"Dedi Kurniawan"_qs);
    }

    void newRecordThroughTheForm()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        RecordFormDialog *form = page.newRecord();
        QVERIFY(form);
        QVERIFY(!form->isReadOnly());
        // Live validation: required fields are reported while the form is empty, a bad NIK beside its field.
        QVERIFY(!form->problemText(u"nama"_qs).isEmpty());
        retype(form->editor(u"nik"_qs)->input(), u"12345"_qs);
        form->validateNow();
        QVERIFY(!form->problemText(u"nik"_qs).isEmpty());

        retype(form->editor(u"no_pendaftaran"_qs)->input(), u"AK1-100"_qs);
        retype(form->editor(u"nik"_qs)->input(), u"3374015203950009"_qs);
        retype(form->editor(u"nama"_qs)->input(), u"Eka Putri"_qs);
        auto *sex = qobject_cast<QComboBox *>(form->editor(u"jenis_kelamin"_qs)->input());
        sex->setCurrentIndex(sex->findData(u"P"_qs));
        auto *district = qobject_cast<QComboBox *>(form->editor(u"kode_kecamatan"_qs)->input());
        district->setEditText(u"33.74.01"_qs); // typed code
        auto *education = qobject_cast<QComboBox *>(form->editor(u"pendidikan"_qs)->input());
        education->setCurrentIndex(education->findData(u"5000"_qs));
        form->editor(u"tanggal_lahir"_qs)->setValue(QDate(1995, 3, 12));
        form->editor(u"tanggal_daftar"_qs)->setValue(registered());
        form->editor(u"berlaku_sampai"_qs)->setValue(registered().addYears(2));
        auto *status = qobject_cast<QComboBox *>(form->editor(u"status"_qs)->input());
        status->setCurrentIndex(status->findData(u"terdaftar"_qs));
        form->validateNow();
        QCOMPARE(form->problemText(u"nik"_qs), QString());

        // Cancel asks before typed values are thrown away; "No" keeps the form.
        boxes.queueAnswer(false);
        form->reject();
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(boxes.shown().first().kind, ScriptedMessageBoxes::Kind::Question);
        QVERIFY(form->isVisible());
        boxes.clear();

        QSignalSpy saved(form, &RecordFormDialog::saved);
        form->accept();
        QCOMPARE(saved.size(), 1);
        const qint64 id = saved.first().first().toLongLong();
        const std::optional<QVariantMap> record = page.context()->service().get(kDataset, id);
        QVERIFY(record);
        QCOMPARE(record->value(u"nama"_qs).toString(), u"Eka Putri"_qs);
        QCOMPARE(record->value(u"jenis_kelamin"_qs).toString(), u"P"_qs);
        QCOMPARE(record->value(u"kode_kecamatan"_qs).toString(), u"33.74.01"_qs);
        QCOMPARE(record->value(u"tanggal_lahir"_qs).toString(), u"1995-03-12"_qs);
        QCOMPARE(record->value(u"_errors"_qs).toInt(), 0);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(boxes.shown().isEmpty());
    }

    void editHistoryAndUndo()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.show();
        seed(page.context()->service());
        page.applyQuery();
        QVERIFY(page.selectRow(rowOfName(page, u"Citra Dewi"_qs)));
        const qint64 id = page.selectedId();
        QVERIFY(id > 0);

        RecordFormDialog *form = page.editSelected();
        QVERIFY(form);
        QCOMPARE(form->recordId(), id);
        QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"nama"_qs)->input())->text(), u"Citra Dewi"_qs);
        // The desa picker lists the villages of the record's kecamatan.
        QVERIFY(qobject_cast<QComboBox *>(form->editor(u"kode_desa"_qs)->input())->count() > 0);
        retype(form->editor(u"nama"_qs)->input(), u"Citra Dewi Anggraini"_qs);
        form->accept();
        QCOMPARE(page.context()->service().get(kDataset, id)->value(u"nama"_qs).toString(),
                 u"Citra Dewi Anggraini"_qs);
        QCOMPARE(page.context()->service().get(kDataset, id)->value(u"_version"_qs).toLongLong(), 2);
        QVERIFY(boxes.shown().isEmpty());

        QCOMPARE(page.selectedId(), id); // the edited record stays selected after the refresh
        RecordHistoryDialog *history = page.showHistory();
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2); // created, changed
        const QStringList last = history->rowText(history->rowCount() - 1);
        QCOMPARE(last.at(1), kAdmin);
        QVERIFY(last.at(3).contains(u"Nama"_qs));
        QVERIFY2(last.at(4).contains(u"Citra Dewi"_qs) && last.at(4).contains(u"Citra Dewi Anggraini"_qs),
                 qPrintable(last.at(4)));
        history->selectRow(history->rowCount() - 1);
        QVERIFY(history->findChild<QPushButton *>(u"undoButton"_qs)->isEnabled());
        QVERIFY(history->undoSelected());
        QCOMPARE(page.context()->service().get(kDataset, id)->value(u"nama"_qs).toString(), u"Citra Dewi"_qs);
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(history->errorText(), QString());
        // The undone entry cannot be undone twice.
        history->selectRow(1);
        QVERIFY(!history->findChild<QPushButton *>(u"undoButton"_qs)->isEnabled());
    }

    void editConflictIsReported()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        seed(page.context()->service());
        page.applyQuery();
        QVERIFY(page.selectRow(0));
        RecordFormDialog *form = page.editSelected();
        QVERIFY(form);
        // Someone else saves the record while the form is open.
        page.context()->service().update(kDataset, form->recordId(), {{u"alamat"_qs, u"Jl. Melati 3"_qs}});
        retype(form->editor(u"nama"_qs)->input(), u"Nama Baru"_qs);
        form->accept();
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(boxes.shown().first().kind, ScriptedMessageBoxes::Kind::Warning);
        QVERIFY(form->isVisible());
        QCOMPARE(page.context()->service().get(kDataset, form->recordId())->value(u"nama"_qs).toString(),
                 u"Budi Santoso"_qs);
    }

    void deleteHidesAndRestoreBrings()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        seed(page.context()->service());
        page.applyQuery();
        QVERIFY(page.selectRow(rowOfName(page, u"Ani Lestari"_qs)));
        const qint64 id = page.selectedId();
        boxes.queueAnswer(true);
        page.toggleDeleted();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(rowOfName(page, u"Ani Lestari"_qs), -1);
        QCOMPARE(page.context()->service().get(kDataset, id)->value(u"_deleted"_qs).toInt(), 1);

        page.findChild<QCheckBox *>(u"deletedCheck"_qs)->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.selectRow(rowOfName(page, u"Ani Lestari"_qs)));
        QCOMPARE(page.findChild<QPushButton *>(u"deleteButton"_qs)->text().remove(u'&'),
                 QCoreApplication::translate("sinergi::RecordsPage", "&Restore").remove(u'&'));
        page.toggleDeleted();
        QCOMPARE(page.context()->service().get(kDataset, id)->value(u"_deleted"_qs).toInt(), 0);
    }

    void viewerSeesMaskedPiiReadOnly()
    {
        GuiStore store;
        {
            std::unique_ptr<Session> admin = store.create();
            RecordsContext context(*admin);
            seed(context.service());
            admin->createUser(u"kepala"_qs, u"Kepala Dinas"_qs, Role::Viewer, kPassword);
        }
        std::unique_ptr<Session> viewer = Session::login(store.where, u"kepala"_qs, kPassword);
        MainWindow window(*viewer);
        auto *page = window.findChild<RecordsPage *>();
        QVERIFY(page);
        QVERIFY(window.pageTitles().contains(page->windowTitle()));
        QTRY_COMPARE(page->model()->rowCount(), 3); // the application's asynchronous model
        const int nik = columnOf(page->model(), u"nik"_qs);
        QTRY_VERIFY(!page->proxy()->index(0, nik).data().toString().isEmpty());
        QCOMPARE(page->proxy()->index(0, nik).data().toString(), u"337401**********"_qs);
        QVERIFY(page->findChild<QPushButton *>(u"newButton"_qs)->isHidden());
        QVERIFY(page->findChild<QPushButton *>(u"deleteButton"_qs)->isHidden());
        // Quick search would only match personal data here: it is switched off rather than finding nothing.
        QVERIFY(!page->findChild<QLineEdit *>(u"searchEdit"_qs)->isEnabled());

        QVERIFY(page->selectRow(0));
        RecordFormDialog *form = page->editSelected();
        QVERIFY(form);
        QVERIFY(form->isReadOnly());
        QVERIFY(form->editor(u"nik"_qs)->isMasked());
        QCOMPARE(qobject_cast<QLineEdit *>(form->editor(u"nik"_qs)->input())->text(), u"337401**********"_qs);
        QVERIFY(!form->editor(u"jenis_kelamin"_qs)->isMasked());
        form->close();

        RecordHistoryDialog *history = page->showHistory();
        QVERIFY(history);
        QVERIFY(!history->findChild<QPushButton *>(u"undoButton"_qs)->isVisibleTo(history));
    }

    // A data-key rotation replaces the store file. The record list lets go of its connection meanwhile
    // and afterwards shows the same query from the new file: no "store damaged" from a connection left on
    // the old one. And the store refuses to rotate while another worker connection is still open.
    void keyRotationKeepsTheRecordListWorking()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        {
            RecordsContext context(*session);
            seed(context.service());
        }
        ScriptedMessageBoxes boxes;
        MessageBoxes::setInstance(&boxes);
        MainWindow window(*session);
        window.show();
        auto *page = window.findChild<RecordsPage *>();
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QVERIFY(session->vault().openWorkerConnections() >= 1); // the record list's
        QSignalSpy failures(page->model(), &RecordTableModel::queryFailed);

        {
            Database busy = session->vault().openWorkerConnection(); // e.g. an export still running
            boxes.queueAnswer(true);
            window.settingsPage()->rotateDataKey();
            QTRY_VERIFY_WITH_TIMEOUT(!window.settingsPage()->isRotating(), 30000);
            QCOMPARE(boxes.shown().last().kind, ScriptedMessageBoxes::Kind::Critical);
            QVERIFY(boxes.shown().last().text.contains(u"background"_qs) ||
                    boxes.shown().last().text.contains(u"latar belakang"_qs));
        }
        QTRY_COMPARE(page->model()->rowCount(), 3); // resumed after the refusal too

        boxes.queueAnswer(true);
        window.settingsPage()->rotateDataKey();
        QTRY_VERIFY_WITH_TIMEOUT(!window.settingsPage()->isRotating(), 30000);
        QCOMPARE(boxes.shown().last().kind, ScriptedMessageBoxes::Kind::Information);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QTRY_COMPARE(cell(*page, 0, u"nama"_qs), u"Budi Santoso"_qs);
        page->model()->refresh(); // a fresh count and pages through the new connection
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QTRY_VERIFY(!cell(*page, 2, u"nama"_qs).isEmpty());
        QCOMPARE(failures.count(), 0);
        window.shutDownBackgroundWork();
        MessageBoxes::setInstance(nullptr);
    }
};

QTEST_MAIN(TestGuiRecords)
#include "tst_gui_records.moc"
