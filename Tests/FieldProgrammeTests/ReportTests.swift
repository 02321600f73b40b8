import FieldProgramme
import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// Every report figure against a hand-computed fixture (Chinese data, year 2026), with the edge
/// cases: an empty round, an enterprise that joins a pool mid-year, a need reopened after it was
/// resolved, and a conflicted field (reports use the displayed winner).
struct ReportTests {
    /// A settable clock.
    final class Clock: @unchecked Sendable {
        var now: Date
        init(_ text: String) { now = Instant.parse(text) ?? Date() }
        func set(_ text: String) { now = Instant.parse(text) ?? now }
    }

    struct Fixture {
        let t: TemporaryReplica
        let clock: Clock
        var ids: [String: String] = [:]
    }

    /// The fixture year, hand-computed in docs/rules.md ("A worked year"). The clock only moves
    /// forward: every visit is recorded on or after its date.
    static func fixture() throws -> Fixture {
        let clock = Clock("2026-01-05T01:00:00Z")
        let t = try TemporaryReplica(name: "办公室", now: { clock.now })
        let s = t.store
        var ids: [String: String] = [:]
        ids["A"] = try s.programme.commissioners.addCommissioner(name: "张伟", phone: nil)
        ids["B"] = try s.programme.commissioners.addCommissioner(name: "李娜", phone: nil)
        func ent(_ key: String, _ name: String, _ n: Int, _ owner: String, _ pool: String) throws {
            ids[key] = try s.programme.enterprises.addEnterprise(.init(name: name, creditCode: CreditCode.make(n), commissioner: ids[owner]), pool: pool)
        }
        try ent("E1", "深圳市星河科技有限公司", 1, "A", "high-tech")
        try ent("E2", "华芯微电子有限公司", 2, "A", "sme")
        try ent("E4", "绿源新能源科技有限公司", 4, "B", "sme")
        func visit(_ e: String, _ c: String, _ date: String, _ sat: Int, _ mode: String) throws {
            clock.set("\(date)T02:00:00Z")
            _ = try s.programme.visits.recordVisit(.init(enterprise: ids[e] ?? "", commissioner: ids[c] ?? "", date: try LocalDate.parse(date), mode: mode, satisfaction: sat))
        }
        try visit("E1", "A", "2026-02-01", 5, "上门")
        // Needs: N1 acknowledged in 2 h, resolved, reopened, resolved again at +100 h.
        clock.set("2026-03-01T00:00:00Z")
        let n1 = try s.programme.needs.raiseNeed(enterprise: ids["E1"] ?? "", visit: nil, category: "financing", summary: "知识产权质押贷款", due: nil, owner: nil)
        try visit("E2", "A", "2026-03-01", 3, "电话")
        clock.set("2026-03-01T02:00:00Z")
        try s.programme.needs.updateNeed(n1, .init(status: "acknowledged"))
        // N2 raised the next day, acknowledged after 30 h: late.
        clock.set("2026-03-02T00:00:00Z")
        let n2 = try s.programme.needs.raiseNeed(enterprise: ids["E4"] ?? "", visit: nil, category: "talent", summary: "引进研发人才", due: nil, owner: nil)
        clock.set("2026-03-03T02:00:00Z")
        try s.programme.needs.updateNeed(n1, .init(status: "resolved"))
        clock.set("2026-03-03T06:00:00Z")
        try s.programme.needs.updateNeed(n2, .init(status: "acknowledged"))
        clock.set("2026-03-03T12:00:00Z")
        try s.programme.needs.updateNeed(n1, .init(status: "open", note: "企业反馈未落实"))
        clock.set("2026-03-05T04:00:00Z")
        try s.programme.needs.updateNeed(n1, .init(status: "resolved"))
        try visit("E1", "A", "2026-05-20", 4, "on-site")
        clock.set("2026-06-10T01:00:00Z")
        try ent("E3", "博雅生物医药有限公司", 3, "B", "high-tech")  // joins mid-year: due from round 2
        try visit("E3", "B", "2026-06-20", 5, "on-site")
        try visit("E4", "B", "2026-07-01", 2, "视频")
        // N3 never acknowledged.
        clock.set("2026-07-01T03:00:00Z")
        _ = try s.programme.needs.raiseNeed(enterprise: ids["E3"] ?? "", visit: nil, category: "空间", summary: "中试场地", due: nil, owner: nil)
        // Indicators for the high-tech pool, typed as people type them.
        try s.programme.ranking.setIndicators(enterprise: ids["E1"] ?? "", year: 2026, values: [
            "rd_ratio": .decimal(try Ratio.parse("10%", field: "rd_ratio")), "revenue_growth": .decimal(try Ratio.parse("0.20", field: "revenue_growth")),
            "ip_count": .integer(10), "tech_staff_ratio": .decimal(try Ratio.parse("50%", field: "tech_staff_ratio"))])
        try s.programme.ranking.setIndicators(enterprise: ids["E3"] ?? "", year: 2026, values: [
            "rd_ratio": .decimal(try Ratio.parse("0.05", field: "rd_ratio")), "revenue_growth": .decimal(try Ratio.parse("40%", field: "revenue_growth")),
            "ip_count": .integer(2), "tech_staff_ratio": .decimal(try Ratio.parse("0.3", field: "tech_staff_ratio"))])
        // December: 绿源 moves from 李娜 to 张伟. Rounds 1 and 2 keep 李娜.
        clock.set("2026-12-01T00:00:00Z")
        try s.programme.enterprises.updateEnterprise(ids["E4"] ?? "", .init(commissioner: ids["A"]), assignedOn: try LocalDate.parse("2026-12-01"))
        return Fixture(t: t, clock: clock, ids: ids)
    }

    static func summary(_ r: Report, _ key: String) -> Report.Cell? { r.summary.first { $0.0.key == key }?.1 }

    static func percent(_ c: Report.Cell?) -> Double? { if case .percent(let p)? = c { return p } else { return nil } }

    @Test func coverageCountsDueEnterprisesPerRoundByTheAssignmentOfTheRoundsLastDay() throws {
        let f = try Self.fixture()
        let r = try f.t.store.programme.reports.report("coverage", year: 2026)
        #expect(r.zone == "高新区" && r.asOf.description == "2026-12-01")
        #expect(Self.summary(r, "visited") == .int(5))
        #expect(Self.summary(r, "due") == .int(11))
        #expect(Self.summary(r, "on_site") == .int(3))
        #expect(abs((Self.percent(Self.summary(r, "percent")) ?? 0) - 500.0 / 11) < 1e-9)
        // Totals per round: visited, on site, due.
        let totals = r.sections.map { s in s.rows.last.map { Array($0[2...4]) } ?? [] }
        #expect(totals == [[.int(2), .int(1), .int(3)], [.int(3), .int(2), .int(4)], [.int(0), .int(0), .int(4)]])
        // The December reassignment leaves round 1 with 李娜, who missed 绿源 then …
        let round1 = r.sections[0].rows
        #expect(round1.contains { $0[1].plain == "李娜" && $0[2] == .int(0) && $0[4] == .int(1) && $0[6].plain == "绿源新能源科技有限公司" })
        #expect(round1.contains { $0[1].plain == "张伟" && $0[2] == .int(2) && $0[4] == .int(2) })
        #expect(r.sections[1].rows.contains { $0[1].plain == "李娜" && $0[2] == .int(2) && $0[4] == .int(2) })
        // … and round 3, under way on 1 December, is 张伟's.
        #expect(r.sections[2].rows.contains { $0[1].plain == "张伟" && $0[4] == .int(3) })
        #expect(r.sections[2].rows.last?[5] == .percent(0))
        #expect(r.sections[2].rows.last?[1] == .words(code: "total", zh: "合计", en: "total"))
        // The commissioners report counts coverage in one pass of its own: it agrees, per round and person.
        let perf = try f.t.store.programme.reports.report("commissioners", year: 2026).sections[0].rows
        for (n, section) in r.sections.enumerated() {
            for row in section.rows.dropLast() where row[1] != .words(code: "", zh: "（未分配）", en: "(unassigned)") {
                let mine = try #require(perf.first { $0[0] == row[1] })
                #expect(mine[1 + n] == row[5], "round \(n + 1), \(row[1])")
            }
        }
    }

    @Test func needsReportMediansTheTwentyFourHourShareLateAndOverdue() throws {
        let f = try Self.fixture()
        let r = try f.t.store.programme.reports.report("needs", year: 2026)
        #expect(Self.summary(r, "raised") == .int(3))
        // N1 on time; N2 answered after 30 h; N3 never answered: 1 of 3.
        #expect(abs((Self.percent(Self.summary(r, "acknowledged_within_24h")) ?? 0) - 100.0 / 3) < 1e-9)
        #expect(Self.summary(r, "late") == .int(2))
        #expect(Self.summary(r, "median_hours_to_acknowledge") == .number(16))
        #expect(Self.summary(r, "median_hours_to_resolve") == .number(100))
        #expect(Self.summary(r, "overdue") == .int(1))
        let byStatus = try #require(r.sections.first { $0.key == "by_status" })
        #expect(byStatus.rows.first { $0[0] == .word("resolved") }?[1] == .int(1))
        #expect(byStatus.rows.first { $0[0] == .word("acknowledged") }?[1] == .int(1))
        let late = try #require(r.sections.first { $0.key == "late" })
        #expect(late.rows.map { $0[3] } == [.number(30), .number(nil)])
    }

    @Test func commissionerPerformanceSatisfactionAgainstTheTargetByYearAndRound() throws {
        let f = try Self.fixture()
        let r = try f.t.store.programme.reports.report("commissioners", year: 2026)
        #expect(Self.summary(r, "satisfaction_rate") == .percent(60))
        #expect(Self.summary(r, "satisfaction_target") == .percent(97))
        #expect(Self.summary(r, "below_target") == .flag(true))
        // The office's overview reads the same figure (docs/rules.md §10).
        let zone = try f.t.store.programme.reports.zoneSatisfaction(year: 2026)
        #expect(zone.rate == 60 && zone.belowTarget == true && Self.summary(r, "rated_visits") == .int(zone.rated))
        let rows = r.sections[0].rows
        let zhang = try #require(rows.first { $0[0].plain == "张伟" })
        #expect(Array(zhang[1...3]) == [.percent(100), .percent(50), .percent(0)])
        #expect(zhang[4] == .int(1) && zhang[5] == .percent(100) && zhang[6] == .int(1))
        #expect(zhang[8] == .int(3) && zhang[9] == .int(3))
        #expect(abs((Self.percent(zhang[10]) ?? 0) - 200.0 / 3) < 1e-9 && zhang[11] == .flag(true))
        let li = try #require(rows.first { $0[0].plain == "李娜" })
        #expect(Array(li[1...3]) == [.percent(0), .percent(100), .percent(0)])
        // N2 (绿源, raised in March) stays 李娜's after 绿源 moved to 张伟 in December.
        #expect(li[4] == .int(2) && li[5] == .percent(0) && li[6] == .int(0))
        #expect(li[10] == .percent(50) && li[11] == .flag(true))
        let byRound = try #require(r.sections.first { $0.key == "satisfaction_by_round" })
        let zr = try #require(byRound.rows.first { $0[0].plain == "张伟" })
        #expect(Array(zr[1...6]) == [.percent(50), .flag(true), .percent(100), .flag(false), .percent(nil), .flag(nil)])
        // The target is a synced setting.
        try f.t.store.programme.settings.setSetting(.satisfactionTarget, "60")
        let again = try f.t.store.programme.reports.report("commissioners", year: 2026)
        #expect(Self.summary(again, "below_target") == .flag(false))
        #expect(throws: StoreError.self) { try f.t.store.programme.settings.setSetting(.satisfactionTarget, "197") }
    }

    @Test func rankingShowsRawValuesAndPointsAndRanksOnlyThoseInThePoolThatDay() throws {
        let f = try Self.fixture()
        let r = try f.t.store.programme.reports.report("ranking", year: 2026, top: 1)
        let highTech = try #require(r.sections.first { $0.key == "high-tech" })
        #expect(highTech.rows.map { $0[1].plain } == ["深圳市星河科技有限公司", "博雅生物医药有限公司"])
        #expect(highTech.rows.map { $0[2] } == [.number(75), .number(25)])
        // 星河: R&D 10 % → 35 points, growth 20 % → 0, IP 10 (a count, shown whole) → 20, staff 50 % → 20.
        #expect(Array(highTech.rows[0][3...10]) == [.percent(10), .number(35), .percent(20), .number(0), .int(10), .number(20), .percent(50), .number(20)])
        #expect(highTech.rows[0].last == .words(code: "top", zh: "前1名", en: "top 1"))
        #expect(highTech.rows[1].last == .words(code: "bottom", zh: "后1名", en: "bottom 1"))
        // An out-of-bounds value written before ratios were checked (85 meant 8.5 %) counts as missing.
        try f.t.store.programme.ranking.setIndicators(enterprise: f.ids["E3"] ?? "", year: 2026, values: ["rd_ratio": .decimal(ExactDecimal(significand: 85, scale: 0))])
        let bounded = try #require(try f.t.store.programme.reports.report("ranking", year: 2026).sections.first { $0.key == "high-tech" })
        #expect(bounded.rows.map { $0[2] } == [.number(75), .number(25)])
        #expect(bounded.rows[1][3] == .percent(nil))
        try f.t.store.programme.ranking.setRankingWeights(["revenue_growth": 1.0, "rd_ratio": 0, "ip_count": 0, "tech_staff_ratio": 0])
        let again = try f.t.store.programme.reports.report("ranking", year: 2026)
        #expect(again.sections.first { $0.key == "high-tech" }?.rows.first?[1].plain == "博雅生物医药有限公司")
        #expect(throws: StoreError.self) { try f.t.store.programme.ranking.setRankingWeights(["rd_ratio": -1]) }
        #expect(throws: StoreError.self) { try f.t.store.programme.ranking.setRankingWeights(["participation": 1]) }
        // 星河 leaves the pool in November: no longer ranked in it on 1 December.
        try f.t.store.programme.pools.leavePool(f.ids["E1"] ?? "", pool: "高企库", on: try LocalDate.parse("2026-11-01"))
        let after = try f.t.store.programme.reports.report("ranking", year: 2026)
        #expect(after.sections.first { $0.key == "high-tech" }?.rows.map { $0[1].plain } == ["博雅生物医药有限公司"])
    }

    @Test func ratiosAreBoundedAndTakePercentOrFractionAlike() throws {
        #expect(try Ratio.parse("8.5%", field: "rd_ratio") == ExactDecimal("0.085"))
        #expect(try Ratio.parse("0.085", field: "rd_ratio") == ExactDecimal("0.085"))
        #expect(try Ratio.parse("８.５％".replacingOccurrences(of: "８", with: "8").replacingOccurrences(of: "５", with: "5"), field: "rd_ratio") == ExactDecimal("0.085"))
        #expect(try Ratio.parse("-20%", field: "revenue_growth") == ExactDecimal("-0.2"))
        for bad in ["85", "8.5", "120%", "-0.1", "abc"] {
            #expect(throws: StoreError.self) { try Ratio.parse(bad, field: "rd_ratio") }
        }
    }

    @Test func reportsUseTheDisplayedWinnerOfAConflictedField() throws {
        let f = try Self.fixture()
        let other = try TemporaryReplica(name: "另一台", now: { Instant.parse("2026-12-02T00:00:00Z") ?? Date() })
        try other.store.apply(try f.t.store.changes(after: 0, limit: 10_000).map(\.record))
        // Concurrently, on the same day: the office gives 华芯 to 李娜, the other laptop (later HLC) to 张伟.
        f.clock.set("2026-12-02T00:00:00Z")
        try f.t.store.programme.enterprises.updateEnterprise(f.ids["E2"] ?? "", .init(commissioner: f.ids["B"]))
        try other.store.programme.enterprises.updateEnterprise(f.ids["E2"] ?? "", .init(commissioner: f.ids["A"]))
        try f.t.store.apply(try other.store.changes(after: 0, limit: 10_000).map(\.record))
        try other.store.apply(try f.t.store.changes(after: 0, limit: 10_000).map(\.record))
        #expect(try f.t.store.conflictedRecords().count >= 1)
        // Whichever write is shown, both replicas show the same one and count 华芯 for that commissioner.
        let shown = try f.t.store.programme.assignments.book().commissioner(of: f.ids["E2"] ?? "", on: f.t.store.programme.today())
        #expect(shown == (try other.store.programme.assignments.book().commissioner(of: f.ids["E2"] ?? "", on: other.store.programme.today())))
        #expect(shown == f.ids["A"] || shown == f.ids["B"])
        let mine = try f.t.store.programme.reports.report("coverage", year: 2026)
        let theirs = try other.store.programme.reports.report("coverage", year: 2026)
        #expect(mine.sections.map(\.rows) == theirs.sections.map(\.rows))
        let name = shown == f.ids["A"] ? "张伟" : "李娜"
        #expect(mine.sections[2].rows.first { $0[1].plain == name }?[4] == .int(shown == f.ids["A"] ? 3 : 2))
    }

    @Test func anUnknownReportOrYearIsRefused() throws {
        let f = try Self.fixture()
        #expect(throws: StoreError.self) { try f.t.store.programme.reports.report("salaries", year: 2026) }
        #expect(throws: StoreError.self) { try f.t.store.programme.reports.report("needs", year: 1066) }
        #expect(throws: StoreError.self) { try f.t.store.programme.reports.report("ranking", year: 2026, top: 0) }
    }
}
