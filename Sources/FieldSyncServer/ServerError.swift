import FieldSyncCore
import HTTPTypes
import Hummingbird
import NIOCore

/// An error of the server's rules and stores, with a typed code. Its HTTP answer is decided here,
/// once: a refused identity or record is a 4xx naming it, a busy or unreachable database 503 with
/// `Retry-After` (the laptop retries), anything else 500. `fieldsync-server`'s commands map the
/// same codes to exit statuses.
public struct ServerError: Error, Hashable, Sendable, CustomStringConvertible, HTTPResponseError {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case invalidValue, unknownID, notInitialized, corrupt, storage, conflictingDot, forgedDot, wrongReplica, busy
            case wrongReplicaKey, divergedReplica, tooManyReplicas, replicaOfAnotherToken
        }
        private let kind: Kind
        /// A value breaks a rule (a bad record, token name, database URL, …): 400, exit 65.
        public static let invalidValue = Code(kind: .invalidValue)
        /// No token (or record) has that name: 400, exit 65.
        public static let unknownID = Code(kind: .unknownID)
        /// The store needs `migrate`, or is newer than this server: exit 78.
        public static let notInitialized = Code(kind: .notInitialized)
        /// The store is damaged or not a FieldSync server store.
        public static let corrupt = Code(kind: .corrupt)
        /// The database failed.
        public static let storage = Code(kind: .storage)
        /// A known dot arrived with different content (a store restored from a backup): 409.
        public static let conflictingDot = Code(kind: .conflictingDot)
        /// A pushed entry carries another replica's dot the server never held: 403.
        public static let forgedDot = Code(kind: .forgedDot)
        /// The token belongs to another laptop's store (a new laptop with an old token): 403.
        public static let wrongReplica = Code(kind: .wrongReplica)
        /// This laptop's replica id is registered under another token (a leaver's laptop given a
        /// new token without `--takes-over`): 403.
        public static let replicaOfAnotherToken = Code(kind: .replicaOfAnotherToken)
        /// The database is busy, restarting or unreachable: 503, retried by the laptop.
        public static let busy = Code(kind: .busy)
        /// The replica id was registered by a store with another replica key: 403.
        public static let wrongReplicaKey = Code(kind: .wrongReplicaKey)
        /// The store's push history is not the one accepted under its replica id (a copy or a
        /// restore): 409; the laptop takes a new replica id.
        public static let divergedReplica = Code(kind: .divergedReplica)
        /// The token holds as many replica ids as it may: 403.
        public static let tooManyReplicas = Code(kind: .tooManyReplicas)
        public var description: String { kind.rawValue }
    }

    public let code: Code
    /// The sentence (the server answers and logs in English).
    public let text: Message
    public var message: String { text.english }

    public init(_ code: Code, _ text: Message) {
        self.code = code
        self.text = text
    }

    public init(_ code: Code, _ message: String) {
        self.init(code, .verbatim(message))
    }

    public var description: String { message }

    /// The HTTP status, the JSON error code and the `Retry-After` of this error's answer.
    var answer: (status: HTTPResponse.Status, code: String, retryAfter: Int?) {
        switch code {
        case .forgedDot: return (.forbidden, "forged_dot", nil)
        case .wrongReplica: return (.forbidden, "wrong_replica", nil)
        case .replicaOfAnotherToken: return (.forbidden, "replica_of_another_token", nil)
        case .conflictingDot: return (.conflict, "reused_dot", nil)
        case .invalidValue, .unknownID: return (.badRequest, "invalid_record", nil)
        case .busy: return (.serviceUnavailable, "busy", 2)
        case .wrongReplicaKey: return (.forbidden, "wrong_replica_key", nil)
        case .divergedReplica: return (.conflict, "diverged_replica", nil)
        case .tooManyReplicas: return (.forbidden, "too_many_replicas", nil)
        default: return (.internalServerError, "storage", nil)
        }
    }

    public var status: HTTPResponse.Status { answer.status }

    /// The JSON answer this error gets.
    public var apiError: APIError {
        let a = answer
        var e = APIError(a.status, a.code, message, retryAfter: a.retryAfter)
        // A rule's refusal has its sentence in both languages; a verbatim one only in English.
        if text.key != .verbatim { e.messageZh = Terminal.inert(text.render(.zh), limit: 512) }
        return e
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try apiError.response(from: request, context: context)
    }
}
