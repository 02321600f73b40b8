import FieldSyncCore
import FieldSyncWire
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL store lives: parsed from `postgres://user@host:port/database?sslmode=…`.
public struct PostgresLocation: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    /// `disable`, `prefer` (default) or `require`.
    public var sslmode: String

    /// Parses a URL. The password may not be in a URL given on the command line (`passwordAllowed`
    /// false): process lists and shell histories show it; it comes from the environment or a file.
    public init(url: String, passwordAllowed: Bool) throws {
        guard let c = URLComponents(string: url), ["postgres", "postgresql"].contains(c.scheme ?? "") else {
            // Not echoed: the text may hold a password.
            throw ServerError(.invalidValue, "The database URL is not a postgres:// URL (postgres://user@host:port/database).")
        }
        guard let host = c.host, !host.isEmpty else { throw ServerError(.invalidValue, "The database URL names no host.") }
        guard let user = c.user, !user.isEmpty else { throw ServerError(.invalidValue, "The database URL names no user (postgres://user@host/database).") }
        let database = String(c.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw ServerError(.invalidValue, "The database URL names no database (postgres://user@host/database).") }
        if c.password != nil && !passwordAllowed {
            throw ServerError(.invalidValue, "Put the database password in FIELDSYNC_DATABASE_PASSWORD or --database-password-file, not in the URL on the command line.")
        }
        let mode = c.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(mode) else {
            throw ServerError(.invalidValue, "sslmode=\(Terminal.clean(String(mode.prefix(20)))) is not supported; use disable, prefer or require.")
        }
        self.host = host
        self.port = c.port ?? 5432
        self.user = user
        self.database = database
        self.password = c.password
        self.sslmode = mode
    }

    /// The URL without its password, fit for logs.
    public var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// The server store on PostgreSQL (`Schema/server/postgres/`): any number of `fieldsync-server`
/// instances may serve one database at once.
///
/// Consistency: a push takes advisory locks on its replica id and token (so a check and the
/// registration it leads to are never interleaved with another request of the same replica or
/// token, on any instance), then its zone's row `FOR UPDATE`, before reading any record; it holds
/// them to commit. Pushes to one zone therefore commit in the order they took sequences: a pull
/// (one REPEATABLE READ snapshot for the zone's head and its records) sees every sequence up to the
/// head it reports, and never skips a change committed with a lower sequence.
public final class PostgresServerStore: ServerStoreImport, Sendable {
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    /// The longest a request waits on the database before it is refused with 503.
    let deadline: Duration
    /// The record types' codes (`record_type`), read once; codes are never changed or removed.
    private let typeCodes = NIOLockedValueBox<[String: Int32]>([:])
    private let databaseDown = NIOLockedValueBox(false)
    private let runner: Task<Void, Never>?

    /// The connection pool, as a service for a `ServiceGroup` (when `runsItself` was false).
    public var service: PostgresClient { client }

    /// Connects (lazily: the first query opens the pool's first connection).
    /// - Parameter runsItself: whether the store runs its connection pool itself (until
    ///   ``shutdown()``); false when a `ServiceGroup` runs ``service`` beside the HTTP server, so
    ///   both stop together, the server first.
    ///   - deadline: the longest a request waits on the database (a restart, a lost connection)
    ///     before it is refused with 503 and Retry-After.
    public init(location: PostgresLocation, logger: Logger = Logger(label: "fieldsync-server.postgres"), runsItself: Bool = true,
                deadline: Duration = .seconds(30)) {
        self.location = location
        self.logger = logger
        self.deadline = deadline
        let tls: PostgresClient.Configuration.TLS
        switch location.sslmode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        var config = PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                                  password: location.password, database: location.database, tls: tls)
        config.options.maximumConnections = 16
        config.options.connectTimeout = .seconds(5)
        // The pool's own chatter (a lease before `run()` has started, reconnects) at error level.
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: config, backgroundLogger: poolLogger)
        self.client = client
        runner = runsItself ? Task { await client.run() } : nil
    }

    public func shutdown() async {
        runner?.cancel()
        _ = await runner?.value
    }

    // MARK: Schema

    /// The schema version the database is at (0: none), and the newest this build knows.
    public func schemaVersion() async throws -> (applied: Int, known: Int) {
        let applied = try await connection { conn in
            let exists = try await conn.query("SELECT to_regclass('schema_migration') IS NOT NULL", logger: self.logger).decode(Bool.self)
            var found = false
            for try await e in exists { found = e }
            guard found else { return 0 }
            var v = 0
            for try await n in try await conn.query("SELECT coalesce(max(version), 0)::int8 FROM schema_migration", logger: self.logger).decode(Int64.self) {
                v = Int(n)
            }
            return v
        }
        return (applied, ServerSchemaSQL.postgres.count)
    }

    /// Applies the migrations not yet applied, under a lock (two instances migrating at once take
    /// turns). Returns the names applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await transaction { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(7317001)", logger: self.logger)
            try await conn.query("""
                CREATE TABLE IF NOT EXISTS schema_migration (version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: self.logger)
            var applied = 0
            for try await n in try await conn.query("SELECT coalesce(max(version), 0)::int8 FROM schema_migration", logger: self.logger).decode(Int64.self) {
                applied = Int(n)
            }
            let known = ServerSchemaSQL.postgres.count
            guard applied <= known else {
                throw ServerError(.notInitialized, "The database has server schema \(applied) but this fieldsync-server knows \(known) at most; upgrade fieldsync-server.")
            }
            var names: [String] = []
            for (i, m) in ServerSchemaSQL.postgres.enumerated() where i + 1 > applied {
                for statement in Self.statements(m.sql) {
                    try await conn.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                let version = i + 1
                try await conn.query("INSERT INTO schema_migration (version, name) VALUES (\(version), \(m.name))", logger: self.logger)
                names.append(m.name)
            }
            try await self.registerTypes(conn)
            return names
        }
    }

    /// The statements of a migration file: `--` comments dropped, split at semicolons (the schema
    /// files hold no semicolon or `--` inside a string).
    static func statements(_ sql: String) -> [String] {
        let code = sql.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.range(of: "--").map { line[..<$0.lowerBound] } ?? line
        }.joined(separator: "\n")
        return code.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Refuses to serve a database whose schema is not exactly this build's.
    public func checkSchema() async throws {
        let (applied, known) = try await schemaVersion()
        if applied < known {
            throw ServerError(.notInitialized,
                "The database \(location.redacted) has server schema \(applied) of \(known); run `fieldsync-server migrate --database \(location.redacted)` first.")
        }
        if applied > known {
            throw ServerError(.notInitialized, "The database \(location.redacted) has server schema \(applied) but this fieldsync-server knows \(known) at most; upgrade fieldsync-server.")
        }
    }

    // MARK: Connections and transactions

    /// Runs `body` on a pooled connection, answering within ``deadline``: a database that drops
    /// connections or does not answer is refused with `busy` (503 with Retry-After; the laptop
    /// retries), never left hanging, and logged once at warning until it answers again.
    func connection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let deadline = self.deadline
        do {
            let value = try await withDeadline(deadline, onTimeout: {
                ServerError(.busy, "The database did not answer within \(deadline.components.seconds) s; try again in a moment.")
            }) {
                try await self.client.withConnection { conn in try await body(conn) }
            }
            reachable(true)
            return value
        } catch let e as PSQLError {
            let error = Self.storeError(e)
            if error.code == .busy { reachable(false, error.message) }
            throw error
        } catch let e as ServerError where e.code == .busy {
            reachable(false, e.message)
            throw e
        }
    }

    /// Logs the database's reachability when it changes: one warning when it stops answering, one
    /// notice when it answers again (not one line per refused request).
    func reachable(_ ok: Bool, _ why: String = "") {
        let changed = databaseDown.withLockedValue { down -> Bool in
            defer { down = !ok }
            return down == ok
        }
        guard changed else { return }
        if ok {
            logger.notice("the database answers again", metadata: ["database": .string(location.redacted)])
        } else {
            logger.warning("the database does not answer; requests are refused with 503 until it does", metadata: [
                "database": .string(location.redacted), "reason": .string(why),
            ])
        }
    }

    /// How a transaction failed: at its start, in its body, or at its commit (whose outcome is then
    /// unknown: a retried push is recognised by its push id, so the laptop may simply retry).
    enum TransactionStep: String, Sendable { case begin, body, commit }

    /// Runs `body` in a transaction; an error rolls it back and is thrown as it was.
    ///
    /// Not postgres-nio's `withTransaction`: it sends `ROLLBACK` after every failed body, and on a
    /// connection the database has just closed (a restart) that query is never answered. Here a
    /// closed connection is not rolled back (the database has ended its transaction itself), and a
    /// failed begin or commit is told apart in the log.
    func transaction<T: Sendable>(_ begin: String = "BEGIN", _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await connection { conn in
            var step = TransactionStep.begin
            do {
                _ = try await conn.query(PostgresQuery(unsafeSQL: begin), logger: self.logger)
                step = .body
                let value = try await body(conn)
                step = .commit
                _ = try await conn.query("COMMIT", logger: self.logger)
                return value
            } catch {
                if step == .body, !conn.isClosed {
                    do { _ = try await conn.query("ROLLBACK", logger: self.logger) } catch {
                        self.logger.debug("rollback failed", metadata: ["error": .string("\(error)")])
                    }
                }
                if step != .body { self.logger.debug("transaction failed", metadata: ["step": .string(step.rawValue)]) }
                throw error
            }
        }
    }

    /// A database failure as one sentence (never the server's full error text with its query).
    static func storeError(_ e: PSQLError) -> ServerError {
        let message = e.serverInfo?[.message] ?? "\(e.code)"
        let state = e.serverInfo?[.sqlState] ?? ""
        // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57P01 admin
        // shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 08xxx connection exceptions; a
        // connection dropped or not made: worth a retry.
        let retry: Set<PSQLError.Code> = [.connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed]
        if ["40001", "40P01", "55P03", "57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08") || retry.contains(e.code) {
            return ServerError(.busy, "The database is busy or restarting (\(message)); try again in a moment.")
        }
        return ServerError(.storage, "The database refused a query: \(message).")
    }

    /// Gives every record type this build knows its code (a later build may add types).
    func registerTypes(_ conn: PostgresConnection) async throws {
        try await conn.query("INSERT INTO record_type (name) SELECT unnest(\(Domain.all.map(\.name))::text[]) ON CONFLICT (name) DO NOTHING",
                             logger: logger)
    }

    /// A record's key: its type's code and its id (a UUID). The codes are read once per instance;
    /// a type this build knows but the database has not yet coded (a database migrated by an
    /// older build) is registered then.
    func keys(_ conn: PostgresConnection, _ records: [(table: String, id: String)]) async throws -> (codes: [Int32], ids: [UUID]) {
        let known = typeCodes.withLockedValue { $0 }
        if records.contains(where: { known[$0.table] == nil }) {
            try await registerTypes(conn)
            var codes: [String: Int32] = [:]
            for try await (code, name) in try await conn.query("SELECT code, name FROM record_type", logger: logger).decode((Int32, String).self) {
                codes[name] = code
            }
            typeCodes.withLockedValue { $0 = codes }
        }
        let codes = typeCodes.withLockedValue { $0 }
        var outCodes: [Int32] = [], outIDs: [UUID] = []
        outCodes.reserveCapacity(records.count)
        outIDs.reserveCapacity(records.count)
        for r in records {
            guard let code = codes[r.table], let id = UUID(uuidString: r.id) else {
                throw ServerError(.invalidValue, "The record \(r.table.prefix(64)) \(r.id.prefix(64)) cannot be keyed (an unknown type or an id that is not a UUID).")
            }
            outCodes.append(code)
            outIDs.append(id)
        }
        return (outCodes, outIDs)
    }

    /// Serialises requests of one replica id and of one token across every instance, to commit.
    func lockIdentity(_ conn: PostgresConnection, _ c: Caller) async throws {
        let replica = "replica:" + c.replica.rawValue
        let token = "token:" + c.grant.name
        // One round trip; the replica's lock first, then the token's (select-list order).
        try await conn.query("SELECT pg_advisory_xact_lock(hashtextextended(\(replica), 0)), pg_advisory_xact_lock(hashtextextended(\(token), 0))",
                             logger: logger)
    }

    // MARK: Identity

    func registrations(_ conn: PostgresConnection, replica: String? = nil, token: String? = nil) async throws -> [ReplicaRegistration] {
        let rows: PostgresRowSequence
        if let replica {
            rows = try await conn.query("SELECT replica_id, token, key_hash, head, previous_head, last_push, last_push_range FROM replica WHERE replica_id = \(replica)", logger: logger)
        } else if let token {
            rows = try await conn.query(
                "SELECT replica_id, token, key_hash, head, previous_head, last_push, last_push_range FROM replica WHERE token = \(token) ORDER BY registered_at, replica_id", logger: logger)
        } else {
            rows = try await conn.query("SELECT replica_id, token, key_hash, head, previous_head, last_push, last_push_range FROM replica ORDER BY registered_at, replica_id", logger: logger)
        }
        var out: [ReplicaRegistration] = []
        for try await (replica, token, key, head, previous, last, range) in rows.decode((String, String, String?, String, String, String, String).self) {
            out.append(ReplicaRegistration(replica: replica, token: token, keyHash: key,
                                           history: ReplicaHistory(head: head, previousHead: previous, lastPush: last, lastRange: range)))
        }
        return out
    }

    func admit(_ conn: PostgresConnection, _ c: Caller) async throws -> ServerRules.Admission {
        if let stored = try await registrations(conn, replica: c.replica.rawValue).first { return try ServerRules.admit(c, stored: stored) }
        let family = try await registrations(conn, token: c.grant.name)
        var rebind = false
        for try await _ in try await conn.query("SELECT 1::int8 FROM rebind WHERE token = \(c.grant.name)", logger: logger).decode(Int64.self) { rebind = true }
        return try ServerRules.admitNew(c, family: family, rebindAllowed: rebind)
    }

    func save(_ conn: PostgresConnection, _ r: ReplicaRegistration, consumingRebind: Bool) async throws {
        let now = Instant.format(Date())
        let rows = try await conn.query("""
            INSERT INTO replica (replica_id, token, key_hash, head, previous_head, last_push, last_push_range, registered_at)
            VALUES (\(r.replica), \(r.token), \(r.keyHash), \(r.history.head), \(r.history.previousHead), \(r.history.lastPush),
                    \(r.history.lastRange), \(now))
            ON CONFLICT (replica_id) DO UPDATE SET key_hash = excluded.key_hash, head = excluded.head,
                previous_head = excluded.previous_head, last_push = excluded.last_push, last_push_range = excluded.last_push_range
            WHERE replica.token = excluded.token
            RETURNING 1::int8
            """, logger: logger)
        var n = 0
        for try await _ in rows.decode(Int64.self) { n += 1 }
        // A replica id registered to another token is never taken over (the transaction rolls back).
        guard n == 1 else { throw ServerError(.replicaOfAnotherToken, "Replica \(r.replica) belongs to another token.") }
        try await conn.query("UPDATE token SET replica_id = \(r.replica) WHERE name = \(r.token)", logger: logger)
        if consumingRebind { try await conn.query("DELETE FROM rebind WHERE token = \(r.token)", logger: logger) }
    }

    // MARK: Push and pull

    public func push(_ caller: Caller, records: [WireRecord], encoded: [[UInt8]]?, now: Date) async throws -> PushResponse {
        let checked = encoded == nil ? try ServerRules.validated(records) : records
        return try await transaction { conn in
            try await self.lockIdentity(conn, caller)
            let admission = try await self.admit(conn, caller)
            var own: Set<String> = []
            for id in ServerRules.otherLaptops(in: checked, pusher: caller.replica) {
                if let r = try await self.registrations(conn, replica: id).first, ServerRules.sameStore(r, caller) { own.insert(id) }
            }
            let result = try await self.merge(conn, zone: caller.grant.zone, pusher: caller.replica, records: checked, encoded: encoded, now: now,
                                              ownLaptops: own, token: caller.grant.name)
            if let r = ServerRules.registrationAfter(caller, admission, pushed: true) {
                try await self.save(conn, r, consumingRebind: admission.usesRebind)
            }
            return result
        }
    }

    /// The zone's row, locked to commit (created on first use): (id, next sequence).
    func lockZone(_ conn: PostgresConnection, _ zone: String) async throws -> (Int64, Int64) {
        for _ in 0..<2 {
            for try await row in try await conn.query("SELECT id, next_seq FROM zone WHERE name = \(zone) FOR UPDATE", logger: logger).decode((Int64, Int64).self) {
                return row
            }
            try await conn.query("INSERT INTO zone (name) VALUES (\(zone)) ON CONFLICT (name) DO NOTHING", logger: logger)
        }
        throw ServerError(.storage, "The zone \(zone) could not be created.")
    }

    func merge(_ conn: PostgresConnection, zone: String, pusher: ReplicaID, records: [WireRecord], encoded: [[UInt8]]?, now: Date,
               ownLaptops: Set<String> = [], token: String = "") async throws -> PushResponse {
        let (zoneID, first) = try await lockZone(conn, zone)
        var distinct: [(table: String, id: String)] = []
        var seen = Set<String>()
        for r in records where seen.insert(ServerRules.key(r.table, r.id)).inserted { distinct.append((r.table, r.id)) }
        let (tables, ids) = try await keys(conn, distinct)
        // Each distinct record's key, for the writes below (parsed once).
        var keyed: [String: (code: Int32, id: UUID)] = [:]
        keyed.reserveCapacity(distinct.count)
        for (k, r) in distinct.enumerated() { keyed[ServerRules.key(r.table, r.id)] = (tables[k], ids[k]) }
        var stored: [String: RecordState] = [:]
        let rows = try await conn.query("""
            SELECT r.body FROM record r JOIN unnest(\(tables)::int4[], \(ids)::uuid[]) AS k(tbl, id)
            ON r.zone_id = \(zoneID) AND r.tbl = k.tbl AND r.id = k.id
            """, logger: logger)
        for try await body in rows.decode(ByteBuffer.self) {
            let record = try StoredRecord.decode(Array(body.readableBytesView))
            stored[ServerRules.key(record.table, record.id)] = record.state
        }
        let plan = try ServerRules.merge(records, stored: stored, pusher: pusher, now: now, ownLaptops: ownLaptops)
        guard !plan.writes.isEmpty else { return PushResponse(changed: 0, conflicts: 0, serverSeq: first - 1) }
        var wTables: [Int32] = [], wIDs: [UUID] = [], seqs: [Int64] = [], origins: [String] = [], bodies: [ByteBuffer] = []
        var next = first
        for w in plan.writes {
            // Every write is of a record of the batch (the plan writes nothing else).
            guard let key = keyed[ServerRules.key(w.record.table, w.record.id)] else {
                throw ServerError(.storage, "The merge planned a write of a record outside its batch.")
            }
            wTables.append(key.code)
            wIDs.append(key.id)
            seqs.append(next)
            origins.append(w.fromPusher ? pusher.rawValue : "")
            bodies.append(ByteBuffer(bytes: (w.fromPusher ? encoded?[w.source] : nil) ?? StoredRecord.encode(w.record)))
            next += 1
        }
        try await conn.query("""
            INSERT INTO record (zone_id, tbl, id, seq, origin, body)
            SELECT \(zoneID), t.tbl, t.id, t.seq, t.origin, t.body
            FROM unnest(\(wTables)::int4[], \(wIDs)::uuid[], \(seqs)::int8[], \(origins)::text[], \(bodies)::bytea[]) AS t(tbl, id, seq, origin, body)
            ON CONFLICT (zone_id, tbl, id) DO UPDATE SET seq = excluded.seq, origin = excluded.origin, body = excluded.body
            """, logger: logger)
        try await keepVersions(conn, zoneID: zoneID, tables: wTables, ids: wIDs, seqs: seqs, bodies: bodies, writer: pusher.rawValue, token: token, at: now)
        try await conn.query("UPDATE zone SET next_seq = \(next) WHERE id = \(zoneID)", logger: logger)
        return PushResponse(changed: plan.writes.count, conflicts: plan.conflicted, serverSeq: next - 1)
    }

    // MARK: Versions (the office's audit trail)

    /// Appends the versions a write left and drops each record's versions past the newest
    /// ``SQLiteServerStore/versionsPerRecord`` (Schema/server/postgres/007).
    func keepVersions(_ conn: PostgresConnection, zoneID: Int64, tables: [Int32], ids: [UUID], seqs: [Int64], bodies: [ByteBuffer],
                      writer: String, token: String, at: Date) async throws {
        let when = Instant.format(at)
        let keep = Int64(SQLiteServerStore.versionsPerRecord)
        try await conn.query("""
            INSERT INTO record_version (zone_id, tbl, id, seq, writer, token, at, body)
            SELECT \(zoneID), t.tbl, t.id, t.seq, \(writer), \(token), \(when), t.body
            FROM unnest(\(tables)::int4[], \(ids)::uuid[], \(seqs)::int8[], \(bodies)::bytea[]) AS t(tbl, id, seq, body)
            ON CONFLICT DO NOTHING
            """, logger: logger)
        try await conn.query("""
            DELETE FROM record_version v USING (
                SELECT tbl, id, seq FROM (
                    SELECT tbl, id, seq, row_number() OVER (PARTITION BY tbl, id ORDER BY seq DESC) AS rn FROM record_version
                    WHERE zone_id = \(zoneID) AND (tbl, id) IN (SELECT * FROM unnest(\(tables)::int4[], \(ids)::uuid[]))
                ) r WHERE r.rn > \(keep)
            ) old
            WHERE v.zone_id = \(zoneID) AND v.tbl = old.tbl AND v.id = old.id AND v.seq = old.seq
            """, logger: logger)
    }

    public func versions(_ caller: Caller, table: String, id: String) async throws -> [RecordVersion] {
        try await connection { conn in
            _ = try await self.admit(conn, caller)
            let (codes, ids) = try await self.keys(conn, [(table, id)])
            var out: [RecordVersion] = []
            for try await (seq, writer, token, at, body) in try await conn.query("""
                SELECT v.seq, v.writer, v.token, v.at, v.body FROM record_version v JOIN zone z ON z.id = v.zone_id
                WHERE z.name = \(caller.grant.zone) AND v.tbl = \(codes[0]) AND v.id = \(ids[0]) ORDER BY v.seq
                """, logger: self.logger).decode((Int64, String, String, String, ByteBuffer).self) {
                out.append(RecordVersion(seq: seq, writer: writer, token: token, at: at, record: try StoredRecord.decode(Array(body.readableBytesView))))
            }
            return out
        }
    }

    // MARK: Repair (the office's `record show|purge`)

    public func storedRecord(zone: String, table: String, id: String) async throws -> StoredRecordView? {
        try await connection { conn in try await self.stored(conn, zone: zone, table: table, id: id, locking: false) }
    }

    func stored(_ conn: PostgresConnection, zone: String, table: String, id: String, locking: Bool) async throws -> StoredRecordView? {
        let (codes, ids) = try await keys(conn, [(table, id)])
        let (code, uuid) = (codes[0], ids[0])
        var found: (Int64, String, ByteBuffer)?
        let query: PostgresQuery = locking ? """
            SELECT r.seq, r.origin, r.body FROM record r JOIN zone z ON z.id = r.zone_id
            WHERE z.name = \(zone) AND r.tbl = \(code) AND r.id = \(uuid) FOR UPDATE OF r
            """ : """
            SELECT r.seq, r.origin, r.body FROM record r JOIN zone z ON z.id = r.zone_id
            WHERE z.name = \(zone) AND r.tbl = \(code) AND r.id = \(uuid)
            """
        for try await row in try await conn.query(query, logger: logger).decode((Int64, String, ByteBuffer).self) {
            found = row
        }
        guard let (seq, origin, body) = found else { return nil }
        var repairs: [RepairEntry] = []
        let lower = id.lowercased()
        for try await (at, by, reason, action, rseq) in try await conn.query("""
            SELECT at, by_name, reason, action, seq FROM record_repair WHERE zone = \(zone) AND tbl = \(table) AND record_id = \(lower) ORDER BY id
            """, logger: logger).decode((String, String, String, String, Int64).self) {
            repairs.append(RepairEntry(at: at, by: by, reason: reason, action: action, seq: rseq))
        }
        return StoredRecordView(seq: seq, origin: origin, record: try StoredRecord.decode(Array(body.readableBytesView)), repairs: repairs)
    }

    public func repair(zone: String, table: String, id: String, by: String, reason: String, deleting: Bool, now: Date) async throws -> RepairOutcome {
        guard let serverID = await serverID() else { throw ServerError(.storage, "The server's identity cannot be read.") }
        let repairer = RecordRepair.repairer(serverID: serverID)
        return try await transaction { conn in
            // The zone's row first (as a push takes it), then the record's.
            let (zoneID, seq) = try await self.lockZone(conn, zone)
            guard let view = try await self.stored(conn, zone: zone, table: table, id: id, locking: true) else {
                throw ServerError(.unknownID, Message(.repairNoRecord, zone, table, id))
            }
            let before = view.record
            guard let after = RecordRepair.repaired(before, by: repairer, now: now, deleting: deleting) else {
                throw ServerError(.invalidValue, Message(.repairNothingToDo, table, before.id))
            }
            let checked = try after.validated()
            let (codes, ids) = try await self.keys(conn, [(checked.table, checked.id)])
            let bytes = ByteBuffer(bytes: StoredRecord.encode(checked))
            try await conn.query("""
                UPDATE record SET seq = \(seq), origin = '', body = \(bytes) WHERE zone_id = \(zoneID) AND tbl = \(codes[0]) AND id = \(ids[0])
                """, logger: self.logger)
            try await conn.query("UPDATE zone SET next_seq = \(seq + 1) WHERE id = \(zoneID)", logger: self.logger)
            try await self.keepVersions(conn, zoneID: zoneID, tables: [codes[0]], ids: [ids[0]], seqs: [seq], bodies: [bytes],
                                        writer: repairer.rawValue, token: "record purge: " + by, at: now)
            let at = Instant.format(now)
            let action = deleting ? "delete" : "repair"
            let old = ByteBuffer(bytes: StoredRecord.encode(before))
            try await conn.query("""
                INSERT INTO record_repair (at, zone, tbl, record_id, by_name, reason, action, seq, before_body, after_body)
                VALUES (\(at), \(zone), \(table), \(before.id), \(by), \(reason), \(action), \(seq), \(old), \(bytes))
                """, logger: self.logger)
            return RepairOutcome(seq: seq, before: before, after: checked, problems: RecordRepair.problems(of: before, now: now))
        }
    }

    public func preAdmit(_ caller: Caller) async throws {
        _ = try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { conn in try await self.admit(conn, caller) }
    }

    public func pull(_ caller: Caller, after: Int64, limit: Int) async throws -> PullPage {
        // One snapshot: the admission, the zone's head and the page.
        let (admission, page) = try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { conn in
            let admission = try await self.admit(conn, caller)
            return (admission, try await self.page(conn, zone: caller.grant.zone, after: after, limit: limit, skipOrigin: caller.replica.rawValue))
        }
        if ServerRules.registrationAfter(caller, admission, pushed: false) != nil {
            try await transaction { conn in
                try await self.lockIdentity(conn, caller)
                let again = try await self.admit(conn, caller)
                if let r = ServerRules.registrationAfter(caller, again, pushed: false) {
                    try await self.save(conn, r, consumingRebind: again.usesRebind)
                }
            }
        }
        return page
    }

    func page(_ conn: PostgresConnection, zone: String, after: Int64, limit: Int, skipOrigin: String) async throws -> PullPage {
        var found: (Int64, Int64)?
        for try await row in try await conn.query("SELECT id, next_seq FROM zone WHERE name = \(zone)", logger: logger).decode((Int64, Int64).self) {
            found = row
        }
        guard let (zoneID, next) = found else { return ServerRules.page([], after: after, limit: limit, head: 0) }
        var rows: [(seq: Int64, body: [UInt8])] = []
        let take = Int64(limit + 1)
        for try await (seq, body) in try await conn.query("""
            SELECT seq, body FROM record WHERE zone_id = \(zoneID) AND seq > \(after) AND origin <> \(skipOrigin) ORDER BY seq LIMIT \(take)
            """, logger: logger).decode((Int64, ByteBuffer).self) {
            rows.append((seq, Array(body.readableBytesView)))
        }
        return ServerRules.page(rows, after: after, limit: limit, head: next - 1)
    }

    // MARK: Tokens

    public func authenticate(_ token: String) async throws -> TokenGrant? {
        let hash = SHA256.hex(token)
        let now = Date()
        let lookup = ServerRules.lookup(hash)
        let found: (TokenGrant, String?)? = try await connection { conn in
            for try await (name, stored, zone, role, replica, lastUsed) in try await conn.query("""
                SELECT name, hash, zone, role, replica_id, last_used_at FROM token WHERE lookup = \(lookup) AND revoked_at IS NULL
                """, logger: self.logger).decode((String, String, String, String, String?, String?).self)
            where SHA256.constantTimeEqual(stored, hash) {
                return (TokenGrant(name: name, zone: zone, role: role, replica: replica), lastUsed)
            }
            return nil
        }
        guard let (grant, lastUsed) = found else { return nil }
        if ServerRules.touchDue(lastUsed: lastUsed, now: now) {
            let at = Instant.format(now)
            _ = try await connection { conn in try await conn.query("UPDATE token SET last_used_at = \(at) WHERE name = \(grant.name)", logger: self.logger) }
        }
        return grant
    }

    public func allowRebind(token: String) async throws {
        let at = Instant.format(Date())
        try await transaction { conn in
            var active = false
            for try await _ in try await conn.query("SELECT 1::int8 FROM token WHERE name = \(token) AND revoked_at IS NULL", logger: self.logger).decode(Int64.self) { active = true }
            guard active else { throw ServerError(.unknownID, "No active token is named \"\(token)\".") }
            try await conn.query("""
                INSERT INTO rebind (token, allowed_at) VALUES (\(token), \(at)) ON CONFLICT (token) DO UPDATE SET allowed_at = excluded.allowed_at
                """, logger: self.logger)
        }
    }

    public func createToken(name: String, role: String, zone: String, takingOver: String?) async throws -> String {
        let (token, hash) = try ServerRules.newToken(name: name, role: role, zone: zone)
        let lookup = ServerRules.lookup(hash)
        let at = Instant.format(Date())
        try await transaction { conn in
            if let old = takingOver {
                var summary: TokenSummary?
                for try await (n, z, r, replica, created, revoked, used) in try await conn.query(
                    "SELECT name, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token WHERE name = \(old) FOR UPDATE", logger: self.logger)
                    .decode((String, String, String, String?, String, String?, String?).self) {
                    summary = TokenSummary(name: n, zone: z, role: r, replica: replica, createdAt: created, revokedAt: revoked, lastUsedAt: used)
                }
                try ServerRules.checkTakeOver(summary, name: old, role: role, zone: zone)
            }
            var n = 0
            for try await _ in try await conn.query("""
                INSERT INTO token (name, hash, lookup, zone, role, created_at) VALUES (\(name), \(hash), \(lookup), \(zone), \(role), \(at))
                ON CONFLICT (name) DO NOTHING RETURNING 1::int8
                """, logger: self.logger).decode(Int64.self) { n += 1 }
            guard n == 1 else { throw ServerError(.invalidValue, "A token named \"\(name)\" already exists; revoke it or choose another name.") }
            if let old = takingOver {
                try await conn.query("UPDATE replica SET token = \(name) WHERE token = \(old)", logger: self.logger)
                try await conn.query("UPDATE token SET replica_id = (SELECT replica_id FROM token WHERE name = \(old)) WHERE name = \(name)", logger: self.logger)
            }
        }
        return token
    }

    public func listTokens() async throws -> [TokenSummary] {
        try await connection { conn in
            var out: [TokenSummary] = []
            for try await (name, zone, role, replica, created, revoked, used) in try await conn.query(
                "SELECT name, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name", logger: self.logger)
                .decode((String, String, String, String?, String, String?, String?).self) {
                out.append(TokenSummary(name: name, zone: zone, role: role, replica: replica, createdAt: created, revokedAt: revoked, lastUsedAt: used))
            }
            return out
        }
    }

    public func revokeToken(name: String) async throws {
        let at = Instant.format(Date())
        try await transaction { conn in
            var n = 0
            for try await _ in try await conn.query(
                "UPDATE token SET revoked_at = \(at) WHERE name = \(name) AND revoked_at IS NULL RETURNING 1::int8", logger: self.logger).decode(Int64.self) { n += 1 }
            guard n == 1 else { throw ServerError(.unknownID, "No active token is named \"\(name)\".") }
        }
    }

    // MARK: Export and import

    public func export(zone: String, after: Int64, limit: Int) async throws -> [(seq: Int64, origin: String, record: WireRecord)] {
        let take = Int64(limit)
        return try await connection { conn in
            var out: [(seq: Int64, origin: String, record: WireRecord)] = []
            for try await (seq, origin, body) in try await conn.query("""
                SELECT seq, origin, body FROM record WHERE zone_id = (SELECT id FROM zone WHERE name = \(zone)) AND seq > \(after) ORDER BY seq LIMIT \(take)
                """, logger: self.logger).decode((Int64, String, ByteBuffer).self) {
                out.append((seq, origin, try StoredRecord.decode(Array(body.readableBytesView))))
            }
            return out
        }
    }

    public func exportVersions(zone: String, after: Int64, limit: Int) async throws -> [RecordVersion] {
        let take = Int64(limit)
        return try await connection { conn in
            var out: [RecordVersion] = []
            for try await (seq, writer, token, at, body) in try await conn.query("""
                SELECT seq, writer, token, at, body FROM record_version WHERE zone_id = (SELECT id FROM zone WHERE name = \(zone)) AND seq > \(after)
                ORDER BY seq LIMIT \(take)
                """, logger: self.logger).decode((Int64, String, String, String, ByteBuffer).self) {
                out.append(RecordVersion(seq: seq, writer: writer, token: token, at: at, record: try StoredRecord.decode(Array(body.readableBytesView))))
            }
            return out
        }
    }

    public func importVersions(_ zone: String, versions: [RecordVersion]) async throws {
        try await transaction { conn in
            let (zoneID, _) = try await self.lockZone(conn, zone)
            for chunk in stride(from: 0, to: versions.count, by: 2000) {
                let part = versions[chunk..<min(versions.count, chunk + 2000)]
                let (tables, ids) = try await self.keys(conn, part.map { ($0.record.table, $0.record.id) })
                let seqs = part.map(\.seq), writers = part.map(\.writer), tokens = part.map(\.token), ats = part.map(\.at)
                let bodies = part.map { ByteBuffer(bytes: StoredRecord.encode($0.record)) }
                try await conn.query("""
                    INSERT INTO record_version (zone_id, tbl, id, seq, writer, token, at, body)
                    SELECT \(zoneID), t.tbl, t.id, t.seq, t.writer, t.token, t.at, t.body
                    FROM unnest(\(tables)::int4[], \(ids)::uuid[], \(seqs)::int8[], \(writers)::text[], \(tokens)::text[], \(ats)::text[], \(bodies)::bytea[])
                        AS t(tbl, id, seq, writer, token, at, body)
                    ON CONFLICT DO NOTHING
                    """, logger: self.logger)
            }
        }
    }

    public func zones() async throws -> [String] {
        try await connection { conn in
            var out: [String] = []
            for try await name in try await conn.query("SELECT name FROM zone ORDER BY name", logger: self.logger).decode(String.self) { out.append(name) }
            return out
        }
    }

    public func isEmpty() async throws -> Bool {
        try await connection { conn in
            var n: Int64 = 0
            for try await c in try await conn.query(
                "SELECT (SELECT count(*) FROM zone) + (SELECT count(*) FROM token) + (SELECT count(*) FROM replica)", logger: self.logger).decode(Int64.self) { n = c }
            return n == 0
        }
    }

    public func nextSeq(zone: String) async throws -> Int64 {
        try await connection { conn in
            var n: Int64 = 1
            for try await v in try await conn.query("SELECT next_seq FROM zone WHERE name = \(zone)", logger: self.logger).decode(Int64.self) { n = v }
            return n
        }
    }

    public func identities() async throws -> ServerSnapshot {
        try await connection { conn in
            var s = ServerSnapshot()
            for try await (name, hash, zone, role, replica, created, revoked, used) in try await conn.query(
                "SELECT name, hash, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name", logger: self.logger)
                .decode((String, String, String, String, String?, String, String?, String?).self) {
                s.tokens.append(.init(name: name, hash: hash, zone: zone, role: role, replica: replica, createdAt: created, revokedAt: revoked, lastUsedAt: used))
            }
            s.replicas = try await self.registrations(conn)
            for try await t in try await conn.query("SELECT token FROM rebind ORDER BY token", logger: self.logger).decode(String.self) { s.rebinds.append(t) }
            for try await id in try await conn.query("SELECT id FROM server_identity WHERE singleton = 1", logger: self.logger).decode(String.self) { s.serverID = id }
            return s
        }
    }

    public func importIdentities(_ s: ServerSnapshot) async throws {
        let now = Instant.format(Date())
        try await transaction { conn in
            for t in s.tokens {
                let lookup = ServerRules.lookup(t.hash)
                try await conn.query("""
                    INSERT INTO token (name, hash, lookup, zone, role, replica_id, created_at, revoked_at, last_used_at)
                    VALUES (\(t.name), \(t.hash), \(lookup), \(t.zone), \(t.role), \(t.replica), \(t.createdAt), \(t.revokedAt), \(t.lastUsedAt))
                    """, logger: self.logger)
            }
            for r in s.replicas {
                try await conn.query("""
                    INSERT INTO replica (replica_id, token, key_hash, head, previous_head, last_push, last_push_range, registered_at)
                    VALUES (\(r.replica), \(r.token), \(r.keyHash), \(r.history.head), \(r.history.previousHead), \(r.history.lastPush),
                            \(r.history.lastRange), \(now))
                    """, logger: self.logger)
            }
            for t in s.rebinds { try await conn.query("INSERT INTO rebind (token, allowed_at) VALUES (\(t), \(now))", logger: self.logger) }
            if let id = s.serverID { try await conn.query("UPDATE server_identity SET id = \(id) WHERE singleton = 1", logger: self.logger) }
        }
    }

    public func serverID() async -> String? {
        if let known = identity.withLockedValue({ $0 }) { return known }
        let id = try? await connection { conn -> String? in
            var found: String?
            for try await id in try await conn.query("SELECT id FROM server_identity WHERE singleton = 1", logger: self.logger).decode(String.self) { found = id }
            return found
        }
        identity.withLockedValue { $0 = id ?? nil }
        return id ?? nil
    }

    public func importZone(_ zone: String, records: [(seq: Int64, origin: String, record: WireRecord)], nextSeq: Int64) async throws {
        try await transaction { conn in
            let (zoneID, _) = try await self.lockZone(conn, zone)
            for chunk in stride(from: 0, to: records.count, by: 2000) {
                let part = records[chunk..<min(records.count, chunk + 2000)]
                let (tables, ids) = try await self.keys(conn, part.map { ($0.record.table, $0.record.id) })
                let seqs = part.map(\.seq), origins = part.map(\.origin)
                let bodies = part.map { ByteBuffer(bytes: StoredRecord.encode($0.record)) }
                try await conn.query("""
                    INSERT INTO record (zone_id, tbl, id, seq, origin, body)
                    SELECT \(zoneID), t.tbl, t.id, t.seq, t.origin, t.body
                    FROM unnest(\(tables)::int4[], \(ids)::uuid[], \(seqs)::int8[], \(origins)::text[], \(bodies)::bytea[]) AS t(tbl, id, seq, origin, body)
                    """, logger: self.logger)
            }
            try await conn.query("UPDATE zone SET next_seq = greatest(next_seq, \(nextSeq)) WHERE id = \(zoneID)", logger: self.logger)
        }
    }

    // MARK: Health

    /// The last answer of the database to `/health` and when: anyone may call `/health` as often as
    /// they like, so the database is asked at most once a second.
    private let lastHealth = NIOLockedValueBox<(at: ContinuousClock.Instant, ok: Bool)?>(nil)
    /// The server's identity once read (it never changes while serving).
    private let identity = NIOLockedValueBox<String?>(nil)

    public func healthy() async -> Bool {
        let now = ContinuousClock.now
        if let last = lastHealth.withLockedValue({ $0 }), now - last.at < .seconds(1) { return last.ok }
        let ok: Bool
        do {
            ok = try await connection { conn in
                var ok = false
                for try await v in try await conn.query("SELECT 1::int8", logger: self.logger).decode(Int64.self) { ok = v == 1 }
                return ok
            }
        } catch {
            ok = false
        }
        lastHealth.withLockedValue { $0 = (now, ok) }
        return ok
    }
}
