import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The three incubation pools: dated entries and exits.
public struct Pools: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Pools {
    static func poolMembershipID(enterprise: String, pool: String) -> String {
        UUIDText.derived(from: "pool:\(enterprise):\(pool)")
    }

    static func join(_ tx: WriteContext, enterprise: String, pool: String, on date: LocalDate) throws {
        try tx.write(Domain.poolMembership, id: poolMembershipID(enterprise: enterprise, pool: pool), [
            "enterprise": .text(enterprise), "pool": .text(pool), "joined_on": .date(date), "left_on": .null,
        ])
    }

    /// Puts an enterprise into a pool (or back into it) from `date`.
    public func joinPool(_ idText: String, pool: String, on date: LocalDate?) throws {
        let pool = try Vocabulary.check(pool, in: Vocabulary.pools, what: .wordPool)
        try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.enterprise, idText)
            try Pools.join(tx, enterprise: id, pool: pool, on: date ?? self.today())
        }
    }

    /// Takes an enterprise out of a pool from `date`.
    public func leavePool(_ idText: String, pool: String, on date: LocalDate?) throws {
        let pool = try Vocabulary.check(pool, in: Vocabulary.pools, what: .wordPool)
        try transaction { tx in
            let id = try Lookup.resolve(tx.db, Domain.enterprise, idText)
            let mid = Pools.poolMembershipID(enterprise: id, pool: pool)
            guard let state = try tx.state(Domain.poolMembership, id: mid), !Domain.poolMembership.isDeleted(state),
                  state.displayed("left_on") == .null
            else {
                throw StoreError(.invalidValue, Message(.enterprisePool, idText, pool))
            }
            let leaving = date ?? self.today()
            if case .date(let joined) = state.displayed("joined_on"), leaving < joined {
                throw StoreError(.invalidValue, Message(.leavingDateBeforeJoining, leaving, joined))
            }
            try tx.write(Domain.poolMembership, id: mid, ["left_on": .date(leaving)])
        }
    }

    /// The pools an enterprise is in now: pool → joined date.
    public func pools(of enterprise: String) throws -> [(pool: String, joined: String, left: String?)] {
        try views(Domain.poolMembership, where: "enterprise = ?", arguments: [enterprise], orderBy: "pool").map {
            ($0.text("pool"), $0.text("joined_on"), $0["left_on"] == .null ? nil : $0.text("left_on"))
        }
    }

    /// Every enterprise's pools on `day` (codes, sorted), for lists.
    public func currentPools(on day: LocalDate? = nil) throws -> [String: [String]] {
        let day = day ?? today()
        return try read { db in
            var out: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT enterprise, pool FROM pool_membership WHERE deleted = 0 AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) ORDER BY pool
                """, arguments: [day.description, day.description]) {
                if let e = row[0] as String?, let p = row[1] as String?, Vocabulary.pools.contains(p) { out[e, default: []].append(p) }
            }
            return out
        }
    }

    /// Whether `enterprise` is in `pool` (any pool when nil) on `day`: joined on or before it and
    /// not yet left (`left_on` is the first day out).
    static func inPool(_ db: Database, enterprise: String, pool: String?, on day: LocalDate) throws -> Bool {
        let sql = "SELECT 1 FROM pool_membership WHERE deleted = 0 AND enterprise = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?)"
            + (pool == nil ? "" : " AND pool = ?")
        var args: StatementArguments = [enterprise, day.description, day.description]
        if let pool { args += [pool] }
        return try Int.fetchOne(db, sql: sql + " LIMIT 1", arguments: args) != nil
    }

}
