#include "RoleDialog.h"

#include "ui_RoleDialog.h"

#include <QEvent>

namespace sinergi {

RoleDialog::RoleDialog(const QString &username, Role current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RoleDialog>()), m_username(username), m_current(current)
{
    m_ui->setupUi(this);
    fill();
    setRole(current);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->descriptionLabel->setText(RoleNames::description(role())); });
    m_ui->descriptionLabel->setText(RoleNames::description(role()));
    retranslate();
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::fill()
{
    const int current = m_ui->roleCombo->currentIndex();
    m_ui->roleCombo->clear();
    for (Role r : allRoles())
        m_ui->roleCombo->addItem(RoleNames::displayName(r), int(r));
    if (current >= 0)
        m_ui->roleCombo->setCurrentIndex(current);
}

Role RoleDialog::role() const
{
    return Role(m_ui->roleCombo->currentData().toInt());
}

void RoleDialog::setRole(Role role)
{
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(role)));
}

void RoleDialog::accept()
{
    if (role() == m_current) {
        QDialog::accept(); // nothing to change, nothing to audit
        return;
    }
    if (!m_apply || m_apply(role()))
        QDialog::accept();
}

void RoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RoleDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Role of \"%1\":").arg(m_username));
    m_ui->descriptionLabel->setText(RoleNames::description(role()));
}

} // namespace sinergi
