import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Which commissioner answers for which enterprise, as dated records.
public struct Assignments: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

/// Who was responsible for which enterprise on which day: dated assignment records, so a later
/// reassignment never rewrites an earlier round (docs/rules.md, "Attribution").
public struct AssignmentBook: Sendable {
    /// Per enterprise, its assignments ordered by start day.
    var byEnterprise: [String: [(starts: LocalDate, commissioner: String)]]
    /// The enterprise's `commissioner` field, for enterprises with no assignment record (stores
    /// written before assignments were dated): that commissioner counts for every day.
    var undated: [String: String]

    /// The commissioner responsible for `enterprise` on `day`, or nil (unassigned then).
    public func commissioner(of enterprise: String, on day: LocalDate) -> String? {
        guard let list = byEnterprise[enterprise], !list.isEmpty else { return undated[enterprise] }
        var current: String?
        for a in list where a.starts <= day { current = a.commissioner.isEmpty ? nil : a.commissioner }
        return current
    }
}

extension Assignments {
    static func assignmentID(enterprise: String, on day: LocalDate) -> String {
        UUIDText.derived(from: "assignment:\(enterprise):\(day)")
    }

    /// Every enterprise's dated assignments.
    public func book() throws -> AssignmentBook {
        try read { db in try Assignments.book(db) }
    }

    /// Every enterprise's assignments, or only `enterprise`'s (one indexed lookup, for writes).
    static func book(_ db: Database, enterprise: String? = nil) throws -> AssignmentBook {
        var by: [String: [(starts: LocalDate, commissioner: String)]] = [:]
        let only = enterprise == nil ? "" : " AND enterprise = ?"
        let args: StatementArguments = enterprise.map { [$0] } ?? []
        let rows = try Row.fetchAll(
            db, sql: "SELECT enterprise, commissioner, starts_on FROM assignment WHERE deleted = 0\(only) ORDER BY starts_on, id", arguments: args)
        for row in rows {
            guard let e = row[0] as String?, let s = row[2] as String?, let day = try? LocalDate.parse(s) else { continue }
            by[e, default: []].append((day, (row[1] as String?) ?? ""))
        }
        var undated: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, commissioner FROM enterprise WHERE deleted = 0 AND commissioner IS NOT NULL" + (enterprise == nil ? "" : " AND id = ?"),
            arguments: args) {
            let id: String = row[0]
            if by[id] == nil, let c = row[1] as String? { undated[id] = c }
        }
        return AssignmentBook(byEnterprise: by, undated: undated)
    }

    /// Makes `commissioner` responsible for `enterprise` from `day`, and sets the enterprise's
    /// `commissioner` field to whoever is responsible today.
    static func assign(_ tx: WriteContext, enterprise: String, commissioner: String, on day: LocalDate, today: LocalDate) throws {
        guard day <= today else {
            throw StoreError(.invalidValue, Message(.assignmentDateAfterToday, day, today))
        }
        if !commissioner.isEmpty { try Commissioners.refuseIfLeft(tx.db, commissioner: commissioner, on: day) }
        try tx.write(Domain.assignment, id: assignmentID(enterprise: enterprise, on: day), [
            "enterprise": .text(enterprise), "commissioner": .text(commissioner), "starts_on": .date(day),
        ])
        let now = try Assignments.book(tx.db, enterprise: enterprise).commissioner(of: enterprise, on: today)
        let field: FieldValue = now.map { .text($0) } ?? .null
        if let state = try tx.state(Domain.enterprise, id: enterprise), state.displayed("commissioner") == field { return }
        try tx.write(Domain.enterprise, id: enterprise, ["commissioner": field])
    }

    /// Makes a commissioner responsible for an enterprise from `day` (default today).
    public func assign(_ enterpriseText: String, commissioner: String, on day: LocalDate?) throws {
        let today = self.today()
        try transaction { tx in
            let e = try Lookup.resolve(tx.db, Domain.enterprise, enterpriseText)
            let c = try Lookup.resolve(tx.db, Domain.commissioner, commissioner)
            try Assignments.assign(tx, enterprise: e, commissioner: c, on: day ?? today, today: today)
        }
    }

    /// Enterprise views with `commissioner` set to the assignment in force today: the dated records
    /// decide, the enterprise's own column is only a cache of them (which two laptops assigning on
    /// the same day can leave disagreeing with the assignment shown).
    public func withCurrentCommissioner(_ enterprises: [RecordView]) throws -> [RecordView] {
        let assignments = try enterprises.count == 1
            ? read { db in try Assignments.book(db, enterprise: enterprises[0].id) } : self.book()
        let today = self.today()
        return enterprises.map { e in
            var e = e
            if let c = assignments.commissioner(of: e.id, on: today) { e.values["commissioner"] = .text(c) }
            return e
        }
    }

    /// The assignment history of one enterprise, oldest first: (from, commissioner id).
    public func assignmentHistory(of enterpriseText: String) throws -> [(starts: LocalDate, commissioner: String)] {
        let e = try programme.lookup.resolve(Domain.enterprise, enterpriseText)
        return try book().byEnterprise[e] ?? []
    }

}
