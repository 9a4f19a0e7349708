#pragma once

#include <QGroupBox>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sinergi {

class Session;

// Settings section "Region list (wilayah)": the editions of the Kemendagri region list (version, in use
// or older, counts per level, shipped or loaded by whom and when, source / licence line), and for
// administrators (ManageReferenceData) "Load region list…" from a folder or a .zip. Reading and checking
// 83k villages runs on a worker thread (RegionEditions::prepare); storing is on this thread.
class RegionEditionsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit RegionEditionsPanel(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *loadButton() const { return m_loadButton; }
    QAction *fromFolderAction() const { return m_fromFolder; }
    QAction *fromZipAction() const { return m_fromZip; }
    bool isBusy() const { return m_busy; }
    // Checks and loads the folder or zip as the menu does after its picker; the outcome is shown in a
    // message box and announced by loadFinished().
    void loadPath(const QString &path);
    void reload();

signals:
    void loadFinished(bool loaded);

private:
    void chooseFolder();
    void chooseZip();
    void setBusy(bool busy);

    Session &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_credit = nullptr;
    QPushButton *m_loadButton = nullptr;
    QAction *m_fromFolder = nullptr;
    QAction *m_fromZip = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_progress = nullptr;
    bool m_busy = false;
};

} // namespace sinergi
