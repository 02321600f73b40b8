/// The sync protocol's message shapes (docs/design.md §3). `Schema/openapi.yaml` describes them.
public enum SyncProtocol {
    /// Bounds of a record's sync state as any body carries it (JSON or binary) and the laptop
    /// stores it: a hostile body is refused before it costs memory or time.
    public enum Limits {
        /// Nesting of objects and arrays, skipped unknown values included (the protocol needs 5).
        public static let depth = 16
        /// Bytes in one string (a field value, a key, an id).
        public static let stringBytes = 1 << 20
        /// Entries of one field (concurrent values; a handful in practice).
        public static let entriesPerField = 256
        /// Replicas named by one version vector.
        public static let replicasPerVector = 4096
        /// Items of a set value.
        public static let setItems = 10_000
        /// Fields of one record (a type declares about twenty; the rest room for later versions' fields).
        public static let fieldsPerRecord = 256
        /// Entries of one record, all fields together.
        public static let entriesPerRecord = 4096
        /// Distinct writes (dots) one record's entries name.
        public static let writesPerRecord = 4096
        /// Bytes of the fields this version does not declare (names and values) in one record.
        public static let unknownFieldBytes = 256 << 10
    }

    /// The protocol/schema version this build speaks. Sent in every request as `FieldSync-Schema`.
    public static let schemaVersion = 5
    /// The versions a server of this build accepts (4: replica keys and push histories, JSON
    /// bodies; 5: the same with binary bodies, ``FieldSyncWire/BinaryWire``). A server reads both
    /// while laptops upgrade over weeks.
    public static let acceptedVersions = 4...5
    /// The last version whose bodies are JSON.
    public static let jsonVersion = 4
    public static let schemaHeader = "FieldSync-Schema"
    public static let replicaHeader = "FieldSync-Replica"
    /// The laptop's zone, percent-encoded UTF-8: a laptop made for one zone never syncs into another.
    public static let zoneHeader = "FieldSync-Zone"
    /// The store's replica key (64 hex digits), the proof a replica id is this store's.
    public static let replicaKeyHeader = "FieldSync-Replica-Key"
    /// The push history's head as the laptop last saw it confirmed (64 hex digits, ``ReplicaHistory``).
    public static let historyHeader = "FieldSync-History"
    /// The push's id (32 hex digits), the same on every retry until the push is confirmed.
    public static let pushIDHeader = "FieldSync-Push-Id"
    /// The push's local change range ("after-upTo", ``ReplicaHistory/rangeText(after:upTo:)``),
    /// fixed with its id: a retry carries the same.
    public static let pushRangeHeader = "FieldSync-Push-Range"
    /// Whether a replica key has the wire form (64 lowercase hex digits, like a history head).
    public static func isReplicaKey(_ text: String) -> Bool { ReplicaHistory.isHead(text) }
    /// Records per push by default.
    public static let defaultBatchSize = 2000
    /// Records per pull page by default: the most a server serves. A pull page costs one
    /// transaction on the laptop, so fewer, larger pages apply faster (docs/benchmarks.md).
    public static let defaultPullPageSize = 5000
    /// The largest request body the server accepts, uncompressed.
    public static let maxBodyBytes = 32 * 1024 * 1024
}

/// `POST /v1/push`: a batch of full record states from one replica.
public struct PushRequest: Codable, Sendable {
    public var replica: String
    public var records: [WireRecord]
    public init(replica: String, records: [WireRecord]) {
        self.replica = replica
        self.records = records
    }
}

/// The server's reply to a push, sent only after the batch committed.
public struct PushResponse: Codable, Sendable, Equatable {
    /// Records whose state changed on the server.
    public var changed: Int
    /// Changed records left with conflicted fields.
    public var conflicts: Int
    /// The server's latest sequence after the batch.
    public var serverSeq: Int64

    public init(changed: Int, conflicts: Int, serverSeq: Int64) {
        self.changed = changed
        self.conflicts = conflicts
        self.serverSeq = serverSeq
    }

    enum CodingKeys: String, CodingKey {
        case changed, conflicts
        case serverSeq = "server_seq"
    }
}

/// A pulled record that could not be read: its place and why (in both languages: it is kept and
/// shown later, to whoever reads it). Table and id come from the hostile side: cut short here.
public struct RejectedRecord: Sendable, Hashable {
    public var table: String
    public var id: String
    public var reason: Message

    public init(table: String, id: String, reason: Message) {
        self.table = Terminal.inert(table, limit: 64)
        self.id = Terminal.inert(id, limit: 64)
        self.reason = reason
    }
}

/// `GET /v1/pull?after=N&limit=M`: the records changed after `after`, in sequence order.
public struct PullResponse: Codable, Sendable {
    public var records: [WireRecord]
    /// The sequence of the last record in `records` (or `after` when empty): the next checkpoint.
    public var upTo: Int64
    /// The server's latest sequence.
    public var serverSeq: Int64
    /// Whether more records follow.
    public var more: Bool
    /// Records of the page that could not be read (a value no laptop can keep): left out of
    /// `records`, to be kept aside by the laptop. Never sent; filled by the reader.
    public var rejected: [RejectedRecord] = []

    public init(records: [WireRecord], upTo: Int64, serverSeq: Int64, more: Bool, rejected: [RejectedRecord] = []) {
        self.records = records
        self.upTo = upTo
        self.serverSeq = serverSeq
        self.more = more
        self.rejected = rejected
    }

    enum CodingKeys: String, CodingKey {
        case records, more
        case upTo = "up_to"
        case serverSeq = "server_seq"
    }
}

/// The body of every error answer: `{"error": {"code", "message"}}`.
public struct ErrorBody: Codable, Sendable {
    public struct Detail: Codable, Sendable {
        public var code: String
        /// The sentence in English (logs, scripts).
        public var message: String
        /// The same sentence in Chinese, when the server has it (its rules' refusals): a laptop
        /// shows the one in its reader's language.
        public var messageZh: String?

        enum CodingKeys: String, CodingKey { case code, message, messageZh = "message_zh" }

        /// The sentence in `lang`.
        public func message(_ lang: Lang) -> String { lang == .zh ? messageZh ?? message : message }
    }
    public var error: Detail
    public init(code: String, message: String, messageZh: String? = nil) {
        error = Detail(code: code, message: message, messageZh: messageZh)
    }
}

/// The version both binaries print with `--version`.
public enum FieldSyncVersion {
    public static let number = "0.12.0"
    public static let text = "\(number) (sync protocol \(SyncProtocol.schemaVersion))"
}
