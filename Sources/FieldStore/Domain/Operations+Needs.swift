import FieldSyncCore
import Foundation
import GRDB

extension ReplicaStore {
    /// Raises a need (status `open`, raised now). - Returns: the new need's id.
    public func raiseNeed(enterprise: String, visit: String?, category: String, summary: String, due: LocalDate?, owner: String?) throws -> String {
        let category = try Vocabulary.check(category, in: Vocabulary.needCategories, what: "need category")
        let summary = try Self.required(summary, "summary")
        let id = UUIDText.random()
        let at = Self.instant(now())
        try transaction { tx in
            var values: [String: FieldValue] = [
                "enterprise": .text(try Self.resolve(tx.db, Domain.enterprise, enterprise)),
                "category": .text(category), "summary": .text(summary), "status": .text("open"), "raised_at": .text(at),
            ]
            if let visit {
                let v = try Self.resolve(tx.db, Domain.visit, visit)
                values["visit"] = .text(v)
            }
            if let due { values["due"] = .date(due) }
            if let owner { values["owner"] = .text(try Self.resolve(tx.db, Domain.commissioner, owner)) }
            try tx.write(Domain.need, id: id, values)
        }
        return id
    }

    /// A change to a need.
    public struct NeedUpdate: Sendable {
        public var status: String?
        public var summary: String?
        public var owner: String?
        public var due: LocalDate?
        public var note: String?
        public var author: String?
        public init(status: String? = nil, summary: String? = nil, owner: String? = nil, due: LocalDate? = nil, note: String? = nil, author: String? = nil) {
            self.status = status
            self.summary = summary
            self.owner = owner
            self.due = due
            self.note = note
            self.author = author
        }
    }

    /// Updates a need, following the status workflow; a note is appended, never overwritten.
    /// The first move out of `open` stamps `acknowledged_at`; `resolved` stamps `resolved_at`;
    /// reopening clears `resolved_at`.
    /// - Throws: ``StoreError/Code/illegalTransition`` naming the allowed next statuses.
    public func updateNeed(_ idText: String, _ update: NeedUpdate) throws {
        let newStatus = try update.status.map { try Vocabulary.check($0, in: Vocabulary.needStatuses, what: "need status") }
        let at = Self.instant(now())
        try transaction(author: update.author) { tx in
            let id = try Self.resolve(tx.db, Domain.need, idText)
            guard let state = try tx.state(Domain.need, id: id) else { throw StoreError(.unknownID, "No need has the id \"\(idText)\".") }
            var values: [String: FieldValue] = [:]
            var change: String?
            if let newStatus {
                let current = state.displayed("status").description
                let allowed = Vocabulary.needTransitions[current] ?? []
                guard allowed.contains(newStatus) else {
                    throw StoreError(.illegalTransition,
                        "A need that is \(current) cannot become \(newStatus); allowed next: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", ")).")
                }
                values["status"] = .text(newStatus)
                change = "\(current) → \(newStatus)"
                if current == "open" && state.displayed("acknowledged_at") == .null { values["acknowledged_at"] = .text(at) }
                if newStatus == "resolved" { values["resolved_at"] = .text(at) }
                if newStatus == "open" { values["resolved_at"] = .null }
            }
            if let s = update.summary { values["summary"] = .text(try Self.required(s, "summary")) }
            if let o = update.owner { values["owner"] = .text(try Self.resolve(tx.db, Domain.commissioner, o)) }
            if let d = update.due { values["due"] = .date(d) }
            guard !values.isEmpty || update.note != nil else {
                throw StoreError(.invalidValue, "Nothing to update: give --status, --summary, --owner, --due or --note.")
            }
            if !values.isEmpty { try tx.write(Domain.need, id: id, values) }
            if update.note != nil || change != nil {
                var note: [String: FieldValue] = ["need": .text(id), "written_at": .text(at)]
                if let n = update.note { note["text"] = .text(try Self.required(n, "note")) }
                if let change { note["status_change"] = .text(change) }
                if let a = update.author { note["author"] = .text(a) }
                try tx.write(Domain.needNote, id: UUIDText.random(), note)
            }
        }
    }

    /// Whether a need is overdue at `now`: not acknowledged within 24 h of being raised, or past
    /// its due date and not yet resolved, closed or rejected.
    public static func isOverdue(_ need: RecordView, now: Date) -> Bool {
        let status = need.text("status")
        if status == "open", let raised = parseInstant(need.text("raised_at")), now.timeIntervalSince(raised) > 24 * 3600 {
            return true
        }
        if ["open", "acknowledged", "in-progress"].contains(status), case .date(let due) = need["due"], due < localDate(now) {
            return true
        }
        return false
    }

    /// Whether a need was acknowledged within 24 hours of being raised.
    public static func acknowledgedIn24h(_ need: RecordView) -> Bool {
        guard let raised = parseInstant(need.text("raised_at")), let ack = parseInstant(need.text("acknowledged_at")) else { return false }
        return ack.timeIntervalSince(raised) <= 24 * 3600
    }

    /// The notes of a need, oldest first.
    public func notes(of need: String) throws -> [RecordView] {
        try views(Domain.needNote, where: "need = ?", arguments: [need], orderBy: "written_at, rowid")
    }

    // MARK: Projects

    /// Adds a funded project. - Returns: the new id.
    public func addProject(enterprise: String, name: String, level: String, start: LocalDate, end: LocalDate, funds: ExactDecimal?) throws -> String {
        let level = try Vocabulary.check(level, in: Vocabulary.projectLevels, what: "project level")
        let name = try Self.required(name, "project name")
        guard start <= end else { throw StoreError(.invalidValue, "The project would end (\(end)) before it starts (\(start)).") }
        if let f = funds, f.significand < 0 { throw StoreError(.invalidValue, "Funds must not be negative, not \(f).") }
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = [
                "enterprise": .text(try Self.resolve(tx.db, Domain.enterprise, enterprise)),
                "name": .text(name), "level": .text(level), "start": .date(start), "end": .date(end),
            ]
            if let funds { values["funds"] = .decimal(funds) }
            try tx.write(Domain.project, id: id, values)
        }
        return id
    }

    /// Adds a milestone to a project. - Returns: the milestone's id.
    public func addMilestone(project: String, name: String, due: LocalDate) throws -> String {
        let name = try Self.required(name, "milestone name")
        let id = UUIDText.random()
        try transaction { tx in
            let p = try Self.resolve(tx.db, Domain.project, project)
            try tx.write(Domain.milestone, id: id, ["project": .text(p), "name": .text(name), "due": .date(due)])
            try self.observeLight(tx, project: p)
        }
        return id
    }

    /// Marks a milestone done on `date`.
    public func completeMilestone(project: String, milestone: String, on date: LocalDate?) throws {
        try transaction { tx in
            let p = try Self.resolve(tx.db, Domain.project, project)
            let m = try Self.resolve(tx.db, Domain.milestone, milestone)
            guard let state = try tx.state(Domain.milestone, id: m), state.displayed("project") == .text(p) else {
                throw StoreError(.unknownID, "Milestone \(milestone) does not belong to project \(project).")
            }
            try tx.write(Domain.milestone, id: m, ["done_on": .date(date ?? self.today())])
            try self.observeLight(tx, project: p)
        }
    }

    /// A project's early-warning light.
    public struct Light: Sendable, Hashable {
        /// The light shown: the override when set, else the computed one.
        public var color: String
        public var computed: String
        public var reasons: [String]
        public var override: String?
        public var overrideReason: String?
    }

    /// Computes a project's light on `today`.
    /// Red: a milestone is overdue and not done, or the project is past its end with work undone.
    /// Yellow: a milestone falls due within 30 days and is not done, or the share of milestones done
    /// is behind the share of time elapsed. Green otherwise.
    public static func light(project: RecordView, milestones: [RecordView], today: LocalDate) -> Light {
        var red: [String] = []
        var yellow: [String] = []
        let open = milestones.filter { $0["done_on"] == .null }
        for m in open {
            guard case .date(let due) = m["due"] else { continue }
            if due < today {
                red.append("milestone \(m.text("name")) was due \(due)")
            } else if due.dayNumber - today.dayNumber <= 30 {
                yellow.append("milestone \(m.text("name")) is due \(due)")
            }
        }
        if case .date(let end) = project["end"], end < today, !open.isEmpty || milestones.isEmpty {
            red.append("the project ended \(end)")
        }
        if case .date(let start) = project["start"], case .date(let end) = project["end"], !milestones.isEmpty, today > start {
            let elapsed = min(1, Double(today.dayNumber - start.dayNumber) / Double(max(1, end.dayNumber - start.dayNumber)))
            let done = Double(milestones.count - open.count) / Double(milestones.count)
            if done < elapsed {
                yellow.append("\(Int((done * 100).rounded()))% of milestones done with \(Int((elapsed * 100).rounded()))% of the time gone")
            }
        }
        let computed = !red.isEmpty ? "red" : !yellow.isEmpty ? "yellow" : "green"
        let override = project["light_override"] == .null ? nil : project.text("light_override")
        return Light(
            color: override ?? computed, computed: computed, reasons: red.isEmpty ? yellow : red, override: override,
            overrideReason: project["light_reason"] == .null ? nil : project.text("light_reason"))
    }

    /// The light of a project now.
    public func light(of projectText: String) throws -> (project: RecordView, milestones: [RecordView], light: Light) {
        let id = try resolve(Domain.project, projectText)
        guard let project = try view(Domain.project, id: id) else { throw StoreError(.unknownID, "No project has the id \"\(projectText)\".") }
        let milestones = try views(Domain.milestone, where: "project = ?", arguments: [id], orderBy: "due")
        return (project, milestones, Self.light(project: project, milestones: milestones, today: today()))
    }

    /// Overrides a project's light with a reason (kept in the history), or clears the override with `nil`.
    public func setLight(_ projectText: String, color: String?, reason: String?) throws {
        try transaction { tx in
            let id = try Self.resolve(tx.db, Domain.project, projectText)
            if let color {
                let c = try Vocabulary.check(color, in: Vocabulary.lights, what: "light")
                guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw StoreError(.invalidValue, "Overriding the light needs a reason (--reason).")
                }
                try tx.write(Domain.project, id: id, ["light_override": .text(c), "light_reason": .text(reason)])
            } else {
                try tx.write(Domain.project, id: id, ["light_override": .null, "light_reason": .null])
            }
            try self.observeLight(tx, project: id)
        }
    }

    /// Records the project's current light when it differs from the last observation, so reports
    /// can tell which projects came back from red or yellow to green.
    func observeLight(_ tx: WriteContext, project: String) throws {
        guard let state = try tx.state(Domain.project, id: project) else { return }
        let view = Self.view(Domain.project, id: project, state: state)
        let milestones = try Self.views(tx.db, Domain.milestone, where: "project = ?", arguments: [project], orderBy: "due")
        let today = self.today()
        let light = Self.light(project: view, milestones: milestones, today: today)
        let last = try String.fetchOne(
            tx.db, sql: "SELECT light FROM light_log WHERE project = ? AND deleted = 0 ORDER BY observed_on DESC, rowid DESC LIMIT 1",
            arguments: [project])
        guard last != light.color else { return }
        try tx.write(Domain.lightLog, id: UUIDText.derived(from: "light:\(project):\(today):\(light.color)"), [
            "project": .text(project), "observed_on": .date(today), "light": .text(light.color),
            "reason": .text(light.override != nil ? (light.overrideReason ?? "") : light.reasons.joined(separator: "; ")),
        ])
    }

    /// Records the light of a project now (for `project light`).
    public func observeLight(_ projectText: String) throws {
        try transaction { tx in
            try self.observeLight(tx, project: try Self.resolve(tx.db, Domain.project, projectText))
        }
    }

    // MARK: Conflicts

    /// Resolves a conflicted field with a value: an ordinary write whose context covers every entry.
    /// - Parameters:
    ///   - value: the chosen value as text, parsed as the field's declared type.
    public func resolveConflict(table: String, id: String, field: String, value: String) throws {
        guard let type = Domain.type(named: table), let spec = type.spec(field) else {
            throw StoreError(.invalidValue, "\(table) has no field \"\(field)\".")
        }
        let v = try FieldValue.parse(value, as: spec.type, field: field)
        try transaction { tx in
            guard let state = try tx.state(type, id: id) else { throw StoreError(.unknownID, "No record has the id \"\(id)\".") }
            guard state.entries(field).count > 1 else {
                throw StoreError(.invalidValue, "Field \(field) of \(id.prefix(8)) is not in conflict.")
            }
            try tx.write(type, id: id, [field: v])
        }
    }
}
