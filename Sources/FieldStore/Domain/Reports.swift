import FieldSyncCore
import Foundation
import GRDB

/// An office report: summary figures and sections of rows, with labels in Chinese and English.
/// Every figure is computed from the replica's displayed values, so conflicted fields count by the
/// value every replica shows.
public struct Report: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case int(Int)
        /// A percentage 0…100, nil when undefined (nothing due).
        case percent(Double?)
        case number(Double?)
        /// Yes or no; nil when undefined (nothing to judge).
        case flag(Bool?)
        /// A word shown in the report's language; JSON carries its code (an English code or "").
        case words(code: String, zh: String, en: String)
        /// A red/yellow/green light (coloured in HTML); JSON carries the code.
        case light(String)
        /// An amount in 万元 with two decimals, exact.
        case amount(ExactDecimal)

        /// A controlled word (pool, status, …) by its code.
        public static func word(_ code: String) -> Cell {
            .words(code: code, zh: Vocabulary.chinese[code] ?? code, en: code)
        }
    }

    public struct Column: Sendable, Hashable {
        public var key: String
        public var zh: String
        public var en: String
        public init(_ key: String, _ zh: String, _ en: String) {
            self.key = key
            self.zh = zh
            self.en = en
        }

        /// A label from the message catalogue.
        public init(_ key: String, _ text: Message) {
            self.init(key, text.render(.zh), text.render(.en))
        }
        public func label(_ lang: String) -> String { lang == "zh" ? zh : en }
    }

    /// A bar chart: one bar per label (inline SVG in HTML).
    public struct Chart: Sendable {
        /// The bars' labels (names, or words in Chinese); `englishLabels`, when set, replaces them in English.
        public var labels: [String]
        public var englishLabels: [String]? = nil
        public var values: [Double]
        public var maximum: Double
        public var unit: String
    }

    public struct Section: Sendable {
        public var key: String
        public var title: Column
        public var columns: [Column]
        public var rows: [[Cell]]
        public var chart: Chart?
    }

    public var kind: String
    public var year: Int
    public var title: Column
    public var summary: [(Column, Cell)]
    public var sections: [Section]
    /// The zone the replica belongs to.
    public var zone: String = ""
    /// The day the figures are as of: the year's last day, or today for the year under way.
    public var asOf: LocalDate = LocalDate(dayNumber: 0)
    /// How the figures are computed, in both languages (shown beside the tables; docs/rules.md).
    public var notes: [Column] = []
}

extension ReplicaStore {
    /// The reports, by the name `report` takes.
    public static let reportKinds = ["coverage", "needs", "projects", "ranking", "commissioners", "outcomes"]

    /// Builds one of the office reports for `year` (docs/rules.md defines every figure).
    /// - Parameters:
    ///   - kind: coverage | needs | projects | ranking | commissioners | outcomes
    ///   - top: how many top and bottom ranks the ranking flags.
    public func report(_ kind: String, year: Int, top: Int = 3) throws -> Report {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, Message(.reportYear, year)) }
        guard (1...100).contains(top) else { throw StoreError(.invalidValue, Message(.topMust, top)) }
        let asOf = try asOf(year)
        var report: Report
        switch kind {
        case "coverage": report = try coverageReport(year)
        case "needs": report = try needsReport(year, asOf: asOf)
        case "projects": report = try projectsReport(year, asOf: asOf)
        case "ranking": report = try rankingReport(year, asOf: asOf, top: top)
        case "commissioners": report = try commissionersReport(year, asOf: asOf)
        case "outcomes": report = try outcomesReport(year, asOf: asOf)
        default:
            throw StoreError(.invalidValue, Message(.reportUse, kind, Self.reportKinds.joined(separator: ", ")))
        }
        report.zone = try info().zone
        report.asOf = asOf
        return report
    }

    /// The day a year's figures are as of: 31 December, or today for the year under way.
    public func asOf(_ year: Int) throws -> LocalDate {
        let first = try LocalDate(year: year, month: 1, day: 1)
        let last = try LocalDate(year: year, month: 12, day: 31)
        return max(first, min(last, today()))
    }

    static func pct(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) * 100 / Double(whole) }

    static let total = word("total", Message(.reportTotal))
    static let unassigned = word("", Message(.unassigned))

    /// A cell holding a catalogued word, with the code its JSON carries.
    static func word(_ code: String, _ text: Message) -> Report.Cell {
        .words(code: code, zh: text.render(.zh), en: text.render(.en))
    }

    static func person(_ id: String?, _ names: [String: String]) -> Report.Cell {
        guard let id, !id.isEmpty else { return unassigned }
        return .text(names[id] ?? String(id.prefix(8)))
    }

    /// Commissioner id → name, for tables and reports.
    public func commissionerNames() throws -> [String: String] {
        Dictionary(try views(Domain.commissioner).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: Coverage

    func coverageReport(_ year: Int) throws -> Report {
        var sections: [Report.Section] = []
        var totalVisited = 0
        var totalDue = 0
        var totalOnSite = 0
        let assignments = try self.assignments()
        for n in 1...3 {
            var chart = Report.Chart(labels: [], values: [], maximum: 100, unit: "%")
            let round = try RoundID(year: year, number: n)
            let groups = try coverage(round, assignments: assignments)
            let visited = groups.reduce(0) { $0 + $1.visited.count }
            let due = groups.reduce(0) { $0 + $1.due }
            let onSite = groups.reduce(0) { $0 + $1.onSite }
            totalVisited += visited
            totalDue += due
            totalOnSite += onSite
            var rows = groups.map { g -> [Report.Cell] in
                [.text(round.description), g.commissionerID == nil ? Self.unassigned : .text(g.commissionerName), .int(g.visited.count), .int(g.onSite),
                 .int(g.due), .percent(Self.pct(g.visited.count, g.due)), .text(g.notVisited.map { $0.text("name") }.joined(separator: "、"))]
            }
            rows.append([.text(round.description), Self.total, .int(visited), .int(onSite), .int(due), .percent(Self.pct(visited, due)), .text("")])
            for g in groups {
                chart.labels.append(g.commissionerID == nil ? Message(.unassigned).render(.zh) : g.commissionerName)
                chart.englishLabels = (chart.englishLabels ?? []) + [g.commissionerID == nil ? Message(.unassigned).render(.en) : g.commissionerName]
                chart.values.append(Self.pct(g.visited.count, g.due) ?? 0)
            }
            let judged = try judgedOn(round)
            sections.append(Report.Section(
                key: "round_\(n)", title: .init("round_\(n)", Message(.reportRoundN, round, judged, n)),
                columns: [.init("round", Message(.reportRound)), .init("commissioner", Message(.reportCommissioner)), .init("visited", Message(.reportVisited)),
                          .init("on_site", Message(.reportOnSite)), .init("due", Message(.reportDue)), .init("percent", Message(.reportPercent)),
                          .init("not_visited", Message(.reportNotVisited))],
                rows: rows, chart: chart))
        }
        return Report(kind: "coverage", year: year, title: .init("coverage", Message(.reportCoverage, year)),
                      summary: [(.init("visited", Message(.reportVisited2)), .int(totalVisited)), (.init("due", Message(.reportDue2)), .int(totalDue)),
                                (.init("percent", Message(.reportPercent2)), .percent(Self.pct(totalVisited, totalDue))),
                                (.init("on_site", Message(.reportOnSite2)), .int(totalOnSite))],
                      sections: sections,
                      notes: [.init("rule", Message(.reportRule))])
    }

    // MARK: Needs

    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The moment a year's figures are computed at: now, or the end of the year's last day.
    func asOfInstant(_ asOf: LocalDate) -> Date {
        let endOfDay = Date(timeIntervalSince1970: Double(asOf.dayNumber + 1) * 86_400 - 8 * 3600 - 1)
        return min(now(), endOfDay)
    }

    func needsReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let all = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [String(year)], orderBy: "raised_at")
        let now = asOfInstant(asOf)
        var byCategory: [[Report.Cell]] = []
        for c in Vocabulary.needCategories {
            let inCat = all.filter { $0.text("category") == c }
            var row: [Report.Cell] = [.word(c), .int(inCat.count)]
            for s in Vocabulary.needStatuses { row.append(.int(inCat.filter { $0.text("status") == s }.count)) }
            byCategory.append(row)
        }
        var ackHours: [Double] = []
        var resolveHours: [Double] = []
        var within24 = 0
        var judged = 0
        var late: [RecordView] = []
        for n in all {
            let timing = Self.responseTiming(n, now: now)
            if let h = timing.hoursToAcknowledge { ackHours.append(h) }
            if let raised = Self.parseInstant(n.text("raised_at")), let res = Self.parseInstant(n.text("resolved_at")), res >= raised {
                resolveHours.append(res.timeIntervalSince(raised) / 3600)
            }
            if let w = timing.withinRule {
                judged += 1
                if w { within24 += 1 } else { late.append(n) }
            }
        }
        let names = try commissionerNames()
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        func needRow(_ n: RecordView) -> [Report.Cell] {
            [.text(String(n.id.prefix(8))), .text(enterprises[n.text("enterprise")] ?? ""), .word(n.text("category")), .word(n.text("status")),
             .text(n.text("due")), Self.person(n["owner"] == .null ? nil : n.text("owner"), names), .text(n.text("summary"))]
        }
        let overdue = all.filter { Self.isOverdue($0, now: now) }.map(needRow)
        let lateRows = late.map { n -> [Report.Cell] in
            let t = Self.responseTiming(n, now: now)
            return [.text(String(n.id.prefix(8))), .text(enterprises[n.text("enterprise")] ?? ""), .text(n.text("raised_at")),
                    .number(t.hoursToAcknowledge), .word(n.text("status")), .text(n.text("summary"))]
        }
        var statusCols = [Report.Column]()
        for s in Vocabulary.needStatuses { statusCols.append(.init(s, Vocabulary.chinese[s] ?? s, s)) }
        let statusChart = Report.Chart(
            labels: Vocabulary.needStatuses.map { "\(Vocabulary.chinese[$0] ?? $0)" }, englishLabels: Vocabulary.needStatuses,
            values: Vocabulary.needStatuses.map { s in Double(all.filter { $0.text("status") == s }.count) }, maximum: Double(max(1, all.count)), unit: "")
        let categoryChart = Report.Chart(
            labels: Vocabulary.needCategories.map { Vocabulary.chinese[$0] ?? $0 }, englishLabels: Vocabulary.needCategories,
            values: Vocabulary.needCategories.map { c in Double(all.filter { $0.text("category") == c }.count) }, maximum: Double(max(1, all.count)), unit: "")
        let needColumns: [Report.Column] = [
            .init("id", Message(.reportId)), .init("enterprise", Message(.reportEnterprise)), .init("category", Message(.reportCategory)),
            .init("status", Message(.reportStatus)), .init("due", Message(.reportDue3)), .init("owner", Message(.reportOwner)), .init("summary", Message(.reportSummary)),
        ]
        return Report(
            kind: "needs", year: year, title: .init("needs", Message(.reportNeeds, year)),
            summary: [
                (.init("raised", Message(.reportRaised)), .int(all.count)),
                (.init("acknowledged_within_24h", Message(.reportAcknowledgedWithin24h)), .percent(Self.pct(within24, judged))),
                (.init("late", Message(.reportLate)), .int(late.count)),
                (.init("median_hours_to_acknowledge", Message(.reportMedianHoursToAcknowledge)), .number(Self.median(ackHours))),
                (.init("median_hours_to_resolve", Message(.reportMedianHoursToResolve)), .number(Self.median(resolveHours))),
                (.init("overdue", Message(.reportOverdue)), .int(overdue.count)),
            ],
            sections: [
                Report.Section(key: "by_category", title: .init("by_category", Message(.reportByCategory)),
                               columns: [.init("category", Message(.reportCategory2)), .init("total", Message(.reportTotal))] + statusCols, rows: byCategory, chart: categoryChart),
                Report.Section(key: "by_status", title: .init("by_status", Message(.reportByStatus)),
                               columns: [.init("status", Message(.reportStatus2)), .init("count", Message(.reportCount))],
                               rows: Vocabulary.needStatuses.map { s in [.word(s), .int(all.filter { $0.text("status") == s }.count)] },
                               chart: statusChart),
                Report.Section(key: "late", title: .init("late", Message(.reportLate2)),
                               columns: [.init("id", Message(.reportId2)), .init("enterprise", Message(.reportEnterprise2)), .init("raised_at", Message(.reportRaisedAt)),
                                         .init("hours_to_acknowledge", Message(.reportHoursToAcknowledge)), .init("status", Message(.reportStatus3)),
                                         .init("summary", Message(.reportSummary2))],
                               rows: lateRows, chart: nil),
                Report.Section(key: "overdue", title: .init("overdue", Message(.reportOverdue2)), columns: needColumns, rows: overdue, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule2))])
    }

    // MARK: Projects

    func projectsReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let inputs = try lightInputs()
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        var counts = ["red": 0, "yellow": 0, "green": 0]
        var warned: [[Report.Cell]] = []
        var backRows: [[Report.Cell]] = []
        var replans = 0
        for p in inputs.values.sorted(by: { ($0.project.text("name"), $0.project.id) < ($1.project.text("name"), $1.project.id) }) {
            let light = p.light(on: asOf)
            counts[light.color, default: 0] += 1
            let name = p.project.text("name")
            let ent = enterprises[p.project.text("enterprise")] ?? ""
            if light.color != "green" {
                warned.append([.text(String(p.project.id.prefix(8))), .text(name), .text(ent), .light(light.color),
                               .words(code: light.reasons.map { $0.text("en") }.joined(separator: "; "),
                                      zh: light.reasons.map { $0.text("zh") }.joined(separator: "；"),
                                      en: light.reasons.map { $0.text("en") }.joined(separator: "; "))])
            }
            if let day = p.backToGreen(year: year, asOf: asOf) {
                backRows.append([.text(String(p.project.id.prefix(8))), .text(name), .text(ent), .text(day.description)])
            }
            replans += p.replans.filter { $0.text("replanned_on").hasPrefix("\(year)-") }.count
        }
        return Report(
            kind: "projects", year: year, title: .init("projects", Message(.reportProjects, year)),
            summary: [(.init("red", Message(.reportRed)), .int(counts["red"] ?? 0)), (.init("yellow", Message(.reportYellow)), .int(counts["yellow"] ?? 0)),
                      (.init("green", Message(.reportGreen)), .int(counts["green"] ?? 0)),
                      (.init("back_to_green", Message(.reportBackToGreen)), .int(backRows.count)),
                      (.init("replans", Message(.reportReplans)), .int(replans))],
            sections: [
                Report.Section(
                    key: "warnings", title: .init("warnings", Message(.reportWarnings)),
                    columns: [.init("id", Message(.reportId3)), .init("project", Message(.reportProject)), .init("enterprise", Message(.reportEnterprise3)),
                              .init("light", Message(.reportLight)), .init("reason", Message(.reportReason))],
                    rows: warned,
                    chart: Report.Chart(labels: Vocabulary.lights.map { Vocabulary.label($0, .zh) }, englishLabels: Vocabulary.lights,
                                        values: [Double(counts["red"] ?? 0), Double(counts["yellow"] ?? 0), Double(counts["green"] ?? 0)],
                                        maximum: Double(max(1, inputs.count)), unit: "")),
                Report.Section(
                    key: "back_to_green", title: .init("back_to_green", Message(.reportBackToGreen2)),
                    columns: [.init("id", Message(.reportId4)), .init("project", Message(.reportProject2)), .init("enterprise", Message(.reportEnterprise4)),
                              .init("green_on", Message(.reportGreenOn))],
                    rows: backRows, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule3))])
    }

    // MARK: Ranking

    /// The ranking's indicators and their default weights. `ratio` ones are fractions shown as %.
    public static let rankingIndicators: [(key: String, zh: String, en: String, weight: Double, ratio: Bool)] = [
        ("rd_ratio", Message(.field_rd_ratio).render(.zh), Message(.field_rd_ratio).render(.en), 0.35, true),
        ("revenue_growth", Message(.field_revenue_growth).render(.zh), Message(.field_revenue_growth).render(.en), 0.25, true),
        ("ip_count", Message(.field_ip_count).render(.zh), Message(.field_ip_count).render(.en), 0.2, false),
        ("tech_staff_ratio", Message(.field_tech_staff_ratio).render(.zh), Message(.field_tech_staff_ratio).render(.en), 0.2, true),
    ]

    /// The ranking weights: stored in a synced setting, defaults otherwise.
    public func rankingWeights() throws -> [String: Double] {
        var w = Dictionary(uniqueKeysWithValues: Self.rankingIndicators.map { ($0.key, $0.weight) })
        if let v = try view(Domain.setting, id: UUIDText.derived(from: "setting:ranking.weights")), case .text(let json) = v["value"],
           let stored = try? JSONDecoder().decode([String: Double].self, from: Data(json.utf8)) {
            for (k, x) in stored where w[k] != nil && x.isFinite && x >= 0 { w[k] = x }
        }
        if w.values.reduce(0, +) <= 0 { w = Dictionary(uniqueKeysWithValues: Self.rankingIndicators.map { ($0.key, $0.weight) }) }
        return w
    }

    /// Changes ranking weights (each ≥ 0; they need not sum to 1: scores are normalised by the total).
    public func setRankingWeights(_ changes: [String: Double]) throws {
        for (k, v) in changes {
            guard Self.rankingIndicators.contains(where: { $0.key == k }) else {
                throw StoreError(.invalidValue, Message(.rankingIndicatorUse, k, Self.rankingIndicators.map(\.key).joined(separator: ", ")))
            }
            guard v >= 0, v.isFinite, v <= 1000 else { throw StoreError(.invalidValue, Message(.weightMustNumberFrom, k, v)) }
        }
        var w = try rankingWeights()
        for (k, v) in changes { w[k] = v }
        guard w.values.reduce(0, +) > 0 else { throw StoreError(.invalidValue, Message(.leastOneRankingWeight)) }
        let json = "{" + w.keys.sorted().map { "\(JSONText.quote($0)):\(w[$0] ?? 0)" }.joined(separator: ",") + "}"
        try transaction { tx in
            try tx.write(Domain.setting, id: UUIDText.derived(from: "setting:ranking.weights"), ["key": .text("ranking.weights"), "value": .text(json)])
        }
    }

    /// Sets an enterprise's indicators for a year.
    public func setIndicators(enterprise: String, year: Int, values: [String: FieldValue]) throws {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, Message(.year, year)) }
        guard !values.isEmpty else { throw StoreError(.invalidValue, Message(.giveLeastOneIndicator)) }
        try transaction { tx in
            let e = try Self.resolve(tx.db, Domain.enterprise, enterprise)
            var v = values
            v["enterprise"] = .text(e)
            v["year"] = .integer(Int64(year))
            try tx.write(Domain.indicator, id: UUIDText.derived(from: "indicator:\(e):\(year)"), v)
        }
    }

    func rankingReport(_ year: Int, asOf: LocalDate, top: Int) throws -> Report {
        let weights = try rankingWeights()
        // Summed in the indicators' fixed order: a dictionary's order changes from run to run, and
        // so would the last bits of a floating-point sum.
        let totalWeight = max(1e-9, Self.rankingIndicators.reduce(0) { $0 + (weights[$1.key] ?? 0) })
        // Rounding away float noise lets equal scores tie (and be ordered by name).
        func clean(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
        let indicators = Dictionary(try views(Domain.indicator, where: "year = ?", arguments: [String(year)]).map { ($0.text("enterprise"), $0) },
                                    uniquingKeysWith: { a, _ in a })
        var sections: [Report.Section] = []
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
            for ind in Self.rankingIndicators {
                let xs = members.compactMap { raw($0, ind.key) }
                if let lo = xs.min(), let hi = xs.max() { ranges[ind.key] = (lo, hi) }
            }
            var scored: [(RecordView, Double, [Report.Cell])] = members.map { e in
                var cells: [Report.Cell] = []
                var total = 0.0
                for ind in Self.rankingIndicators {
                    let x = raw(e, ind.key)
                    var norm = 0.0
                    if let x, let (lo, hi) = ranges[ind.key] { norm = hi > lo ? (x - lo) / (hi - lo) : 1 }
                    let points = clean(norm * (weights[ind.key] ?? 0) / totalWeight * 100)
                    total += points
                    cells.append(ind.ratio ? .percent(x.map { $0 * 100 }) : .number(x))
                    cells.append(.number(points))
                }
                return (e, clean(total), cells)
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.text("name"), $0.0.id) < ($1.0.text("name"), $1.0.id) }
            let n = scored.count
            let rows = scored.enumerated().map { i, s -> [Report.Cell] in
                let flag: Report.Cell = i < top ? Self.word("top", Message(.reportTop, top))
                    : (i >= n - top && n > top ? Self.word("bottom", Message(.reportBottom, top)) : .text(""))
                return [.int(i + 1), .text(s.0.text("name")), .number(s.1)] + s.2 + [flag]
            }
            var columns: [Report.Column] = [.init("rank", Message(.reportRank)), .init("enterprise", Message(.reportEnterprise5)), .init("score", Message(.reportScore))]
            for ind in Self.rankingIndicators {
                columns.append(.init(ind.key, ind.zh + (ind.ratio ? "(%)" : ""), ind.en + (ind.ratio ? " (%)" : "")))
                columns.append(.init("\(ind.key)_points", Message(.reportNPoints, Bilingual(zh: ind.zh, en: ind.en))))
            }
            columns.append(.init("flag", Message(.reportFlag)))
            sections.append(Report.Section(
                key: pool, title: .init(pool, Vocabulary.chinese[pool] ?? pool, "\(pool) pool"), columns: columns, rows: rows,
                chart: Report.Chart(labels: scored.prefix(20).map { $0.0.text("name") }, values: scored.prefix(20).map { $0.1 }, maximum: 100, unit: "")))
        }
        let weightText = Self.rankingIndicators.map { "\($0.key) \(Self.plain(weights[$0.key] ?? 0))" }.joined(separator: ", ")
        return Report(
            kind: "ranking", year: year, title: .init("ranking", Message(.reportRanking, year)),
            summary: [(.init("ranking_date", Message(.reportRankingDate)), .text(asOf.description))]
                + Self.rankingIndicators.map { (.init("weight_\($0.key)", Message(.reportWeightN, Bilingual(zh: $0.zh, en: $0.en))), .number(weights[$0.key])) },
            sections: sections,
            notes: [.init("rule", Message(.reportRule4, weightText))])
    }

    // MARK: Commissioners

    /// Who a need counts for: its owner, else the commissioner responsible for its enterprise on
    /// the day it was raised.
    static func responsible(_ need: RecordView, _ assignments: Assignments) -> String {
        if need["owner"] != .null { return need.text("owner") }
        guard let raised = parseInstant(need.text("raised_at")) else { return "" }
        return assignments.commissioner(of: need.text("enterprise"), on: localDate(raised)) ?? ""
    }

    func commissionersReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let commissioners = try views(Domain.commissioner, orderBy: "name")
        let yearPrefix = String(year)
        // Only the columns this report reads: decoding every field of 30k visits cost most of its time.
        let visits = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, commissioner, round, satisfaction FROM visit WHERE deleted = 0 AND substr(date, 1, 4) = ?",
                             arguments: [yearPrefix]).map { row in
                RecordView(table: Domain.visit.name, id: row[0], values: [
                    "commissioner": (row[1] as String?).map { .text($0) } ?? .null, "round": (row[2] as String?).map { .text($0) } ?? .null,
                    "satisfaction": (row[3] as Int64?).map { .integer($0) } ?? .null,
                ], conflicts: [])
            }
        }
        let needs = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [yearPrefix])
        let assignments = try self.assignments()
        let target = try setting(.satisfactionTarget)
        let now = asOfInstant(asOf)
        var greenedBy: [String: Int] = [:]
        for p in try lightInputs().values {
            if let day = p.backToGreen(year: year, asOf: asOf), let c = assignments.commissioner(of: p.project.text("enterprise"), on: day) {
                greenedBy[c, default: 0] += 1
            }
        }
        let coverage = try coverageCounts(year: year, assignments: assignments)
        let needsByCommissioner = Dictionary(grouping: needs, by: { Self.responsible($0, assignments) })
        let visitsByCommissioner = Dictionary(grouping: visits, by: { $0.text("commissioner") })
        func ratings(_ vs: [RecordView]) -> [Int] { vs.compactMap { v in if case .integer(let i) = v["satisfaction"] { return Int(i) } else { return nil } } }
        func rate(_ rs: [Int]) -> Double? { Self.pct(rs.filter { $0 >= 4 }.count, rs.count) }
        func below(_ r: Double?) -> Bool? { r.map { $0 < target } }
        var rows: [[Report.Cell]] = []
        var byRound: [[Report.Cell]] = []
        for c in commissioners {
            let myNeeds = needsByCommissioner[c.id] ?? []
            let timings = myNeeds.map { Self.responseTiming($0, now: now).withinRule }
            let ack = timings.filter { $0 == true }.count
            let judged = timings.filter { $0 != nil }.count
            let resolved = myNeeds.filter { ["resolved", "closed"].contains($0.text("status")) }.count
            let myVisits = visitsByCommissioner[c.id] ?? []
            let rs = ratings(myVisits)
            var row: [Report.Cell] = [.text(c.text("name"))]
            for n in 1...3 {
                let (v, d) = coverage[n]?[c.id] ?? (0, 0)
                row.append(.percent(Self.pct(v, d)))
            }
            row += [.int(myNeeds.count), .percent(Self.pct(ack, judged)), .int(resolved), .int(greenedBy[c.id] ?? 0),
                    .int(myVisits.count), .int(rs.count), .percent(rate(rs)), .flag(below(rate(rs)))]
            rows.append(row)
            var r: [Report.Cell] = [.text(c.text("name"))]
            for n in 1...3 {
                let rr = rate(ratings(myVisits.filter { $0.text("round") == "\(year)-\(n)" }))
                r += [.percent(rr), .flag(below(rr))]
            }
            r.append(.percent(rate(rs)))
            byRound.append(r)
        }
        let rated = ratings(visits)
        var zoneRound: [Report.Cell] = [Self.total]
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
                              .init("resolved", Message(.reportResolved)), .init("back_to_green", Message(.reportBackToGreen3)),
                              .init("visits", Message(.reportVisits)), .init("rated_visits", Message(.reportRatedVisits2)),
                              .init("satisfaction_rate", Message(.reportSatisfactionRate3)), .init("below_target", Message(.reportBelowTarget2))],
                    rows: rows,
                    chart: Report.Chart(labels: commissioners.map { $0.text("name") }, values: rows.map { r in if case .percent(let p) = r[10] { return p ?? 0 } else { return 0 } }, maximum: 100, unit: "%")),
                Report.Section(key: "satisfaction_by_round", title: .init("satisfaction_by_round", Message(.reportSatisfactionByRound)),
                               columns: roundColumns, rows: byRound, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule5))])
    }

    // MARK: Outcomes

    func outcomesReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let names = try commissionerNames()
        let assignments = try self.assignments()
        let prefix = "\(year)-"
        let stages = try read { db in try Self.stages(db, on: asOf) }
        let stageKeys = Vocabulary.stages + ["certified", ""]
        var poolRows: [[Report.Cell]] = []
        for pool in Vocabulary.pools {
            let members = try read { db in
                try String.fetchAll(db, sql: "SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?)",
                                    arguments: [pool, asOf.description, asOf.description])
            }
            var row: [Report.Cell] = [.word(pool), .int(members.count)]
            for k in stageKeys { row.append(.int(members.filter { (stages[$0] ?? "") == k }.count)) }
            poolRows.append(row)
        }
        let moves = try views(Domain.stageChange, where: "substr(moved_on, 1, 5) = ?", arguments: [prefix], orderBy: "moved_on, id")
        let certs = try views(Domain.certification, where: "substr(certified_on, 1, 5) = ?", arguments: [prefix], orderBy: "certified_on, id")
        let funded = try views(Domain.project, where: "substr(start, 1, 5) = ?", arguments: [prefix], orderBy: "start, name")
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        func who(_ enterprise: String, _ day: FieldValue) -> String {
            guard case .date(let d) = day else { return "" }
            return assignments.commissioner(of: enterprise, on: d) ?? ""
        }
        func funds(_ p: RecordView) -> ExactDecimal {
            if case .decimal(let d) = p["funds"] { return d }
            return ExactDecimal(significand: 0, scale: 0)
        }
        func sum(_ xs: [ExactDecimal]) -> ExactDecimal { xs.reduce(ExactDecimal(significand: 0, scale: 0)) { $0.adding($1) } }
        var perCommissioner: [String: (moves: Int, highTech: Int, techSME: Int, projects: Int, funds: ExactDecimal)] = [:]
        let zero = (moves: 0, highTech: 0, techSME: 0, projects: 0, funds: ExactDecimal(significand: 0, scale: 0))
        for m in moves { perCommissioner[who(m.text("enterprise"), m["moved_on"]), default: zero].moves += 1 }
        for c in certs {
            let k = who(c.text("enterprise"), c["certified_on"])
            if c.text("kind") == "high-tech" { perCommissioner[k, default: zero].highTech += 1 }
            if c.text("kind") == "tech-sme" { perCommissioner[k, default: zero].techSME += 1 }
        }
        for p in funded {
            let k = who(p.text("enterprise"), p["start"])
            perCommissioner[k, default: zero].projects += 1
            perCommissioner[k, default: zero].funds = perCommissioner[k, default: zero].funds.adding(funds(p))
        }
        let order = try views(Domain.commissioner, orderBy: "name").map(\.id) + [""]
        // Every commissioner has a row; the unassigned one only when something counts for nobody.
        let commissionerRows = order.filter { !$0.isEmpty || perCommissioner[$0] != nil }.map { id -> [Report.Cell] in
            let v = perCommissioner[id] ?? zero
            return [Self.person(id, names), .int(v.moves), .int(v.highTech), .int(v.techSME), .int(v.projects), .amount(v.funds)]
        }
        let highTech = certs.filter { $0.text("kind") == "high-tech" }.count
        let techSME = certs.filter { $0.text("kind") == "tech-sme" }.count
        var stageColumns: [Report.Column] = [.init("pool", Message(.reportPool)), .init("enterprises", Message(.reportEnterprises))]
        for k in Vocabulary.stages { stageColumns.append(.init(k, Vocabulary.chinese[k] ?? k, k)) }
        stageColumns += [.init("certified", Message(.reportCertified)), .init("no_stage", Message(.reportNoStage))]
        return Report(
            kind: "outcomes", year: year, title: .init("outcomes", Message(.reportOutcomes, year)),
            summary: [(.init("high_tech_certified", Message(.reportHighTechCertified)), .int(highTech)),
                      (.init("tech_sme_registered", Message(.reportTechSmeRegistered)), .int(techSME)),
                      (.init("other_certified", Message(.reportOtherCertified)), .int(certs.count - highTech - techSME)),
                      (.init("stage_moves", Message(.reportStageMoves)), .int(moves.count)),
                      (.init("projects_funded", Message(.reportProjectsFunded)), .int(funded.count)),
                      (.init("funds_granted", Message(.reportFundsGranted)), .amount(sum(funded.map(funds))))],
            sections: [
                Report.Section(key: "stages", title: .init("stages", Message(.reportStages, asOf)), columns: stageColumns, rows: poolRows, chart: nil),
                Report.Section(key: "certifications", title: .init("certifications", Message(.reportCertifications)),
                               columns: [.init("enterprise", Message(.reportEnterprise6)), .init("kind", Message(.reportKind)), .init("date", Message(.reportDate)),
                                         .init("number", Message(.reportNumber)), .init("commissioner", Message(.reportCommissioner4))],
                               rows: certs.map { c in
                                   [.text(enterprises[c.text("enterprise")] ?? ""),
                                    .words(code: c.text("kind"), zh: Vocabulary.certificationChinese[c.text("kind")] ?? c.text("kind"), en: c.text("kind")),
                                    .text(c.text("certified_on")), .text(c["number"] == .null ? "" : c.text("number")),
                                    Self.person(who(c.text("enterprise"), c["certified_on"]), names)]
                               }, chart: nil),
                Report.Section(key: "by_commissioner", title: .init("by_commissioner", Message(.reportByCommissioner)),
                               columns: [.init("commissioner", Message(.reportCommissioner5)), .init("stage_moves", Message(.reportStageMoves2)),
                                         .init("high_tech_certified", Message(.reportHighTechCertified2)), .init("tech_sme_registered", Message(.reportTechSmeRegistered2)),
                                         .init("projects_funded", Message(.reportProjectsFunded2)), .init("funds_granted", Message(.reportFundsGranted2))],
                               rows: commissionerRows, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule6))])
    }
}
