#include "ReportRulesPanel.h"

#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "reports/ReportRules.h"
#include "session/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sinergi {

ReportRulesPanel::ReportRulesPanel(Session &session, QWidget *parent)
    : QGroupBox(tr("IPK report rules"), parent), m_session(session)
{
    setObjectName(u"reportRulesGroup"_qs);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("How the dashboard and the IPK tables count job seekers. The guidelines leave "
                      "these choices to the office; changing them changes the numbers of every "
                      "period, past ones included."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_months = new QSpinBox(this);
    m_months->setObjectName(u"removeMonthsBox"_qs);
    // -1 is "never by expiry": shown as text, so nobody has to know the number.
    m_months->setRange(-1, ReportRules::kMaxRemoveMonths);
    m_months->setSpecialValueText(tr("only when removed by hand"));
    m_months->setSuffix(tr(" month(s) after the card expired"));
    m_months->setToolTip(tr("A card still registered is counted as removed this many months after its "
                            "validity ended without a report (0: the day after it expired)."));
    form->addRow(tr("Expired card counts as &removed:"), m_months);
    m_age = new QComboBox(this);
    m_age->setObjectName(u"ageReferenceBox"_qs);
    m_age->addItem(tr("at the end of the reported period"), int(ReportRules::AgeReference::PeriodEnd));
    m_age->addItem(tr("at registration"), int(ReportRules::AgeReference::Registration));
    form->addRow(tr("&Age for the age groups:"), m_age);
    layout->addLayout(form);

    const bool mayEdit = session.can(Permission::ManageSettings);
    m_save = new QPushButton(tr("&Save rules"), this);
    m_save->setObjectName(u"reportRulesSaveButton"_qs);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportRulesStatus"_qs);
    m_status->setWordWrap(true);
    if (!mayEdit)
        m_status->setText(tr("Only an administrator can change these rules."));
    m_months->setEnabled(mayEdit);
    m_age->setEnabled(mayEdit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    connect(m_save, &QPushButton::clicked, this, &ReportRulesPanel::save);
    connect(m_months, &QSpinBox::valueChanged, this, &ReportRulesPanel::updateSaveButton);
    connect(m_age, &QComboBox::currentIndexChanged, this, &ReportRulesPanel::updateSaveButton);
    reload();
}

ReportRules ReportRulesPanel::shown() const
{
    ReportRules rules;
    rules.removeMonthsAfterExpiry = m_months->value();
    rules.ageReference = ReportRules::AgeReference(m_age->currentData().toInt());
    return rules;
}

void ReportRulesPanel::reload()
{
    ReportRules rules;
    try {
        rules = ReportRules::fromSettings(m_session);
    } catch (const Error &) {
        // Unreadable settings: the defaults are what the reports use too.
    }
    m_months->setValue(rules.removeMonthsAfterExpiry);
    m_age->setCurrentIndex(m_age->findData(int(rules.ageReference)));
    updateSaveButton();
}

void ReportRulesPanel::updateSaveButton()
{
    ReportRules stored;
    try {
        stored = ReportRules::fromSettings(m_session);
    } catch (const Error &) {
    }
    m_save->setEnabled(m_session.can(Permission::ManageSettings) && shown() != stored);
}

void ReportRulesPanel::save()
{
    try {
        shown().save(m_session);
        m_status->setText(tr("Saved. The dashboard and the IPK tables use the new rules from now on."));
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("IPK report rules"),
                                         tr("The rules could not be saved: %1").arg(e.userMessage()));
        reload();
        return;
    }
    updateSaveButton();
}

} // namespace sinergi
