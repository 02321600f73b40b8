import FieldReplica
import FieldSyncCore
import FieldSyncServer
import Foundation
import GRDB

/// A server store of the earlier layout, read for `migrate-store`: a laptop-format main file
/// (`token`, `server_replica`, `server_rebind`) and one laptop-format file per zone beside it
/// (`NAME.zone-*.db`). Never written: each file is read through a copy (`VACUUM INTO`), so the
/// source stays as it was. A target of its own: it reads laptop-format files with the replica
/// engine, which the server itself never links (only `fieldsync-server migrate-store` does).
public final class LegacyServerStore: ServerStoreSource, Sendable {
    public let path: String
    let scratch: URL
    let main: DatabaseQueue
    /// Zone name → its store (a copy, migrated to the current laptop schema for reading).
    let zoneStores: [String: Replica]

    public init(path: String) throws {
        self.path = path
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        main = try Self.readCopy(of: path, into: scratch.appendingPathComponent("main.db").path)
        let base = (path as NSString).deletingPathExtension
        let dir = (path as NSString).deletingLastPathComponent
        let prefix = ((base as NSString).lastPathComponent) + ".zone-"
        var zones: [String: Replica] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir).sorted()
        where file.hasPrefix(prefix) && file.hasSuffix(".db") {
            let source = dir.isEmpty ? file : (dir as NSString).appendingPathComponent(file)
            let copy = scratch.appendingPathComponent(file).path
            try Self.readCopy(of: source, into: copy).close()
            let store = try Replica(path: copy, forReports: false)
            let zone = try store.info().zone
            guard zones[zone] == nil else {
                throw ServerError(.corrupt, "Two zone files beside \(path) hold zone \"\(zone)\"; keep the right one and run migrate-store again.")
            }
            zones[zone] = store
        }
        zoneStores = zones
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// A consistent copy of a SQLite file, made without writing to it.
    static func readCopy(of source: String, into target: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        let q = try DatabaseQueue(path: source, configuration: config)
        try q.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [target]) }
        try q.close()
        return try DatabaseQueue(path: target)
    }

    public func identities() async throws -> ServerSnapshot {
        try await main.read { db in
            var s = ServerSnapshot()
            s.tokens = try Row.fetchAll(db, sql: "SELECT name, hash, zone, role, replica_id, created_at, revoked_at, last_used_at FROM token ORDER BY name").map {
                .init(name: $0[0], hash: $0[1], zone: $0[2], role: $0[3], replica: $0[4], createdAt: $0[5], revokedAt: $0[6], lastUsedAt: $0[7])
            }
            if try db.tableExists("server_replica") {
                s.replicas = try Row.fetchAll(db, sql: "SELECT replica_id, token, key_hash, head, previous_head, last_push FROM server_replica ORDER BY registered_at, replica_id").map {
                    ReplicaRegistration(replica: $0[0], token: $0[1], keyHash: $0[2], history: ReplicaHistory(head: $0[3], previousHead: $0[4], lastPush: $0[5]))
                }
            }
            // Bindings made before replica keys: the replica stays the token's, its history unknown.
            let known = Set(s.replicas.map(\.replica))
            for t in s.tokens {
                guard let r = t.replica, !known.contains(r) else { continue }
                s.replicas.append(ReplicaRegistration(replica: r, token: t.name, keyHash: nil, history: ReplicaHistory(head: "")))
            }
            if try db.tableExists("server_rebind") { s.rebinds = try String.fetchAll(db, sql: "SELECT token FROM server_rebind ORDER BY token") }
            return s
        }
    }

    public func zones() async throws -> [String] { zoneStores.keys.sorted() }

    public func export(zone: String, after: Int64, limit: Int) async throws -> [(seq: Int64, origin: String, record: WireRecord)] {
        guard let store = zoneStores[zone] else { return [] }
        // The server's pull skip (`_origin`) is not carried over: it only spares a laptop records it
        // pushed after its last pull, which its next pull then re-reads once.
        return try store.changes(after: after, limit: limit).map { ($0.seq, "", $0.record) }
    }

    public func nextSeq(zone: String) async throws -> Int64 {
        guard let store = zoneStores[zone] else { return 1 }
        return try store.lastSeq() + 1
    }

    public func shutdown() async {}
}
