import FieldProgramme
import FieldSyncCore
import FieldSyncTesting
import Foundation
import Testing

/// The light's timeline is computed from the days on which it may change (docs/rules.md §3); this
/// proves, on 400 seeded random projects with milestones, re-plans, progress reports and raises,
/// that it equals the light evaluated on every single day, and that every rescue episode it finds
/// is one a day-by-day scan finds.
struct LightTimelineTests {
    static func d(_ n: Int) -> LocalDate { LocalDate(dayNumber: n) }

    static func randomProject(_ rng: inout SeededRNG, _ k: Int) throws -> LightInputs {
        let start = try LocalDate(year: 2026, month: 1, day: 1).dayNumber + rng.below(60)
        let end = start + 120 + rng.below(300)
        let project = RecordView(table: "project", id: "p\(k)", values: ["start": .date(d(start)), "end": .date(d(end)), "name": .text("项目\(k)")])
        var milestones: [RecordView] = []
        var replans: [RecordView] = []
        var progress: [RecordView] = []
        var flags: [RecordView] = []
        for m in 0..<(1 + rng.below(3)) {
            let due = start + 10 + rng.below(end - start - 10)
            var values: [String: FieldValue] = ["name": .text("节点\(m)"), "due": .date(d(due)), "added_on": .date(d(start + rng.below(20)))]
            if rng.below(2) == 0 { values["done_on"] = .date(d(start + rng.below(end - start + 40))) }
            var current = due
            for r in 0..<rng.below(3) {
                let on = start + rng.below(end - start)
                let new = start + 5 + rng.below(end - start - 5)
                replans.append(RecordView(table: "milestone_replan", id: "r\(k).\(m).\(r)", values: [
                    "milestone": .text("m\(k).\(m)"), "replanned_on": .date(d(on)), "old_due": .date(d(current)), "new_due": .date(d(new)),
                ]))
                current = new
            }
            if !replans.isEmpty { values["due"] = .date(d(current)) }
            for r in 0..<rng.below(4) {
                progress.append(RecordView(table: "milestone_progress", id: "g\(k).\(m).\(r)", values: [
                    "milestone": .text("m\(k).\(m)"), "reported_on": .date(d(start + rng.below(end - start))), "percent": .integer(Int64(rng.below(101))),
                ]))
            }
            milestones.append(RecordView(table: "milestone", id: "m\(k).\(m)", values: values))
        }
        if rng.below(3) == 0 {
            let raised = start + rng.below(end - start)
            var values: [String: FieldValue] = ["light": .text(rng.below(2) == 0 ? "yellow" : "red"), "raised_on": .date(d(raised)), "reason": .text("人工")]
            if rng.below(2) == 0 { values["until"] = .date(d(raised + rng.below(60))) }
            if rng.below(2) == 0 { values["cleared_on"] = .date(d(raised + rng.below(90))) }
            flags.append(RecordView(table: "light_flag", id: "f\(k)", values: values))
        }
        return LightInputs(project: project, milestones: milestones, replans: replans, flags: flags, progress: progress,
                           warningDays: 30, tolerance: Double(rng.below(41)))
    }

    @Test func theTimelineEqualsTheLightOfEveryDay() throws {
        var rng = SeededRNG(seed: 27)
        let from = try LocalDate(year: 2026, month: 1, day: 1)
        let to = try LocalDate(year: 2027, month: 6, day: 30)
        var yellowFromProgress = 0
        for k in 0..<400 {
            let inputs = try Self.randomProject(&rng, k)
            var daily: [(day: LocalDate, color: String, computed: String)] = []
            for n in from.dayNumber...to.dayNumber {
                let l = inputs.light(on: Self.d(n))
                if l.reasons.contains(where: { $0.kind == .behind }) { yellowFromProgress += 1 }
                if daily.last.map({ $0.color != l.color || $0.computed != l.computed }) ?? true { daily.append((Self.d(n), l.color, l.computed)) }
            }
            let states = inputs.states(from: from, to: to).map { ($0.day, $0.light.color, $0.light.computed) }
            #expect(states.map { "\($0.0) \($0.1) \($0.2)" } == daily.map { "\($0.day) \($0.color) \($0.computed)" }, "project \(k)")
            // Episodes by a plain scan of the days.
            var expected: [String] = []
            var open: (from: LocalDate, worst: String, evidence: Bool)?
            guard case .date(let start) = inputs.project["start"] else { continue }
            for n in start.dayNumber...min(to.dayNumber, try LocalDate(year: 2026, month: 12, day: 31).dayNumber) {
                let l = inputs.light(on: Self.d(n))
                if l.color == "green" {
                    if let o = open, n >= from.dayNumber { expected.append("\(o.from) \(Self.d(n)) \(o.worst) \(o.evidence)") }
                    open = nil
                } else {
                    var o = open ?? (Self.d(n), l.color, false)
                    if l.color == "red" { o.worst = "red" }
                    if l.computed != "green" { o.evidence = true }
                    open = o
                }
            }
            let found = inputs.episodes(year: 2026, asOf: to).map { "\($0.from) \($0.greenOn) \($0.worst) \($0.rescue)" }
            #expect(found == expected, "project \(k)")
        }
        // The seeds exercise the new rule, not only dates.
        #expect(yellowFromProgress > 1000)
    }
}
