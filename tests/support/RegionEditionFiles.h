#pragma once

#include "datasets/DatasetResources.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace sinergi::test {

// A newer edition of the region list made from the embedded one, as tests of loading editions need it:
// in Salatiga (33.73) the kecamatan Sidomukti (33.73.04) is split into 33.73.05 "Sidomukti Utara" (its
// first two desa, renumbered) and 33.73.06 "Sidomukti Selatan" (the other two), so 33.73.04 and its desa
// are gone; Sidorejo (33.73.01) is renamed "Sidorejo Baru". Everything else is unchanged.
struct RegionEditionFiles
{
    static constexpr auto kVersion = "idn-area-data 4.1.0";
    static constexpr auto kCredit = "Test edition compiled from Kemendagri decrees, under the ODbL 1.0.";

    static QByteArray embedded(const char *name)
    {
        initDatasetResources();
        QFile f(QStringLiteral(":/reference/wilayah/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the embedded %s", name);
        return f.readAll();
    }

    // The four CSVs of the modified edition, in the order provinces, regencies, districts, villages.
    static QList<QByteArray> files()
    {
        QByteArray districts = embedded("districts.csv");
        districts.replace("33.73.01,33.73,Sidorejo\n", "33.73.01,33.73,Sidorejo Baru\n");
        districts.replace("33.73.04,33.73,Sidomukti\n",
                          "33.73.05,33.73,Sidomukti Utara\n33.73.06,33.73,Sidomukti Selatan\n");
        QByteArray villages = embedded("villages.csv");
        QByteArray out;
        int moved = 0;
        for (const QByteArray &line : villages.split('\n')) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("33.73.04.")) {
                const QByteArray district = moved++ < 2 ? "33.73.05" : "33.73.06";
                out += district + line.mid(8, 5) + ',' + district + line.mid(line.indexOf(',', 14)) + '\n';
            } else {
                out += line + '\n';
            }
        }
        return {embedded("provinces.csv"), embedded("regencies.csv"), districts, out};
    }

    // Writes the edition (with VERSION and a README that has a credit line) into dir; replace lets a test
    // break one file. Returns dir.
    static QString write(const QString &dir, const QString &version = QString::fromLatin1(kVersion),
                         const QList<QByteArray> &csv = files())
    {
        QDir().mkpath(dir);
        const char *names[4] = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};
        for (int i = 0; i < 4; ++i)
            put(dir + u'/' + QLatin1String(names[i]), csv.at(i));
        put(dir + QStringLiteral("/VERSION"), version.toUtf8() + '\n');
        put(dir + QStringLiteral("/README.md"),
            QByteArray("# Test region list\n\nCredit (shown in the About view): \"") + kCredit + "\"\n");
        return dir;
    }

    static void put(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }
};

} // namespace sinergi::test
