#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sinergi {

class Session;
struct ReportRules;

// Settings section "IPK report rules": when a job seeker whose card expired without a report counts as
// removed (N months after expiry, or only when removed by hand) and the date ages are taken at. Store-wide
// settings (ReportRules), so editable with ManageSettings only; saving is audited like every setting, and
// the dashboard and the IPK page apply the rules the next time they are shown.
class ReportRulesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReportRulesPanel(Session &session, QWidget *parent = nullptr);

    QSpinBox *monthsBox() const { return m_months; }
    QComboBox *ageBox() const { return m_age; }
    QPushButton *saveButton() const { return m_save; }
    // The rules as the controls show them.
    ReportRules shown() const;
    void reload();

private:
    void save();
    void updateSaveButton();

    Session &m_session;
    QSpinBox *m_months = nullptr;
    QComboBox *m_age = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sinergi
