import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The technology commissioners (科技专员).
public struct Commissioners: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Commissioners {
    /// Adds a commissioner. - Returns: the new id.
    public func addCommissioner(name: String, phone: String?) throws -> String {
        let name = try Programme.required(name, "name")
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = ["name": .text(name)]
            if let phone { values["phone"] = .text(try Programme.phone(phone)) }
            try tx.write(Domain.commissioner, id: id, values)
        }
        return id
    }

    /// Commissioner id → name, for tables and reports.
    public func names() throws -> [String: String] {
        Dictionary(try views(Domain.commissioner).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: Coverage

}

// MARK: Life-cycle (docs/rules.md §9)

extension Commissioners {
    /// Corrects a commissioner's name or phone. - Returns: the commissioner's id.
    public func updateCommissioner(_ text: String, name: String?, phone: String?) throws -> String {
        guard name != nil || phone != nil else { throw StoreError(.invalidValue, Message(.nothingToUpdateCommissioner)) }
        var values: [String: FieldValue] = [:]
        if let name { values["name"] = .text(try Programme.required(name, "name")) }
        if let phone { values["phone"] = .text(try Programme.phone(phone)) }
        return try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.commissioner, text)
            try tx.write(Domain.commissioner, id: id, values)
            return id
        }
    }

    /// What a commissioner's leaving did.
    public struct Leaving: Sendable, Hashable {
        /// The leaver's and the successor's ids.
        public var commissioner: String, successor: String
        /// The day the leaver left.
        public var on: LocalDate
        /// The enterprises that passed to the successor, and the open needs.
        public var enterprises: [String], needs: [String]
    }

    /// A commissioner leaves on `day` (today or earlier): every enterprise assigned to them on that
    /// day, or later by an assignment dated after it, passes to `successor` from that day (dated
    /// assignments: earlier rounds keep the leaver); every open need they own passes too; they are
    /// shown as left from `day`, and no new visit, need or assignment can be theirs from it on.
    /// - Throws: ``StoreError`` `invalidValue` (nothing written): a date after today, leaving twice,
    ///   handing over to oneself or to a commissioner who has left by that day.
    public func leave(_ text: String, on day: LocalDate, to successorText: String) throws -> Leaving {
        let today = self.today()
        guard day <= today else { throw StoreError(.invalidValue, Message(.leaveDateAfterToday, day, today)) }
        return try transaction { tx in
            let leaver = try Lookup.resolve(tx.db, Domain.commissioner, text)
            let successor = try Lookup.resolve(tx.db, Domain.commissioner, successorText)
            let people = try Commissioners.people(tx.db)
            let name = people[leaver]?.name ?? leaver
            if let left = people[leaver]?.leftOn { throw StoreError(.invalidValue, Message(.commissionerAlreadyLeft, name, left)) }
            guard successor != leaver else { throw StoreError(.invalidValue, Message(.leaveToSelf, name)) }
            if let left = people[successor]?.leftOn, left <= day {
                throw StoreError(.invalidValue, Message(.leaveToLeaver, people[successor]?.name ?? successor, left))
            }
            // Enterprises: whoever answers for them on the day, or from a later assignment.
            let book = try Assignments.book(tx.db)
            var moved: [String] = []
            let enterprises = try String.fetchAll(tx.db, sql: "SELECT id FROM enterprise WHERE deleted = 0 ORDER BY id")
            for e in enterprises {
                let later = (book.byEnterprise[e] ?? []).filter { $0.starts > day && $0.commissioner == leaver }.map(\.starts)
                var passed = false
                for d in [day] + later where book.commissioner(of: e, on: d) == leaver {
                    try Assignments.assign(tx, enterprise: e, commissioner: successor, on: d, today: today)
                    passed = true
                }
                if passed { moved.append(e) }
            }
            // Open needs they own.
            let needs = try String.fetchAll(tx.db, sql: """
                SELECT id FROM need WHERE deleted = 0 AND owner = ? AND (status IS NULL OR status NOT IN ('resolved', 'closed', 'rejected'))
                ORDER BY id
                """, arguments: [leaver])
            for n in needs { try tx.write(Domain.need, id: n, ["owner": .text(successor)]) }
            try tx.write(Domain.commissioner, id: leaver, ["left_on": .date(day), "left_to": .text(successor)])
            return Leaving(commissioner: leaver, successor: successor, on: day, enterprises: moved, needs: needs)
        }
    }

    /// Each commissioner's name and leaving day, by id.
    static func people(_ db: Database) throws -> [String: (name: String, leftOn: LocalDate?)] {
        var out: [String: (name: String, leftOn: LocalDate?)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, left_on FROM commissioner WHERE deleted = 0") {
            let left = (row[2] as String?).flatMap { try? LocalDate.parse($0) }
            out[row[0]] = ((row[1] as String?) ?? "", left)
        }
        return out
    }

    /// Refuses a new visit, need or assignment of `commissioner` (an id) dated `day` when they have
    /// left by then.
    static func refuseIfLeft(_ db: Database, commissioner: String, on day: LocalDate) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, left_on FROM commissioner WHERE id = ? AND left_on IS NOT NULL", arguments: [commissioner]),
              let text = row[1] as String?, let left = try? LocalDate.parse(text), left <= day else { return }
        throw StoreError(.invalidValue, Message(.commissionerLeftBy, (row[0] as String?) ?? commissioner, left, day))
    }
}

extension Commissioners {
    /// Every commissioner, by name.
    public func list() throws -> [RecordView] { try views(Domain.commissioner, orderBy: "name") }
}
