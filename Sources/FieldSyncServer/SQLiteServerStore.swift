import FieldSQLite
import FieldSyncCore
import FieldSyncWire
import Foundation
import GRDB
import NIOConcurrencyHelpers

/// The embedded server store: one SQLite file in the server schema (`Schema/server/sqlite/`), for
/// one office on one box. SQLite has one writer, so a push's check, merge and registration run in
/// one write transaction and commit in sequence order; reads run beside it on WAL snapshots.
/// SQLite work runs through GRDB's async `read`/`write`, never blocking the caller's executor.
public final class SQLiteServerStore: ServerStoreImport, Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating) the store at `path`.
    /// - Throws: ``ServerError`` when the file is a store of an older FieldSync layout (it names
    ///   `migrate-store`), of a newer schema, or not a FieldSync server store.
    public init(path: String) throws {
        self.path = path
        // An earlier layout is refused before anything opens the file for writing (no WAL switch,
        // no checkpoint: the file stays byte for byte as it was).
        if FileManager.default.fileExists(atPath: path), try Self.isLegacy(path: path) {
            throw ServerError(.notInitialized,
                "\(path) is a server store of the earlier layout (a laptop-format file per zone); move it with `fieldsync-server migrate-store --from \(path) --to NEW.db` and serve NEW.db.")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw ServerError(.storage, "The server store \(path) cannot be opened: \(error).")
        }
        try Self.migrate(pool, path: path)
        typeCodes = try Self.loadTypeCodes(pool)
    }

    /// Whether the file at `path` is of the earlier layout.
    public static func isLegacy(path: String) throws -> Bool {
        var config = Configuration()
        config.readonly = true
        let q = try DatabaseQueue(path: path, configuration: config)
        defer { try? q.close() }
        return try q.read { db in try isLegacyLayout(db) }
    }

    /// Whether the file is the layout servers used before the server schema (laptop-format stores:
    /// a main file with `replica_info` and one file per zone).
    public static func isLegacyLayout(_ db: Database) throws -> Bool {
        try db.tableExists("replica_info")
    }

    static func migrate(_ pool: DatabasePool, path: String) throws {
        try pool.write { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if !tables.isEmpty && !tables.contains("schema_migration") {
                throw ServerError(.corrupt, "\(path) is not a FieldSync server store (it holds other tables); nothing was changed.")
            }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT")
            let applied = try Int.fetchOne(db, sql: "SELECT coalesce(max(version), 0) FROM schema_migration") ?? 0
            let known = ServerSchemaSQL.sqlite.count
            guard applied <= known else {
                throw ServerError(.notInitialized, "\(path) has server schema \(applied) but this fieldsync-server knows \(known) at most; upgrade fieldsync-server.")
            }
            for (i, m) in ServerSchemaSQL.sqlite.enumerated() where i + 1 > applied {
                try db.execute(sql: m.sql)
                if i + 1 == 2 { try moveToSmallKeys(db, path: path) }
                try db.execute(sql: "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)",
                               arguments: [i + 1, m.name, Instant.format(Date())])
            }
            // Every record type this build knows has its code (a later build may add types).
            for type in Domain.all {
                try db.execute(sql: "INSERT INTO record_type (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [type.name])
            }
        }
    }

    /// Schema 2's data step: schema 1's rows (text ids, JSON bodies) into the small-keyed table.
    static func moveToSmallKeys(_ db: Database, path: String) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO record_type (name) SELECT DISTINCT tbl FROM record_v1 ORDER BY tbl")
        let insert = try db.makeStatement(sql: """
            INSERT INTO record (zone_id, tbl, id, seq, origin, body)
            VALUES (?, (SELECT code FROM record_type WHERE name = ?), ?, ?, ?, CAST(? AS BLOB))
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT zone_id, tbl, id, seq, origin, body FROM record_v1")
        while let row = try rows.next() {
            let id: String = row[2]
            guard let key = UUIDText.bytes(id) else {
                throw ServerError(.corrupt, "\(path) holds a record whose id \"\(id.prefix(64))\" is not a UUID; nothing was changed.")
            }
            try insert.execute(arguments: [row[0] as Int64, row[1] as String, Data(key), row[3] as Int64, row[4] as String, row[5] as String])
        }
        try db.execute(sql: "DROP TABLE record_v1")
    }

    /// The record types' codes (`record_type`), read once: codes are never changed or removed.
    private let typeCodes: [String: Int64]

    static func loadTypeCodes(_ pool: DatabasePool) throws -> [String: Int64] {
        try pool.read { db in
            var codes: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, code FROM record_type") { codes[row[0]] = row[1] }
            return codes
        }
    }

    // MARK: Identity

    static let registrationColumns = "replica_id, token, key_hash, head, previous_head, last_push, last_push_range"

    static func registration(_ row: Row) -> ReplicaRegistration {
        ReplicaRegistration(replica: row[0], token: row[1], keyHash: row[2],
                            history: ReplicaHistory(head: row[3], previousHead: row[4], lastPush: row[5], lastRange: row[6]))
    }

    static func registration(_ db: Database, replica: String) throws -> ReplicaRegistration? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(registrationColumns) FROM replica WHERE replica_id = ?"), arguments: [replica])
            .map(registration)
    }

    static func admit(_ db: Database, _ c: Caller) throws -> ServerRules.Admission {
        if let stored = try registration(db, replica: c.replica.rawValue) { return try ServerRules.admit(c, stored: stored) }
        let family = try Row.fetchAll(db, sql: "SELECT \(registrationColumns) FROM replica WHERE token = ? ORDER BY registered_at, replica_id",
                                      arguments: [c.grant.name]).map(registration)
        let rebind = try Bool.fetchOne(db, sql: "SELECT 1 FROM rebind WHERE token = ?", arguments: [c.grant.name]) ?? false
        return try ServerRules.admitNew(c, family: family, rebindAllowed: rebind)
    }

    static func save(_ db: Database, _ r: ReplicaRegistration, consumingRebind: Bool) throws {
        try db.execute(sql: """
            INSERT INTO replica (replica_id, token, key_hash, head, previous_head, last_push, last_push_range, registered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(replica_id) DO UPDATE SET key_hash = excluded.key_hash, head = excluded.head,
                previous_head = excluded.previous_head, last_push = excluded.last_push, last_push_range = excluded.last_push_range
            WHERE replica.token = excluded.token
            """, arguments: [r.replica, r.token, r.keyHash, r.history.head, r.history.previousHead, r.history.lastPush, r.history.lastRange,
                             Instant.format(Date())])
        // A replica id registered to another token is never taken over (the whole write rolls back).
        guard db.changesCount == 1 else {
            throw ServerError(.replicaOfAnotherToken, "Replica \(r.replica) belongs to another token.")
        }
        // `token list` shows the replica a token used last.
        try db.execute(sql: "UPDATE token SET replica_id = ? WHERE name = ?", arguments: [r.replica, r.token])
        if consumingRebind { try db.execute(sql: "DELETE FROM rebind WHERE token = ?", arguments: [r.token]) }
    }

    // MARK: Push and pull

    public func push(_ caller: Caller, records: [WireRecord], encoded: [[UInt8]]?, now: Date) async throws -> PushResponse {
        let checked = encoded == nil ? try ServerRules.validated(records) : records
        return try await pool.write { db in
            let admission = try Self.admit(db, caller)
            var own: Set<String> = []
            for id in ServerRules.otherLaptops(in: checked, pusher: caller.replica) {
                if let r = try Self.registration(db, replica: id), ServerRules.sameStore(r, caller) { own.insert(id) }
            }
            let result = try Self.merge(db, zone: caller.grant.zone, pusher: caller.replica, records: checked, encoded: encoded, codes: self.typeCodes,
                                        now: now, ownLaptops: own, token: caller.grant.name)
            if let r = ServerRules.registrationAfter(caller, admission, pushed: true) {
                try Self.save(db, r, consumingRebind: admission.usesRebind)
            }
            return result
        }
    }

    /// A record's key columns: its type's code and its id's 16 bytes.
    static func key(_ record: WireRecord, _ codes: [String: Int64]) throws -> (Int64, [UInt8]) {
        guard let code = codes[record.table], let id = UUIDText.bytes(record.id) else {
            throw ServerError(.invalidValue, "The record \(record.table) \(record.id.prefix(64)) cannot be keyed (an unknown type or an id that is not a UUID).")
        }
        return (code, id)
    }

    /// Merges a validated batch into a zone on an open write transaction.
    static func merge(_ db: Database, zone: String, pusher: ReplicaID, records: [WireRecord], encoded: [[UInt8]]? = nil,
                      codes: [String: Int64], now: Date, ownLaptops: Set<String> = [], token: String = "") throws -> PushResponse {
        try db.cachedStatement(sql: "INSERT INTO zone (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")
            .execute(arguments: [zone, Instant.format(now)])
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, next_seq FROM zone WHERE name = ?"), arguments: [zone]) else {
            throw ServerError(.storage, "The zone \(zone) could not be created.")
        }
        let zoneID: Int64 = row[0]
        var next: Int64 = row[1]
        // The batch's stored states, by key.
        var stored: [String: RecordState] = [:]
        var keys: [(Int64, [UInt8])] = []
        keys.reserveCapacity(records.count)
        let selectSQL = "SELECT body FROM record WHERE zone_id = ? AND tbl = ? AND id = ?"
        let select = try db.cachedStatement(sql: selectSQL)
        var looked = Set<String>()
        for r in records {
            let (code, id) = try key(r, codes)
            keys.append((code, id))
            let name = ServerRules.key(r.table, r.id)
            // A record pushed twice in one batch is read once.
            guard looked.insert(name).inserted else { continue }
            var b = RawBinding(select, db)
            b.int(1, zoneID)
            b.int(2, code)
            b.blob(3, id)
            if let body = try b.blobRow(sql: selectSQL) {
                stored[name] = try StoredRecord.decode(body).state
            }
        }
        let plan = try ServerRules.merge(records, stored: stored, pusher: pusher, now: now, ownLaptops: ownLaptops)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO record (zone_id, tbl, id, seq, origin, body) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(zone_id, tbl, id) DO UPDATE SET seq = excluded.seq, origin = excluded.origin, body = excluded.body
            """)
        for w in plan.writes {
            let bytes = w.fromPusher ? encoded?[w.source] : nil
            var b = RawBinding(upsert, db)
            let (code, id) = keys[w.source]
            b.int(1, zoneID)
            b.int(2, code)
            b.blob(3, id)
            b.int(4, next)
            b.text(5, w.fromPusher ? pusher.rawValue : "")
            let body = bytes ?? StoredRecord.encode(w.record)
            b.blob(6, body)
            try b.step(sql: upsert.sql)
            try Self.keepVersion(db, zoneID: zoneID, code: code, id: id, seq: next, writer: pusher.rawValue, token: token, at: now, body: body)
            next += 1
        }
        if !plan.writes.isEmpty {
            try db.cachedStatement(sql: "UPDATE zone SET next_seq = ? WHERE id = ?").execute(arguments: [next, zoneID])
        }
        return PushResponse(changed: plan.writes.count, conflicts: plan.conflicted, serverSeq: next - 1)
    }

    // MARK: Versions (the office's audit trail)

    /// The most versions kept per record (Schema/server/sqlite/006).
    public static let versionsPerRecord = 256

    /// Appends a version of a record and drops its versions past the newest ``versionsPerRecord``.
    static func keepVersion(_ db: Database, zoneID: Int64, code: Int64, id: [UInt8], seq: Int64, writer: String, token: String, at: Date,
                            body: [UInt8]) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO record_version (zone_id, tbl, id, seq, writer, token, at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [zoneID, code, Data(id), seq, writer, token, Instant.format(at), Data(body)])
        try db.cachedStatement(sql: """
            DELETE FROM record_version WHERE zone_id = ?1 AND tbl = ?2 AND id = ?3 AND seq <= (
                SELECT seq FROM record_version WHERE zone_id = ?1 AND tbl = ?2 AND id = ?3 ORDER BY seq DESC LIMIT 1 OFFSET \(versionsPerRecord))
            """).execute(arguments: [zoneID, code, Data(id)])
    }

    public func versions(_ caller: Caller, table: String, id: String) async throws -> [RecordVersion] {
        let codes = typeCodes
        return try await pool.read { db in
            _ = try Self.admit(db, caller)
            let (code, key) = try Self.key(WireRecord(table: table, id: id.lowercased(), state: RecordState()), codes)
            return try Row.fetchAll(db, sql: """
                SELECT v.seq, v.writer, v.token, v.at, v.body FROM record_version v JOIN zone z ON z.id = v.zone_id
                WHERE z.name = ? AND v.tbl = ? AND v.id = ? ORDER BY v.seq
                """, arguments: [caller.grant.zone, code, Data(key)]).map {
                RecordVersion(seq: $0[0], writer: $0[1], token: $0[2], at: $0[3], record: try StoredRecord.decode(Array($0[4] as Data)))
            }
        }
    }

    // MARK: Repair (the office's `record show|purge`)

    public func storedRecord(zone: String, table: String, id: String) async throws -> StoredRecordView? {
        let codes = typeCodes
        return try await pool.read { db in try Self.stored(db, zone: zone, table: table, id: id, codes: codes) }
    }

    static func stored(_ db: Database, zone: String, table: String, id: String, codes: [String: Int64]) throws -> StoredRecordView? {
        let (code, key) = try Self.key(WireRecord(table: table, id: id.lowercased(), state: RecordState()), codes)
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.seq, r.origin, r.body FROM record r JOIN zone z ON z.id = r.zone_id
            WHERE z.name = ? AND r.tbl = ? AND r.id = ?
            """, arguments: [zone, code, Data(key)]) else { return nil }
        let body: Data = row[2]
        let repairs = try Row.fetchAll(db, sql: """
            SELECT at, by_name, reason, action, seq FROM record_repair WHERE zone = ? AND tbl = ? AND record_id = ? ORDER BY id
            """, arguments: [zone, table, id.lowercased()]).map {
            RepairEntry(at: $0[0], by: $0[1], reason: $0[2], action: $0[3], seq: $0[4])
        }
        return StoredRecordView(seq: row[0], origin: row[1], record: try StoredRecord.decode(Array(body)), repairs: repairs)
    }

    public func repair(zone: String, table: String, id: String, by: String, reason: String, deleting: Bool, now: Date) async throws -> RepairOutcome {
        guard let serverID = await serverID() else { throw ServerError(.storage, "The server's identity cannot be read.") }
        let repairer = RecordRepair.repairer(serverID: serverID)
        let codes = typeCodes
        return try await pool.write { db in
            guard let view = try Self.stored(db, zone: zone, table: table, id: id, codes: codes) else {
                throw ServerError(.unknownID, Message(.repairNoRecord, zone, table, id))
            }
            let before = view.record
            guard let after = RecordRepair.repaired(before, by: repairer, now: now, deleting: deleting) else {
                throw ServerError(.invalidValue, Message(.repairNothingToDo, table, before.id))
            }
            // What is written must be what every laptop keeps.
            let checked = try after.validated()
            guard let zoneRow = try Row.fetchOne(db, sql: "SELECT id, next_seq FROM zone WHERE name = ?", arguments: [zone]) else {
                throw ServerError(.unknownID, Message(.repairNoRecord, zone, table, id))
            }
            let (zoneID, seq): (Int64, Int64) = (zoneRow[0], zoneRow[1])
            let (code, key) = try Self.key(checked, codes)
            let bytes = StoredRecord.encode(checked)
            try db.execute(sql: "UPDATE record SET seq = ?, origin = '', body = ? WHERE zone_id = ? AND tbl = ? AND id = ?",
                           arguments: [seq, Data(bytes), zoneID, code, Data(key)])
            try db.execute(sql: "UPDATE zone SET next_seq = ? WHERE id = ?", arguments: [seq + 1, zoneID])
            try Self.keepVersion(db, zoneID: zoneID, code: code, id: key, seq: seq, writer: repairer.rawValue, token: "record purge: " + by,
                                 at: now, body: bytes)
            try db.execute(sql: """
                INSERT INTO record_repair (at, zone, tbl, record_id, by_name, reason, action, seq, before_body, after_body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [Instant.format(now), zone, table, before.id, by, reason, deleting ? "delete" : "repair", seq,
                                 Data(StoredRecord.encode(before)), Data(bytes)])
            return RepairOutcome(seq: seq, before: before, after: checked, problems: RecordRepair.problems(of: before, now: now))
        }
    }

    public func preAdmit(_ caller: Caller) async throws {
        _ = try await pool.read { db in try Self.admit(db, caller) }
    }

    public func pull(_ caller: Caller, after: Int64, limit: Int) async throws -> PullPage {
        // One read: the admission and the page come from the same snapshot.
        let (admission, page) = try await pool.read { db in
            (try Self.admit(db, caller), try Self.page(db, zone: caller.grant.zone, after: after, limit: limit, skipOrigin: caller.replica.rawValue))
        }
        // A new replica (or a first key) is registered in a write, checked again there.
        if ServerRules.registrationAfter(caller, admission, pushed: false) != nil {
            try await pool.write { db in
                let again = try Self.admit(db, caller)
                if let r = ServerRules.registrationAfter(caller, again, pushed: false) {
                    try Self.save(db, r, consumingRebind: again.usesRebind)
                }
            }
        }
        return page
    }

    static func page(_ db: Database, zone: String, after: Int64, limit: Int, skipOrigin: String) throws -> PullPage {
        let (rows, head) = try Self.rows(db, zone: zone, after: after, limit: limit + 1, skipOrigin: skipOrigin)
        return ServerRules.page(rows, after: after, limit: limit, head: head)
    }

    /// Up to `limit` records after `after` in sequence order (the requester's own unchanged ones
    /// left out), and the zone's head.
    static func rows(_ db: Database, zone: String, after: Int64, limit: Int, skipOrigin: String) throws -> (rows: [(seq: Int64, body: [UInt8])], head: Int64) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, next_seq FROM zone WHERE name = ?"), arguments: [zone]) else {
            return ([], 0)
        }
        let zoneID: Int64 = row[0]
        var rows: [(seq: Int64, body: [UInt8])] = []
        let cursor = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT seq, body FROM record WHERE zone_id = ? AND seq > ? AND origin <> ? ORDER BY seq LIMIT ?"),
            arguments: [zoneID, after, skipOrigin, limit])
        while let r = try cursor.next() {
            rows.append((r[0], Array(r[1] as Data)))
        }
        return (rows, (row[1] as Int64) - 1)
    }

    /// For the simulator: a push without identity checks, optionally rolled back before commit (a
    /// server that died mid-merge).
    package func mergeForTesting(zone: String, pusher: ReplicaID, records: [WireRecord], rollBack: Bool) throws -> PushResponse {
        let checked = try ServerRules.validated(records)
        struct RolledBack: Error {}
        var result = PushResponse(changed: 0, conflicts: 0, serverSeq: 0)
        do {
            try pool.write { db in
                result = try Self.merge(db, zone: zone, pusher: pusher, records: checked, codes: self.typeCodes, now: Date())
                if rollBack { throw RolledBack() }
            }
        } catch is RolledBack {}
        return result
    }

    /// For the simulator: a zone's page as a pull by `requester` sees it, with each record's sequence.
    package func pageForTesting(zone: String, after: Int64, limit: Int, requester: ReplicaID) throws -> [(seq: Int64, record: WireRecord)] {
        try pool.read { db in
            try Self.rows(db, zone: zone, after: after, limit: limit, skipOrigin: requester.rawValue).rows.map { (seq: $0.seq, record: try StoredRecord.decode($0.body)) }
        }
    }

    /// For benchmarks: the stored bytes of a zone's records after `after`, in sequence order.
    package func storedRowsForTesting(zone: String, after: Int64, limit: Int) throws -> [(seq: Int64, body: [UInt8])] {
        // "-" is no replica's id: nothing is skipped.
        try pool.read { db in try Self.rows(db, zone: zone, after: after, limit: limit, skipOrigin: "-").rows }
    }

    /// For the simulator and tests: every record of a zone, "table/id" → state.
    package func statesForTesting(zone: String) throws -> [String: RecordState] {
        try pool.read { db in
            var out: [String: RecordState] = [:]
            let rows = try Data.fetchCursor(db, sql: "SELECT body FROM record WHERE zone_id = (SELECT id FROM zone WHERE name = ?)", arguments: [zone])
            while let body = try rows.next() {
                let r = try StoredRecord.decode(Array(body))
                out[ServerRules.key(r.table, r.id)] = r.state
            }
            return out
        }
    }

    // MARK: Tokens

    public func authenticate(_ token: String) async throws -> TokenGrant? {
        let hash = SHA256.hex(token)
        let now = Date()
        let found: (TokenGrant, String?)? = try await pool.read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT name, hash, zone, role, replica_id, last_used_at FROM token WHERE lookup = ? AND revoked_at IS NULL"),
                arguments: [ServerRules.lookup(hash)])
            for row in rows where SHA256.constantTimeEqual(row[1] as String, hash) {
                return (TokenGrant(name: row[0], zone: row[2], role: row[3], replica: row[4]), row[5] as String?)
            }
            return nil
        }
        guard let (grant, lastUsed) = found else { return nil }
        if ServerRules.touchDue(lastUsed: lastUsed, now: now) {
            try await pool.write { db in
                try db.execute(sql: "UPDATE token SET last_used_at = ? WHERE name = ?", arguments: [Instant.format(now), grant.name])
            }
        }
        return grant
    }

    public func allowRebind(token: String) async throws {
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM token WHERE name = ? AND revoked_at IS NULL", arguments: [token]) == true else {
                throw ServerError(.unknownID, "No active token is named \"\(token)\".")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO rebind (token, allowed_at) VALUES (?, ?)", arguments: [token, Instant.format(Date())])
        }
    }

    public func createToken(name: String, role: String, zone: String, takingOver: String?) async throws -> String {
        let (token, hash) = try ServerRules.newToken(name: name, role: role, zone: zone)
        try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM token WHERE name = ?", arguments: [name]) == true {
                throw ServerError(.invalidValue, "A token named \"\(name)\" already exists; revoke it or choose another name.")
            }
            if let old = takingOver {
                let summary = try Row.fetchOne(db, sql: "SELECT name, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token WHERE name = ?",
                                               arguments: [old]).map {
                    TokenSummary(name: $0[0], zone: $0[1], role: $0[2], replica: $0[3], createdAt: $0[4], revokedAt: $0[5], lastUsedAt: $0[6])
                }
                try ServerRules.checkTakeOver(summary, name: old, role: role, zone: zone)
            }
            try db.execute(
                sql: "INSERT INTO token (name, hash, lookup, zone, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [name, hash, ServerRules.lookup(hash), zone, role, Instant.format(Date())])
            if let old = takingOver {
                try db.execute(sql: "UPDATE replica SET token = ? WHERE token = ?", arguments: [name, old])
                try db.execute(sql: "UPDATE token SET replica_id = (SELECT replica_id FROM token WHERE name = ?) WHERE name = ?", arguments: [old, name])
            }
        }
        return token
    }

    public func listTokens() async throws -> [TokenSummary] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name").map {
                TokenSummary(name: $0[0], zone: $0[1], role: $0[2], replica: $0[3], createdAt: $0[4], revokedAt: $0[5], lastUsedAt: $0[6])
            }
        }
    }

    public func revokeToken(name: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", arguments: [Instant.format(Date()), name])
            if db.changesCount == 0 {
                throw ServerError(.unknownID, "No active token is named \"\(name)\".")
            }
        }
    }

    // MARK: Export and import

    public func export(zone: String, after: Int64, limit: Int) async throws -> [(seq: Int64, origin: String, record: WireRecord)] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT seq, origin, body FROM record WHERE zone_id = (SELECT id FROM zone WHERE name = ?) AND seq > ? ORDER BY seq LIMIT ?
                """, arguments: [zone, after, limit])
            return try rows.map { (seq: $0[0] as Int64, origin: $0[1] as String, record: try StoredRecord.decode(Array($0[2] as Data))) }
        }
    }

    public func zones() async throws -> [String] {
        try await pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM zone ORDER BY name") }
    }

    public func exportVersions(zone: String, after: Int64, limit: Int) async throws -> [RecordVersion] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT seq, writer, token, at, body FROM record_version WHERE zone_id = (SELECT id FROM zone WHERE name = ?) AND seq > ?
                ORDER BY seq LIMIT ?
                """, arguments: [zone, after, limit]).map {
                RecordVersion(seq: $0[0], writer: $0[1], token: $0[2], at: $0[3], record: try StoredRecord.decode(Array($0[4] as Data)))
            }
        }
    }

    public func importVersions(_ zone: String, versions: [RecordVersion]) async throws {
        let codes = typeCodes
        try await pool.write { db in
            guard let zoneID = try Int64.fetchOne(db, sql: "SELECT id FROM zone WHERE name = ?", arguments: [zone]) else { return }
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO record_version (zone_id, tbl, id, seq, writer, token, at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for v in versions {
                let (code, id) = try Self.key(v.record, codes)
                try insert.execute(arguments: [zoneID, code, Data(id), v.seq, v.writer, v.token, v.at, Data(StoredRecord.encode(v.record))])
            }
        }
    }

    public func isEmpty() async throws -> Bool {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM zone) + (SELECT count(*) FROM token) + (SELECT count(*) FROM replica)") == 0
        }
    }

    public func nextSeq(zone: String) async throws -> Int64 {
        try await pool.read { db in try Int64.fetchOne(db, sql: "SELECT next_seq FROM zone WHERE name = ?", arguments: [zone]) ?? 1 }
    }

    public func serverID() async -> String? {
        if let known = identity.withLockedValue({ $0 }) { return known }
        let id = try? await pool.read { db in try String.fetchOne(db, sql: "SELECT id FROM server_identity WHERE singleton = 1") }
        identity.withLockedValue { $0 = id ?? nil }
        return id ?? nil
    }

    public func identities() async throws -> ServerSnapshot {
        try await pool.read { db in
            var s = ServerSnapshot()
            s.tokens = try Row.fetchAll(db, sql: "SELECT name, hash, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name").map {
                .init(name: $0[0], hash: $0[1], zone: $0[2], role: $0[3], replica: $0[4], createdAt: $0[5], revokedAt: $0[6], lastUsedAt: $0[7])
            }
            s.replicas = try Row.fetchAll(db, sql: "SELECT \(Self.registrationColumns) FROM replica ORDER BY registered_at, replica_id").map(Self.registration)
            s.rebinds = try String.fetchAll(db, sql: "SELECT token FROM rebind ORDER BY token")
            s.serverID = try String.fetchOne(db, sql: "SELECT id FROM server_identity WHERE singleton = 1")
            return s
        }
    }

    public func importIdentities(_ s: ServerSnapshot) async throws {
        try await pool.write { db in
            for t in s.tokens {
                try db.execute(sql: """
                    INSERT INTO token (name, hash, lookup, zone, role, replica_id, created_at, revoked_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [t.name, t.hash, ServerRules.lookup(t.hash), t.zone, t.role, t.replica, t.createdAt, t.revokedAt, t.lastUsedAt])
            }
            let now = Instant.format(Date())
            for r in s.replicas {
                try db.execute(sql: """
                    INSERT INTO replica (replica_id, token, key_hash, head, previous_head, last_push, last_push_range, registered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.replica, r.token, r.keyHash, r.history.head, r.history.previousHead, r.history.lastPush, r.history.lastRange, now])
            }
            for t in s.rebinds { try db.execute(sql: "INSERT INTO rebind (token, allowed_at) VALUES (?, ?)", arguments: [t, now]) }
            if let id = s.serverID { try db.execute(sql: "UPDATE server_identity SET id = ? WHERE singleton = 1", arguments: [id]) }
        }
    }

    public func importZone(_ zone: String, records: [(seq: Int64, origin: String, record: WireRecord)], nextSeq: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO zone (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING", arguments: [zone, Instant.format(Date())])
            guard let zoneID = try Int64.fetchOne(db, sql: "SELECT id FROM zone WHERE name = ?", arguments: [zone]) else { return }
            let insert = try db.cachedStatement(sql: "INSERT INTO record (zone_id, tbl, id, seq, origin, body) VALUES (?, ?, ?, ?, ?, ?)")
            for r in records {
                let (code, id) = try Self.key(r.record, self.typeCodes)
                try insert.execute(arguments: [zoneID, code, Data(id), r.seq, r.origin, Data(StoredRecord.encode(r.record))])
            }
            try db.execute(sql: "UPDATE zone SET next_seq = max(next_seq, ?) WHERE id = ?", arguments: [nextSeq, zoneID])
        }
    }

    // MARK: Health

    /// The last integrity check: (when, passed). `/health` must stay cheap (anyone may call it,
    /// as often as they like), so the full check runs at most once per `integrityInterval`; each
    /// call in between only reads one row.
    private let lastCheck = NIOLockedValueBox<(at: Date, ok: Bool)?>(nil)
    /// The server's identity once read (it never changes while serving).
    private let identity = NIOLockedValueBox<String?>(nil)
    static let integrityInterval: TimeInterval = 600

    public func healthy() async -> Bool {
        let now = Date()
        let due: Bool = lastCheck.withLockedValue { last in
            guard let last else { return true }
            return now.timeIntervalSince(last.at) >= Self.integrityInterval
        }
        if due {
            let ok = (try? await pool.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" }) ?? false
            lastCheck.withLockedValue { $0 = (now, ok) }
            return ok
        }
        guard lastCheck.withLockedValue({ $0?.ok ?? false }) else { return false }
        return (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    public func shutdown() async {
        try? pool.close()
    }
}
