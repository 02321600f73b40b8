import FieldSyncCore

/// What a finished sync did.
public struct SyncSummary: Sendable, Equatable {
    public var pushed = 0
    public var pulled = 0
    /// Records with conflicts in the local store after the sync.
    public var conflicts = 0
    /// The server's latest sequence seen.
    public var serverSeq: Int64 = 0
    public var attempts = 0
    /// Pulled records that could not be read and were kept aside (`fieldsync status` lists them).
    public var quarantined = 0
    public init() {}
}

/// Why a sync stopped, with the CLI exit code (sysexits) it maps to.
public struct SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        private enum Kind: Hashable, Sendable { case unreachable, busy, protocolMismatch, unauthorized, readOnly, rejected, reusedDots, diverged, local }
        private let kind: Kind
        public static let unreachable = Code(kind: .unreachable)
        public static let busy = Code(kind: .busy)
        public static let protocolMismatch = Code(kind: .protocolMismatch)
        public static let unauthorized = Code(kind: .unauthorized)
        /// The token is a viewer's: it may pull, never push.
        public static let readOnly = Code(kind: .readOnly)
        public static let rejected = Code(kind: .rejected)
        public static let reusedDots = Code(kind: .reusedDots)
        /// The store's push history is not the one the server accepted under its replica id: it
        /// is a copy (or a restore) of another store and must take a new replica id.
        public static let diverged = Code(kind: .diverged)
        public static let local = Code(kind: .local)
    }
    public var code: Code
    /// The sentence, from the message catalogue.
    public var text: Message
    /// The sentence in English (logs, tests).
    public var message: String { text.english }

    public init(_ code: Code, _ text: Message) {
        self.code = code
        self.text = text
    }

    public var description: String { text.localized }

    /// The sysexits code of CLI.md.
    public var exitCode: Int32 {
        switch code {
        case .unreachable: return 69
        case .busy: return 75
        case .protocolMismatch, .reusedDots, .diverged: return 76
        case .unauthorized, .readOnly: return 77
        default: return 65
        }
    }

    /// Whether a retry may help: network failures and 5xx, never 4xx.
    public var retryable: Bool { code == .unreachable || code == .busy }
}

/// The sync session as a state machine: push every local change in batches, then pull every
/// server change in batches. Events go in, the next action comes out; a thin I/O loop
/// (``SyncEngine``) performs the actions. No network, no database: tests drive it directly.
public struct SyncSession: Sendable {
    public enum Action: Sendable, Equatable {
        /// Push the local changes after this local sequence.
        case push(after: Int64)
        /// Pull the server changes after this server sequence.
        case pull(after: Int64)
        /// Wait, then repeat the last action.
        case retry(after: Double, attempt: Int)
        case done(SyncSummary)
        case fail(SyncError)
    }

    enum Phase: Sendable, Equatable { case pushing, pulling, finished }

    public let batchSize: Int
    public let maxAttempts: Int
    public let baseDelay: Double
    var phase = Phase.pushing
    var pushedSeq: Int64
    var pulledSeq: Int64
    var attempt = 0
    public private(set) var summary = SyncSummary()
    /// The action to repeat after a retry.
    var pending: Action

    /// - Parameters:
    ///   - pushed: the push checkpoint (local sequence the server has confirmed).
    ///   - pulled: the pull checkpoint (server sequence applied locally).
    public init(pushed: Int64, pulled: Int64, batchSize: Int = SyncProtocol.defaultBatchSize, maxAttempts: Int = 5, baseDelay: Double = 0.5) {
        pushedSeq = pushed
        pulledSeq = pulled
        self.batchSize = batchSize
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        pending = .push(after: pushed)
    }

    public mutating func start() -> Action {
        pending = .push(after: pushedSeq)
        return pending
    }

    /// There was nothing (more) to push.
    public mutating func nothingToPush() -> Action {
        phase = .pulling
        pending = .pull(after: pulledSeq)
        return pending
    }

    /// The server confirmed a pushed batch of `count` records up to local sequence `upTo`.
    /// - Parameter cut: the batch was cut short (a retried push sent as it was first made), so more
    ///   changes may follow however few it carried.
    public mutating func pushed(count: Int, upTo: Int64, response: PushResponse, cut: Bool = false) -> Action {
        attempt = 0
        pushedSeq = upTo
        summary.pushed += count
        summary.serverSeq = max(summary.serverSeq, response.serverSeq)
        summary.attempts += 1
        if count < batchSize && !cut { return nothingToPush() }
        pending = .push(after: pushedSeq)
        return pending
    }

    /// A pulled page was applied and the checkpoint moved to `page.upTo`.
    public mutating func pulled(count: Int, upTo: Int64, serverSeq: Int64, more: Bool) -> Action {
        attempt = 0
        pulledSeq = upTo
        summary.pulled += count
        summary.serverSeq = max(summary.serverSeq, serverSeq)
        summary.attempts += 1
        if more {
            pending = .pull(after: pulledSeq)
            return pending
        }
        phase = .finished
        return .done(summary)
    }

    /// A step failed. Retryable failures back off exponentially with jitter in [0.5, 1) of the
    /// step, up to `maxAttempts`; the others stop the sync at once.
    /// - Parameter jitter: a number in [0, 1) (injected so tests are deterministic).
    public mutating func failed(_ error: SyncError, jitter: Double) -> Action {
        summary.attempts += 1
        guard error.retryable, attempt + 1 < maxAttempts else { return .fail(error) }
        attempt += 1
        let delay = baseDelay * Double(1 << (attempt - 1)) * (0.5 + jitter / 2)
        return .retry(after: delay, attempt: attempt)
    }

    /// The action to repeat after waiting.
    public var retryAction: Action { pending }

    public mutating func finish(conflicts: Int) -> SyncSummary {
        summary.conflicts = conflicts
        return summary
    }
}
