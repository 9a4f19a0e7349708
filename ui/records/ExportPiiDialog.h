#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QPushButton;

namespace sinergi {

// Asked before an export when the user may export personal data and the dataset has some: export without
// it (the default), or with it after ticking that they understand the file will hold personal data and
// that the export is recorded. The tick is the explicit confirmation RecordExporter requires.
class ExportPiiDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancelled, WithoutPii, WithPii };

    ExportPiiDialog(const QString &datasetLabel, const QStringList &piiFieldLabels,
                    QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

    QCheckBox *confirmCheck() const { return m_confirm; }
    QPushButton *withPiiButton() const { return m_withPii; }
    QPushButton *withoutPiiButton() const { return m_withoutPii; }

private:
    Choice m_choice = Cancelled;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_withPii = nullptr;
    QPushButton *m_withoutPii = nullptr;
};

} // namespace sinergi
