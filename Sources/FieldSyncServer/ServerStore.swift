import FieldStore
import FieldSyncCore
import Foundation
import GRDB

/// What a valid token grants.
public struct TokenGrant: Sendable, Hashable {
    public var name: String
    public var zone: String
    public var role: String
    /// The replica the token is bound to (nil until first use).
    public var replica: String?

    public var canPush: Bool { role == "admin" || role == "commissioner" }
}

/// A token as listed (never the secret).
public struct TokenSummary: Sendable, Hashable {
    public var name: String
    public var zone: String
    public var role: String
    public var replica: String?
    public var createdAt: String
    public var revokedAt: String?
    public var lastUsedAt: String?
}

/// A replica id as the server registered it: the token it belongs to, the hash of the store key it
/// came with, and the history of pushes accepted under it.
public struct ReplicaRegistration: Sendable, Hashable {
    public var replica: String
    public var token: String
    /// SHA-256 of the store's replica key; nil for a replica known from before keys (its next key is kept).
    public var keyHash: String?
    public var history: ReplicaHistory

    public init(replica: String, token: String, keyHash: String?, history: ReplicaHistory) {
        self.replica = replica
        self.token = token
        self.keyHash = keyHash
        self.history = history
    }
}

/// The server's storage, behind a protocol so that a PostgreSQL store can follow the embedded one.
///
/// Requirements: `push` merges a batch in one transaction and assigns each changed record the next
/// `server_seq` in commit order; `pull` never skips a change committed with a lower sequence.
public protocol ServerStore: Sendable {
    func push(zone: String, pusher: ReplicaID, records: [WireRecord]) throws -> PushResponse
    /// - Parameter requester: records whose state is exactly what this replica pushed are left out.
    func pull(zone: String, after: Int64, limit: Int, requester: ReplicaID?) throws -> PullResponse
    /// The grant of a presented bearer token, or nil when unknown or revoked.
    func authenticate(_ token: String) throws -> TokenGrant?
    /// The registration of a replica id, nil when unknown.
    func registration(replica: String) throws -> ReplicaRegistration?
    /// Every replica registered to a token.
    func registrations(token: String) throws -> [ReplicaRegistration]
    /// Saves a registration (new or moved on); `consumingRebind` clears the token's rebind permit.
    func save(_ registration: ReplicaRegistration, consumingRebind: Bool) throws
    /// Whether an administrator allowed the token's next new replica without a key (`token rebind`).
    func rebindAllowed(token: String) throws -> Bool
    /// Allows the token's next new replica to register without the key of one of its replicas
    /// (a laptop lost with its store); the token's replicas stay its own.
    func allowRebind(token: String) throws
    func createToken(name: String, role: String, zone: String) throws -> String
    func listTokens() throws -> [TokenSummary]
    func revokeToken(name: String) throws
    func healthy() -> Bool
}

/// The embedded store: a main SQLite file for tokens, and one replica-format SQLite file per zone
/// beside it (`NAME.zone-<hash>.db`), so zones are isolated down to the file.
public final class SQLiteServerStore: ServerStore, @unchecked Sendable {
    public let path: String
    let main: ReplicaStore
    private let lock = NSLock()

    /// Opens (creating) the server's main store.
    public init(path: String) throws {
        self.path = path
        main = try ReplicaStore(path: path, forReports: false)
        if (try? main.info()) == nil {
            try main.initialize(name: "fieldsync-server", zone: "*", role: "server")
        }
        try main.write { db in
            // Server-only tables, kept out of the laptop's schema.
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS server_replica (
                    replica_id TEXT PRIMARY KEY NOT NULL,
                    token TEXT NOT NULL,
                    key_hash TEXT,
                    head TEXT NOT NULL,
                    previous_head TEXT NOT NULL DEFAULT '',
                    last_push TEXT NOT NULL DEFAULT '',
                    registered_at TEXT NOT NULL
                ) STRICT;
                CREATE INDEX IF NOT EXISTS server_replica_token ON server_replica(token);
                CREATE TABLE IF NOT EXISTS server_rebind (token TEXT PRIMARY KEY NOT NULL, allowed_at TEXT NOT NULL) STRICT;
                """)
            // Bindings made before replica keys: the replica stays the token's; its history is
            // unknown (empty head: its first claim is believed) and its first key is kept.
            try db.execute(sql: """
                INSERT OR IGNORE INTO server_replica (replica_id, token, key_hash, head, registered_at)
                SELECT replica_id, name, NULL, '', created_at FROM token WHERE replica_id IS NOT NULL
                """)
        }
    }

    /// One zone's store, opened on first use under the zone's own lock, so that creating and
    /// migrating a new zone's file does not hold up requests for zones already open.
    final class ZoneSlot: @unchecked Sendable {
        let lock = NSLock()
        var store: ReplicaStore?
    }
    private var slots: [String: ZoneSlot] = [:]

    /// A zone's file: `NAME.zone-<SHA-256 of the zone name, 32 hex digits>.db` (128 bits: no two
    /// zone names share one by accident or by search).
    public static func zoneFile(base: String, zone: String) -> String {
        "\(base).zone-\(SHA256.hex("zone:\(zone)").prefix(32)).db"
    }

    static func legacyZoneFile(base: String, zone: String) -> String {
        "\(base).zone-\(UUIDText.derived(from: "zone:\(zone)").prefix(13)).db"
    }

    /// The zone's store, opened once.
    func zone(_ name: String) throws -> ReplicaStore {
        lock.lock()
        let slot = slots[name] ?? ZoneSlot()
        slots[name] = slot
        lock.unlock()
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let s = slot.store { return s }
        let file = Self.zoneFile(base: (path as NSString).deletingPathExtension, zone: name)
        let fm = FileManager.default
        // Zone files were once named by 48 bits of a derived id, which two zone names can share:
        // such a file is taken over (renamed) only when it says it holds this zone.
        let legacy = Self.legacyZoneFile(base: (path as NSString).deletingPathExtension, zone: name)
        if !fm.fileExists(atPath: file), fm.fileExists(atPath: legacy), (try? ReplicaStore(path: legacy, forReports: false).info().zone) == name {
            for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: legacy + suffix) {
                try fm.moveItem(atPath: legacy + suffix, toPath: file + suffix)
            }
        }
        let s = try ReplicaStore(path: file, forReports: false)
        if let info = try? s.info() {
            // A file is only ever served for the zone it was made for.
            guard info.zone == name else {
                throw StoreError(.corrupt, "The zone file \(file) holds zone \"\(info.zone)\", not \"\(name)\"; it is not served.")
            }
        } else {
            try s.initialize(name: "fieldsync-server", zone: name, role: "server")
        }
        try Self.dropFieldIndexes(s)
        slot.store = s
        return s
    }

    /// Laptops look records up by their fields (credit code, enterprise, round, …); the server never
    /// does: it reads by id and by `_seq`. A zone store keeps only the indexes sync reads (the
    /// primary keys, `_seq`, `_conflicts`), so merging a push writes fewer index entries. Done on
    /// every open, so a migration that adds a field index is trimmed on the server too; a later
    /// migration that drops an index must say `IF EXISTS`.
    static func dropFieldIndexes(_ store: ReplicaStore) throws {
        let tables = Domain.all.map { "'\($0.name)'" }.joined(separator: ",")
        try store.write { db in
            let names = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))
                AND name NOT LIKE '%\\_seq' ESCAPE '\\' AND name NOT LIKE '%\\_conflicts' ESCAPE '\\'
                """)
            for name in names { try db.execute(sql: "DROP INDEX \"\(name)\"") }
        }
    }

    public func push(zone: String, pusher: ReplicaID, records: [WireRecord]) throws -> PushResponse {
        let store = try self.zone(zone)
        let result = try store.apply(records, options: .server(pusher: pusher))
        return PushResponse(changed: result.changed, conflicts: result.conflicted, serverSeq: try store.lastSeq())
    }

    public func pull(zone: String, after: Int64, limit: Int, requester: ReplicaID?) throws -> PullResponse {
        let store = try self.zone(zone)
        // One read transaction: the head and the batch come from the same snapshot.
        let (batch, head) = try store.changesWithHead(after: after, limit: limit + 1, skipOrigin: requester)
        let more = batch.count > limit
        let page = Array(batch.prefix(limit))
        // With nothing more to send, everything up to the snapshot's head has been considered.
        let upTo = more ? (page.last?.seq ?? after) : max(head, after)
        return PullResponse(records: page.map(\.record), upTo: upTo, serverSeq: head, more: more)
    }

    public func authenticate(_ token: String) throws -> TokenGrant? {
        let hash = SHA256.hex(token)
        let now = Date()
        let found: (TokenGrant, String?)? = try main.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT name, hash, zone, role, replica_id, last_used_at FROM token WHERE lookup = ? AND revoked_at IS NULL",
                arguments: [String(hash.prefix(12))])
            for row in rows where SHA256.constantTimeEqual(row[1] as String, hash) {
                return (TokenGrant(name: row[0], zone: row[2], role: row[3], replica: row[4]), row[5] as String?)
            }
            return nil
        }
        guard let (grant, lastUsed) = found else { return nil }
        // `last_used_at` is for `token list`: a minute's precision is plenty, and writing it on every
        // request would put a write transaction on the token store in front of every push and pull.
        if lastUsed.map({ $0 < ReplicaStore.instant(now.addingTimeInterval(-60)) }) ?? true {
            try main.write { db in
                try db.execute(sql: "UPDATE token SET last_used_at = ? WHERE name = ?", arguments: [ReplicaStore.instant(now), grant.name])
            }
        }
        return grant
    }

    static func registration(_ row: Row) -> ReplicaRegistration {
        ReplicaRegistration(replica: row[0], token: row[1], keyHash: row[2],
                            history: ReplicaHistory(head: row[3], previousHead: row[4], lastPush: row[5]))
    }

    static let registrationColumns = "replica_id, token, key_hash, head, previous_head, last_push"

    public func registration(replica: String) throws -> ReplicaRegistration? {
        try main.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.registrationColumns) FROM server_replica WHERE replica_id = ?", arguments: [replica])
                .map(Self.registration)
        }
    }

    public func registrations(token: String) throws -> [ReplicaRegistration] {
        try main.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.registrationColumns) FROM server_replica WHERE token = ? ORDER BY registered_at, replica_id",
                             arguments: [token]).map(Self.registration)
        }
    }

    public func save(_ r: ReplicaRegistration, consumingRebind: Bool) throws {
        try main.write { db in
            try db.execute(sql: """
                INSERT INTO server_replica (replica_id, token, key_hash, head, previous_head, last_push, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(replica_id) DO UPDATE SET key_hash = excluded.key_hash, head = excluded.head,
                    previous_head = excluded.previous_head, last_push = excluded.last_push
                WHERE server_replica.token = excluded.token
                """, arguments: [r.replica, r.token, r.keyHash, r.history.head, r.history.previousHead, r.history.lastPush, ReplicaStore.instant(Date())])
            // A replica id registered to another token is never taken over (the whole write rolls back).
            guard db.changesCount == 1 else {
                throw StoreError(.forbidden, "Replica \(r.replica) belongs to another token.")
            }
            // `token list` shows the replica a token used last.
            try db.execute(sql: "UPDATE token SET replica_id = ? WHERE name = ?", arguments: [r.replica, r.token])
            if consumingRebind { try db.execute(sql: "DELETE FROM server_rebind WHERE token = ?", arguments: [r.token]) }
        }
    }

    public func rebindAllowed(token: String) throws -> Bool {
        try main.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM server_rebind WHERE token = ?", arguments: [token]) ?? false }
    }

    public func allowRebind(token: String) throws {
        try main.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM token WHERE name = ? AND revoked_at IS NULL", arguments: [token]) == true else {
                throw StoreError(.unknownID, "No active token is named \"\(token)\".")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO server_rebind (token, allowed_at) VALUES (?, ?)",
                           arguments: [token, ReplicaStore.instant(Date())])
        }
    }

    public func createToken(name: String, role: String, zone: String) throws -> String {
        guard ["admin", "commissioner", "viewer"].contains(role) else {
            throw StoreError(.invalidValue, "\"\(role)\" is not a role; use admin, commissioner or viewer.")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError(.invalidValue, "A token needs a name.") }
        guard !zone.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError(.invalidValue, "A token needs a zone.") }
        var rng = SystemRandomNumberGenerator()
        let secret = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
        let token = "fst_" + secret
        let hash = SHA256.hex(token)
        try main.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM token WHERE name = ?", arguments: [name]) == true {
                throw StoreError(.invalidValue, "A token named \"\(name)\" already exists; revoke it or choose another name.")
            }
            try db.execute(
                sql: "INSERT INTO token (name, hash, lookup, zone, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [name, hash, String(hash.prefix(12)), zone, role, ReplicaStore.instant(Date())])
        }
        return token
    }

    public func listTokens() throws -> [TokenSummary] {
        try main.read { db in
            try Row.fetchAll(db, sql: "SELECT name, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name").map {
                TokenSummary(name: $0[0], zone: $0[1], role: $0[2], replica: $0[3], createdAt: $0[4], revokedAt: $0[5], lastUsedAt: $0[6])
            }
        }
    }

    public func revokeToken(name: String) throws {
        try main.write { db in
            try db.execute(sql: "UPDATE token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", arguments: [ReplicaStore.instant(Date()), name])
            if db.changesCount == 0 {
                throw StoreError(.unknownID, "No active token is named \"\(name)\".")
            }
        }
    }

    /// The last integrity check: (when, passed). `/health` must stay cheap (anyone may call it,
    /// as often as they like), so the full check runs at most once per `integrityInterval`; each
    /// call in between only reads one row.
    private var lastCheck: (at: Date, ok: Bool)?
    public var integrityInterval: TimeInterval = 600

    public func healthy() -> Bool {
        let now = Date()
        let due: Bool = lock.withLock {
            guard let last = lastCheck else { return true }
            return now.timeIntervalSince(last.at) >= integrityInterval
        }
        if due {
            let ok = (try? main.integrityOK()) ?? false
            lock.withLock { lastCheck = (now, ok) }
            return ok
        }
        guard lock.withLock({ lastCheck?.ok ?? false }) else { return false }
        return (try? main.info()) != nil
    }
}
