import FieldSyncCore
import Foundation
import GRDB

/// A replica's sync progress with one server.
public struct SyncCheckpoint: Sendable, Hashable {
    /// Local changes up to this sequence are confirmed by the server.
    public var pushedLocalSeq: Int64 = 0
    /// Server changes up to this sequence are applied here.
    public var pulledServerSeq: Int64 = 0
    /// When the last sync that completed was (never the last attempt).
    public var lastSuccessAt: String?
    /// When the last sync was tried (RFC 3339).
    public var lastAttemptAt: String?
    /// Why the last sync failed, if it did.
    public var lastError: String?
}

extension Replica {
    /// The checkpoint for `server` (zeros when never synced).
    public func checkpoint(server: String) throws -> SyncCheckpoint {
        try read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT pushed_local_seq, pulled_server_seq, last_success_at, last_attempt_at, last_error FROM sync_checkpoint WHERE server = ?",
                arguments: [server])
            else { return SyncCheckpoint() }
            return SyncCheckpoint(pushedLocalSeq: row[0], pulledServerSeq: row[1], lastSuccessAt: row[2], lastAttemptAt: row[3], lastError: row[4])
        }
    }

    /// Advances the push checkpoint (only after the server confirmed the batch). With `pushID`, the
    /// push history moves on in the same transaction: `head` becomes its successor by that push and
    /// the push is no longer pending (``ReplicaHistory``).
    public func markPushed(server: String, upTo seq: Int64, confirming pushID: String? = nil) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_checkpoint (server, pushed_local_seq) VALUES (?, ?)
                    ON CONFLICT(server) DO UPDATE SET pushed_local_seq = max(pushed_local_seq, excluded.pushed_local_seq)
                    """, arguments: [server, seq])
            // Only the pending push moves the head: a confirmation arriving twice moves it once.
            guard let pushID, try Self.configValue(db, Self.pendingPushKey) == pushID else { return }
            let head = try Self.configValue(db, Self.historyKey) ?? ReplicaHistory.genesis
            try Self.setConfigValue(db, Self.historyKey, ReplicaHistory.advance(head, by: pushID))
            try db.execute(sql: "DELETE FROM config WHERE key IN (?, ?, ?, ?)", arguments: StatementArguments(Self.pendingKeys))
        }
    }

    /// The push history is the store's, not a server URL's: the server that accepted it may move
    /// (a new address, a restart on another port) and still know this replica; a server that does
    /// not know the replica takes the history it is shown. A new replica id starts it again
    /// (``rotateReplicaID(pushedUpTo:)``).
    static let historyKey = "push_history"
    static let pendingPushKey = "pending_push"
    /// The store file ("dev:ino") that made the pending push.
    static let pendingFileKey = "pending_push_file"
    /// The last local change the pending push carried: a retry carries no later change, so a
    /// retry is the same push (or less of it, where a record has changed since), never more.
    static let pendingUpToKey = "pending_push_up_to"
    /// The pending push's range as sent ("after-upTo").
    static let pendingRangeKey = "pending_push_range"
    /// Every key of a pending push, dropped together when it is confirmed or the id changes.
    static let pendingKeys = [pendingPushKey, pendingFileKey, pendingUpToKey, pendingRangeKey]

    static func configValue(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = ?", arguments: [key])
    }

    static func setConfigValue(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// This store's push history: the head the server last confirmed and the push still waiting
    /// for its confirmation (sent again, with the same id, until it is confirmed).
    public func pushHistory() throws -> (head: String, pending: String?) {
        let file = fileIdentity()
        return try read { db in
            (try Self.configValue(db, Self.historyKey) ?? ReplicaHistory.genesis, try Self.pending(db, file: file))
        }
    }

    /// The id of the push about to be sent: the pending one, or a new one carrying changes up to
    /// `upTo`, saved before it is used so that a retry after a lost reply sends the same id.
    /// - Returns: also the last change the push may carry (the pending push's own bound, or `upTo`).
    /// - Returns: also the push's range (``ReplicaHistory/rangeText(after:upTo:)``), fixed with its
    ///   id: a retry sends the same, and the server refuses a "retry" with another.
    public func pendingPush(after: Int64, upTo: Int64) throws -> (head: String, pushID: String, upTo: Int64, range: String) {
        let file = fileIdentity()
        return try write { db in
            let head = try Self.configValue(db, Self.historyKey) ?? ReplicaHistory.genesis
            if let id = try Self.pending(db, file: file) {
                let bound = try Self.configValue(db, Self.pendingUpToKey).flatMap { Int64($0) } ?? upTo
                let range = try Self.configValue(db, Self.pendingRangeKey) ?? ReplicaHistory.rangeText(after: min(after, bound), upTo: bound)
                return (head, id, bound, range)
            }
            let id = Hex.random(bytes: 16)
            let range = ReplicaHistory.rangeText(after: min(after, upTo), upTo: upTo)
            try Self.setConfigValue(db, Self.pendingPushKey, id)
            try Self.setConfigValue(db, Self.pendingUpToKey, String(upTo))
            try Self.setConfigValue(db, Self.pendingRangeKey, range)
            if let file { try Self.setConfigValue(db, Self.pendingFileKey, file) }
            return (head, id, upTo, range)
        }
    }

    /// The last local change the pending push (of this file) carried, or nil when none is pending.
    public func pendingPushBound() throws -> Int64? {
        let file = fileIdentity()
        return try read { db in
            guard try Self.pending(db, file: file) != nil else { return nil }
            return try Self.configValue(db, Self.pendingUpToKey).flatMap { Int64($0) }
        }
    }

    /// The pending push id, unless the store's file is no longer the one that made it: a copied
    /// file (`cp` makes a new inode) must not resend its original's pending push, which the server
    /// would take for a retry of the same laptop; with a new id it is told it is a copy instead.
    static func pending(_ db: Database, file: String?) throws -> String? {
        guard let id = try configValue(db, pendingPushKey) else { return nil }
        if let file, let made = try configValue(db, pendingFileKey), made != file { return nil }
        return id
    }

    /// The store file's device and inode ("dev:ino"), nil when it cannot be read.
    func fileIdentity() -> String? { Platform.fileIdentity(path) }

    /// This store's replica key: a secret made once per store, sent with every request; the server
    /// registers a replica id with the key it first came with, and accepts a new replica id for a
    /// token only with the key of one of that token's replicas (a rotation or a copy of the store).
    public func replicaKey() throws -> String {
        if let key = try config(Self.replicaKeyKey) { return key }
        return try write { db in
            if let key = try Self.configValue(db, Self.replicaKeyKey) { return key }
            let key = Hex.random(bytes: 32)
            try Self.setConfigValue(db, Self.replicaKeyKey, key)
            return key
        }
    }

    static let replicaKeyKey = "replica_key"


    /// Records the outcome of a sync attempt; `lastSuccessAt` moves only on success.
    public func markAttempt(server: String, succeeded: Bool, error: String?) throws {
        let at = Instant.format(now())
        try write { db in
            try db.execute(sql: "INSERT INTO sync_checkpoint (server) VALUES (?) ON CONFLICT(server) DO NOTHING", arguments: [server])
            try db.execute(
                sql: "UPDATE sync_checkpoint SET last_attempt_at = ?, last_error = ?, last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END WHERE server = ?",
                arguments: [at, error, succeeded, at, server])
        }
    }

    /// Applies a pulled batch and advances the pull checkpoint in the same transaction. Records the
    /// page could not read (`quarantined`) are kept aside with their reason instead of stopping
    /// the sync; a record applied later takes its own entry out.
    @discardableResult
    public func applyPulled(_ records: [WireRecord], server: String, upTo seq: Int64, quarantined: [RejectedRecord] = []) throws -> ApplyResult {
        let checked: [WireRecord]
        do {
            checked = try records.map { try $0.validated() }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return try write { db in
            var result = try Self.apply(checked, options: .pulled, db: db, now: self.now(), path: self.path)
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM quarantine)") == true {
                let release = try db.cachedStatement(sql: "DELETE FROM quarantine WHERE tbl = ? AND id = ?")
                for r in checked { try release.execute(arguments: [r.table, r.id]) }
            }
            let at = Instant.format(self.now())
            result.keptAside += quarantined
            if !result.keptAside.isEmpty {
                let keep = try db.cachedStatement(sql: "INSERT OR REPLACE INTO quarantine (tbl, id, reason, reason_zh, at, reason_key) VALUES (?, ?, ?, ?, ?, ?)")
                for q in result.keptAside {
                    try keep.execute(arguments: [q.table, q.id, Terminal.inert(q.reason.english), Terminal.inert(q.reason.render(.zh)), at, q.reason.key.name])
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO sync_checkpoint (server, pulled_server_seq) VALUES (?, ?)
                    ON CONFLICT(server) DO UPDATE SET pulled_server_seq = max(pulled_server_seq, excluded.pulled_server_seq)
                    """, arguments: [server, seq])
            return result
        }
    }

    /// Whether the quarantine holds a record kept aside only because its table was unknown to the
    /// version that pulled it, and that this version knows: the next sync then pulls the zone from
    /// its start once, so such records arrive again and are applied (an upgraded laptop gets the
    /// record types a newer one added; its pull checkpoint had passed them).
    public func quarantineHoldsNowKnownTables() throws -> Bool {
        try read { db in
            // By the reason's key; rows kept before it was stored, by their English wording.
            for row in try Row.fetchAll(db, sql: "SELECT tbl FROM quarantine WHERE reason_key = ? OR (reason_key = '' AND reason LIKE 'Unknown table %')",
                                        arguments: [MessageKey.unknownTable.name]) {
                if let table = row[0] as String?, Domain.type(named: table) != nil { return true }
            }
            return false
        }
    }

    /// The records kept aside by pulls (see ``applyPulled(_:server:upTo:quarantined:)``), oldest
    /// first, each reason in both languages.
    public func quarantine() throws -> [(table: String, id: String, reason: Bilingual, at: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT tbl, id, reason, reason_zh, at FROM quarantine ORDER BY at, tbl, id")
                .map { ($0[0], $0[1], Bilingual(zh: $0[3], en: $0[2]), $0[4]) }
        }
    }

    /// The key a server's checkpoint is kept under: its identity once known (`server:<id>`), so
    /// the same server at a new address resumes where it was; the address for a server that does
    /// not say who it is.
    ///
    /// The first time a server's identity is learned at an address, the checkpoint kept under the
    /// address moves to the identity. An address that now answers with another identity than
    /// before is another server: its checkpoint starts afresh (`anotherServer` says so).
    public func checkpointKey(url: String, serverID: String?) throws -> (key: String, anotherServer: Bool) {
        guard let serverID else { return (checkpointKey(url: url), false) }
        let key = "server:" + serverID
        let mapping = "server_identity:" + url
        return try write { db in
            let before = try Self.configValue(db, mapping)
            let another = before != nil && before != serverID
            if before == nil,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM sync_checkpoint WHERE server = ?", arguments: [key]) != true {
                try db.execute(sql: "UPDATE sync_checkpoint SET server = ? WHERE server = ?", arguments: [key, url])
            }
            try Self.setConfigValue(db, mapping, serverID)
            return (key, another)
        }
    }

    /// The key of the checkpoint for `url` as last learned (no network): the server's identity if
    /// a sync learned it there, else the address.
    public func checkpointKey(url: String) -> String {
        (try? read { db in try Self.configValue(db, "server_identity:" + url) }).flatMap { $0 }.map { "server:" + $0 } ?? url
    }
}
