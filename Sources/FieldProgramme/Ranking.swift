import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The annual dynamic ranking of pool enterprises: indicators and weights.
public struct Ranking: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Ranking {
    /// The ranking's indicators and their default weights. `ratio` ones are fractions shown as %.
    public static let rankingIndicators: [(key: String, zh: String, en: String, weight: Double, ratio: Bool)] = [
        ("rd_ratio", Message(.field_rd_ratio).render(.zh), Message(.field_rd_ratio).render(.en), 0.35, true),
        ("revenue_growth", Message(.field_revenue_growth).render(.zh), Message(.field_revenue_growth).render(.en), 0.25, true),
        ("ip_count", Message(.field_ip_count).render(.zh), Message(.field_ip_count).render(.en), 0.2, false),
        ("tech_staff_ratio", Message(.field_tech_staff_ratio).render(.zh), Message(.field_tech_staff_ratio).render(.en), 0.2, true),
    ]

    /// The ranking weights: stored in a synced setting, defaults otherwise.
    public func rankingWeights() throws -> [String: Double] {
        try programme.settings.weights("ranking.weights", defaults: Ranking.rankingIndicators.map { ($0.key, $0.weight) })
    }

    /// Changes ranking weights (each ≥ 0; they need not sum to 1: scores are normalised by the total).
    public func setRankingWeights(_ changes: [String: Double]) throws {
        try programme.settings.setWeights("ranking.weights", changes, defaults: Ranking.rankingIndicators.map { ($0.key, $0.weight) },
                                          unknown: { k in Message(.rankingIndicatorUse, k, Bilingual(
                                              zh: Ranking.rankingIndicators.map { "\($0.zh) (\($0.key))" }.joined(separator: "、"),
                                              en: Ranking.rankingIndicators.map { "\($0.en) (\($0.key))" }.joined(separator: ", "))) })
    }

    /// Records support given to a ranked enterprise (the ranking's follow-up): `incentive` (政策激励)
    /// or `help` (帮扶补短板), on a day no later than today. - Returns: its id.
    public func recordSupport(_ enterpriseText: String, kind: String, on day: LocalDate, note: String?) throws -> String {
        let kind = try Vocabulary.check(kind, in: Vocabulary.supportKinds, what: .wordSupportKind)
        let today = self.today()
        guard day <= today else { throw StoreError(.invalidValue, Message(.supportDateAfterToday, day, today)) }
        let id = UUIDText.random()
        try transaction { tx in
            let e = try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)
            var values: [String: FieldValue] = ["enterprise": .text(e), "kind": .text(kind), "given_on": .date(day)]
            if let note { values["note"] = .text(try Programme.required(note, "note")) }
            try tx.write(Domain.support, id: id, values)
        }
        return id
    }

    /// Sets an enterprise's indicators for a year.
    public func setIndicators(enterprise: String, year: Int, values: [String: FieldValue]) throws {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, Message(.year, year)) }
        guard !values.isEmpty else { throw StoreError(.invalidValue, Message(.giveLeastOneIndicator)) }
        try transaction { tx in
            let e = try Lookup.resolve(tx.db, Domain.enterprise, enterprise)
            var v = values
            v["enterprise"] = .text(e)
            v["year"] = .integer(Int64(year))
            try tx.write(Domain.indicator, id: UUIDText.derived(from: "indicator:\(e):\(year)"), v)
        }
    }

    /// Where an enterprise stands in this year's ranking of each pool it is in (as of today, or 31
    /// December for a past year): its rank, the pool's size and its score (docs/rules.md §4).
    public func standing(of enterpriseText: String, year: Int) throws -> [(pool: String, rank: Int, of: Int, score: Double)] {
        let id = try programme.lookup.resolve(Domain.enterprise, enterpriseText)
        guard let name = try view(Domain.enterprise, id: id)?.text("name") else { return [] }
        let report = try rankingReport(year, asOf: try programme.reports.asOf(year), top: 3)
        return report.sections.compactMap { section in
            guard let row = section.rows.first(where: { $0.count > 2 && $0[1] == .ref(name, kind: "enterprise", id: id) }),
                  case .int(let rank) = row[0], case .number(let score) = row[2] else { return nil }
            return (section.key, rank, section.rows.count, score ?? 0)
        }
    }

    /// Each pool's members on `asOf` with their score and cells, best first (docs/rules.md §4).
    func scoredPools(_ year: Int, asOf: LocalDate) throws -> [(pool: String, scored: [(RecordView, Double, [Report.Cell])])] {
        let weights = try rankingWeights()
        // Summed in the indicators' fixed order: a dictionary's order changes from run to run, and
        // so would the last bits of a floating-point sum.
        let totalWeight = max(1e-9, Ranking.rankingIndicators.reduce(0) { $0 + (weights[$1.key] ?? 0) })
        // Rounding away float noise lets equal scores tie (and be ordered by name).
        func clean(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
        let indicators = Dictionary(try views(Domain.indicator, where: "year = ?", arguments: [String(year)]).map { ($0.text("enterprise"), $0) },
                                    uniquingKeysWith: { a, _ in a })
        var pools: [(pool: String, scored: [(RecordView, Double, [Report.Cell])])] = []
        for pool in Vocabulary.pools {
            let members = try views(Domain.enterprise, where: "id IN (SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?))",
                                    arguments: [pool, asOf.description, asOf.description], orderBy: "name")
            guard !members.isEmpty else { continue }
            /// A synced value outside the indicator's bounds (entered before they were checked, or by
            /// a hostile peer) counts as missing rather than stretching everyone else's normalisation.
            func raw(_ e: RecordView, _ key: String) -> Double? {
                switch indicators[e.id]?[key] {
                case .decimal(let d)?: return Ratio.bounds[key].map { $0.contains(d.doubleValue) } == false ? nil : d.doubleValue
                case .integer(let i)?: return i >= 0 ? Double(i) : nil
                default: return nil
                }
            }
            var ranges: [String: (Double, Double)] = [:]
            for ind in Ranking.rankingIndicators {
                let xs = members.compactMap { raw($0, ind.key) }
                if let lo = xs.min(), let hi = xs.max() { ranges[ind.key] = (lo, hi) }
            }
            var scored: [(RecordView, Double, [Report.Cell])] = members.map { e in
                var cells: [Report.Cell] = []
                var total = 0.0
                for ind in Ranking.rankingIndicators {
                    let x = raw(e, ind.key)
                    var norm = 0.0
                    if let x, let (lo, hi) = ranges[ind.key] { norm = hi > lo ? (x - lo) / (hi - lo) : 1 }
                    let points = clean(norm * (weights[ind.key] ?? 0) / totalWeight * 100)
                    total += points
                    // A count (IP) as a whole number; ratios as percentages.
                    cells.append(ind.ratio ? .percent(x.map { $0 * 100 }) : x.map { $0 == $0.rounded() && abs($0) < 1e15 ? .int(Int($0)) : .number($0) } ?? .number(nil))
                    cells.append(.number(points))
                }
                return (e, clean(total), cells)
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.text("name"), $0.0.id) < ($1.0.text("name"), $1.0.id) }
            pools.append((pool, scored))
        }
        return pools
    }

    func rankingReport(_ year: Int, asOf: LocalDate, top: Int) throws -> Report {
        let weights = try rankingWeights()
        var sections: [Report.Section] = []
        // The follow-up: last year's rank in the same pool (as of its 31 December) and the support
        // recorded this year (docs/rules.md §4).
        let lastDay = try LocalDate(year: year - 1, month: 12, day: 31)
        var previous: [String: [String: Int]] = [:]
        if year - 1 >= 2000 {
            // Ranked last year: in the pool on its last day, with indicators entered for that year.
            let entered = Set(try views(Domain.indicator, where: "year = ?", arguments: [String(year - 1)]).map { $0.text("enterprise") })
            for (pool, scored) in try scoredPools(year - 1, asOf: lastDay) where scored.contains(where: { entered.contains($0.0.id) }) {
                previous[pool] = Dictionary(uniqueKeysWithValues: scored.enumerated().filter { entered.contains($0.element.0.id) }.map { ($0.element.0.id, $0.offset + 1) })
            }
        }
        var support: [String: [String]] = [:]
        for v in try views(Domain.support, where: "substr(given_on, 1, 4) = ?", arguments: [String(year)], orderBy: "given_on, id") {
            support[v.text("enterprise"), default: []].append(v.text("kind") + " " + v.text("given_on"))
        }
        for (pool, scored) in try scoredPools(year, asOf: asOf) {
            let n = scored.count
            let rows = scored.enumerated().map { i, s -> [Report.Cell] in
                let flag: Report.Cell = i < top ? Reports.word("top", Message(.reportTop, top))
                    : (i >= n - top && n > top ? Reports.word("bottom", Message(.reportBottom, top)) : .text(""))
                let before = previous[pool]?[s.0.id]
                let movement: Report.Cell = before.map { b in b == i + 1 ? .text("=") : .text(b > i + 1 ? "↑\(b - i - 1)" : "↓\(i + 1 - b)") }
                    ?? Reports.word("new", Message(.reportRankNew))
                let given = (support[s.0.id] ?? []).map { item -> String in
                    let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
                    return (Vocabulary.chinese[parts[0]] ?? parts[0]) + " " + (parts.count > 1 ? parts[1] : "")
                }
                return [.int(i + 1), .ref(s.0.text("name"), kind: "enterprise", id: s.0.id), .number(s.1)] + s.2
                    + [before.map { .int($0) } ?? .number(nil), movement, .text(given.joined(separator: "；")), flag]
            }
            var columns: [Report.Column] = [.init("rank", Message(.reportRank)), .init("enterprise", Message(.reportEnterprise5)), .init("score", Message(.reportScore))]
            for ind in Ranking.rankingIndicators {
                columns.append(.init(ind.key, ind.zh + (ind.ratio ? "(%)" : ""), ind.en + (ind.ratio ? " (%)" : "")))
                columns.append(.init("\(ind.key)_points", Message(.reportNPoints, Bilingual(zh: ind.zh, en: ind.en))))
            }
            columns.append(.init("previous_rank", Message(.reportPreviousRank)))
            columns.append(.init("movement", Message(.reportMovement)))
            columns.append(.init("support", Message(.reportSupport)))
            columns.append(.init("flag", Message(.reportFlag)))
            sections.append(Report.Section(
                key: pool, title: .init(pool, Vocabulary.chinese[pool] ?? pool, "\(pool) pool"), columns: columns, rows: rows,
                chart: Report.Chart(labels: scored.prefix(20).map { $0.0.text("name") }, values: scored.prefix(20).map { $0.1 }, maximum: 100, unit: "")))
        }
        // The weights named in the reader's words (研发投入占比 0.35、…; rd ratio 0.35, …).
        let weightText = Bilingual(
            zh: Ranking.rankingIndicators.map { "\($0.zh) \(Settings.plain(weights[$0.key] ?? 0))" }.joined(separator: "、"),
            en: Ranking.rankingIndicators.map { "\($0.en) \(Settings.plain(weights[$0.key] ?? 0))" }.joined(separator: ", "))
        return Report(
            kind: "ranking", year: year, title: .init("ranking", Message(.reportRanking, year)),
            summary: [(.init("ranking_date", Message(.reportRankingDate)), .text(asOf.description))]
                + Ranking.rankingIndicators.map { (.init("weight_\($0.key)", Message(.reportWeightN, Bilingual(zh: $0.zh, en: $0.en))), .number(weights[$0.key])) },
            sections: sections,
            notes: [.init("rule", Message(.reportRule4, weightText))])
    }

    // MARK: Commissioners

}
