#pragma once

#include <QFrame>

class QLabel;

namespace sinergi {

// A headline figure: a caption over a large value, optionally a detail line; clickable when it stands for
// records (the click opens them in the record grid).
class DashboardTile : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardTile(const QString &accent, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    void setClickable(bool clickable);
    QString caption() const;
    QString value() const;
    QString detail() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    bool m_clickable = false;
};

} // namespace sinergi
