#include "RegionEditionsPanel.h"

#include "common/Background.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "reference/RegionEditions.h"
#include "session/Session.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace sinergi {

RegionEditionsPanel::RegionEditionsPanel(Session &session, QWidget *parent)
    : QGroupBox(tr("Region list (wilayah)"), parent), m_session(session)
{
    setObjectName(u"regionEditionsGroup"_qs);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Province, regency, kecamatan and desa codes (Kemendagri). The pickers and the "
                      "NIK check use the edition in use; codes that only an older edition has stay "
                      "readable, and records that still carry them are flagged with a warning."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(u"regionEditionsTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("State"), tr("Provinces"), tr("Regencies"),
                                        tr("Kecamatan"), tr("Desa"), tr("Origin")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(200); // a handful of editions; the settings column has more below
    layout->addWidget(m_table);

    m_credit = new QLabel(this);
    m_credit->setObjectName(u"regionCreditLabel"_qs);
    m_credit->setWordWrap(true);
    m_credit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_credit);

    const bool admin = session.can(Permission::ManageReferenceData);
    m_loadButton = new QPushButton(tr("Load &region list…"), this);
    m_loadButton->setObjectName(u"regionLoadButton"_qs);
    m_loadButton->setEnabled(admin);
    auto *menu = new QMenu(m_loadButton);
    m_fromFolder = menu->addAction(tr("From a folder…"));
    m_fromZip = menu->addAction(tr("From a zip file…"));
    m_loadButton->setMenu(menu);
    connect(m_fromFolder, &QAction::triggered, this, &RegionEditionsPanel::chooseFolder);
    connect(m_fromZip, &QAction::triggered, this, &RegionEditionsPanel::chooseZip);

    m_note = new QLabel(tr("Only an administrator can load a new edition."), this);
    m_note->setVisible(!admin);
    m_note->setWordWrap(true);
    m_progress = new QLabel(tr("Checking the region list…"), this);
    m_progress->setObjectName(u"regionProgressLabel"_qs);
    m_progress->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_loadButton);
    row->addWidget(m_progress);
    row->addWidget(m_note, 1);
    layout->addLayout(row);
    reload();
}

void RegionEditionsPanel::reload()
{
    QList<RegionEditions::Edition> editions;
    try {
        editions = RegionEditions::editions(m_session.db(), RegionEditions::load(m_session.db()));
    } catch (const Error &e) {
        m_note->setText(e.userMessage());
        m_note->setVisible(true);
    }
    const QLocale locale;
    m_table->setRowCount(int(editions.size()));
    QString credit;
    for (int r = 0; r < editions.size(); ++r) {
        const RegionEditions::Edition &e = editions.at(r);
        const QString origin =
            e.shipped ? tr("Shipped with Sinergi")
                      : tr("Loaded %1 by %2 from %3")
                            .arg(locale.toString(QDateTime::fromString(e.loadedAt, Qt::ISODate).toLocalTime(),
                                                 QLocale::ShortFormat),
                                 e.loadedBy, e.source);
        const QStringList cells{e.version,
                                e.newest ? tr("In use") : tr("Older (codes stay readable)"),
                                locale.toString(e.counts[0]),
                                locale.toString(e.counts[1]),
                                locale.toString(e.counts[2]),
                                locale.toString(e.counts[3]),
                                origin};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!e.newest)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            item->setToolTip(e.credit);
            m_table->setItem(r, c, item);
        }
        if (e.newest)
            credit = e.credit.isEmpty() ? tr("The edition in use names no source in its README.")
                                        : tr("Source and licence: %1").arg(e.credit);
    }
    m_credit->setText(credit);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
}

void RegionEditionsPanel::chooseFolder()
{
    const QString path =
        FileDialogs::instance().existingDirectory(this, tr("Choose the folder of the new region list"), {});
    if (!path.isEmpty())
        loadPath(path);
}

void RegionEditionsPanel::chooseZip()
{
    const QString path = FileDialogs::instance().openFileName(this, tr("Choose the new region list"), {},
                                                              tr("Zip file (*.zip)"));
    if (!path.isEmpty())
        loadPath(path);
}

void RegionEditionsPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_loadButton->setEnabled(!busy && m_session.can(Permission::ManageReferenceData));
}

void RegionEditionsPanel::loadPath(const QString &path)
{
    if (m_busy)
        return;
    const auto failed = [this](const Error &e) {
        MessageBoxes::instance().warning(this, tr("Region list not loaded"),
                                         tr("Nothing was changed. %1").arg(e.userMessage()));
        emit loadFinished(false);
    };
    RegionCatalog current;
    try {
        if (!m_session.can(Permission::ManageReferenceData))
            throw Error(ErrorCode::PermissionDenied, u"reference.load"_qs);
        current = RegionEditions::load(m_session.db());
    } catch (const Error &e) {
        failed(e);
        return;
    }
    setBusy(true);
    using Prepared = std::shared_ptr<RegionEditions::Prepared>;
    runInBackground<Prepared>(
        this,
        [current, path]() {
            return std::make_shared<RegionEditions::Prepared>(RegionEditions::prepare(current, path));
        },
        [this, current, failed](Outcome<Prepared> outcome) mutable {
            setBusy(false);
            try {
                if (outcome.error)
                    throw *outcome.error;
                const RegionEditions::Loaded r =
                    RegionEditions::store(m_session, current, std::move(*outcome.value));
                QString text = tr("Region list %1 loaded: %2 provinces, %3 regencies, %4 kecamatan, %5 desa. "
                                  "Edition %6 stays readable for existing records.")
                                   .arg(r.version)
                                   .arg(r.counts[0])
                                   .arg(r.counts[1])
                                   .arg(r.counts[2])
                                   .arg(r.counts[3])
                                   .arg(r.previousVersion);
                if (r.retiredDistricts > 0 || r.retiredVillages > 0)
                    text += u"\n\n"_qs +
                            tr("No longer in the new edition: %1 kecamatan and %2 desa codes. Records "
                               "that carry them are flagged with a warning.")
                                .arg(r.retiredDistricts)
                                .arg(r.retiredVillages);
                text += u"\n\n"_qs + tr("The record pages use it after the next log-in.");
                reload();
                MessageBoxes::instance().information(this, tr("Region list loaded"), text);
                emit loadFinished(true);
            } catch (const Error &e) {
                failed(e);
            }
        });
}

} // namespace sinergi
