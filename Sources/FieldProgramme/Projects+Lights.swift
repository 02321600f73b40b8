import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// A reason for a project's light, in both languages (reports render one).
public struct LightReason: Sendable, Hashable {
    /// What gave the light: a milestone past due, one behind its time, the project ended undone, a
    /// light a person raised; or a note that does not colour: a milestone due soon, one due soon
    /// with no progress reported.
    public enum Kind: String, Sendable {
        case overdue, behind, endedUndone, flagged, dueSoon, noProgress
    }
    /// Why.
    public var kind: Kind
    /// The light this reason gives (`red`, `yellow`, `green` for a note).
    public var light: String
    /// The milestone's name, or the flag's reason.
    public var subject: String
    /// The day the reason names (a due date, a raise's `until`).
    public var date: LocalDate?
    /// For `behind`: the latest progress reported and the share of the milestone's time gone, in percent.
    public var progress: Progress?

    /// A milestone's reported progress against its time gone.
    public struct Progress: Sendable, Hashable {
        public var reported: Int
        public var elapsed: Int
    }

    /// A reason.
    public init(kind: Kind, light: String, subject: String, date: LocalDate?, progress: Progress? = nil) {
        self.kind = kind
        self.light = light
        self.subject = subject
        self.date = date
        self.progress = progress
    }

    /// The reason as a catalogued sentence.
    public var message: Message {
        let d = date?.description ?? ""
        switch kind {
        case .overdue: return Message(.lightReasonOverdue, subject, d)
        case .behind: return Message(.lightReasonBehind, subject, progress?.reported ?? 0, progress?.elapsed ?? 0, d)
        case .dueSoon: return Message(.lightReasonDueSoon, subject, d)
        case .noProgress: return Message(.lightReasonNoProgress, subject, d)
        case .endedUndone: return Message(.lightReasonEndedUndone, d)
        case .flagged:
            return date.map { Message(.lightReasonFlaggedUntil, Vocabulary.word(light), subject, $0) } ?? Message(.lightReasonFlagged, Vocabulary.word(light), subject)
        }
    }

    /// The reason in `lang` (`zh` or `en`).
    public func text(_ lang: String) -> String { message.render(lang == "zh" ? .zh : .en) }
}

/// A project's early-warning light on one day, with its reasons.
public struct ProjectLight: Sendable, Hashable {
    /// red | yellow | green: the higher of the computed light and any flag in force.
    public var color: String
    /// The light from the evidence alone: milestones, re-plans and progress reports.
    public var computed: String
    /// Why the light is what it is, most serious first.
    public var reasons: [LightReason]
    /// Notes that do not colour the light: milestones due within `light.warning_days`, with or
    /// without progress reported ("未报进度").
    public var notes: [LightReason] = []
}

/// Everything a project's light depends on: its record, milestones, re-plans, progress reports and
/// flags, and the zone's settings. The light on any day is a pure function of these (docs/rules.md §3).
public struct LightInputs: Sendable {
    /// The project.
    public let project: RecordView
    /// Its milestones (deleted ones included: the light on an earlier day needs them).
    public let milestones: [RecordView]
    /// Its dated re-plans.
    public let replans: [RecordView]
    /// Lights people raised, with their `until` and clearing.
    public let flags: [RecordView]
    /// Its dated progress reports.
    public let progress: [RecordView]
    /// The zone's `light.warning_days` setting: how early "due soon" is noted (not a colour).
    public let warningDays: Int
    /// The zone's `light.progress_tolerance`: how many points a milestone's reported progress may
    /// lag the share of its time gone before the project turns yellow.
    public let tolerance: Double
    /// Per milestone, its re-plans as (day, old due, new due), oldest first: read once, not per day.
    private let plans: [String: [(on: LocalDate, old: LocalDate, new: LocalDate)]]
    /// Per milestone, its progress reports as (day, percent), oldest first.
    private let reports: [String: [(on: LocalDate, percent: Int)]]

    /// The inputs as read from the replica.
    public init(project: RecordView, milestones: [RecordView], replans: [RecordView], flags: [RecordView], progress: [RecordView] = [],
                warningDays: Int, tolerance: Double = ZoneSetting.progressTolerance.defaultValue) {
        self.project = project
        self.milestones = milestones
        self.replans = replans
        self.flags = flags
        self.progress = progress
        self.warningDays = warningDays
        self.tolerance = tolerance
        var plans: [String: [(on: LocalDate, old: LocalDate, new: LocalDate)]] = [:]
        for r in replans {
            guard let on = r["replanned_on"].date, let old = r["old_due"].date, let new = r["new_due"].date else { continue }
            plans[r.text("milestone"), default: []].append((on, old, new))
        }
        self.plans = plans.mapValues { $0.sorted { $0.on < $1.on } }
        var reports: [String: [(on: LocalDate, percent: Int)]] = [:]
        for r in progress {
            // A report outside 0–100 (a hostile or broken writer's) is no evidence.
            guard let on = r["reported_on"].date, case .integer(let p) = r["percent"], (0...100).contains(p) else { continue }
            reports[r.text("milestone"), default: []].append((on, Int(p)))
        }
        self.reports = reports.mapValues { $0.sorted { $0.on < $1.on } }
    }
    /// Projects written by schema-1 builds may carry a manual override; a yellow or red one counts
    /// as a flag for the project's whole span (green overrides are no longer honoured: a person
    /// may raise a light, never lower it).
    var legacyOverride: String? {
        guard case .text(let o) = project["light_override"], Vocabulary.raisedLights.contains(o) else { return nil }
        return o
    }

    static func rank(_ light: String) -> Int { light == "red" ? 2 : light == "yellow" ? 1 : 0 }

    /// A milestone's due date as it stood on `day`: the latest re-plan dated on or before `day`,
    /// else the due date before the first re-plan.
    func due(of m: RecordView, on day: LocalDate) -> LocalDate? {
        guard let plans = plans[m.id], let first = plans.first else { return m["due"].date }
        var due = first.old
        for p in plans where p.on <= day { due = p.new }
        return due
    }

    func exists(_ m: RecordView, on day: LocalDate) -> Bool {
        if case .date(let added) = m["added_on"] { return added <= day }
        return true
    }

    func done(_ m: RecordView, on day: LocalDate) -> Bool {
        if case .date(let d) = m["done_on"] { return d <= day }
        return false
    }

    /// The milestone's latest progress report on or before `day`, or nil (no evidence).
    public func reportedProgress(of m: RecordView, on day: LocalDate) -> Int? {
        reports[m.id]?.last { $0.on <= day }?.percent
    }

    /// Whether an undone milestone due `due` is behind on `day` with `percent` reported: the share
    /// of its time gone, (day − start) ÷ (due − start), exceeds percent + tolerance (in points).
    /// Exact on whole days: 100 × (day − start) > (percent + tolerance) × (due − start).
    func behind(percent: Int, due: LocalDate, on day: LocalDate) -> (Bool, elapsed: Int) {
        guard case .date(let start) = project["start"], day >= start else { return (false, 0) }
        let gone = Double(day.dayNumber - start.dayNumber)
        let span = Double(due.dayNumber - start.dayNumber)
        guard span > 0 else { return (Double(100 - percent) > tolerance, 100) }
        let elapsed = Int((100 * gone / span).rounded(.down))
        return (100 * gone > (Double(percent) + tolerance) * span, min(100, elapsed))
    }

    /// The light on `day`.
    public func light(on day: LocalDate) -> ProjectLight {
        var red: [LightReason] = []
        var yellow: [LightReason] = []
        var notes: [LightReason] = []
        var undone = 0
        for m in milestones where exists(m, on: day) && !done(m, on: day) {
            undone += 1
            guard let due = due(of: m, on: day) else { continue }
            let name = m.text("name")
            if due < day {
                red.append(LightReason(kind: .overdue, light: "red", subject: name, date: due))
                continue
            }
            let reported = reportedProgress(of: m, on: day)
            if let reported {
                let (late, elapsed) = behind(percent: reported, due: due, on: day)
                if late { yellow.append(LightReason(kind: .behind, light: "yellow", subject: name, date: due, progress: .init(reported: reported, elapsed: elapsed))) }
            }
            if due.dayNumber - day.dayNumber <= warningDays {
                notes.append(LightReason(kind: reported == nil ? .noProgress : .dueSoon, light: "green", subject: name, date: due))
            }
        }
        if case .date(let end) = project["end"], end < day, undone > 0 {
            red.append(LightReason(kind: .endedUndone, light: "red", subject: "", date: end))
        }
        let computed = !red.isEmpty ? "red" : !yellow.isEmpty ? "yellow" : "green"
        var flagReasons: [LightReason] = []
        var color = computed
        for f in flags {
            guard case .date(let raised) = f["raised_on"], raised <= day else { continue }
            if case .date(let until) = f["until"], day > until { continue }
            if case .date(let cleared) = f["cleared_on"], day >= cleared { continue }
            let light = f.text("light")
            guard Vocabulary.raisedLights.contains(light) else { continue }
            flagReasons.append(LightReason(kind: .flagged, light: light, subject: f.text("reason"), date: f["until"].date))
            if Self.rank(light) > Self.rank(color) { color = light }
        }
        if let o = legacyOverride {
            flagReasons.append(LightReason(kind: .flagged, light: o, subject: project.text("light_reason"), date: nil))
            if Self.rank(o) > Self.rank(color) { color = o }
        }
        let computedReasons = computed == "red" ? red : yellow
        return ProjectLight(color: color, computed: computed, reasons: computedReasons + flagReasons, notes: notes)
    }

    /// The days on which the light may change: between two consecutive ones it is constant.
    func changeDays() -> Set<LocalDate> {
        var days = Set<LocalDate>()
        func add(_ v: FieldValue, _ offset: Int = 0) { if case .date(let d) = v { days.insert(d.adding(days: offset)) } }
        let start = project["start"].date
        for m in milestones {
            add(m["added_on"])
            add(m["done_on"])
            var dues: [LocalDate] = m["due"].date.map { [$0] } ?? []
            for p in plans[m.id] ?? [] {
                days.insert(p.on)
                dues += [p.old, p.new]
            }
            let reps = reports[m.id] ?? []
            for d in dues {
                days.insert(d.adding(days: 1))
                // A report's milestone turns behind on the first day its time gone passes
                // percent + tolerance: start + ⌊(percent + tolerance) × span ÷ 100⌋ + 1.
                if let start, d > start {
                    let span = Double(d.dayNumber - start.dayNumber)
                    for r in reps {
                        let t = ((Double(r.percent) + tolerance) * span / 100).rounded(.down)
                        if t < span { days.insert(start.adding(days: Int(t) + 1)) }
                    }
                }
            }
            for r in reps { days.insert(r.on) }
        }
        for f in flags {
            add(f["raised_on"])
            add(f["until"], 1)
            add(f["cleared_on"])
        }
        add(project["end"], 1)
        add(project["start"])
        return days
    }

    /// The light's states from `from` through `to`: the state on `from`, then each day its colour
    /// or its computed colour changes.
    public func states(from: LocalDate, to: LocalDate) -> [(day: LocalDate, light: ProjectLight)] {
        guard from <= to else { return [] }
        var out: [(day: LocalDate, light: ProjectLight)] = [(from, light(on: from))]
        for d in changeDays().filter({ $0 > from && $0 <= to }).sorted() {
            let l = light(on: d)
            let last = out[out.count - 1].light
            if l.color != last.color || l.computed != last.computed { out.append((d, l)) }
        }
        return out
    }

    /// The light's timeline from `from` through `to`: the light on `from`, then each day it changes.
    public func timeline(from: LocalDate, to: LocalDate) -> [(day: LocalDate, light: String)] {
        var out: [(day: LocalDate, light: String)] = []
        for s in states(from: from, to: to) where out.last?.light != s.light.color { out.append((s.day, s.light.color)) }
        return out
    }

    /// One run of red or yellow days ended by a green day (docs/rules.md §3).
    public struct Episode: Sendable, Hashable {
        /// The first red or yellow day.
        public var from: LocalDate
        /// The green day that ended it.
        public var greenOn: LocalDate
        /// The worst colour shown in it.
        public var worst: String
        /// Whether it held a red day or a behind-schedule yellow day from the evidence (a rescue);
        /// false when only a person's raise coloured it.
        public var rescue: Bool
        /// What turned it green: `replan`, `milestone-done`, `progress`, `flag-lifted` or `other`.
        public var how: String
    }

    /// The episodes ended by a green day in `year`, up to `asOf`, oldest first.
    public func episodes(year: Int, asOf: LocalDate) -> [Episode] {
        guard let jan1 = try? LocalDate(year: year, month: 1, day: 1), let dec31 = try? LocalDate(year: year, month: 12, day: 31),
              case .date(let start) = project["start"] else { return [] }
        let last = min(dec31, asOf)
        guard start <= last else { return [] }
        var out: [Episode] = []
        var open: (from: LocalDate, worst: String, evidence: Bool)?
        for s in states(from: start, to: last) {
            if s.light.color == "green" {
                if let o = open, s.day >= jan1 {
                    out.append(Episode(from: o.from, greenOn: s.day, worst: o.worst, rescue: o.evidence, how: how(greenOn: s.day)))
                }
                open = nil
            } else {
                var o = open ?? (s.day, s.light.color, false)
                if Self.rank(s.light.color) > Self.rank(o.worst) { o.worst = s.light.color }
                if s.light.computed != "green" { o.evidence = true }
                open = o
            }
        }
        return out
    }

    /// What changed on a green day that ended an episode.
    func how(greenOn day: LocalDate) -> String {
        if plans.values.contains(where: { $0.contains { $0.on == day } }) { return "replan" }
        if milestones.contains(where: { $0["done_on"].date == day }) { return "milestone-done" }
        if reports.values.contains(where: { $0.contains { $0.on == day } }) { return "progress" }
        if flags.contains(where: { $0["cleared_on"].date == day || $0["until"].date?.adding(days: 1) == day }) { return "flag-lifted" }
        return "other"
    }
}

extension Projects {
    /// The inputs of every project's light, read at once (reports).
    public func lightInputs() throws -> [String: LightInputs] {
        try read { db in try Projects.lightInputs(db, project: nil) }
    }

    static func lightInputs(_ db: Database, project: String?) throws -> [String: LightInputs] {
        let cond = project == nil ? "1" : "project = ?"
        let idCond = project == nil ? "1" : "id = ?"
        let args: StatementArguments = project.map { [$0] } ?? []
        let warning = Int(try Settings.setting(db, .warningDays))
        let tolerance = try Settings.setting(db, .progressTolerance)
        let milestones = Dictionary(grouping: try Records.views(db, Domain.milestone, where: cond, arguments: args, orderBy: "due, rowid"), by: { $0.text("project") })
        let replans = Dictionary(grouping: try Records.views(db, Domain.milestoneReplan, where: cond, arguments: args, orderBy: "replanned_on, id"), by: { $0.text("project") })
        let flags = Dictionary(grouping: try Records.views(db, Domain.lightFlag, where: cond, arguments: args, orderBy: "raised_on, id"), by: { $0.text("project") })
        let progress = Dictionary(grouping: try Records.views(db, Domain.milestoneProgress, where: cond, arguments: args, orderBy: "reported_on, id"),
                                  by: { $0.text("project") })
        var out: [String: LightInputs] = [:]
        for p in try Records.views(db, Domain.project, where: idCond, arguments: args, orderBy: "name") {
            out[p.id] = LightInputs(project: p, milestones: milestones[p.id] ?? [], replans: replans[p.id] ?? [],
                                    flags: flags[p.id] ?? [], progress: progress[p.id] ?? [], warningDays: warning, tolerance: tolerance)
        }
        return out
    }

    /// A project's light inputs, resolved from what the user typed.
    public func lightInputs(of projectText: String) throws -> LightInputs {
        try read { db in
            let id = try Lookup.resolve(db, Domain.project, projectText)
            guard let inputs = try Projects.lightInputs(db, project: id)[id] else {
                throw StoreError(.unknownID, Message(.projectHasId, projectText))
            }
            return inputs
        }
    }

    /// Raises a project's light to yellow or red from today (through `until`, or until cleared).
    /// Green is never set by hand: it is what the milestones give.
    /// - Throws: ``StoreError`` for green, a light lower than the computed one, a missing reason or a past `until`.
    public func raiseLight(_ projectText: String, to light: String, reason: String?, until: LocalDate?) throws -> String {
        let color = try Vocabulary.check(light, in: Vocabulary.lights, what: .wordLight)
        let today = self.today()
        return try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.project, projectText)
            guard let inputs = try Projects.lightInputs(tx.db, project: id)[id] else { throw StoreError(.unknownID, Message(.projectHasId, projectText)) }
            let now = inputs.light(on: today)
            guard color != "green" else {
                throw StoreError(.invalidValue, now.computed == "green"
                    ? Message(.greenNeverByHand)
                    : Message(.greenNotByHand, Bilingual(zh: Vocabulary.label(now.computed, .zh), en: now.computed)))
            }
            guard LightInputs.rank(color) >= LightInputs.rank(now.computed) else {
                throw StoreError(.invalidValue,
                    Message(.lightMilestonesPersonMay, Bilingual(zh: Vocabulary.label(now.computed, .zh), en: now.computed)))
            }
            guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw StoreError(.invalidValue, Message(.raisingLightNeedsReason))
            }
            if let until, until < today { throw StoreError(.invalidValue, Message(.untilBeforeToday, until, today)) }
            let fid = UUIDText.random()
            var values: [String: FieldValue] = [
                "project": .text(id), "light": .text(color), "reason": .text(reason.trimmingCharacters(in: .whitespacesAndNewlines)),
                "raised_on": .date(today),
            ]
            if let until { values["until"] = .date(until) }
            try tx.write(Domain.lightFlag, id: fid, values)
            return fid
        }
    }

    /// Lifts every flag in force on a project from today. - Returns: how many were lifted.
    public func clearLightFlags(_ projectText: String) throws -> Int {
        let today = self.today()
        return try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.project, projectText)
            var n = 0
            for f in try Records.views(tx.db, Domain.lightFlag, where: "project = ? AND cleared_on IS NULL", arguments: [id], orderBy: "id") {
                if case .date(let u) = f["until"], u < today { continue }
                try tx.write(Domain.lightFlag, id: f.id, ["cleared_on": .date(today)])
                n += 1
            }
            if case .text? = try tx.state(Domain.project, id: id)?.displayed("light_override") {
                try tx.write(Domain.project, id: id, ["light_override": .null, "light_reason": .null])
                n += 1
            }
            guard n > 0 else { throw StoreError(.invalidValue, Message(.projectHasFlagForce, projectText)) }
            return n
        }
    }

    /// Moves an undone milestone's due date, from today, with a reason (协助企业调整项目计划).
    /// - Returns: the re-plan record's id.
    public func replanMilestone(project: String, milestone: String, due: LocalDate, reason: String) throws -> String {
        let reason = try Programme.required(reason, "re-plan reason")
        let today = self.today()
        return try transaction { tx in
            let p = try Lookup.resolve(tx.db, Domain.project, project)
            let m = try Projects.milestone(tx.db, project: p, text: milestone)
            guard let state = try tx.state(Domain.milestone, id: m), let pstate = try tx.state(Domain.project, id: p) else {
                throw StoreError(.unknownID, Message(.milestoneProject, milestone, project))
            }
            guard state.displayed("done_on") == .null else {
                throw StoreError(.invalidValue, Message(.milestoneDoneAlreadyOnly, milestone))
            }
            try Projects.checkWithinProject(due, pstate, what: "New due date")
            guard case .date(let old) = state.displayed("due") else {
                throw StoreError(.invalidValue, Message(.milestoneHasDueDate, milestone))
            }
            guard old != due else { throw StoreError(.invalidValue, Message(.milestoneAlreadyDue, milestone, due)) }
            let rid = UUIDText.derived(from: "replan:\(m):\(today)")
            var values: [String: FieldValue] = [
                "milestone": .text(m), "project": .text(p), "new_due": .date(due), "reason": .text(reason), "replanned_on": .date(today),
            ]
            // A second re-plan on the same day replaces the day's plan but keeps the due date the day started with.
            if try tx.state(Domain.milestoneReplan, id: rid) == nil { values["old_due"] = .date(old) }
            try tx.write(Domain.milestoneReplan, id: rid, values)
            try tx.write(Domain.milestone, id: m, ["due": .date(due)])
            return rid
        }
    }

    /// Resolves a milestone of `project` by id or by its name within the project.
    static func milestone(_ db: Database, project: String, text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let byName = try String.fetchAll(db, sql: "SELECT id FROM milestone WHERE project = ? AND name = ? AND deleted = 0", arguments: [project, t])
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw StoreError(.ambiguousID, Message(.projectHasMilestonesNamed, byName.count, t, byName.map { String($0.prefix(8)) }.joined(separator: ", ")))
        }
        let m = try Lookup.resolve(db, Domain.milestone, t)
        guard try String.fetchOne(db, sql: "SELECT project FROM milestone WHERE id = ?", arguments: [m]) == project else {
            throw StoreError(.unknownID, Message(.milestoneDoesBelongProject, t))
        }
        return m
    }

    /// Checks a milestone date lies within its project's span.
    static func checkWithinProject(_ day: LocalDate, _ project: RecordState, what: String) throws {
        if case .date(let start) = project.displayed("start"), case .date(let end) = project.displayed("end"), !(start...end).contains(day) {
            throw StoreError(.invalidValue, Message(.outsideProjectSSpan, what, day, start, end))
        }
    }

}

extension FieldValue {
    /// The date this value holds, or nil.
    var date: LocalDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// Which projects `Projects.list` shows.
public struct ProjectFilter: Sendable, Hashable {
    /// Only projects of enterprises assigned to this commissioner (a name or id) today.
    public var commissioner: String?
    /// Only projects with this light today (a code or word: 红, `red`, …).
    public var light: String?

    /// All projects, or those of `commissioner` and/or with `light`.
    public init(commissioner: String? = nil, light: String? = nil) {
        self.commissioner = commissioner
        self.light = light
    }
}

extension Projects {
    /// The projects the filter lets through with their light today, by name.
    /// - Throws: ``StoreError`` naming an unknown commissioner or a word that is not a light.
    public func list(_ filter: ProjectFilter = ProjectFilter()) throws -> [(project: RecordView, light: ProjectLight)] {
        let today = self.today()
        let light = try filter.light.map { try Vocabulary.check($0, in: Vocabulary.lights, what: .wordLight) }
        let commissioner = try filter.commissioner.map { try programme.lookup.resolve(Domain.commissioner, $0) }
        let book = commissioner == nil ? nil : try programme.assignments.book()
        return try lightInputs().values
            .sorted { ($0.project.text("name"), $0.project.id) < ($1.project.text("name"), $1.project.id) }
            .filter { input in commissioner.map { book?.commissioner(of: input.project.text("enterprise"), on: today) == $0 } ?? true }
            .map { ($0.project, $0.light(on: today)) }
            .filter { row in light.map { row.1.color == $0 } ?? true }
    }
}

