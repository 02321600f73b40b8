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

/// Who a request says it is, its headers checked for form (not yet against the registrations).
public struct Caller: Sendable {
    public var grant: TokenGrant
    public var replica: ReplicaID
    /// SHA-256 of the store's replica key.
    public var keyHash: String
    /// The push history's head the laptop claims.
    public var claim: String
    /// The push's id (push), or the push the laptop still waits to see confirmed (pull).
    public var pushID: String?
    /// A push's local change range (``ReplicaHistory/rangeText(after:upTo:)``; "" when the laptop
    /// sent none); nil on a pull.
    public var pushRange: String?

    public init(grant: TokenGrant, replica: ReplicaID, keyHash: String, claim: String, pushID: String?, pushRange: String? = nil) {
        self.grant = grant
        self.replica = replica
        self.keyHash = keyHash
        self.claim = claim
        self.pushID = pushID
        self.pushRange = pushRange
    }
}

/// The server's storage: the embedded SQLite store (``SQLiteServerStore``) or PostgreSQL
/// (``PostgresServerStore``). Both keep the server schema (`Schema/server/`) and apply the same
/// ``ServerRules``; they differ only in how they read, write and lock.
///
/// Requirements: `push` checks the caller's identity, merges the batch and records the push in one
/// transaction, assigning each changed record the next sequence of its zone so that **a pull never
/// skips a change committed with a lower sequence**, however concurrent pushes interleave (on one
/// instance or several); a refused push changes nothing.
public protocol ServerStore: Sendable {
    /// Admits the caller, merges a pushed batch into its zone and records the push. `encoded`, when
    /// given, holds each record's binary bytes as pushed (``FieldSyncWire/BinaryWire``): a record
    /// whose merged state is exactly the pushed one is stored as those bytes, not encoded again.
    /// Records that come with their bytes were decoded by `BinaryWire`, which validates as it
    /// decodes; records without are validated here.
    func push(_ caller: Caller, records: [WireRecord], encoded: [[UInt8]]?, now: Date) async throws -> PushResponse
    /// Checks, reading only, that the caller may act as its replica (token, key, push history): the
    /// check `push` repeats under its locks, made before a push's body is read, inflated or
    /// decoded, so a refused caller costs the server no memory.
    func preAdmit(_ caller: Caller) async throws
    /// Admits the caller and reads the zone's changes after `after`; records whose state is exactly
    /// what this replica pushed are left out.
    func pull(_ caller: Caller, after: Int64, limit: Int) async throws -> PullPage
    /// The grant of a presented bearer token, or nil when unknown or revoked.
    func authenticate(_ token: String) async throws -> TokenGrant?
    /// Allows the token's next new replica to register without the key of one of its replicas
    /// (a laptop lost with its store); the token's replicas stay its own.
    func allowRebind(token: String) async throws
    /// Creates a token; with `takingOver`, in the same transaction, the laptops (replica ids and
    /// keys) of that revoked token of the same zone become the new token's (a leaver's laptop
    /// then syncs its last work with the new token; ``ServerRules/checkTakeOver(_:name:role:zone:)``).
    func createToken(name: String, role: String, zone: String, takingOver: String?) async throws -> String
    func listTokens() async throws -> [TokenSummary]
    func revokeToken(name: String) async throws
    /// Every record of a zone with its sequence, in sequence order (export, tests, moving an office).
    func export(zone: String, after: Int64, limit: Int) async throws -> [(seq: Int64, origin: String, record: WireRecord)]
    /// The zones, by name.
    func zones() async throws -> [String]
    /// Whether the database answers and is sound (cheap: a full check at most every few minutes).
    func healthy() async -> Bool
    /// The server's identity (made by the migration that created it), which laptops key their
    /// checkpoints by; nil when it cannot be read.
    func serverID() async -> String?
    /// Admits the caller (as a pull does) and reads the versions the server kept of one record of
    /// its zone, oldest first (at most the newest 256).
    func versions(_ caller: Caller, table: String, id: String) async throws -> [RecordVersion]
    /// A stored record as it is (read without the value rule, so a poisoned one can be seen), its
    /// sequence and the repairs made to it; nil when the zone holds no such record.
    func storedRecord(zone: String, table: String, id: String) async throws -> StoredRecordView?
    /// Repairs a stored record (``RecordRepair/repaired(_:by:now:deleting:)``) as the server's repair
    /// replica, with the zone's next sequence, and audits it (who, why, before and after) in the
    /// same transaction.
    /// - Throws: ``ServerError`` `unknownID` (no such record) or `invalidValue` (nothing to repair).
    func repair(zone: String, table: String, id: String, by: String, reason: String, deleting: Bool, now: Date) async throws -> RepairOutcome
    /// Closes the store's connections.
    func shutdown() async
}

extension ServerStore {
    public func createToken(name: String, role: String, zone: String) async throws -> String {
        try await createToken(name: name, role: role, zone: zone, takingOver: nil)
    }

    /// A push whose records are stored in their own encoding.
    public func push(_ caller: Caller, records: [WireRecord], now: Date) async throws -> PushResponse {
        try await push(caller, records: records, encoded: nil, now: now)
    }
}

/// One version of a record as the server accepted it: the zone sequence it was written with, the
/// replica whose push made it, the token that pushed it (or the office's repair), when, and the
/// record's state then.
public struct RecordVersion: Sendable {
    public var seq: Int64
    public var writer: String
    public var token: String
    public var at: String
    public var record: WireRecord
}

/// Everything a store holds, for `migrate-store`: written by ``ServerStoreImport/importAll(_:)``.
public struct ServerSnapshot: Sendable {
    public struct TokenRow: Sendable {
        public var name, hash, zone, role: String
        public var replica: String?
        public var createdAt: String
        public var revokedAt: String?
        public var lastUsedAt: String?
        public init(name: String, hash: String, zone: String, role: String, replica: String?, createdAt: String, revokedAt: String?, lastUsedAt: String?) {
            (self.name, self.hash, self.zone, self.role, self.replica, self.createdAt, self.revokedAt, self.lastUsedAt) =
                (name, hash, zone, role, replica, createdAt, revokedAt, lastUsedAt)
        }
    }
    public var tokens: [TokenRow] = []
    public var replicas: [ReplicaRegistration] = []
    public var rebinds: [String] = []
    /// The server's identity (nil from a layout that had none): moved with the store, so laptops
    /// resume their checkpoints against the new one.
    public var serverID: String?
    public init() {}
}

/// A store `migrate-store` can copy from.
public protocol ServerStoreSource: Sendable {
    /// Tokens, replicas and rebind permits, as stored.
    func identities() async throws -> ServerSnapshot
    func zones() async throws -> [String]
    func export(zone: String, after: Int64, limit: Int) async throws -> [(seq: Int64, origin: String, record: WireRecord)]
    /// A zone's next sequence.
    func nextSeq(zone: String) async throws -> Int64
    /// The kept versions of a zone's records (the audit trail) with a sequence past `after`, oldest first.
    func exportVersions(zone: String, after: Int64, limit: Int) async throws -> [RecordVersion]
    func shutdown() async
}

extension ServerStoreSource {
    /// A store of the earlier layout kept no versions.
    public func exportVersions(zone: String, after: Int64, limit: Int) async throws -> [RecordVersion] { [] }
}

/// A store `migrate-store` can fill (an empty, migrated store).
public protocol ServerStoreImport: ServerStore, ServerStoreSource {
    /// Tokens, replicas and rebind permits.
    func importIdentities(_ snapshot: ServerSnapshot) async throws
    /// Records of a zone with the sequences they had (appended, page by page), and the zone's next sequence.
    func importZone(_ zone: String, records: [(seq: Int64, origin: String, record: WireRecord)], nextSeq: Int64) async throws
    /// Versions of a zone's records, as they were kept (after the zone's records).
    func importVersions(_ zone: String, versions: [RecordVersion]) async throws
    /// Whether the store holds nothing yet (a target must be empty).
    func isEmpty() async throws -> Bool
}

/// Copies one store into another, keeping every sequence (`migrate-store`).
public enum ServerStoreCopy {
    public struct Report: Sendable, Equatable {
        public var tokens = 0, replicas = 0, zones = 0, records = 0, versions = 0
    }

    public static func copy(from source: any ServerStoreSource, to target: any ServerStoreImport, page: Int = 10_000) async throws -> Report {
        guard try await target.isEmpty() else {
            throw ServerError(.invalidValue, "The target store is not empty; migrate-store copies into an empty store only.")
        }
        var report = Report()
        let ids = try await source.identities()
        try await target.importIdentities(ids)
        report.tokens = ids.tokens.count
        report.replicas = ids.replicas.count
        for zone in try await source.zones() {
            report.zones += 1
            var after: Int64 = 0
            while true {
                let rows = try await source.export(zone: zone, after: after, limit: page)
                guard let last = rows.last else { break }
                try await target.importZone(zone, records: rows, nextSeq: last.seq + 1)
                report.records += rows.count
                after = last.seq
            }
            // The zone's next sequence as the source had it (a head past its last record is kept).
            try await target.importZone(zone, records: [], nextSeq: try await source.nextSeq(zone: zone))
            // The audit trail: every kept version, with who wrote it, the token and when.
            var afterVersion: Int64 = 0
            while true {
                let versions = try await source.exportVersions(zone: zone, after: afterVersion, limit: page)
                guard let last = versions.last else { break }
                try await target.importVersions(zone, versions: versions)
                report.versions += versions.count
                afterVersion = last.seq
            }
        }
        return report
    }
}
