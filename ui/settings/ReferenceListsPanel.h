#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sinergi {

class Session;

// Settings section "Reference lists": every code list with its editions (in use / older, shipped or
// loaded by whom and when), and for administrators (ManageReferenceData) "Load new version…", which
// reads a code-list JSON file through ReferenceLists (checked strictly, audited).
class ReferenceListsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReferenceListsPanel(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Loads the file as the button does after its file dialog; shows the outcome in a message box.
    bool loadFile(const QString &path);
    void reload();

private:
    void chooseFile();

    Session &m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace sinergi
