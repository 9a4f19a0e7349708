#include "CsvSniffer.h"

#include <QList>

#include <array>
#include <map>

namespace sinergi {

QChar CsvSniffer::detectDelimiter(QStringView sample, bool complete, int maxLines)
{
    // On a tie the first wins: a ";" file with decimal commas is common here, the reverse is rare.
    static constexpr std::array<char16_t, 3> kCandidates = {u';', u',', u'\t'};
    // Count each candidate per line, outside quotes, so "Jl. Merdeka, No. 5" in quotes does not vote.
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts{};
    bool inQuotes = false;
    bool lineHasText = false;
    qsizetype i = 0;
    for (; i < sample.size() && lines.size() < maxLines; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice: still right
            lineHasText = true;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                lines.append(counts);
            counts = {};
            lineHasText = false;
        } else {
            lineHasText = true;
            if (!inQuotes) {
                for (int k = 0; k < 3; ++k)
                    counts[k] += (c == QChar(kCandidates[k]));
            }
        }
    }
    // The trailing line counts only when it is known to be whole.
    if (lineHasText && (complete || lines.isEmpty()) && i >= sample.size())
        lines.append(counts);

    int best = 0;
    int bestScore = -1;
    int bestModal = 0;
    for (int k = 0; k < 3; ++k) {
        // The most common non-zero count across lines, and on how many lines it occurs.
        std::map<int, int> freq;
        for (const auto &l : lines)
            if (l[k] > 0)
                ++freq[l[k]];
        int modal = 0, score = 0;
        for (const auto &[count, n] : freq) {
            if (n > score || (n == score && count > modal)) {
                score = n;
                modal = count;
            }
        }
        if (score > bestScore || (score == bestScore && modal > bestModal)) {
            best = k;
            bestScore = score;
            bestModal = modal;
        }
    }
    return bestScore > 0 ? QChar(kCandidates[best]) : QChar(u',');
}

} // namespace sinergi
