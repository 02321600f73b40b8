import FieldSyncCore
import GRDB

/// A replica's sync progress with one server.
public struct SyncCheckpoint: Sendable, Hashable {
    public var pushedLocalSeq: Int64 = 0
    public var pulledServerSeq: Int64 = 0
    /// When the last sync that completed was (never the last attempt).
    public var lastSuccessAt: String?
    public var lastAttemptAt: String?
    public var lastError: String?
}

extension ReplicaStore {
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

    /// Advances the push checkpoint (only after the server confirmed the batch).
    public func markPushed(server: String, upTo seq: Int64) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_checkpoint (server, pushed_local_seq) VALUES (?, ?)
                    ON CONFLICT(server) DO UPDATE SET pushed_local_seq = max(pushed_local_seq, excluded.pushed_local_seq)
                    """, arguments: [server, seq])
        }
    }

    /// Records the outcome of a sync attempt; `lastSuccessAt` moves only on success.
    public func markAttempt(server: String, succeeded: Bool, error: String?) throws {
        let at = Self.instant(now())
        try write { db in
            try db.execute(sql: "INSERT INTO sync_checkpoint (server) VALUES (?) ON CONFLICT(server) DO NOTHING", arguments: [server])
            try db.execute(
                sql: "UPDATE sync_checkpoint SET last_attempt_at = ?, last_error = ?, last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END WHERE server = ?",
                arguments: [at, error, succeeded, at, server])
        }
    }

    /// Applies a pulled batch and advances the pull checkpoint in the same transaction.
    @discardableResult
    public func applyPulled(_ records: [WireRecord], server: String, upTo seq: Int64) throws -> ApplyResult {
        let checked: [WireRecord]
        do {
            checked = try records.map { try $0.validated() }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return try write { db in
            let result = try Self.apply(checked, options: .replica, db: db, now: self.now(), path: self.path)
            try db.execute(
                sql: """
                    INSERT INTO sync_checkpoint (server, pulled_server_seq) VALUES (?, ?)
                    ON CONFLICT(server) DO UPDATE SET pulled_server_seq = max(pulled_server_seq, excluded.pulled_server_seq)
                    """, arguments: [server, seq])
            return result
        }
    }
}

