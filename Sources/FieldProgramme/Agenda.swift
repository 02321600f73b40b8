import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The commissioner's day on one page (`fieldsync agenda`, 待办): who is still to be visited this
/// round, which needs are past the 24-hour rule or their due date, and which projects are red or
/// yellow, each with what to do next (docs/rules.md §8).
public struct Agenda: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }

    /// A need that wants action today, and why.
    public struct NeedDue: Sendable {
        public enum Why: String, Sendable {
            /// Unanswered past 24 hours: respond now.
            case unanswered24h = "unanswered_24h"
            /// Past its due date and not resolved: follow it up.
            case pastDue = "past_due"
        }
        public var need: RecordView
        public var why: Why
        /// Who answers for it: its owner, else the commissioner of its enterprise today.
        public var owner: String?
    }

    /// A project red or yellow today, with its light.
    public struct ProjectAtRisk: Sendable {
        public var project: RecordView
        public var light: ProjectLight
    }

    /// One commissioner's day.
    public struct Day: Sendable {
        public var commissioner: String
        public var date: LocalDate
        /// The round under way (nil between rounds).
        public var round: RoundID?
        /// Enterprises of theirs not yet visited in the round (`name`, `credit_code`).
        public var unvisited: [RecordView]
        public var needsDue: [NeedDue]
        public var projectsAtRisk: [ProjectAtRisk]
        /// Green projects of theirs with a milestone due within the warning window and no progress
        /// reported (未报进度): ask on the next visit.
        public var progressMissing: [ProjectAtRisk] = []
    }

    /// The day of `commissioner` (a name or id): the enterprises assigned to them today and not
    /// visited in the current round; the needs they own, or of their enterprises, unanswered past
    /// 24 hours or past due; the projects of their enterprises that are red or yellow today.
    public func day(for commissionerText: String) throws -> Day {
        let commissioner = try programme.lookup.resolve(Domain.commissioner, commissionerText)
        let today = self.today()
        let book = try programme.assignments.book()
        let round = try? programme.rounds.round(for: today)
        var unvisited: [RecordView] = []
        if let round {
            let groups = try programme.rounds.coverage(round)
            unvisited = groups.first { $0.commissionerID == commissioner }?.notVisited ?? []
        }
        let needs = try needsDue(of: commissioner, book: book)
        let (projects, missing) = try projectsAtRisk(of: commissioner, book: book)
        return Day(commissioner: commissioner, date: today, round: round, unvisited: unvisited, needsDue: needs, projectsAtRisk: projects,
                   progressMissing: missing)
    }
}

extension Agenda {
    /// The needs that want action today (§2, §8), most urgent kind first as listed: those
    /// `commissioner` owns or, unowned, of an enterprise assigned to them today; every such need of
    /// the zone when `commissioner` is nil (the office's overview, §10).
    public func needsDue(of commissioner: String?, book: AssignmentBook? = nil) throws -> [NeedDue] {
        let today = self.today()
        let now = self.now()
        let book = try book ?? programme.assignments.book()
        return try programme.needs.list().compactMap { need -> NeedDue? in
            let owner = need.text("owner").isEmpty ? book.commissioner(of: need.text("enterprise"), on: today) : need.text("owner")
            guard commissioner == nil || owner == commissioner, Needs.isOverdue(need, now: now) else { return nil }
            let unanswered = need.text("status") == "open" && Needs.responseTiming(need, now: now).isLate
            return NeedDue(need: need, why: unanswered ? .unanswered24h : .pastDue, owner: owner)
        }
    }

    /// The projects not yet ended that are red or yellow today, red first then by name, and the
    /// green ones with a milestone due soon and no progress reported (未报进度): of the enterprises
    /// assigned to `commissioner` today, or of the whole zone when nil.
    public func projectsAtRisk(of commissioner: String?, book: AssignmentBook? = nil) throws -> (atRisk: [ProjectAtRisk], progressMissing: [ProjectAtRisk]) {
        let today = self.today()
        let book = try book ?? programme.assignments.book()
        var projects: [ProjectAtRisk] = []
        var missing: [ProjectAtRisk] = []
        for (_, input) in try programme.projects.lightInputs().sorted(by: { $0.value.project.text("name") < $1.value.project.text("name") }) {
            if let commissioner, book.commissioner(of: input.project.text("enterprise"), on: today) != commissioner { continue }
            if case .date(let end) = input.project["end"], end < today { continue }
            let light = input.light(on: today)
            if light.color != "green" {
                projects.append(ProjectAtRisk(project: input.project, light: light))
            } else if light.notes.contains(where: { $0.kind == .noProgress }) {
                missing.append(ProjectAtRisk(project: input.project, light: light))
            }
        }
        projects.sort { ($0.light.color == "red" ? 0 : 1, $0.project.text("name")) < ($1.light.color == "red" ? 0 : 1, $1.project.text("name")) }
        return (projects, missing)
    }
}

extension Programme {
    /// The `Agenda` part on this replica.
    public var agenda: Agenda { Agenda(replica) }
}
