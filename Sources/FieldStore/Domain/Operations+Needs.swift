import FieldSyncCore
import Foundation
import GRDB

extension ReplicaStore {
    /// Raises a need (status `open`, raised now). - Returns: the new need's id.
    public func raiseNeed(enterprise: String, visit: String?, category: String, summary: String, due: LocalDate?, owner: String?) throws -> String {
        let category = try Vocabulary.check(category, in: Vocabulary.needCategories, what: .wordNeedCategory)
        let summary = try Self.required(summary, "summary")
        let id = UUIDText.random()
        let at = Self.instant(now())
        if let due, due < today() {
            throw StoreError(.invalidValue, Message(.dueDateBeforeNeed, due, today()))
        }
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
        let newStatus = try update.status.map { try Vocabulary.check($0, in: Vocabulary.needStatuses, what: .wordNeedStatus) }
        let at = Self.instant(now())
        try transaction(author: update.author) { tx in
            let id = try Self.resolve(tx.db, Domain.need, idText)
            guard let state = try tx.state(Domain.need, id: id) else { throw StoreError(.unknownID, Message(.needHasId, idText)) }
            var values: [String: FieldValue] = [:]
            var change: String?
            if let newStatus {
                let current = state.displayed("status").description
                let allowed = Vocabulary.needTransitions[current] ?? []
                guard allowed.contains(newStatus) else {
                    throw StoreError(.illegalTransition,
                        Message(.needCannotBecomeAllowed, Vocabulary.word(current), Vocabulary.word(newStatus),
                            allowed.isEmpty ? Message(.wordNone)
                                : Bilingual(zh: allowed.map { Vocabulary.label($0, .zh) }.joined(separator: "、"), en: allowed.joined(separator: ", "))))
                }
                values["status"] = .text(newStatus)
                change = "\(current) → \(newStatus)"
                if let raised = Self.parseInstant(state.displayed("raised_at").description), now() < raised {
                    throw StoreError(.invalidValue,
                        Message(.laptopSClockBefore, at, Self.instant(raised)))
                }
                if current == "open" && state.displayed("acknowledged_at") == .null { values["acknowledged_at"] = .text(at) }
                if newStatus == "resolved" { values["resolved_at"] = .text(at) }
                if newStatus == "open" { values["resolved_at"] = .null }
            }
            if let s = update.summary { values["summary"] = .text(try Self.required(s, "summary")) }
            if let o = update.owner { values["owner"] = .text(try Self.resolve(tx.db, Domain.commissioner, o)) }
            if let d = update.due {
                if let raised = Self.parseInstant(state.displayed("raised_at").description), d < Self.localDate(raised) {
                    throw StoreError(.invalidValue, Message(.dueDateBeforeNeed, d, Self.localDate(raised)))
                }
                values["due"] = .date(d)
            }
            guard !values.isEmpty || update.note != nil else {
                throw StoreError(.invalidValue, Message(.nothingUpdateGiveStatus))
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

    /// Whether a need is overdue at `now`: late under the 24-hour rule and still unanswered, or
    /// past its due date and not yet resolved, closed or rejected.
    public static func isOverdue(_ need: RecordView, now: Date) -> Bool {
        let status = need.text("status")
        if status == "open", need["acknowledged_at"] == .null, let raised = parseInstant(need.text("raised_at")), now.timeIntervalSince(raised) > 24 * 3600 {
            return true
        }
        if ["open", "acknowledged", "in-progress"].contains(status), case .date(let due) = need["due"], due < localDate(now) {
            return true
        }
        return false
    }

    /// The 24-hour rule for one need at `now` (docs/rules.md).
    public struct ResponseTiming: Sendable, Hashable {
        /// Hours from raise to first response; nil while unanswered, or when the response is stamped
        /// before the raise (a clock error: the time is unknown).
        public var hoursToAcknowledge: Double?
        /// true: answered within 24 h; false: answered late, unanswered past 24 h, or stamped before
        /// the raise; nil: unanswered and the 24 h are not over yet.
        public var withinRule: Bool?
        public var isLate: Bool { withinRule == false }
        public init(hoursToAcknowledge: Double?, withinRule: Bool?) {
            self.hoursToAcknowledge = hoursToAcknowledge
            self.withinRule = withinRule
        }
    }

    public static func responseTiming(_ need: RecordView, now: Date) -> ResponseTiming {
        guard let raised = parseInstant(need.text("raised_at")) else { return ResponseTiming(hoursToAcknowledge: nil, withinRule: nil) }
        if let ack = parseInstant(need.text("acknowledged_at")) {
            let hours = ack.timeIntervalSince(raised) / 3600
            guard hours >= 0 else { return ResponseTiming(hoursToAcknowledge: nil, withinRule: false) }
            return ResponseTiming(hoursToAcknowledge: hours, withinRule: hours <= 24)
        }
        return ResponseTiming(hoursToAcknowledge: nil, withinRule: now.timeIntervalSince(raised) > 24 * 3600 ? false : nil)
    }

    /// The notes of a need, oldest first.
    public func notes(of need: String) throws -> [RecordView] {
        try views(Domain.needNote, where: "need = ?", arguments: [need], orderBy: "written_at, rowid")
    }

    // MARK: Projects

    /// Adds a funded project. - Returns: the new id.
    public func addProject(enterprise: String, name: String, level: String, start: LocalDate, end: LocalDate, funds: ExactDecimal?) throws -> String {
        let level = try Vocabulary.check(level, in: Vocabulary.projectLevels, what: .wordProjectLevel)
        let name = try Self.required(name, "project name")
        guard start <= end else { throw StoreError(.invalidValue, Message(.projectWouldEndBefore, end, start)) }
        if let f = funds, f.significand < 0 { throw StoreError(.invalidValue, Message(.fundsMustNegative, f)) }
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

    /// Adds a milestone to a project, due within the project's span. - Returns: the milestone's id.
    public func addMilestone(project: String, name: String, due: LocalDate) throws -> String {
        let name = try Self.required(name, "milestone name")
        let id = UUIDText.random()
        let today = self.today()
        try transaction { tx in
            let p = try Self.resolve(tx.db, Domain.project, project)
            guard let pstate = try tx.state(Domain.project, id: p) else { throw StoreError(.unknownID, Message(.projectHasId, project)) }
            try Self.checkWithinProject(due, pstate, what: "Milestone due date")
            try tx.write(Domain.milestone, id: id, ["project": .text(p), "name": .text(name), "due": .date(due), "added_on": .date(today)])
        }
        return id
    }

    /// Marks a milestone (by id or by name within the project) done on `date` (default today).
    /// - Throws: for a date after today or before the project started.
    public func completeMilestone(project: String, milestone: String, on date: LocalDate?) throws {
        let today = self.today()
        let day = date ?? today
        guard day <= today else {
            throw StoreError(.invalidValue, Message(.completionDateAfterToday, day, today))
        }
        try transaction { tx in
            let p = try Self.resolve(tx.db, Domain.project, project)
            let m = try Self.milestone(tx.db, project: p, text: milestone)
            if let pstate = try tx.state(Domain.project, id: p), case .date(let start) = pstate.displayed("start"), day < start {
                throw StoreError(.invalidValue, Message(.completionDateBeforeProject, day, start))
            }
            try tx.write(Domain.milestone, id: m, ["done_on": .date(day)])
        }
    }

    // MARK: Conflicts

    /// Resolves a conflicted field with a value: an ordinary write whose context covers every entry.
    /// - Parameters:
    ///   - value: the chosen value as text, parsed as the field's declared type.
    public func resolveConflict(table: String, id: String, field: String, value: String) throws {
        guard let type = Domain.type(named: table), let spec = type.spec(field) else {
            throw StoreError(.invalidValue, Message(.hasField, table, field))
        }
        let v = try FieldValue.parse(value, as: spec.type, field: field)
        try transaction { tx in
            guard let state = try tx.state(type, id: id) else { throw StoreError(.unknownID, Message(.recordHasId, id)) }
            guard state.entries(field).count > 1 else {
                throw StoreError(.invalidValue, Message(.fieldConflict, field, id.prefix(8)))
            }
            try tx.write(type, id: id, [field: v])
        }
    }
}
