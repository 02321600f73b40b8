import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Funded projects, their milestones, re-plans and the red/yellow/green early warning.
public struct Projects: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Projects {
    /// Adds a funded project. - Returns: the new id.
    public func addProject(enterprise: String, name: String, level: String, start: LocalDate, end: LocalDate, funds: ExactDecimal?,
                           major: Bool = false) throws -> String {
        let level = try Vocabulary.check(level, in: Vocabulary.projectLevels, what: .wordProjectLevel)
        let name = try Programme.required(name, "project name")
        guard start <= end else { throw StoreError(.invalidValue, Message(.projectWouldEndBefore, end, start)) }
        if let f = funds, f.significand < 0 { throw StoreError(.invalidValue, Message(.fundsMustNegative, f)) }
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = [
                "enterprise": .text(try Lookup.resolve(tx.db, Domain.enterprise, enterprise)),
                "name": .text(name), "level": .text(level), "start": .date(start), "end": .date(end),
            ]
            if let funds { values["funds"] = .decimal(funds) }
            if major { values["major"] = .bool(true) }
            try tx.write(Domain.project, id: id, values)
        }
        return id
    }

    /// Adds a milestone to a project, due within the project's span. - Returns: the milestone's id.
    public func addMilestone(project: String, name: String, due: LocalDate) throws -> String {
        let name = try Programme.required(name, "milestone name")
        let id = UUIDText.random()
        let today = self.today()
        try transaction { tx in
            let p = try Lookup.resolve(tx.db, Domain.project, project)
            guard let pstate = try tx.state(Domain.project, id: p) else { throw StoreError(.unknownID, Message(.projectHasId, project)) }
            try Projects.checkWithinProject(due, pstate, what: "Milestone due date")
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
            let p = try Lookup.resolve(tx.db, Domain.project, project)
            let m = try Projects.milestone(tx.db, project: p, text: milestone)
            if let pstate = try tx.state(Domain.project, id: p), case .date(let start) = pstate.displayed("start"), day < start {
                throw StoreError(.invalidValue, Message(.completionDateBeforeProject, day, start))
            }
            try tx.write(Domain.milestone, id: m, ["done_on": .date(day)])
        }
    }

    /// Records a dated progress report (percent done, 0–100) for an undone milestone; a second
    /// report of the same milestone on the same day replaces the first (docs/rules.md §3).
    /// - Returns: the report's id, derived from (milestone, day).
    /// - Throws: ``StoreError`` for a percentage outside 0–100, a day before the project's start,
    ///   before the milestone was added or after today, or a milestone already done by that day.
    public func recordProgress(project: String, milestone: String, percent: Int, on date: LocalDate?, note: String?) throws -> String {
        let today = self.today()
        let day = date ?? today
        guard (0...100).contains(percent) else { throw StoreError(.invalidValue, Message(.progressPercentRange, percent)) }
        guard day <= today else { throw StoreError(.invalidValue, Message(.progressAfterToday, day, today)) }
        return try transaction { tx in
            let p = try Lookup.resolve(tx.db, Domain.project, project)
            let m = try Projects.milestone(tx.db, project: p, text: milestone)
            guard let pstate = try tx.state(Domain.project, id: p), let mstate = try tx.state(Domain.milestone, id: m) else {
                throw StoreError(.unknownID, Message(.milestoneProject, milestone, project))
            }
            if case .date(let start) = pstate.displayed("start"), day < start {
                throw StoreError(.invalidValue, Message(.progressBeforeStart, day, start))
            }
            let name = mstate.displayed("name").description
            if case .date(let added) = mstate.displayed("added_on"), day < added {
                throw StoreError(.invalidValue, Message(.progressBeforeAdded, day, name, added))
            }
            if case .date(let done) = mstate.displayed("done_on"), done <= day {
                throw StoreError(.invalidValue, Message(.progressMilestoneDone, name, done))
            }
            let id = UUIDText.derived(from: "progress:\(m):\(day)")
            var values: [String: FieldValue] = [
                "milestone": .text(m), "project": .text(p), "percent": .integer(Int64(percent)), "reported_on": .date(day),
            ]
            let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            values["note"] = trimmed.isEmpty ? .null : .text(trimmed)
            try tx.write(Domain.milestoneProgress, id: id, values)
            return id
        }
    }

    // MARK: Conflicts

}
