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
        case flag(Bool)
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
        public func label(_ lang: String) -> String { lang == "zh" ? zh : en }
    }

    /// A bar chart: one bar per label (inline SVG in HTML).
    public struct Chart: Sendable {
        public var labels: [String]
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
}

extension ReplicaStore {
    /// Builds one of the office reports for `year`.
    /// - Parameters:
    ///   - kind: coverage | needs | projects | ranking | commissioners
    ///   - top: how many top and bottom ranks the ranking flags.
    public func report(_ kind: String, year: Int, top: Int = 3) throws -> Report {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, "\(year) is not a report year.") }
        switch kind {
        case "coverage": return try coverageReport(year)
        case "needs": return try needsReport(year)
        case "projects": return try projectsReport(year)
        case "ranking": return try rankingReport(year, top: top)
        case "commissioners": return try commissionersReport(year)
        default:
            throw StoreError(.invalidValue, "\"\(kind)\" is not a report; use coverage, needs, projects, ranking or commissioners.")
        }
    }

    static func pct(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) * 100 / Double(whole) }

    // MARK: Coverage

    func coverageReport(_ year: Int) throws -> Report {
        var sections: [Report.Section] = []
        var totalVisited = 0
        var totalDue = 0
        for n in 1...3 {
            var chart = Report.Chart(labels: [], values: [], maximum: 100, unit: "%")
            let round = try RoundID(year: year, number: n)
            let groups = try coverage(round)
            let visited = groups.reduce(0) { $0 + $1.visited.count }
            let due = groups.reduce(0) { $0 + $1.due }
            totalVisited += visited
            totalDue += due
            var rows = groups.map { g -> [Report.Cell] in
                [.text(round.description), .text(g.commissionerName), .int(g.visited.count), .int(g.due), .percent(Self.pct(g.visited.count, g.due)),
                 .text(g.notVisited.map { $0.text("name") }.joined(separator: "、"))]
            }
            rows.append([.text(round.description), .text("合计 total"), .int(visited), .int(due), .percent(Self.pct(visited, due)), .text("")])
            for g in groups {
                chart.labels.append(g.commissionerName)
                chart.values.append(Self.pct(g.visited.count, g.due) ?? 0)
            }
            sections.append(Report.Section(
                key: "round_\(n)", title: .init("round_\(n)", "第\(n)轮 \(round)", "Round \(round)"),
                columns: [.init("round", "轮次", "round"), .init("commissioner", "专员", "commissioner"), .init("visited", "已走访", "visited"),
                          .init("due", "应走访", "due"), .init("percent", "覆盖率", "coverage"), .init("not_visited", "未走访企业", "not visited")],
                rows: rows, chart: chart))
        }
        return Report(kind: "coverage", year: year, title: .init("coverage", "\(year)年走访覆盖", "Visit coverage \(year)"),
                      summary: [(.init("visited", "已走访(家次)", "visits done"), .int(totalVisited)), (.init("due", "应走访(家次)", "visits due"), .int(totalDue)),
                                (.init("percent", "全年覆盖率", "coverage"), .percent(Self.pct(totalVisited, totalDue)))],
                      sections: sections)
    }

    // MARK: Needs

    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    func needsReport(_ year: Int) throws -> Report {
        let all = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [String(year)], orderBy: "raised_at")
        let now = currentDate
        var byCategory: [[Report.Cell]] = []
        for c in Vocabulary.needCategories {
            let inCat = all.filter { $0.text("category") == c }
            var row: [Report.Cell] = [.text("\(Vocabulary.chinese[c] ?? c) \(c)"), .int(inCat.count)]
            for s in Vocabulary.needStatuses { row.append(.int(inCat.filter { $0.text("status") == s }.count)) }
            byCategory.append(row)
        }
        var ackHours: [Double] = []
        var resolveHours: [Double] = []
        var within24 = 0
        for n in all {
            guard let raised = Self.parseInstant(n.text("raised_at")) else { continue }
            if let ack = Self.parseInstant(n.text("acknowledged_at")) { ackHours.append(ack.timeIntervalSince(raised) / 3600) }
            if let res = Self.parseInstant(n.text("resolved_at")) { resolveHours.append(res.timeIntervalSince(raised) / 3600) }
            if Self.acknowledgedIn24h(n) { within24 += 1 }
        }
        let names = Dictionary(try views(Domain.commissioner).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        let overdue = all.filter { Self.isOverdue($0, now: now) }.map { n -> [Report.Cell] in
            [.text(String(n.id.prefix(8))), .text(enterprises[n.text("enterprise")] ?? ""), .text(n.text("category")), .text(n.text("status")),
             .text(n.text("due")), .text(names[n.text("owner")] ?? "（未指派）"), .text(n.text("summary"))]
        }
        var statusCols = [Report.Column]()
        for s in Vocabulary.needStatuses { statusCols.append(.init(s, Vocabulary.chinese[s] ?? s, s)) }
        let statusChart = Report.Chart(
            labels: Vocabulary.needStatuses.map { "\(Vocabulary.chinese[$0] ?? $0)" },
            values: Vocabulary.needStatuses.map { s in Double(all.filter { $0.text("status") == s }.count) }, maximum: Double(max(1, all.count)), unit: "")
        let categoryChart = Report.Chart(
            labels: Vocabulary.needCategories.map { Vocabulary.chinese[$0] ?? $0 },
            values: Vocabulary.needCategories.map { c in Double(all.filter { $0.text("category") == c }.count) }, maximum: Double(max(1, all.count)), unit: "")
        return Report(
            kind: "needs", year: year, title: .init("needs", "\(year)年企业诉求", "Enterprise needs \(year)"),
            summary: [
                (.init("raised", "诉求总数", "needs raised"), .int(all.count)),
                (.init("acknowledged_within_24h", "24小时内响应率", "acknowledged within 24 h"), .percent(Self.pct(within24, all.count))),
                (.init("median_hours_to_acknowledge", "响应时长中位数(小时)", "median hours to acknowledge"), .number(Self.median(ackHours))),
                (.init("median_hours_to_resolve", "解决时长中位数(小时)", "median hours to resolve"), .number(Self.median(resolveHours))),
                (.init("overdue", "逾期诉求", "overdue"), .int(overdue.count)),
            ],
            sections: [
                Report.Section(key: "by_category", title: .init("by_category", "按类别与状态", "By category and status"),
                               columns: [.init("category", "类别", "category"), .init("total", "合计", "total")] + statusCols, rows: byCategory, chart: categoryChart),
                Report.Section(key: "by_status", title: .init("by_status", "按状态", "By status"),
                               columns: [.init("status", "状态", "status"), .init("count", "数量", "count")],
                               rows: Vocabulary.needStatuses.map { s in [.text("\(Vocabulary.chinese[s] ?? s) \(s)"), .int(all.filter { $0.text("status") == s }.count)] },
                               chart: statusChart),
                Report.Section(key: "overdue", title: .init("overdue", "逾期诉求", "Overdue needs"),
                               columns: [.init("id", "编号", "id"), .init("enterprise", "企业", "enterprise"), .init("category", "类别", "category"),
                                         .init("status", "状态", "status"), .init("due", "期限", "due"), .init("owner", "责任人", "owner"), .init("summary", "摘要", "summary")],
                               rows: overdue, chart: nil),
            ])
    }

    // MARK: Projects

    /// Projects whose light went from red or yellow to green during `year`.
    func projectsBackToGreen(_ year: Int) throws -> Set<String> {
        let logs = try views(Domain.lightLog, orderBy: "project, observed_on, rowid")
        var out = Set<String>()
        var lastByProject: [String: String] = [:]
        for l in logs {
            let p = l.text("project")
            if l.text("light") == "green", let prev = lastByProject[p], prev == "red" || prev == "yellow", l.text("observed_on").hasPrefix(String(year)) {
                out.insert(p)
            }
            lastByProject[p] = l.text("light")
        }
        return out
    }

    func projectsReport(_ year: Int) throws -> Report {
        let projects = try views(Domain.project, orderBy: "name")
        let milestones = Dictionary(grouping: try views(Domain.milestone), by: { $0.text("project") })
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        let today = self.today()
        var counts = ["red": 0, "yellow": 0, "green": 0]
        var warned: [[Report.Cell]] = []
        for p in projects {
            let light = Self.light(project: p, milestones: milestones[p.id] ?? [], today: today)
            counts[light.color, default: 0] += 1
            if light.color != "green" {
                let reason = light.override != nil ? "人工设定 override: \(light.overrideReason ?? "")" : light.reasons.joined(separator: "; ")
                warned.append([.text(String(p.id.prefix(8))), .text(p.text("name")), .text(enterprises[p.text("enterprise")] ?? ""),
                               .text("\(Vocabulary.chinese[light.color] ?? "") \(light.color)"), .text(reason)])
            }
        }
        let back = try projectsBackToGreen(year)
        return Report(
            kind: "projects", year: year, title: .init("projects", "\(year)年科技项目红黄绿灯", "Project early warning \(year)"),
            summary: [(.init("red", "红灯", "red"), .int(counts["red"] ?? 0)), (.init("yellow", "黄灯", "yellow"), .int(counts["yellow"] ?? 0)),
                      (.init("green", "绿灯", "green"), .int(counts["green"] ?? 0)),
                      (.init("back_to_green", "本年转为绿灯", "brought back to green"), .int(back.count))],
            sections: [Report.Section(
                key: "warnings", title: .init("warnings", "红灯与黄灯项目", "Red and yellow projects"),
                columns: [.init("id", "编号", "id"), .init("project", "项目", "project"), .init("enterprise", "企业", "enterprise"),
                          .init("light", "灯", "light"), .init("reason", "原因", "reason")],
                rows: warned,
                chart: Report.Chart(labels: ["红 red", "黄 yellow", "绿 green"], values: [Double(counts["red"] ?? 0), Double(counts["yellow"] ?? 0), Double(counts["green"] ?? 0)],
                                    maximum: Double(max(1, projects.count)), unit: ""))])
    }

    // MARK: Ranking

    /// The ranking's indicators and their default weights.
    public static let rankingIndicators: [(key: String, zh: String, en: String, weight: Double)] = [
        ("rd_ratio", "研发投入占比", "R&D expense ratio", 0.3), ("revenue_growth", "营收增长率", "revenue growth", 0.25),
        ("ip_count", "知识产权数", "IP count", 0.2), ("tech_staff_ratio", "科技人员占比", "tech staff ratio", 0.15),
        ("participation", "参与度", "participation", 0.1),
    ]

    /// The ranking weights: stored in a synced setting, defaults otherwise.
    public func rankingWeights() throws -> [String: Double] {
        var w = Dictionary(uniqueKeysWithValues: Self.rankingIndicators.map { ($0.key, $0.weight) })
        if let v = try view(Domain.setting, id: UUIDText.derived(from: "setting:ranking.weights")), case .text(let json) = v["value"],
           let stored = try? JSONDecoder().decode([String: Double].self, from: Data(json.utf8)) {
            for (k, x) in stored where w[k] != nil { w[k] = x }
        }
        return w
    }

    /// Changes ranking weights (each ≥ 0; they need not sum to 1: scores are normalised by the total).
    public func setRankingWeights(_ changes: [String: Double]) throws {
        for (k, v) in changes {
            guard Self.rankingIndicators.contains(where: { $0.key == k }) else { throw StoreError(.invalidValue, "\"\(k)\" is not a ranking indicator.") }
            guard v >= 0, v.isFinite else { throw StoreError(.invalidValue, "The weight of \(k) must be a number ≥ 0, not \(v).") }
        }
        var w = try rankingWeights()
        for (k, v) in changes { w[k] = v }
        guard w.values.reduce(0, +) > 0 else { throw StoreError(.invalidValue, "At least one ranking weight must be above 0.") }
        let json = "{" + w.keys.sorted().map { "\(JSONText.quote($0)):\(w[$0] ?? 0)" }.joined(separator: ",") + "}"
        try transaction { tx in
            try tx.write(Domain.setting, id: UUIDText.derived(from: "setting:ranking.weights"), ["key": .text("ranking.weights"), "value": .text(json)])
        }
    }

    /// Sets an enterprise's indicators for a year.
    public func setIndicators(enterprise: String, year: Int, values: [String: FieldValue]) throws {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, "\(year) is not a year.") }
        guard !values.isEmpty else { throw StoreError(.invalidValue, "Give at least one indicator.") }
        try transaction { tx in
            let e = try Self.resolve(tx.db, Domain.enterprise, enterprise)
            var v = values
            v["enterprise"] = .text(e)
            v["year"] = .integer(Int64(year))
            try tx.write(Domain.indicator, id: UUIDText.derived(from: "indicator:\(e):\(year)"), v)
        }
    }

    func rankingReport(_ year: Int, top: Int) throws -> Report {
        let weights = try rankingWeights()
        // Summed in the indicators' fixed order: a dictionary's order changes from run to run, and
        // so would the last bits of a floating-point sum.
        let totalWeight = max(1e-9, Self.rankingIndicators.reduce(0) { $0 + (weights[$1.key] ?? 0) })
        // Scores are shown to two decimals; rounding away float noise also lets equal scores tie
        // (and be ordered by name) instead of one winning by 1e-14.
        func clean(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
        let indicators = Dictionary(try views(Domain.indicator, where: "year = ?", arguments: [String(year)]).map { ($0.text("enterprise"), $0) },
                                    uniquingKeysWith: { a, _ in a })
        let yearPrefix = String(year)
        let visits = try views(Domain.visit, where: "substr(date, 1, 4) = ?", arguments: [yearPrefix])
        let needs = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [yearPrefix])
        var visitCount: [String: Int] = [:]
        for v in visits { visitCount[v.text("enterprise"), default: 0] += 1 }
        var needCount: [String: Int] = [:]
        for n in needs {
            // A need raised counts once; followed up (acknowledged or beyond) counts again.
            needCount[n.text("enterprise"), default: 0] += n.text("status") == "open" ? 1 : 2
        }
        var sections: [Report.Section] = []
        for pool in Vocabulary.pools {
            let members = try views(Domain.enterprise, where: "id IN (SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on >= ?))",
                                    arguments: [pool, "\(year)-12-31", "\(year)-01-01"], orderBy: "name")
            guard !members.isEmpty else { continue }
            func raw(_ e: RecordView, _ key: String) -> Double? {
                if key == "participation" { return Double((visitCount[e.id] ?? 0) + (needCount[e.id] ?? 0)) }
                switch indicators[e.id]?[key] {
                case .decimal(let d)?: return d.doubleValue
                case .integer(let i)?: return Double(i)
                default: return nil
                }
            }
            var ranges: [String: (Double, Double)] = [:]
            for ind in Self.rankingIndicators {
                let xs = members.compactMap { raw($0, ind.key) }
                if let lo = xs.min(), let hi = xs.max() { ranges[ind.key] = (lo, hi) }
            }
            var scored: [(RecordView, Double, [Double])] = members.map { e in
                var contributions: [Double] = []
                for ind in Self.rankingIndicators {
                    var norm = 0.0
                    if let x = raw(e, ind.key), let (lo, hi) = ranges[ind.key] { norm = hi > lo ? (x - lo) / (hi - lo) : 1 }
                    contributions.append(clean(norm * (weights[ind.key] ?? 0) / totalWeight * 100))
                }
                return (e, clean(contributions.reduce(0, +)), contributions)
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.text("name") < $1.0.text("name") }
            let n = scored.count
            let rows = scored.enumerated().map { i, s -> [Report.Cell] in
                let flag = i < top ? "前\(top) top" : (i >= n - top && n > top ? "后\(top) bottom" : "")
                return [.int(i + 1), .text(s.0.text("name")), .number(s.1)] + s.2.map { .number($0) } + [.text(flag)]
            }
            sections.append(Report.Section(
                key: pool, title: .init(pool, Vocabulary.chinese[pool] ?? pool, "\(pool) pool"),
                columns: [.init("rank", "名次", "rank"), .init("enterprise", "企业", "enterprise"), .init("score", "得分", "score")]
                    + Self.rankingIndicators.map { .init($0.key, $0.zh, $0.en) } + [.init("flag", "标记", "flag")],
                rows: rows,
                chart: Report.Chart(labels: scored.prefix(20).map { $0.0.text("name") }, values: scored.prefix(20).map { $0.1 }, maximum: 100, unit: "")))
        }
        return Report(
            kind: "ranking", year: year, title: .init("ranking", "\(year)年入库企业动态监测排名", "Dynamic ranking of pool enterprises \(year)"),
            summary: Self.rankingIndicators.map { (.init("weight_\($0.key)", "权重 \($0.zh)", "weight \($0.en)"), .number(weights[$0.key])) },
            sections: sections)
    }

    // MARK: Commissioners

    func commissionersReport(_ year: Int) throws -> Report {
        let commissioners = try views(Domain.commissioner, orderBy: "name")
        let yearPrefix = String(year)
        let visits = try views(Domain.visit, where: "substr(date, 1, 4) = ?", arguments: [yearPrefix])
        let needs = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [yearPrefix])
        let enterprises = try views(Domain.enterprise)
        let assigned = Dictionary(grouping: enterprises, by: { $0.text("commissioner") })
        let projects = try views(Domain.project)
        let back = try projectsBackToGreen(year)
        var coverage: [Int: [String: (Int, Int)]] = [:]
        for n in 1...3 {
            for g in try self.coverage(try RoundID(year: year, number: n)) {
                coverage[n, default: [:]][g.commissionerID ?? ""] = (g.visited.count, g.due)
            }
        }
        // A need is the commissioner's when they own it, or when it is unowned and its enterprise is theirs.
        let commissionerOf = Dictionary(enterprises.map { ($0.id, $0.text("commissioner")) }, uniquingKeysWith: { a, _ in a })
        let needsByCommissioner = Dictionary(grouping: needs, by: { n in n["owner"] == .null ? (commissionerOf[n.text("enterprise")] ?? "") : n.text("owner") })
        let visitsByCommissioner = Dictionary(grouping: visits, by: { $0.text("commissioner") })
        let rows = commissioners.map { c -> [Report.Cell] in
            let mine = Set((assigned[c.id] ?? []).map(\.id))
            let myNeeds = needsByCommissioner[c.id] ?? []
            let ack = myNeeds.filter { Self.acknowledgedIn24h($0) }.count
            let resolved = myNeeds.filter { ["resolved", "closed"].contains($0.text("status")) }.count
            let myVisits = visitsByCommissioner[c.id] ?? []
            let ratings = myVisits.compactMap { v -> Double? in if case .integer(let i) = v["satisfaction"] { return Double(i) } else { return nil } }
            let greened = projects.filter { mine.contains($0.text("enterprise")) && back.contains($0.id) }.count
            var row: [Report.Cell] = [.text(c.text("name"))]
            for n in 1...3 {
                let (v, d) = coverage[n]?[c.id] ?? (0, 0)
                row.append(.percent(Self.pct(v, d)))
            }
            row += [.int(myNeeds.count), .percent(Self.pct(ack, myNeeds.count)), .int(resolved), .int(greened),
                    .number(ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count)), .int(myVisits.count)]
            return row
        }
        let rated = visits.compactMap { v -> Int? in if case .integer(let i) = v["satisfaction"] { return Int(i) } else { return nil } }
        return Report(
            kind: "commissioners", year: year, title: .init("commissioners", "\(year)年科技专员绩效", "Commissioner performance \(year)"),
            summary: [(.init("satisfaction_rate", "企业满意率(4-5分)", "satisfaction rate (rated 4-5)"), .percent(Self.pct(rated.filter { $0 >= 4 }.count, rated.count))),
                      (.init("rated_visits", "评分走访数", "rated visits"), .int(rated.count))],
            sections: [Report.Section(
                key: "commissioners", title: .init("commissioners", "专员绩效", "Performance"),
                columns: [.init("commissioner", "专员", "commissioner"), .init("coverage_1", "第1轮覆盖", "round 1 coverage"), .init("coverage_2", "第2轮覆盖", "round 2 coverage"),
                          .init("coverage_3", "第3轮覆盖", "round 3 coverage"), .init("needs", "诉求数", "needs"), .init("acknowledged_within_24h", "24小时响应率", "acknowledged in 24 h"),
                          .init("resolved", "已解决", "resolved"), .init("back_to_green", "转绿项目", "projects back to green"),
                          .init("average_satisfaction", "平均满意度", "average satisfaction"), .init("visits", "走访数", "visits")],
                rows: rows,
                chart: Report.Chart(labels: commissioners.map { $0.text("name") }, values: rows.map { r in if case .percent(let p) = r[1] { return p ?? 0 } else { return 0 } }, maximum: 100, unit: "%"))])
    }
}
