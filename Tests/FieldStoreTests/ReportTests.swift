import FieldStore
import FieldSyncCore
import Foundation
import Testing

/// Every report figure against a hand-computed fixture (Chinese data, year 2026), with the edge
/// cases: an empty round, an enterprise that joins a pool mid-year, a need reopened after it was
/// resolved, and a conflicted field (reports use the displayed winner).
struct ReportTests {
    /// A settable clock.
    final class Clock: @unchecked Sendable {
        var now: Date
        init(_ text: String) { now = ReplicaStore.parseInstant(text) ?? Date() }
        func set(_ text: String) { now = ReplicaStore.parseInstant(text) ?? now }
    }

    struct Fixture {
        let t: TempStore
        let clock: Clock
        var ids: [String: String] = [:]
    }

    static func fixture() throws -> Fixture {
        let clock = Clock("2026-01-05T01:00:00Z")
        let t = try TempStore(name: "办公室", now: { clock.now })
        let s = t.store
        var ids: [String: String] = [:]
        ids["A"] = try s.addCommissioner(name: "张伟", phone: nil)
        ids["B"] = try s.addCommissioner(name: "李娜", phone: nil)
        func ent(_ key: String, _ name: String, _ n: Int, _ owner: String, _ pool: String) throws {
            ids[key] = try s.addEnterprise(.init(name: name, creditCode: CreditCode.make(n), commissioner: ids[owner]), pool: pool)
        }
        try ent("E1", "深圳市星河科技有限公司", 1, "A", "high-tech")
        try ent("E2", "华芯微电子有限公司", 2, "A", "sme")
        try ent("E4", "绿源新能源科技有限公司", 4, "B", "sme")
        clock.set("2026-06-10T01:00:00Z")
        try ent("E3", "博雅生物医药有限公司", 3, "B", "high-tech")  // joins mid-year: due from round 2
        func visit(_ e: String, _ c: String, _ date: String, _ sat: Int) throws {
            _ = try s.recordVisit(.init(enterprise: ids[e] ?? "", commissioner: ids[c] ?? "", date: try LocalDate.parse(date), satisfaction: sat))
        }
        try visit("E1", "A", "2026-02-01", 5)
        try visit("E2", "A", "2026-03-01", 3)
        try visit("E1", "A", "2026-05-20", 4)
        try visit("E3", "B", "2026-06-20", 5)
        try visit("E4", "B", "2026-07-01", 2)
        // Needs: N1 acknowledged in 2 h, resolved, reopened, resolved again at +100 h.
        clock.set("2026-03-01T00:00:00Z")
        let n1 = try s.raiseNeed(enterprise: ids["E1"] ?? "", visit: nil, category: "financing", summary: "知识产权质押贷款", due: nil, owner: nil)
        clock.set("2026-03-01T02:00:00Z")
        try s.updateNeed(n1, .init(status: "acknowledged"))
        clock.set("2026-03-03T02:00:00Z")
        try s.updateNeed(n1, .init(status: "resolved"))
        clock.set("2026-03-03T12:00:00Z")
        try s.updateNeed(n1, .init(status: "open", note: "企业反馈未落实"))
        clock.set("2026-03-05T04:00:00Z")
        try s.updateNeed(n1, .init(status: "resolved"))
        // N2 acknowledged after 30 h.
        clock.set("2026-03-02T00:00:00Z")
        let n2 = try s.raiseNeed(enterprise: ids["E4"] ?? "", visit: nil, category: "talent", summary: "引进研发人才", due: nil, owner: nil)
        clock.set("2026-03-03T06:00:00Z")
        try s.updateNeed(n2, .init(status: "acknowledged"))
        // N3 never acknowledged.
        clock.set("2026-07-01T00:00:00Z")
        _ = try s.raiseNeed(enterprise: ids["E3"] ?? "", visit: nil, category: "space", summary: "中试场地", due: nil, owner: nil)
        // Indicators for the high-tech pool.
        try s.setIndicators(enterprise: ids["E1"] ?? "", year: 2026, values: [
            "rd_ratio": .decimal(ExactDecimal("0.10")!), "revenue_growth": .decimal(ExactDecimal("0.20")!), "ip_count": .integer(10),
            "tech_staff_ratio": .decimal(ExactDecimal("0.5")!)])
        try s.setIndicators(enterprise: ids["E3"] ?? "", year: 2026, values: [
            "rd_ratio": .decimal(ExactDecimal("0.05")!), "revenue_growth": .decimal(ExactDecimal("0.40")!), "ip_count": .integer(2),
            "tech_staff_ratio": .decimal(ExactDecimal("0.3")!)])
        clock.set("2026-12-01T00:00:00Z")
        return Fixture(t: t, clock: clock, ids: ids)
    }

    static func summary(_ r: Report, _ key: String) -> Report.Cell? { r.summary.first { $0.0.key == key }?.1 }

    static func percent(_ c: Report.Cell?) -> Double? { if case .percent(let p)? = c { return p } else { return nil } }

    @Test func coverageCountsDueEnterprisesPerRoundIncludingAMidYearJoinerAndAnEmptyRound() throws {
        let f = try Self.fixture()
        let r = try f.t.store.report("coverage", year: 2026)
        #expect(Self.summary(r, "visited") == .int(5))
        #expect(Self.summary(r, "due") == .int(11))
        #expect(abs((Self.percent(Self.summary(r, "percent")) ?? 0) - 500.0 / 11) < 1e-9)
        let totals = r.sections.map { s in s.rows.last.map { Array($0[2...3]) } ?? [] }
        #expect(totals == [[.int(2), .int(3)], [.int(3), .int(4)], [.int(0), .int(4)]])
        let round1 = r.sections[0].rows
        #expect(round1.contains { $0[1] == .text("李娜") && $0[2] == .int(0) && $0[3] == .int(1) && $0[5] == .text("绿源新能源科技有限公司") })
        #expect(r.sections[2].rows.last?[4] == .percent(0))
    }

    @Test func needsReportMediansTheTwentyFourHourShareAndOverdue() throws {
        let f = try Self.fixture()
        let r = try f.t.store.report("needs", year: 2026)
        #expect(Self.summary(r, "raised") == .int(3))
        #expect(abs((Self.percent(Self.summary(r, "acknowledged_within_24h")) ?? 0) - 100.0 / 3) < 1e-9)
        #expect(Self.summary(r, "median_hours_to_acknowledge") == .number(16))
        #expect(Self.summary(r, "median_hours_to_resolve") == .number(100))
        // N3 is open and more than 24 h old.
        #expect(Self.summary(r, "overdue") == .int(1))
        let byStatus = try #require(r.sections.first { $0.key == "by_status" })
        #expect(byStatus.rows.first { $0[0] == .text("已解决 resolved") }?[1] == .int(1))
        #expect(byStatus.rows.first { $0[0] == .text("已响应 acknowledged") }?[1] == .int(1))
    }

    @Test func commissionerPerformanceAndTheZoneSatisfactionRate() throws {
        let f = try Self.fixture()
        let r = try f.t.store.report("commissioners", year: 2026)
        #expect(Self.summary(r, "satisfaction_rate") == .percent(60))
        let rows = r.sections[0].rows
        let zhang = try #require(rows.first { $0[0] == .text("张伟") })
        #expect(Array(zhang[1...3]) == [.percent(100), .percent(50), .percent(0)])
        #expect(zhang[4] == .int(1) && zhang[5] == .percent(100) && zhang[6] == .int(1))
        #expect(zhang[8] == .number(4))
        let li = try #require(rows.first { $0[0] == .text("李娜") })
        #expect(Array(li[1...3]) == [.percent(0), .percent(100), .percent(0)])
        #expect(li[4] == .int(2) && li[5] == .percent(0) && li[6] == .int(0))
        #expect(li[8] == .number(3.5))
    }

    @Test func rankingNormalisesEachIndicatorAndWeightsTheContributions() throws {
        let f = try Self.fixture()
        let r = try f.t.store.report("ranking", year: 2026, top: 1)
        let highTech = try #require(r.sections.first { $0.key == "high-tech" })
        #expect(highTech.rows.map { $0[1] } == [.text("深圳市星河科技有限公司"), .text("博雅生物医药有限公司")])
        #expect(highTech.rows.map { $0[2] } == [.number(75), .number(25)])
        #expect(highTech.rows[0].last == .text("前1 top") && highTech.rows[1].last == .text("后1 bottom"))
        try f.t.store.setRankingWeights(["revenue_growth": 1.0, "rd_ratio": 0, "ip_count": 0, "tech_staff_ratio": 0, "participation": 0])
        let again = try f.t.store.report("ranking", year: 2026)
        #expect(again.sections.first { $0.key == "high-tech" }?.rows.first?[1] == .text("博雅生物医药有限公司"))
        #expect(throws: StoreError.self) { try f.t.store.setRankingWeights(["rd_ratio": -1]) }
    }

    @Test func projectsCountLightsAndThoseBroughtBackToGreen() throws {
        let f = try Self.fixture()
        let s = f.t.store
        f.clock.set("2026-04-01T00:00:00Z")
        let p = try s.addProject(enterprise: f.ids["E1"] ?? "", name: "锂电池隔膜研发", level: "region",
                                 start: try LocalDate.parse("2026-01-01"), end: try LocalDate.parse("2026-12-31"), funds: ExactDecimal("350.5"))
        let m = try s.addMilestone(project: p, name: "中试线建成", due: try LocalDate.parse("2026-03-15"))  // already late: red
        f.clock.set("2026-04-10T00:00:00Z")
        try s.completeMilestone(project: p, milestone: m, on: nil)  // all done: green
        let q = try s.addProject(enterprise: f.ids["E3"] ?? "", name: "抗体药物中试", level: "city",
                                 start: try LocalDate.parse("2026-01-01"), end: try LocalDate.parse("2026-12-31"), funds: nil)
        _ = try s.addMilestone(project: q, name: "临床前研究", due: try LocalDate.parse("2026-05-01"))
        f.clock.set("2026-12-01T00:00:00Z")
        let r = try s.report("projects", year: 2026)
        #expect(Self.summary(r, "red") == .int(1))
        #expect(Self.summary(r, "green") == .int(1))
        #expect(Self.summary(r, "back_to_green") == .int(1))
        #expect(r.sections[0].rows.map { $0[1] } == [.text("抗体药物中试")])
    }

    @Test func reportsUseTheDisplayedWinnerOfAConflictedField() throws {
        let f = try Self.fixture()
        let other = try TempStore(name: "另一台", now: { ReplicaStore.parseInstant("2026-12-02T00:00:00Z") ?? Date() })
        try other.store.apply(try f.t.store.changes(after: 0, limit: 10_000).map(\.record))
        // Concurrently: the office moves 绿源 to 张伟, the other laptop (later HLC) keeps it with 李娜 and edits it.
        try f.t.store.updateEnterprise(f.ids["E4"] ?? "", .init(commissioner: f.ids["A"]))
        try other.store.updateEnterprise(f.ids["E4"] ?? "", .init(commissioner: f.ids["B"]))
        try f.t.store.apply(try other.store.changes(after: 0, limit: 10_000).map(\.record))
        #expect(try f.t.store.conflictedRecords().count == 1)
        let r = try f.t.store.report("coverage", year: 2026)
        let li = r.sections[0].rows.first { $0[1] == .text("李娜") }
        #expect(li?[3] == .int(1))
        #expect(r.sections[0].rows.first { $0[1] == .text("张伟") }?[3] == .int(2))
    }

    @Test func anUnknownReportOrYearIsRefused() throws {
        let f = try Self.fixture()
        #expect(throws: StoreError.self) { try f.t.store.report("salaries", year: 2026) }
        #expect(throws: StoreError.self) { try f.t.store.report("needs", year: 1066) }
    }
}
