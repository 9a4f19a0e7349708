#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "PreviewModel.h"

#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "datasets/DatasetTemplate.h"
#include "importing/ImportPreview.h"
#include "importing/Importer.h"
#include "records/RecordService.h"
#include "records/RecordsContext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sinergi {

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard) : m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first %n row(s) of the file as they will be imported. Coloured cells have a problem: "
                   "point at them to read it.",
                   nullptr, kRows));
    m_model = new PreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"previewTable"_qs);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_qs);
    m_summary->setWordWrap(true);
    m_pitfall = new QLabel(this);
    m_pitfall->setObjectName(u"pitfallLabel"_qs);
    m_pitfall->setWordWrap(true);
    m_pitfall->setStyleSheet(u"background: #fdecea; color: #7a1b1b; padding: 6px; border-radius: 3px;"_qs);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(u"color: #555;"_qs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pitfall);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

QString ImportPreviewPage::pitfallText() const
{
    return m_pitfall->isVisibleTo(this) ? m_pitfall->text() : QString();
}

void ImportPreviewPage::initializePage()
{
    m_ok = false;
    m_pitfall->hide();
    m_notes->hide();
    m_model->reset({}, {});
    const DatasetTemplate *tpl = m_wizard.datasetTemplate();
    try {
        if (!tpl || !m_wizard.options().mapping)
            throw Error(ErrorCode::Internal, u"preview without a dataset or mapping"_qs);
        const ColumnMapping &mapping = *m_wizard.options().mapping;
        // A fresh reader: the file page's one has been read past the first row.
        Importer::Source source = m_wizard.importer().open(m_wizard.options());
        const ImportPreview::Result result =
            ImportPreview::build(*source.reader, *tpl, mapping, m_wizard.validator(),
                                 m_wizard.context().service().ruleContext(), kRows);
        QStringList titles;
        for (const ColumnMapping::Column &c : mapping.columns())
            titles << tpl->field(c.field)->label(m_wizard.language());
        m_model->reset(result, titles);
        m_summary->setText(
            tr("%n row(s) checked: %1 good, %2 with warnings, %3 with errors (imported, marked "
               "for correction), %4 rejected (not imported).",
               nullptr, static_cast<int>(result.rows.size()))
                .arg(result.ok)
                .arg(result.warnings)
                .arg(result.errors)
                .arg(result.rejected));
        if (result.digitsLost) {
            m_pitfall->setText(tr(
                "Excel has damaged some numbers: a NIK or another long number appears as, for example, "
                "3.2E+15, or was stored as a number with only 15 digits. The lost digits cannot be "
                "recovered, "
                "so these rows are rejected. In Excel, format the column as Text, type or paste the numbers "
                "again (or export them from the source system as text), save and import again."));
            m_pitfall->show();
        }
        if (!result.notes.isEmpty()) {
            m_notes->setText(result.notes.join(u'\n'));
            m_notes->show();
        }
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
        m_ok = true;
    } catch (const Error &e) {
        m_summary->setText(ImportWizard::errorText(e));
        MessageBoxes::instance().warning(this, tr("Import data"), ImportWizard::errorText(e));
    }
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

} // namespace sinergi
