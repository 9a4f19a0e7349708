#include "ReferenceListsPanel.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "reference/ReferenceLists.h"
#include "session/Session.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sinergi {

ReferenceListsPanel::ReferenceListsPanel(Session &session, QWidget *parent)
    : QGroupBox(tr("Reference lists"), parent), m_session(session)
{
    setObjectName(u"referenceGroup"_qs);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Code lists used by the datasets. New entries use the version in use; codes "
                                "from older versions stay readable, and records that still carry them are "
                                "flagged with a warning."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"referenceTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("List"), tr("Version"), tr("State"), tr("Codes"), tr("Origin")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table);

    const bool admin = session.can(Permission::ManageReferenceData);
    m_loadButton = new QPushButton(tr("&Load new version…"), this);
    m_loadButton->setObjectName(u"referenceLoadButton"_qs);
    m_loadButton->setEnabled(admin);
    m_note = new QLabel(tr("Only an administrator can load a new version."), this);
    m_note->setVisible(!admin);
    auto *row = new QHBoxLayout;
    row->addWidget(m_loadButton);
    row->addWidget(m_note, 1);
    layout->addLayout(row);
    connect(m_loadButton, &QPushButton::clicked, this, &ReferenceListsPanel::chooseFile);
    reload();
}

void ReferenceListsPanel::reload()
{
    const QString language = QLocale().name();
    QList<ReferenceLists::Edition> editions;
    try {
        editions = ReferenceLists::editions(m_session.db(), ReferenceLists::load(m_session.db()), language);
    } catch (const Error &e) {
        m_note->setText(e.userMessage());
        m_note->setVisible(true);
    }
    m_table->setRowCount(int(editions.size()));
    for (int r = 0; r < editions.size(); ++r) {
        const ReferenceLists::Edition &e = editions.at(r);
        const QString origin =
            e.shipped
                ? tr("Shipped with Sinergi")
                : tr("Loaded %1 by %2")
                      .arg(QLocale().toString(QDateTime::fromString(e.loadedAt, Qt::ISODate).toLocalTime(),
                                              QLocale::ShortFormat),
                           e.loadedBy);
        const QStringList cells{e.label + u" ("_qs + e.listId + u")"_qs, e.version,
                                e.newest ? tr("In use") : tr("Older (codes stay readable)"),
                                QString::number(e.codes), origin};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!e.newest)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ReferenceListsPanel::chooseFile()
{
    const QString path = FileDialogs::instance().openFileName(this, tr("Load a new version of a code list"),
                                                              {}, tr("Code list (*.json)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ReferenceListsPanel::loadFile(const QString &path)
{
    try {
        CodeListRegistry registry = ReferenceLists::load(m_session.db());
        const ReferenceLists::Loaded r = ReferenceLists::loadFile(m_session, registry, path);
        QString text = tr("%1 version %2 loaded (%3 codes). Version %4 stays readable for existing records.")
                           .arg(r.listId, r.version)
                           .arg(r.codes)
                           .arg(r.previousVersion);
        if (!r.retired.isEmpty())
            text += u"\n\n"_qs +
                    tr("No longer in the new version: %1. Records that carry these codes are flagged "
                       "with a warning.")
                        .arg(r.retired.join(u", "_qs));
        text += u"\n\n"_qs + tr("The record pages use it after the next log-in.");
        reload();
        MessageBoxes::instance().information(this, tr("Reference list loaded"), text);
        return true;
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Reference list not loaded"),
                                         tr("Nothing was changed. %1").arg(e.userMessage()));
        return false;
    }
}

} // namespace sinergi
