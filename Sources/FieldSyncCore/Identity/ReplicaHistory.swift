/// What the server has accepted from one replica id, as a hash chain of its pushes: the rule that
/// tells a laptop's store from a copy of it (docs/design.md §4, docs/security.md).
///
/// Every push carries the laptop's **head** (the chain as the laptop last saw it confirmed) and a
/// random **push id**, kept by the laptop until the push is confirmed (so a retry after a lost
/// reply sends the same id). An accepted push moves the head to `advance(head, pushID)` on both
/// sides. Two stores with one replica id (`cp a.db copy.db`, a restored backup) share a head until
/// one of them pushes; from then on the other's head is one the server has moved past, and every
/// request it makes is refused as **diverged** until it takes a new replica id. Without this, the
/// records one of them pushed under the shared id would never reach the other: a pull leaves out
/// records whose last state came from the requester itself.
///
/// A push also carries its **range**: the laptop's local change sequences it covers ("after-upTo",
/// ``rangeText(after:upTo:)``), fixed when its id is made. The server keeps the range of the last
/// accepted push beside its id, and a retry must carry the same range: a "retry" that covers more
/// (a laptop that added changes under a pending id) or other changes is judged diverged, and the
/// laptop recovers as a copy does. (The records themselves may legitimately differ in a retry: one
/// changed again since is sent in its newer state, or in the next push.)
///
/// The rules are pure (no storage): the embedded SQLite server, a PostgreSQL store and the
/// simulator apply the same ones.
public struct ReplicaHistory: Sendable, Hashable {
    /// The head of a replica that has pushed nothing yet.
    public static let genesis = String(repeating: "0", count: 64)

    /// The chain's head after the last accepted push; empty for a replica known from before
    /// histories were kept (its first claim is believed).
    public var head: String
    /// The head before the last accepted push.
    public var previousHead: String
    /// The push id of the last accepted push.
    public var lastPush: String
    /// The local change range of the last accepted push ("after-upTo"); empty when it was
    /// accepted from a laptop that sent none (before ranges were kept).
    public var lastRange: String

    public init(head: String = ReplicaHistory.genesis, previousHead: String = "", lastPush: String = "", lastRange: String = "") {
        self.head = head
        self.previousHead = previousHead
        self.lastPush = lastPush
        self.lastRange = lastRange
    }

    /// A push's range on the wire: its first excluded and last included local change sequence.
    public static func rangeText(after: Int64, upTo: Int64) -> String { "\(after)-\(upTo)" }

    /// Whether a range has the wire form: two decimal numbers (at most 18 digits each), the first
    /// not above the second.
    public static func isRange(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 18 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let after = Int64(parts[0]), let upTo = Int64(parts[1]) else { return false }
        return after <= upTo
    }

    /// The head after a push with `pushID` was accepted at `head`.
    public static func advance(_ head: String, by pushID: String) -> String {
        SHA256.hex("fieldsync-history:\(head):\(pushID)")
    }

    /// Whether a head or a push id has the wire form (64 and 32 lowercase hex digits).
    public static func isHead(_ text: String) -> Bool { Hex.isLowercase(text, count: 64) }
    public static func isPushID(_ text: String) -> Bool { Hex.isLowercase(text, count: 32) }

    public enum Verdict: Sendable, Hashable {
        /// The laptop is where the server is: go on.
        case current
        /// The laptop resends the push the server accepted last (its reply was lost): accepted
        /// again (a merge is idempotent) without moving the head.
        case retryOfLastPush
        /// The laptop's history is not the one the server accepted under this id: a copy or a
        /// restore. Refused until it takes a new replica id.
        case diverged
    }

    /// Judges a request that claims `claim` as its head; `pushID` is the push it carries (or, on a
    /// pull, the push it still waits to see confirmed). `range` is a push's range ("" when it sent
    /// none); nil on a pull, which carries no changes. A retried push must carry the range the
    /// server accepted under its id (a retry without one, from a laptop of an earlier version, is
    /// judged diverged: it could carry changes made after the push it repeats).
    public func judge(claim: String, pushID: String?, range: String? = nil) -> Verdict {
        if head.isEmpty || claim == head { return .current }
        if claim == previousHead, let pushID, !lastPush.isEmpty, pushID == lastPush {
            if let range, range.isEmpty || range != lastRange { return .diverged }
            return .retryOfLastPush
        }
        return .diverged
    }

    /// The history after a push judged `.current` or `.retryOfLastPush` was merged.
    public func accepting(claim: String, pushID: String, range: String = "") -> ReplicaHistory {
        switch judge(claim: claim, pushID: pushID, range: range) {
        case .current: return ReplicaHistory(head: Self.advance(claim, by: pushID), previousHead: claim, lastPush: pushID, lastRange: range)
        case .retryOfLastPush, .diverged: return self
        }
    }
}
