#pragma once

#include "IpkFormSet.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace sinergi {

// Which row of a form a record falls in; the extra last row ("other / unknown") takes the rest. Shared by
// IpkCalculator and DashboardData, so a dashboard bar and an IPK row put a record in the same group.
// Keeps a reference: the form must outlive the map.
class IpkRowMap
{
public:
    explicit IpkRowMap(const IpkForm &form) : m_form(form), m_other(int(form.rows.size()))
    {
        m_age.fill(m_other);
        m_kbji.fill(m_other);
        for (auto &v : m_kbli)
            v.fill(m_other);
        m_education.assign(10000, m_other);
        for (int r = 0; r < int(form.rows.size()); ++r) {
            const IpkRowGroup &g = form.rows.at(r);
            switch (form.by) {
            case IpkDimension::Total:
                break;
            case IpkDimension::Age:
                for (int a = g.minAge; a <= (g.maxAge < 0 ? kMaxAge : g.maxAge) && a <= kMaxAge; ++a)
                    if (m_age[std::size_t(a)] == m_other)
                        m_age[std::size_t(a)] = r;
                break;
            case IpkDimension::Education:
                // A prefix of k digits covers a range of four-digit codes ("31" = 3100..3199); the first
                // row that claims a code keeps it.
                for (const QString &p : g.prefixes) {
                    bool ok = false;
                    const int head = p.toInt(&ok);
                    if (!ok || p.size() > 4)
                        continue;
                    int span = 1;
                    for (qsizetype k = p.size(); k < 4; ++k)
                        span *= 10;
                    for (int c = head * span; c < (head + 1) * span && c <= 9999; ++c)
                        if (m_education[std::size_t(c)] == m_other)
                            m_education[std::size_t(c)] = r;
                }
                break;
            case IpkDimension::Kbji:
                if (g.code.size() == 1 && g.code.at(0).isDigit())
                    m_kbji[std::size_t(g.code.at(0).digitValue())] = r;
                break;
            case IpkDimension::Kbli: {
                const int version = g.kbliVersion == u"2020" ? 0 : g.kbliVersion == u"2025" ? 1 : -1;
                const char16_t letter = g.code.size() == 1 ? g.code.at(0).unicode() : 0;
                if (version >= 0 && letter >= u'A' && letter <= u'Z')
                    m_kbli[std::size_t(version)][std::size_t(letter - u'A')] = r;
                break;
            }
            }
        }
    }
    int rows() const { return m_other + 1; }
    int other() const { return m_other; }
    IpkDimension by() const { return m_form.by; }

    int age(std::int32_t refYmd, std::int32_t birthYmd) const
    {
        if (birthYmd == 0 || refYmd < birthYmd)
            return m_other;
        const int years = (refYmd - birthYmd) / 10000;
        return years > kMaxAge ? m_other : m_age[std::size_t(years)];
    }
    int education(std::uint16_t code) const { return m_education[std::size_t(std::min<int>(code, 9999))]; }
    int kbji(std::uint8_t digit) const { return digit <= 9 ? m_kbji[digit] : m_other; }
    int kbli(std::uint8_t version, char section) const
    {
        return version <= 1 && section >= 'A' && section <= 'Z' ? m_kbli[version][std::size_t(section - 'A')]
                                                                : m_other;
    }

private:
    static constexpr int kMaxAge = 130;
    const IpkForm &m_form;
    int m_other;
    std::array<int, kMaxAge + 1> m_age{};
    std::array<int, 10> m_kbji{};
    std::array<std::array<int, 26>, 2> m_kbli{};
    std::vector<int> m_education;
};

} // namespace sinergi
