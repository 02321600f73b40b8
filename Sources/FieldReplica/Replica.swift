import FieldSyncCore
import Foundation
import GRDB
import GRDBSQLite

/// Who a store is: its replica id, name, zone and role.
public struct ReplicaInfo: Sendable, Hashable {
    /// The replica id its writes are stamped with.
    public var replicaID: ReplicaID
    /// The laptop's name, as given at `init`.
    public var name: String
    /// The zone it belongs to; it never syncs into another.
    public var zone: String
    /// The store's role (`replica`, or `viewer` once a viewer's token was seen).
    public var role: String
    /// When it was made (RFC 3339).
    public var createdAt: String
}

/// A local replica: a SQLite file (WAL mode) holding every record's readable row and sync state.
///
/// Every local write is one transaction that updates the domain row, the record's dots and vector,
/// the local change sequence and the append-only history. Applying remote states merges a batch in
/// one transaction and creates no local changes. A failed operation leaves the store unchanged.
public final class Replica: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let now: @Sendable () -> Date

    /// Opens (creating if needed, with mode 0600) and migrates the store at `path`.
    /// - Parameters:
    ///   - path: the database file.
    ///   - now: the wall clock (injected by tests).
    /// - Throws: ``StoreError`` when the file is not a FieldSync store, is damaged or unreadable.
    /// - Parameter forReports: read through a 256 MiB memory map and a 16 MiB page cache per
    ///   connection (a laptop's reports scan whole tables); off for the server's stores, which read
    ///   by key and would otherwise hold that much per connection of every zone.
    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }, forReports: Bool = true) throws {
        self.path = path
        self.now = now
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty && !fm.fileExists(atPath: dir) {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError(.readOnly, Message(.cannotCreateStoreCheck, path))
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reports scan whole tables: read them through a memory map and a 16 MiB page cache
            // rather than a pread per 4 KiB page into SQLite's default 2 MB cache.
            if forReports { try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16000") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    static let migrator: DatabaseMigrator = {
        var m = DatabaseMigrator()
        for (name, sql) in SchemaSQL.migrations {
            m.registerMigration(name) { db in
                try db.execute(sql: sql)
                for type in addedColumns[name] ?? [] { try fillAddedColumns(db, type) }
            }
        }
        return m
    }()

    /// The record types a migration added columns to (for fields declared `added:`).
    static let addedColumns: [String: [RecordType]] = [
        "012_commissioner_leave.sql": [Domain.commissioner], "015_visit_needs.sql": [Domain.visit], "017_project_major.sql": [Domain.project],
    ]

    /// Fills a type's newly added columns from each row's sync metadata: a laptop that received
    /// those fields from a newer laptop before it upgraded holds them as undeclared fields, kept
    /// whole in the metadata; rewriting the row places them in their columns (same state, same
    /// change sequence).
    static func fillAddedColumns(_ db: Database, _ type: RecordType) throws {
        let codec = try RowCodec.codec(for: type.name)
        var interner = try loadInterner(db)
        for row in try Row.fetchAll(db, sql: codec.selectFrom) {
            let stored = try codec.decode(row, interner)
            _ = try codec.upsert(db, id: row[0], state: stored.state, seq: stored.seq, &interner)
        }
    }

    /// The store's wall clock now (injected for tests).
    public var currentDate: Date { now() }

    // MARK: Identity

    /// Makes this store a replica: mints its replica id. Fails if it already is one.
    /// - Returns: the new replica id.
    @discardableResult
    public func initialize(name: String, zone: String, role: String = "replica") throws -> ReplicaID {
        let id = ReplicaID.random()
        let created = Instant.format(now())
        try write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM replica_info") != nil {
                throw StoreError(.alreadyInitialized, Message(.storeAlreadyInitialisedKeeps, path))
            }
            try db.execute(
                sql: "INSERT INTO replica_info (singleton, replica_id, replica_name, zone, role, created_at) VALUES (1, ?, ?, ?, ?, ?)",
                arguments: [id.rawValue, name, zone, role, created])
            try Self.setConfigValue(db, Self.replicaKeyKey, Hex.random(bytes: 32))
        }
        return id
    }

    /// Writes this laptop's synced `laptop` record (its name, and the commissioner working on it
    /// when given), keyed by its current replica id.
    public func writeLaptop(name: String? = nil, commissioner: String? = nil) throws {
        try transaction { tx in
            let info = try Self.info(tx.db, path: self.path)
            var values: [String: FieldValue] = ["name": .text(name ?? info.name)]
            if let commissioner { values["commissioner"] = .text(commissioner) }
            try tx.write(Domain.laptop, id: info.replicaID.rawValue, values)
        }
    }

    /// Every known laptop: replica id → (name, commissioner id or name as given).
    public func laptops() throws -> [String: (name: String, commissioner: String?)] {
        try read { db in
            var out: [String: (name: String, commissioner: String?)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name, commissioner FROM laptop WHERE deleted = 0") {
                out[row[0]] = ((row[1] as String?) ?? "", row[2])
            }
            return out
        }
    }

    /// This store's identity.
    /// - Throws: ``StoreError/Code/notInitialized`` before `initialize`.
    public func info() throws -> ReplicaInfo {
        try read { db in try Self.info(db, path: self.path) }
    }

    static func info(_ db: Database, path: String) throws -> ReplicaInfo {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT replica_id, replica_name, zone, role, created_at FROM replica_info WHERE singleton = 1")
        else {
            throw StoreError(.notInitialized, Message(.storeInitialisedRunFieldsync, path))
        }
        return ReplicaInfo(replicaID: ReplicaID(row[0] as String), name: row[1], zone: row[2], role: row[3], createdAt: row[4])
    }

    /// Mints a new replica id for this store, keeping its data: for a store restored from a backup,
    /// whose old dots the server already knows with other content.
    /// - Returns: the new replica id.
    /// Records changed here but not yet confirmed by `server` are re-stamped: the old id's entries
    /// become one new write by the new id, and the old id leaves their vectors, so the server keeps
    /// whatever the old id wrote before the restore (its entries are not covered) and flags real
    /// differences as conflicts. Nothing is lost on either side.
    @discardableResult
    public func rotateReplicaID(server: String? = nil) throws -> ReplicaID {
        try rotateReplicaID(pushedUpTo: try server.map { try checkpoint(server: $0).pushedLocalSeq } ?? 0)
    }

    /// ``rotateReplicaID(server:)`` for a store whose confirmed pushes reach local sequence `pushed`.
    @discardableResult
    public func rotateReplicaID(pushedUpTo pushed: Int64) throws -> ReplicaID {
        let id = ReplicaID.random()
        let before = try laptops()[try info().replicaID.rawValue]
        let at = Instant.format(now())
        try write { db in
            let old = try Self.info(db, path: self.path).replicaID
            var interner = try Self.loadInterner(db)
            var next = try Int64.fetchOne(db, sql: "SELECT next_seq FROM replica_info") ?? 1
            let hlc = HLC(milliseconds: UInt64(max(0, self.now().timeIntervalSince1970 * 1000)))
            for type in Domain.all {
                let codec = try RowCodec.codec(for: type.name)
                let rows = try Row.fetchAll(db, sql: codec.selectFrom + " WHERE _seq > ? AND _seq > 0", arguments: [pushed])
                for row in rows {
                    let recordID: String = row[0]
                    let stored = try codec.decode(row, interner)
                    var values: [String: FieldValue] = [:]
                    var kept: [String: [FieldEntry]] = [:]
                    for (field, entries) in stored.state.fields {
                        let mine = entries.filter { $0.dot.replica == old }
                        let others = entries.filter { $0.dot.replica != old }
                        if !others.isEmpty { kept[field] = others }
                        if let latest = mine.max(by: { $0.dot.counter < $1.dot.counter }) { values[field] = latest.value }
                    }
                    guard !values.isEmpty else { continue }
                    var vv = stored.state.vv
                    vv[old] = 0
                    var state = RecordState(vv: vv, fields: kept)
                    state.write(values, by: id, at: hlc)
                    _ = try codec.upsert(db, id: recordID, state: state, seq: next, &interner)
                    next += 1
                    try History.append(db, table: type.name, id: recordID, origin: "local", replicas: [id], author: "restore", at: at, hlc: hlc,
                                       changes: History.changes(type: type, old: stored.state, new: state, fields: Set(values.keys)))
                }
            }
            try Self.savePending(db, &interner)
            try db.execute(sql: "UPDATE replica_info SET next_seq = ?", arguments: [next])
            let previous = try String.fetchOne(db, sql: "SELECT previous_replica_ids FROM replica_info") ?? "[]"
            var list = (try? JSONDecoder().decode([String].self, from: Data(previous.utf8))) ?? []
            list.append(old.rawValue)
            try db.execute(
                sql: "UPDATE replica_info SET replica_id = ?, previous_replica_ids = ?",
                arguments: [id.rawValue, SetColumn.encode(list)])
            // A new id has pushed nothing yet: its history starts again (the store keeps its key).
            try db.execute(sql: "DELETE FROM config WHERE key IN (?, ?, ?, ?, ?)",
                           arguments: StatementArguments([Self.historyKey] + Self.pendingKeys))
        }
        // The new id is the same laptop: it carries the same name (and commissioner).
        if let before { try writeLaptop(commissioner: before.commissioner) }
        return id
    }

    /// Writes a consistent copy of this store to `path` (`VACUUM INTO`): what `cp` of a closed
    /// store file makes, for tests and the simulator's copied laptops.
    public func copy(to path: String) throws {
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        } catch let e as DatabaseError {
            throw StoreError(.corrupt, Message(.storeCouldNotBeCopied, path, e.message ?? "\(e)"))
        }
    }

    // MARK: Config

    /// A local setting (server URL, token); nil when unset.
    public func config(_ key: String) throws -> String? {
        try read { db in try Self.configValue(db, key) }
    }

    /// Reads one local setting without opening the store for work (no migration, read-only):
    /// the CLI reads `lang` before it parses its arguments. nil when there is no such store or key.
    public static func peekConfig(path: String, _ key: String) -> String? {
        // The C API straight: opening a GRDB queue costs a CLI process ~3 ms more.
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        var stmt: OpaquePointer?
        defer { sqlite3_finalize(stmt) }
        guard sqlite3_prepare_v2(db, "SELECT value FROM config WHERE key = ?", -1, &stmt, nil) == SQLITE_OK else { return nil }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        guard sqlite3_bind_text(stmt, 1, key, -1, transient) == SQLITE_OK, sqlite3_step(stmt) == SQLITE_ROW,
              let text = sqlite3_column_text(stmt, 0) else { return nil }
        return String(cString: text)
    }

    /// Sets a local (never synced) setting: server, token, language …
    public func setConfig(_ key: String, _ value: String) throws {
        try write { db in try Self.setConfigValue(db, key, value) }
    }

    // MARK: Transactions

    /// Runs `body` in one write transaction; any error rolls everything back.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write { db in try body(db) }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Runs `body` on a read-only snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read { db in try body(db) }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Runs local writes in one transaction: either every write of `body` lands, or none does.
    /// - Parameters:
    ///   - author: the commissioner acting, recorded in the history.
    ///   - body: reads and writes records through the ``WriteContext``; throwing undoes them all.
    @discardableResult
    public func transaction<T>(author: String? = nil, _ body: (WriteContext) throws -> T) throws -> T {
        try write { db in
            // A viewer's laptop (learnt from the server on its first sync) records nothing it
            // could never push.
            if try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = 'role'") == "viewer" {
                throw StoreError(.forbidden, Message(.viewerLaptopReadOnly))
            }
            let ctx = try WriteContext(db: db, store: self, author: author)
            let result = try body(ctx)
            try ctx.finish()
            return result
        }
    }

    /// The state of one record, or nil.
    public func state(_ type: RecordType, id: String) throws -> RecordState? {
        try read { db in
            let interner = try Self.loadInterner(db)
            return try Self.load(db, RowCodec.codec(for: type.name), id: id, interner)?.state
        }
    }

    /// The states of the records `ids` of `type` that exist, read from one snapshot.
    public func states(_ type: RecordType, ids: [String]) throws -> [String: RecordState] {
        try read { db in
            let interner = try Self.loadInterner(db)
            let codec = try RowCodec.codec(for: type.name)
            var out: [String: RecordState] = [:]
            for id in ids {
                if let stored = try Self.load(db, codec, id: id, interner) { out[id] = stored.state }
            }
            return out
        }
    }

    static func load(_ db: Database, _ codec: RowCodec, id: String, _ interner: ReplicaInterner) throws -> RowCodec.Stored? {
        let stmt = try db.cachedStatement(sql: codec.selectSQL)
        guard let row = try Row.fetchOne(stmt, arguments: [id]) else { return nil }
        return try codec.decode(row, interner)
    }

    static func loadInterner(_ db: Database) throws -> ReplicaInterner {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT idx, id FROM replica"))
        return ReplicaInterner(rows: rows.map { ($0[0], $0[1]) })
    }

    static func savePending(_ db: Database, _ interner: inout ReplicaInterner) throws {
        guard !interner.pending.isEmpty else { return }
        let stmt = try db.cachedStatement(sql: "INSERT INTO replica (idx, id) VALUES (?, ?)")
        for (i, r) in interner.pending { try stmt.execute(arguments: [i, r.rawValue]) }
        interner.pending.removeAll()
    }

    /// `PRAGMA integrity_check` is ok.
    public func integrityOK() throws -> Bool {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }
}

/// The handle of one local write transaction. Not `Sendable`: it lives inside the transaction.
public final class WriteContext {
    /// The open transaction's database.
    public let db: Database
    let store: Replica
    let author: String?
    /// The replica id this transaction writes as.
    public let replica: ReplicaID
    var interner: ReplicaInterner
    var clock: HybridClock
    var nextSeq: Int64
    let startSeq: Int64
    let startHLC: HLC
    let at: String
    /// Whether a record created in this transaction gets a history line. A bulk import sets it
    /// false: a creation's state already says who wrote each field and when (the writes' replica
    /// and HLC), and ``Replica/history(id:)`` shows it from there, so 20,000 imported enterprises
    /// do not write their values a second time (issue 25, item 6).
    public var recordsCreations = true

    init(db: Database, store: Replica, author: String?) throws {
        self.db = db
        self.store = store
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT replica_id, next_seq, hlc, replica_name FROM replica_info WHERE singleton = 1"))
        else {
            throw StoreError(.notInitialized, Message(.storeInitialisedRunFieldsync, store.path))
        }
        replica = ReplicaID(row[0] as String)
        // Without a named author, the laptop's name (usually its commissioner's) is recorded.
        self.author = author ?? (row[3] as String)
        nextSeq = row[1]
        startSeq = nextSeq
        let last = HLC(rawValue: UInt64(bitPattern: row[2] as Int64))
        startHLC = last
        let now = store.now
        clock = HybridClock(last: last, now: { UInt64(max(0, now().timeIntervalSince1970 * 1000)) })
        interner = try Replica.loadInterner(db)
        at = Instant.format(store.now())
    }

    /// The current state of a record, or nil if this store has never seen it.
    public func state(_ type: RecordType, id: String) throws -> RecordState? {
        try Replica.load(db, RowCodec.codec(for: type.name), id: id, interner)?.state
    }

    /// Writes `values` to a record (creating it when new) as one local write: one new dot,
    /// `deleted = false` unless `values` says otherwise, a new change sequence and a history line.
    /// - Throws: ``StoreError`` when a field is not declared for `type` or a value has the wrong type.
    @discardableResult
    public func write(_ type: RecordType, id: String, _ values: [String: FieldValue]) throws -> Dot {
        for (name, value) in values {
            guard let spec = type.spec(name) else {
                throw StoreError.invalid(Message(.hasField, type.name, name))
            }
            guard value.matches(spec.type) else {
                throw StoreError.invalid(Message(.mustHold, type.name, name, spec.type.rawValue, value))
            }
            if let problem = value.storageProblem(table: type.name, field: name, id: id) { throw StoreError.invalid(problem) }
            // Control characters (an escape sequence, a bell, a bidi override) are refused at
            // input; line breaks and tabs are text. What arrives by sync is escaped on output.
            let texts: [String]
            switch value {
            case .text(let t): texts = [t]
            case .set(let items): texts = Array(items)
            default: texts = []
            }
            for t in texts where t.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && Terminal.needsEscape($0) }) {
                throw StoreError.invalid(Message(.controlCharacterInText, fieldLabelMessage(name), Terminal.clean(String(t.prefix(64)))))
            }
        }
        let codec = try RowCodec.codec(for: type.name)
        let old = try Replica.load(db, codec, id: id, interner)?.state ?? RecordState()
        var state = old
        var toWrite = values
        if toWrite[RecordType.deletedField] == nil { toWrite[RecordType.deletedField] = .bool(false) }
        let hlc = clock.tick()
        let dot = state.write(toWrite, by: replica, at: hlc)
        let seq = nextSeq
        nextSeq += 1
        _ = try codec.upsert(db, id: id, state: state, seq: seq, &interner)
        if recordsCreations || !old.fields.isEmpty {
            try History.append(
                db, table: type.name, id: id, origin: "local", replicas: [replica], author: author, at: at, hlc: hlc,
                changes: History.changes(type: type, old: old, new: state, fields: Set(values.keys)))
        }
        return dot
    }

    /// Deletes a record: a versioned write of `deleted = true`.
    @discardableResult
    public func delete(_ type: RecordType, id: String) throws -> Dot {
        try write(type, id: id, [RecordType.deletedField: .bool(true)])
    }

    func finish() throws {
        try Replica.savePending(db, &interner)
        if nextSeq != startSeq || clock.last != startHLC {
            try db.cachedStatement(sql: "UPDATE replica_info SET next_seq = ?, hlc = ? WHERE singleton = 1")
                .execute(arguments: [nextSeq, Int64(bitPattern: clock.last.rawValue)])
        }
    }
}

extension Replica {
    /// Replica ids this store had before ``rotateReplicaID()``, oldest first.
    public func previousReplicaIDs() throws -> [String] {
        try read { db in
            let text = try String.fetchOne(db, sql: "SELECT previous_replica_ids FROM replica_info") ?? "[]"
            return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
        }
    }
}
