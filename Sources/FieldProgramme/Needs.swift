import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The needs (诉求) enterprises raise: the status workflow, notes and the 24-hour response rule.
public struct Needs: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Needs {
    /// Raises a need (status `open`, raised now). - Returns: the new need's id.
    public func raiseNeed(enterprise: String, visit: String?, category: String, summary: String, due: LocalDate?, owner: String?) throws -> String {
        let category = try Vocabulary.check(category, in: Vocabulary.needCategories, what: .wordNeedCategory)
        let summary = try Programme.required(summary, "summary")
        let id = UUIDText.random()
        let at = Instant.format(now())
        if let due, due < today() {
            throw StoreError(.invalidValue, Message(.dueDateBeforeNeed, due, today()))
        }
        try transaction { tx in
            var values: [String: FieldValue] = [
                "enterprise": .text(try Lookup.resolve(tx.db, Domain.enterprise, enterprise)),
                "category": .text(category), "summary": .text(summary), "status": .text("open"), "raised_at": .text(at),
            ]
            if let visit {
                let v = try Lookup.resolve(tx.db, Domain.visit, visit)
                values["visit"] = .text(v)
            }
            if let due { values["due"] = .date(due) }
            if let owner {
                let o = try Lookup.resolve(tx.db, Domain.commissioner, owner)
                try Commissioners.refuseIfLeft(tx.db, commissioner: o, on: self.today())
                values["owner"] = .text(o)
            }
            try tx.write(Domain.need, id: id, values)
        }
        return id
    }

    /// A change to a need.
    public struct NeedUpdate: Sendable {
        /// The next status (a code or its Chinese word), following the workflow.
        public var status: String?
        /// A new summary.
        public var summary: String?
        /// A new owner (a commissioner's name or id).
        public var owner: String?
        /// A new due date.
        public var due: LocalDate?
        /// A note appended to the need (never overwritten).
        public var note: String?
        /// Who writes the change, for the history (default: this laptop's commissioner).
        public var author: String?
        /// A change; fields left nil are not changed.
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
        let at = Instant.format(now())
        try transaction(author: update.author) { tx in
            let id = try Lookup.resolve(tx.db, Domain.need, idText)
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
                if let raised = Instant.parse(state.displayed("raised_at").description), now() < raised {
                    throw StoreError(.invalidValue,
                        Message(.laptopSClockBefore, at, Instant.format(raised)))
                }
                if current == "open" && state.displayed("acknowledged_at") == .null { values["acknowledged_at"] = .text(at) }
                if newStatus == "resolved" { values["resolved_at"] = .text(at) }
                if newStatus == "open" { values["resolved_at"] = .null }
            }
            if let s = update.summary { values["summary"] = .text(try Programme.required(s, "summary")) }
            if let o = update.owner {
                let owner = try Lookup.resolve(tx.db, Domain.commissioner, o)
                try Commissioners.refuseIfLeft(tx.db, commissioner: owner, on: self.today())
                values["owner"] = .text(owner)
            }
            if let d = update.due {
                if let raised = Instant.parse(state.displayed("raised_at").description), d < Programme.localDate(raised) {
                    throw StoreError(.invalidValue, Message(.dueDateBeforeNeed, d, Programme.localDate(raised)))
                }
                values["due"] = .date(d)
            }
            guard !values.isEmpty || update.note != nil else {
                throw StoreError(.invalidValue, Message(.nothingUpdateGiveStatus))
            }
            if !values.isEmpty { try tx.write(Domain.need, id: id, values) }
            if update.note != nil || change != nil {
                var note: [String: FieldValue] = ["need": .text(id), "written_at": .text(at)]
                if let n = update.note { note["text"] = .text(try Programme.required(n, "note")) }
                if let change { note["status_change"] = .text(change) }
                if let a = update.author { note["author"] = .text(a) }
                try tx.write(Domain.needNote, id: UUIDText.random(), note)
            }
        }
    }

    /// The on-site visits that follow up a need (一对一上门), by date (docs/rules.md §2).
    public func onSiteFollowups(of needText: String) throws -> [RecordView] {
        let id = try programme.lookup.resolve(Domain.need, needText)
        return try views(Domain.visit, where: "mode = 'on-site' AND needs IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(visit.needs) WHERE value = ?)",
                         arguments: [id], orderBy: "date, id")
    }

    /// Local days from a need's raise to its first on-site follow-up, or nil when it has none.
    public static func daysToOnSite(_ need: RecordView, followups: [RecordView]) -> Int? {
        guard let raised = Instant.parse(need.text("raised_at")), let first = followups.first,
              let day = try? LocalDate.parse(first.text("date")) else { return nil }
        return day.dayNumber - Programme.localDate(raised).dayNumber
    }

    /// Whether a need is overdue at `now`: late under the 24-hour rule and still unanswered, or
    /// past its due date and not yet resolved, closed or rejected.
    public static func isOverdue(_ need: RecordView, now: Date) -> Bool {
        let status = need.text("status")
        if status == "open", need["acknowledged_at"] == .null, let raised = Instant.parse(need.text("raised_at")), now.timeIntervalSince(raised) > 24 * 3600 {
            return true
        }
        if ["open", "acknowledged", "in-progress"].contains(status), case .date(let due) = need["due"], due < Programme.localDate(now) {
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
        /// Answered after 24 hours, or unanswered past 24 hours.
        public var isLate: Bool { withinRule == false }
        /// A timing as measured.
        public init(hoursToAcknowledge: Double?, withinRule: Bool?) {
            self.hoursToAcknowledge = hoursToAcknowledge
            self.withinRule = withinRule
        }
    }

    /// How fast `need` was acknowledged, judged by the 24-hour rule at `now` (docs/rules.md).
    public static func responseTiming(_ need: RecordView, now: Date) -> ResponseTiming {
        guard let raised = Instant.parse(need.text("raised_at")) else { return ResponseTiming(hoursToAcknowledge: nil, withinRule: nil) }
        if let ack = Instant.parse(need.text("acknowledged_at")) {
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

}

/// Which needs `Needs.list` shows.
public struct NeedFilter: Sendable, Hashable {
    /// A status code or word (已响应, `acknowledged`, …); checked by ``Needs/list(_:)``.
    public var status: String?
    /// Only needs unanswered past 24 hours or past their due date, now.
    public var overdue: Bool
    /// Only needs answered after 24 hours, or unanswered past 24 hours.
    public var late: Bool
    /// Only needs owned by this commissioner (a name or id).
    public var owner: String?
    /// Only needs of this enterprise (a name, part of one, credit code or id).
    public var enterprise: String?

    /// All needs, or those with `status`, `owner` and/or `enterprise`, optionally only the overdue or late ones.
    public init(status: String? = nil, overdue: Bool = false, late: Bool = false, owner: String? = nil, enterprise: String? = nil) {
        self.status = status
        self.overdue = overdue
        self.late = late
        self.owner = owner
        self.enterprise = enterprise
    }
}

extension Needs {
    /// The needs the filter lets through, oldest raised first.
    /// - Throws: ``StoreError`` (`invalidValue`) naming a status word that is not a status.
    public func list(_ filter: NeedFilter = NeedFilter()) throws -> [RecordView] {
        var conditions: [String] = []
        var args: [String] = []
        if let status = filter.status {
            conditions.append("status = ?")
            args.append(try Vocabulary.check(status, in: Vocabulary.needStatuses, what: .wordNeedStatus))
        }
        if let owner = filter.owner {
            conditions.append("owner = ?")
            args.append(try programme.lookup.resolve(Domain.commissioner, owner))
        }
        if let enterprise = filter.enterprise {
            conditions.append("enterprise = ?")
            args.append(try programme.lookup.resolve(Domain.enterprise, enterprise))
        }
        var rows = try views(Domain.need, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments: args, orderBy: "raised_at")
        let now = self.now()
        if filter.overdue { rows = rows.filter { Needs.isOverdue($0, now: now) } }
        if filter.late { rows = rows.filter { Needs.responseTiming($0, now: now).isLate } }
        return rows
    }
}
