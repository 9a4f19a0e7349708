#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTimer;

namespace sinergi {

class AuditModel;
class Session;
struct AuditFilter;

namespace Ui {
class AuditPage;
}

// Audit log viewer (ViewAudit): filter by user, kind of action, text and period; verify the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Session &session, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    AuditFilter filter() const;
    // Runs the query with the current filter.
    void reload();
    // Runs AuditLog::verify and shows the result; returns true when intact.
    bool verifyChain();
    QString verifyResultText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillActionCombo();
    void retranslate();

    std::unique_ptr<Ui::AuditPage> m_ui;
    Session &m_session;
    AuditModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace sinergi
