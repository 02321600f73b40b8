import FieldProgramme
import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// The programme's rules (docs/rules.md), each proved on a small hand-computed case: the light's
/// timeline and "brought back to green", raising never lowering, the 24-hour rule, dates that can
/// happen, stamps that agree with the status shown, stages and outcomes.
struct ProgrammeTests {
    typealias Clock = ReportTests.Clock

    static func day(_ text: String) throws -> LocalDate { try LocalDate.parse(text) }

    struct Zone {
        let t: TemporaryReplica
        let clock: Clock
        let commissioner: String
        let enterprise: String
        var s: Replica { t.store }
    }

    static func zone(_ start: String = "2026-02-01T02:00:00Z") throws -> Zone {
        let clock = Clock(start)
        let t = try TemporaryReplica(name: "张伟的笔记本", now: { clock.now })
        let c = try t.store.programme.commissioners.addCommissioner(name: "张伟", phone: nil)
        let e = try t.store.programme.enterprises.addEnterprise(.init(name: "深圳市星河科技有限公司", creditCode: CreditCode.make(1), commissioner: c), pool: "高新技术企业培育库",
                                          joinedOn: try day("2026-01-05"))
        return Zone(t: t, clock: clock, commissioner: c, enterprise: e)
    }

    @Test func theLightFollowsItsWrittenRuleDayByDayAndCountsOneRecovery() throws {
        let z = try Self.zone()
        let p = try z.s.programme.projects.addProject(enterprise: z.enterprise, name: "高性能锂电池隔膜研发", level: "自治区级",
                                   start: try Self.day("2026-01-01"), end: try Self.day("2026-12-31"), funds: ExactDecimal("350.50"))
        let m = try z.s.programme.projects.addMilestone(project: p, name: "中试线建成", due: try Self.day("2026-06-30"))
        // A new project whose only milestone is five months away is green (not "0 % done, 8 % of time gone").
        #expect(try z.s.programme.projects.lightInputs(of: p).light(on: z.s.programme.today()).color == "green")
        // Re-planned on 10 July, after it went red on 1 July; done on 20 September.
        z.clock.set("2026-07-10T02:00:00Z")
        _ = try z.s.programme.projects.replanMilestone(project: p, milestone: "中试线建成", due: try Self.day("2026-09-30"), reason: "设备到货延迟，协助企业调整计划")
        z.clock.set("2026-09-20T02:00:00Z")
        try z.s.programme.projects.completeMilestone(project: p, milestone: m, on: nil)
        z.clock.set("2026-12-01T02:00:00Z")
        let inputs = try z.s.programme.projects.lightInputs(of: p)
        let timeline = inputs.timeline(from: try Self.day("2026-01-01"), to: try Self.day("2026-12-01")).map { "\($0.day) \($0.light)" }
        // No progress was ever reported: due soon is a note, not a colour (docs/rules.md §3).
        #expect(timeline == ["2026-01-01 green", "2026-07-01 red", "2026-07-10 green"])
        #expect(inputs.light(on: try Self.day("2026-05-30")).color == "green")
        let due = inputs.light(on: try Self.day("2026-06-30"))
        #expect(due.color == "green" && due.notes.map(\.kind) == [.noProgress])
        #expect(inputs.light(on: try Self.day("2026-07-05")).reasons.first?.kind == .overdue)
        let episodes = inputs.episodes(year: 2026, asOf: try Self.day("2026-12-01"))
        #expect(episodes.map { "\($0.from) \($0.greenOn) \($0.worst) \($0.rescue) \($0.how)" } == ["2026-07-01 2026-07-10 red true replan"])
        // Not yet recovered on 9 July; no rescue counted in a year it never warned.
        #expect(inputs.episodes(year: 2026, asOf: try Self.day("2026-07-09")).isEmpty)
        #expect(inputs.episodes(year: 2027, asOf: try Self.day("2027-06-01")).isEmpty)
        let report = try z.s.programme.reports.report("projects", year: 2026)
        #expect(ReportTests.summary(report, "rescue_episodes") == .int(1))
        #expect(ReportTests.summary(report, "rescued_projects") == .int(1))
        #expect(ReportTests.summary(report, "replans") == .int(1))
        #expect(ReportTests.summary(report, "green") == .int(1))
    }

    @Test func aPersonMayRaiseALightNeverLowerIt() throws {
        let z = try Self.zone("2026-12-01T02:00:00Z")
        let late = try z.s.programme.projects.addProject(enterprise: z.enterprise, name: "抗体药物中试", level: "city",
                                      start: try Self.day("2026-01-01"), end: try Self.day("2026-12-31"), funds: nil)
        _ = try z.s.programme.projects.addMilestone(project: late, name: "临床前研究", due: try Self.day("2026-11-15"))
        let before = try z.s.snapshot()
        #expect(throws: StoreError.self) { try z.s.programme.projects.raiseLight(late, to: "green", reason: "专家认为可控", until: nil) }
        #expect(throws: StoreError.self) { try z.s.programme.projects.raiseLight(late, to: "黄", reason: "专家认为可控", until: nil) }
        #expect(try z.s.snapshot() == before)
        let calm = try z.s.programme.projects.addProject(enterprise: z.enterprise, name: "智能传感器研发", level: "national",
                                      start: try Self.day("2026-01-01"), end: try Self.day("2027-12-31"), funds: nil)
        _ = try z.s.programme.projects.addMilestone(project: calm, name: "样机", due: try Self.day("2027-06-30"))
        #expect(throws: StoreError.self) { try z.s.programme.projects.raiseLight(calm, to: "yellow", reason: "  ", until: nil) }
        _ = try z.s.programme.projects.raiseLight(calm, to: "黄灯", reason: "核心人员离职", until: try Self.day("2026-12-10"))
        let inputs = try z.s.programme.projects.lightInputs(of: calm)
        #expect(inputs.light(on: try Self.day("2026-12-10")).color == "yellow")
        #expect(inputs.light(on: try Self.day("2026-12-11")).color == "green")
        #expect(inputs.light(on: try Self.day("2026-12-01")).computed == "green")
        #expect(try z.s.programme.projects.clearLightFlags(calm) == 1)
        #expect(try z.s.programme.projects.lightInputs(of: calm).light(on: try Self.day("2026-12-01")).color == "green")
        #expect(throws: StoreError.self) { try z.s.programme.projects.clearLightFlags(calm) }
    }

    @Test func theTwentyFourHourRuleIsJudgedFromTheRaise() throws {
        let z = try Self.zone("2026-03-01T00:00:00Z")
        let n = try z.s.programme.needs.raiseNeed(enterprise: z.enterprise, visit: nil, category: "融资", summary: "知识产权质押贷款咨询", due: nil, owner: nil)
        var view = try #require(try z.s.programme.records.view(Domain.need, id: n))
        #expect(Needs.responseTiming(view, now: z.s.currentDate) == .init(hoursToAcknowledge: nil, withinRule: nil))
        z.clock.set("2026-03-02T23:00:00Z")  // 47 h later
        #expect(Needs.responseTiming(view, now: z.s.currentDate).withinRule == false)
        try z.s.programme.needs.updateNeed(n, .init(status: "已响应"))
        view = try #require(try z.s.programme.records.view(Domain.need, id: n))
        let t = Needs.responseTiming(view, now: z.s.currentDate)
        #expect(t.hoursToAcknowledge == 47 && t.withinRule == false && t.isLate)
        #expect(!Needs.isOverdue(view, now: z.s.currentDate))
        // A laptop whose clock is behind the raise cannot acknowledge before it.
        let m = try z.s.programme.needs.raiseNeed(enterprise: z.enterprise, visit: nil, category: "talent", summary: "引进研发人才", due: nil, owner: nil)
        z.clock.set("2026-03-01T00:00:00Z")
        let before = try z.s.snapshot()
        #expect(throws: StoreError.self) { try z.s.programme.needs.updateNeed(m, .init(status: "acknowledged")) }
        #expect(try z.s.snapshot() == before)
    }

    @Test func datesThatCannotHappenAreRefusedWithNothingWritten() throws {
        let z = try Self.zone("2026-05-12T02:00:00Z")
        let p = try z.s.programme.projects.addProject(enterprise: z.enterprise, name: "高性能锂电池隔膜研发", level: "region",
                                   start: try Self.day("2026-01-01"), end: try Self.day("2026-12-31"), funds: nil)
        let m = try z.s.programme.projects.addMilestone(project: p, name: "中试线建成", due: try Self.day("2026-06-30"))
        let before = try z.s.snapshot()
        let refusals: [(String, () throws -> Void)] = [
            ("visit tomorrow", { _ = try z.s.programme.visits.recordVisit(.init(enterprise: z.enterprise, commissioner: z.commissioner, date: try Self.day("2026-05-13"))) }),
            ("done tomorrow", { try z.s.programme.projects.completeMilestone(project: p, milestone: m, on: try Self.day("2026-05-13")) }),
            ("done before the project", { try z.s.programme.projects.completeMilestone(project: p, milestone: m, on: try Self.day("2025-12-31")) }),
            ("due before raised", { _ = try z.s.programme.needs.raiseNeed(enterprise: z.enterprise, visit: nil, category: "policy", summary: "政策咨询", due: try Self.day("2026-05-11"), owner: nil) }),
            ("milestone after the end", { _ = try z.s.programme.projects.addMilestone(project: p, name: "验收", due: try Self.day("2029-06-30")) }),
            ("re-plan after the end", { _ = try z.s.programme.projects.replanMilestone(project: p, milestone: m, due: try Self.day("2027-01-31"), reason: "延期") }),
            ("round outside its year", { try z.s.programme.rounds.setRoundWindow(try RoundID(year: 2026, number: 3), start: try Self.day("2026-09-01"), end: try Self.day("2027-01-31")) }),
            ("round overlapping", { try z.s.programme.rounds.setRoundWindow(try RoundID(year: 2026, number: 2), start: try Self.day("2026-04-15"), end: try Self.day("2026-08-31")) }),
            ("round out of order", { try z.s.programme.rounds.setRoundWindow(try RoundID(year: 2026, number: 1), start: try Self.day("2026-10-01"), end: try Self.day("2026-10-31")) }),
            ("assignment tomorrow", { try z.s.programme.assignments.assign(z.enterprise, commissioner: z.commissioner, on: try Self.day("2026-05-13")) }),
            ("stage tomorrow", { try z.s.programme.outcomes.moveStage(z.enterprise, to: "优选", on: try Self.day("2026-05-13"), note: nil) }),
            ("certified tomorrow", { _ = try z.s.programme.outcomes.certify(z.enterprise, kind: "high-tech", on: try Self.day("2026-05-13"), number: nil) }),
        ]
        for (what, attempt) in refusals {
            #expect(throws: StoreError.self, "\(what)") { try attempt() }
        }
        #expect(try z.s.snapshot() == before)
    }

    @Test func stampsAgreeWithTheStatusShownAfterAConflict() throws {
        let z = try Self.zone("2026-03-01T00:00:00Z")
        let n = try z.s.programme.needs.raiseNeed(enterprise: z.enterprise, visit: nil, category: "policy", summary: "研发费用加计扣除", due: nil, owner: nil)
        try z.s.programme.needs.updateNeed(n, .init(status: "acknowledged"))
        let otherClock = Clock("2026-03-02T05:00:00Z")
        let other = try TemporaryReplica(name: "李娜的笔记本", now: { otherClock.now })
        try other.store.apply(try z.s.changes(after: 0, limit: 1000).map(\.record))
        z.clock.set("2026-03-02T01:00:00Z")
        try z.s.programme.needs.updateNeed(n, .init(status: "resolved"))
        try other.store.programme.needs.updateNeed(n, .init(status: "in-progress"))  // later HLC: shown first
        try z.s.apply(try other.store.changes(after: 0, limit: 1000).map(\.record))
        let view = try #require(try z.s.programme.records.view(Domain.need, id: n))
        #expect(view.text("status") == "in-progress")
        #expect(view["resolved_at"] == .null)
        #expect(try z.s.programme.needs.list().first?["resolved_at"] == .null)
    }

    @Test func stagesAndOutcomesAreDatedAndReported() throws {
        let z = try Self.zone("2026-02-01T02:00:00Z")
        let e2 = try z.s.programme.enterprises.addEnterprise(.init(name: "华芯微电子有限公司", creditCode: CreditCode.make(2), commissioner: z.commissioner), pool: "科小库")
        try z.s.programme.outcomes.moveStage(z.enterprise, to: "优选", on: try Self.day("2026-02-01"), note: "研发投入高")
        #expect(throws: StoreError.self) { try z.s.programme.outcomes.moveStage(z.enterprise, to: "孵化", on: nil, note: nil) }
        z.clock.set("2026-05-01T02:00:00Z")
        try z.s.programme.outcomes.moveStage(z.enterprise, to: "cultivating", on: nil, note: nil)
        _ = try z.s.programme.projects.addProject(enterprise: z.enterprise, name: "隔膜研发", level: "region", start: try Self.day("2026-03-01"),
                               end: try Self.day("2026-12-31"), funds: ExactDecimal("350.50"))
        _ = try z.s.programme.projects.addProject(enterprise: e2, name: "芯片封装", level: "city", start: try Self.day("2026-04-01"),
                               end: try Self.day("2027-03-31"), funds: ExactDecimal("120.25"))
        z.clock.set("2026-10-20T02:00:00Z")
        _ = try z.s.programme.outcomes.certify(z.enterprise, kind: "高新技术企业", on: try Self.day("2026-10-15"), number: "GR202665000123")
        _ = try z.s.programme.outcomes.certify(e2, kind: "tech-sme", on: try Self.day("2026-06-30"), number: nil)
        _ = try z.s.programme.outcomes.certify(e2, kind: "小巨人", on: try Self.day("2026-09-01"), number: nil)
        #expect(try z.s.programme.outcomes.stage(of: z.enterprise, on: try Self.day("2026-03-01")) == "selected")
        #expect(try z.s.programme.outcomes.stage(of: z.enterprise) == "certified")
        #expect(throws: StoreError.self) { try z.s.programme.outcomes.moveStage(z.enterprise, to: "applying", on: nil, note: nil) }
        let r = try z.s.programme.reports.report("outcomes", year: 2026)
        #expect(ReportTests.summary(r, "high_tech_certified") == .int(1))
        #expect(ReportTests.summary(r, "tech_sme_registered") == .int(1))
        #expect(ReportTests.summary(r, "other_certified") == .int(1))
        #expect(ReportTests.summary(r, "stage_moves") == .int(2))
        #expect(ReportTests.summary(r, "projects_funded") == .int(2))
        #expect(ReportTests.summary(r, "funds_granted") == .amount(ExactDecimal("470.75") ?? ExactDecimal(significand: 0, scale: 0)))
        let stages = try #require(r.sections.first { $0.key == "stages" })
        // high-tech pool: 1 enterprise, certified; sme pool: 1 enterprise, no stage.
        #expect(stages.rows[0] == [.word("high-tech"), .int(1), .int(0), .int(0), .int(0), .int(0), .int(1), .int(0)])
        #expect(stages.rows[1] == [.word("sme"), .int(1), .int(0), .int(0), .int(0), .int(0), .int(0), .int(1)])
        let byCommissioner = try #require(r.sections.first { $0.key == "by_commissioner" })
        #expect(byCommissioner.rows.first?.first?.plain == "张伟")
        #expect(byCommissioner.rows.first?.dropFirst().map { $0 } == [.int(2), .int(1), .int(1), .int(2), .amount(ExactDecimal("470.75") ?? ExactDecimal(significand: 0, scale: 0))])
    }

    @Test func theProgrammesWordsAreAcceptedInChinese() throws {
        #expect(try Vocabulary.check("科技型中小企业培育库", in: Vocabulary.pools, what: .wordPool) == "sme")
        #expect(try Vocabulary.check("科技项目培育库", in: Vocabulary.pools, what: .wordPool) == "project")
        #expect(try Vocabulary.check("高企库", in: Vocabulary.pools, what: .wordPool) == "high-tech")
        #expect(try Vocabulary.check("上门", in: Vocabulary.visitModes, what: .wordVisitMode) == "on-site")
        #expect(try Vocabulary.check("不予受理", in: Vocabulary.needStatuses, what: .wordNeedStatus) == "rejected")
        #expect(try Vocabulary.check("省级", in: Vocabulary.projectLevels, what: .wordProjectLevel) == "region")
        #expect(try Vocabulary.check("申报", in: Vocabulary.stages, what: .wordStage) == "applying")
        // A word is accepted only where it belongs.
        #expect(throws: StoreError.self) { try Vocabulary.check("项目库", in: Vocabulary.needCategories, what: .wordNeedCategory) }
    }
}
