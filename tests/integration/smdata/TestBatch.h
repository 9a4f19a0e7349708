#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A batch as a client would build it (docs/smdata-protocol.md section 7), from datagen records with each
// template's sharing policy applied. Test-only: the real batch builder is a later part of issue 6.
struct TestBatch
{
    QString id;
    QByteArray content;
    QList<QByteArray> parts;
    QJsonObject manifest;
    QByteArray manifestBytes;
    qint64 records = 0;

    // Synthetic records of lowongan, pencari_kerja and penempatan made by datagen (jobSeekers job seekers)
    // in dir, cut into parts of partSize bytes.
    static TestBatch fromDatagen(const QString &dir, int jobSeekers, qint64 partSize, const QString &period);
    // The same records with one line replaced (to make a rejected batch); returns the new batch with a new
    // id.
    TestBatch withLine(qsizetype lineIndex, const QByteArray &line) const;
    // Re-cuts content into parts and rebuilds the manifest (new UUID unless keepId).
    void rebuild(qint64 partSize, bool keepId = false);

    QStringList lines() const;
    QString period;
    QJsonObject datasetCounts; // dataset -> records
};
