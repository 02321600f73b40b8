import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Rounds {
    /// One commissioner's part of a round's coverage.
    public struct CoverageGroup: Sendable {
        /// The commissioner (nil: enterprises unassigned on the judging day).
        public var commissionerID: String?
        /// The commissioner's name.
        public var commissionerName: String
        /// Enterprises visited in the round.
        public var visited: [RecordView]
        /// Enterprises due a visit and not visited.
        public var notVisited: [RecordView]
        /// How many of `visited` had an on-site visit (上门, the programme's standard) in the round.
        public var onSite: Int = 0
        /// Enterprises due a visit.
        public var due: Int { visited.count + notVisited.count }
        /// Coverage, 0–100.
        public var percent: Double { due == 0 ? 0 : Double(visited.count) * 100 / Double(due) }
    }

    /// Who in the pools is visited in `round`, and who is not, per commissioner (docs/rules.md).
    /// An enterprise is due when it is in a pool on some day of the round's window up to the day
    /// the round is judged on; it is due to the commissioner responsible for it on that day, so a
    /// later reassignment never rewrites the round. A visit of any mode counts.
    public func coverage(_ round: RoundID) throws -> [CoverageGroup] {
        try coverage(round, assignments: try programme.assignments.book())
    }

    /// The due enterprises are views holding `name` and `credit_code` only (all a coverage shows).
    func coverage(_ round: RoundID, assignments: AssignmentBook) throws -> [CoverageGroup] {
        let today = self.today()
        return try read { db in
            let w = try Rounds.window(db, round)
            // A round that has not started has nothing due yet.
            guard w.lowerBound <= today else { return [] }
            let judged = min(w.upperBound, today)
            let due = try Row.fetchAll(db, sql: """
                SELECT id, name, credit_code FROM enterprise WHERE deleted = 0 AND id IN (
                    SELECT enterprise FROM pool_membership WHERE deleted = 0 AND joined_on <= ? AND (left_on IS NULL OR left_on > ?))
                ORDER BY name
                """, arguments: [judged.description, w.lowerBound.description]).map { row in
                RecordView(table: Domain.enterprise.name, id: row[0],
                           values: ["name": (row[1] as String?).map { .text($0) } ?? .null, "credit_code": (row[2] as String?).map { .text($0) } ?? .null],
                           conflicts: [])
            }
            var modes: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT enterprise, mode FROM visit WHERE deleted = 0 AND round = ?", arguments: [round.description]) {
                modes[row[0] as String, default: []].insert((row[1] as String?) ?? "")
            }
            let names = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, name FROM commissioner").map { ($0[0] as String, ($0[1] as String?) ?? "") },
                uniquingKeysWith: { a, _ in a })
            var groups: [String: CoverageGroup] = [:]
            for e in due {
                let cid = assignments.commissioner(of: e.id, on: judged)
                let key = cid ?? ""
                // Mutate in place: copying the group out and back would copy its arrays on every append.
                let fresh = CoverageGroup(commissionerID: cid, commissionerName: cid.flatMap { names[$0] } ?? "", visited: [], notVisited: [])
                if let m = modes[e.id] {
                    groups[key, default: fresh].visited.append(e)
                    if m.contains("on-site") { groups[key, default: fresh].onSite += 1 }
                } else {
                    groups[key, default: fresh].notVisited.append(e)
                }
            }
            return groups.values.sorted { ($0.commissionerID == nil ? 1 : 0, $0.commissionerName) < ($1.commissionerID == nil ? 1 : 0, $1.commissionerName) }
        }
    }

    /// Per round of `year` and per commissioner id ("" for unassigned): how many due enterprises
    /// were visited and how many were due. The same rule as ``coverage(_:)``, counted for all three
    /// rounds from one read of the memberships and the year's visits (the commissioners report).
    func coverageCounts(year: Int, assignments: AssignmentBook) throws -> [Int: [String: (visited: Int, due: Int)]] {
        let today = self.today()
        return try read { db in
            let live = Set(try String.fetchAll(db, sql: "SELECT id FROM enterprise WHERE deleted = 0"))
            var memberships: [String: [(joined: String, left: String?)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT enterprise, joined_on, left_on FROM pool_membership WHERE deleted = 0 AND joined_on IS NOT NULL") {
                let e: String = row[0]
                if live.contains(e) { memberships[e, default: []].append((row[1], row[2])) }
            }
            var visited: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT round, enterprise FROM visit WHERE deleted = 0 AND substr(round, 1, 5) = ?", arguments: ["\(year)-"]) {
                if let r = row[0] as String?, let e = row[1] as String? { visited[r, default: []].insert(e) }
            }
            var counts: [Int: [String: (visited: Int, due: Int)]] = [:]
            for n in 1...3 {
                let round = try RoundID(year: year, number: n)
                let w = try Rounds.window(db, round)
                guard w.lowerBound <= today else { continue }
                let judged = min(w.upperBound, today)
                let (judgedText, startText) = (judged.description, w.lowerBound.description)
                let seen = visited[round.description] ?? []
                var byCommissioner: [String: (visited: Int, due: Int)] = [:]
                for (e, spans) in memberships where spans.contains(where: { $0.joined <= judgedText && ($0.left.map { $0 > startText } ?? true) }) {
                    let key = assignments.commissioner(of: e, on: judged) ?? ""
                    byCommissioner[key, default: (0, 0)].due += 1
                    if seen.contains(e) { byCommissioner[key, default: (0, 0)].visited += 1 }
                }
                counts[n] = byCommissioner
            }
            return counts
        }
    }

}
