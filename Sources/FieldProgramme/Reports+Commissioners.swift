import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    /// Who a need counts for: its owner, else the commissioner responsible for its enterprise on
    /// the day it was raised.
    static func responsible(_ need: RecordView, _ assignments: AssignmentBook) -> String {
        if need["owner"] != .null { return need.text("owner") }
        guard let raised = Instant.parse(need.text("raised_at")) else { return "" }
        return assignments.commissioner(of: need.text("enterprise"), on: Programme.localDate(raised)) ?? ""
    }

    func commissionersReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let commissioners = try views(Domain.commissioner, orderBy: "name")
        let yearPrefix = String(year)
        // Only the columns this report reads: decoding every field of 30k visits cost most of its time.
        let visits = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, commissioner, round, satisfaction, mode FROM visit WHERE deleted = 0 AND substr(date, 1, 4) = ?",
                             arguments: [yearPrefix]).map { row in
                RecordView(table: Domain.visit.name, id: row[0], values: [
                    "commissioner": (row[1] as String?).map { .text($0) } ?? .null, "round": (row[2] as String?).map { .text($0) } ?? .null,
                    "satisfaction": (row[3] as Int64?).map { .integer($0) } ?? .null, "mode": (row[4] as String?).map { .text($0) } ?? .null,
                ], conflicts: [])
            }
        }
        let needs = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [yearPrefix])
        let assignments = try programme.assignments.book()
        let target = try programme.settings.setting(.satisfactionTarget)
        let now = asOfInstant(asOf)
        var greenedBy: [String: Int] = [:]
        for p in try programme.projects.lightInputs().values {
            // Rescues, not every turn to green: routine work is no rescue (docs/rules.md §3).
            for e in p.episodes(year: year, asOf: asOf) where e.rescue {
                if let c = assignments.commissioner(of: p.project.text("enterprise"), on: e.greenOn) { greenedBy[c, default: 0] += 1 }
            }
        }
        let coverage = try programme.rounds.coverageCounts(year: year, assignments: assignments)
        let needsByCommissioner = Dictionary(grouping: needs, by: { Reports.responsible($0, assignments) })
        let visitsByCommissioner = Dictionary(grouping: visits, by: { $0.text("commissioner") })
        func ratings(_ vs: [RecordView]) -> [Int] { vs.compactMap { v in if case .integer(let i) = v["satisfaction"] { return Int(i) } else { return nil } } }
        func rate(_ rs: [Int]) -> Double? { Reports.pct(rs.filter { $0 >= 4 }.count, rs.count) }
        func below(_ r: Double?) -> Bool? { r.map { $0 < target } }
        var rows: [[Report.Cell]] = []
        var byRound: [[Report.Cell]] = []
        // The score's raw values per commissioner (docs/rules.md §5a).
        var raw: [String: [String: Double?]] = [:]
        for c in commissioners {
            let myNeeds = needsByCommissioner[c.id] ?? []
            let timings = myNeeds.map { Needs.responseTiming($0, now: now).withinRule }
            let ack = timings.filter { $0 == true }.count
            let judged = timings.filter { $0 != nil }.count
            let resolved = myNeeds.filter { ["resolved", "closed"].contains($0.text("status")) }.count
            let myVisits = visitsByCommissioner[c.id] ?? []
            let rs = ratings(myVisits)
            var row: [Report.Cell] = [.ref(c.text("name"), kind: "commissioner", id: c.id)]
            for n in 1...3 {
                let (v, d) = coverage[n]?[c.id] ?? (0, 0)
                row.append(.percent(Reports.pct(v, d)))
            }
            row += [.int(myNeeds.count), .percent(Reports.pct(ack, judged)), .int(resolved), .int(greenedBy[c.id] ?? 0),
                    .int(myVisits.count), .int(rs.count), .percent(rate(rs)), .flag(below(rate(rs)))]
            rows.append(row)
            let (visited, due) = (1...3).reduce((0, 0)) { acc, n in let x = coverage[n]?[c.id] ?? (0, 0); return (acc.0 + x.visited, acc.1 + x.due) }
            raw[c.id] = [
                "coverage": Reports.pct(visited, due), "on_site": Reports.pct(myVisits.filter { $0.text("mode") == "on-site" }.count, myVisits.count),
                "response_24h": Reports.pct(ack, judged), "resolved": Reports.pct(resolved, myNeeds.count),
                "rescues": Double(greenedBy[c.id] ?? 0), "satisfaction": rate(rs),
            ]
            var r: [Report.Cell] = [.ref(c.text("name"), kind: "commissioner", id: c.id)]
            for n in 1...3 {
                let rr = rate(ratings(myVisits.filter { $0.text("round") == "\(year)-\(n)" }))
                r += [.percent(rr), .flag(below(rr))]
            }
            r.append(.percent(rate(rs)))
            byRound.append(r)
        }
        let rated = ratings(visits)
        var zoneRound: [Report.Cell] = [Reports.total]
        for n in 1...3 {
            let rr = rate(ratings(visits.filter { $0.text("round") == "\(year)-\(n)" }))
            zoneRound += [.percent(rr), .flag(below(rr))]
        }
        zoneRound.append(.percent(rate(rated)))
        byRound.append(zoneRound)
        var roundColumns: [Report.Column] = [.init("commissioner", Message(.reportCommissioner2))]
        for n in 1...3 {
            roundColumns += [.init("satisfaction_rate_\(n)", Message(.reportSatisfactionRateN, n)), .init("below_target_\(n)", Message(.reportBelowTargetN, n))]
        }
        roundColumns.append(.init("satisfaction_rate", Message(.reportSatisfactionRate)))
        return Report(
            kind: "commissioners", year: year, title: .init("commissioners", Message(.reportCommissioners, year)),
            summary: [(.init("satisfaction_rate", Message(.reportSatisfactionRate2)), .percent(rate(rated))),
                      (.init("satisfaction_target", Message(.reportSatisfactionTarget)), .percent(target)),
                      (.init("below_target", Message(.reportBelowTarget)), .flag(below(rate(rated)))),
                      (.init("rated_visits", Message(.reportRatedVisits)), .int(rated.count))],
            sections: [
                Report.Section(
                    key: "commissioners", title: .init("commissioners", Message(.reportCommissioners2)),
                    columns: [.init("commissioner", Message(.reportCommissioner3)), .init("coverage_1", Message(.reportCoverage1)), .init("coverage_2", Message(.reportCoverage2)),
                              .init("coverage_3", Message(.reportCoverage3)), .init("needs", Message(.reportNeeds2)), .init("acknowledged_within_24h", Message(.reportAcknowledgedWithin24h2)),
                              .init("resolved", Message(.reportResolved)), .init("rescues", Message(.reportRescueEpisodes)),
                              .init("visits", Message(.reportVisits)), .init("rated_visits", Message(.reportRatedVisits2)),
                              .init("satisfaction_rate", Message(.reportSatisfactionRate3)), .init("below_target", Message(.reportBelowTarget2))],
                    rows: rows,
                    chart: Report.Chart(labels: commissioners.map { $0.text("name") }, values: rows.map { r in if case .percent(let p) = r[10] { return p ?? 0 } else { return 0 } }, maximum: 100, unit: "%",
                                        target: target)),
                Report.Section(key: "satisfaction_by_round", title: .init("satisfaction_by_round", Message(.reportSatisfactionByRound)),
                               columns: roundColumns, rows: byRound, chart: nil),
                try scoreSection(commissioners, raw: raw),
            ],
            notes: [.init("rule", Message(.reportRule5))])
    }

    /// The commissioners' score (科技专员绩效考核, docs/rules.md §5a): each indicator normalised
    /// min–max across the commissioners (all equal: 1; missing: 0), times its weight's share of the
    /// weights' total, times 100; the score is their sum (at most 100), ranked high to low, ties by name.
    func scoreSection(_ commissioners: [RecordView], raw: [String: [String: Double?]]) throws -> Report.Section {
        let weights = try programme.settings.performanceWeights()
        let total = max(1e-9, Settings.performanceIndicators.reduce(0) { $0 + (weights[$1.key] ?? 0) })
        func clean(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
        var ranges: [String: (Double, Double)] = [:]
        for ind in Settings.performanceIndicators {
            let xs = commissioners.compactMap { raw[$0.id]?[ind.key] ?? nil }
            if let lo = xs.min(), let hi = xs.max() { ranges[ind.key] = (lo, hi) }
        }
        var scored: [(RecordView, Double, [Report.Cell])] = commissioners.map { c in
            var cells: [Report.Cell] = []
            var sum = 0.0
            for ind in Settings.performanceIndicators {
                let x = raw[c.id]?[ind.key] ?? nil
                var norm = 0.0
                if let x, let (lo, hi) = ranges[ind.key] { norm = hi > lo ? (x - lo) / (hi - lo) : 1 }
                let points = clean(norm * (weights[ind.key] ?? 0) / total * 100)
                sum += points
                cells.append(ind.count ? x.map { .int(Int($0)) } ?? .number(nil) : .percent(x))
                cells.append(.number(points))
            }
            return (c, clean(sum), cells)
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.text("name"), $0.0.id) < ($1.0.text("name"), $1.0.id) }
        var columns: [Report.Column] = [.init("rank", Message(.reportRank)), .init("commissioner", Message(.reportCommissioner3)), .init("score", Message(.reportScore))]
        for ind in Settings.performanceIndicators {
            columns.append(.init(ind.key, Message(ind.label)))
            columns.append(.init("\(ind.key)_points", Message(.reportNPoints, Message(ind.label))))
        }
        return Report.Section(
            key: "score", title: .init("score", Message(.reportPerformanceScore)), columns: columns,
            rows: scored.enumerated().map { i, s in [.int(i + 1), .text(s.0.text("name")), .number(s.1)] + s.2 },
            chart: nil)
    }

    // MARK: Outcomes

}

/// The zone's satisfaction in a year (docs/rules.md §5), for the office's overview.
public struct ZoneSatisfaction: Sendable {
    /// Visits dated in the year with a satisfaction score.
    public var rated: Int
    /// Of them, those rated 4 or 5.
    public var satisfied: Int
    /// The zone's target, in percent (`satisfaction.target`).
    public var target: Double
    /// satisfied ÷ rated in percent, nil with no rated visit.
    public var rate: Double? { Reports.pct(satisfied, rated) }
    /// Whether the rate is below the target; nil with no rated visit.
    public var belowTarget: Bool? { rate.map { $0 < target } }
}

extension Reports {
    /// The zone's satisfaction over the visits dated in `year`.
    public func zoneSatisfaction(year: Int) throws -> ZoneSatisfaction {
        let target = try programme.settings.setting(.satisfactionTarget)
        return try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), coalesce(sum(satisfaction >= 4), 0) FROM visit
                WHERE deleted = 0 AND satisfaction IS NOT NULL AND substr(date, 1, 4) = ?
                """, arguments: [String(year)])
            return ZoneSatisfaction(rated: row?[0] ?? 0, satisfied: row?[1] ?? 0, target: target)
        }
    }
}
