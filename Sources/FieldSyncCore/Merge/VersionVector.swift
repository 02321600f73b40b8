/// The id of one replica (a laptop's store, or the server): a lower-case UUID minted at `init`.
///
/// Replica ids order by their text; that order only breaks display ties and never decides causality.
public struct ReplicaID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The lower-case UUID text.
    public let rawValue: String

    /// Wraps a replica id, lower-casing it.
    /// - Parameter rawValue: a UUID's text. Any non-empty string is accepted, so conformance
    ///   vectors and tests may use short names; stores only ever mint UUIDs.
    public init(_ rawValue: String) {
        self.rawValue = rawValue.lowercased()
    }

    /// Wraps text already in canonical (lower-case) form, as a decoder produced it.
    package init(canonical rawValue: String) {
        self.rawValue = rawValue
    }

    /// Mints a new random replica id.
    public static func random() -> ReplicaID {
        ReplicaID(UUIDText.random())
    }

    public var description: String { rawValue }

    public static func < (lhs: ReplicaID, rhs: ReplicaID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One write event: the `counter`-th write of `replica` to one record.
///
/// A dot names a write uniquely across the fleet: no two writes share a dot.
public struct Dot: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var replica: ReplicaID
    public var counter: UInt64

    public init(_ replica: ReplicaID, _ counter: UInt64) {
        self.replica = replica
        self.counter = counter
    }

    public var description: String { "\(replica.rawValue):\(counter)" }

    public static func < (lhs: Dot, rhs: Dot) -> Bool {
        (lhs.replica, lhs.counter) < (rhs.replica, rhs.counter)
    }
}

/// How two version vectors relate causally.
public enum CausalOrder: Sendable, Equatable {
    /// The left side happened strictly before the right side.
    case before
    /// The left side happened strictly after the right side.
    case after
    /// Both have seen exactly the same writes.
    case equal
    /// Each has seen a write the other has not.
    case concurrent
}

/// A version vector `{replica: counter}`: the causal context of one record.
///
/// `vv[r] == n` means "has seen the writes 1...n of replica r to this record". A missing replica is 0.
/// The join (`merged(with:)`) is the pointwise maximum: commutative, associative and idempotent.
public struct VersionVector: Hashable, Sendable {
    /// The counters, with no zero entries.
    public private(set) var counters: [ReplicaID: UInt64]

    public init(_ counters: [ReplicaID: UInt64] = [:]) {
        self.counters = counters.filter { $0.value > 0 }
    }

    /// The counter of `replica` (0 when absent).
    public subscript(replica: ReplicaID) -> UInt64 {
        get { counters[replica] ?? 0 }
        set { counters[replica] = newValue == 0 ? nil : newValue }
    }

    /// Whether this context has seen the write `dot`.
    public func covers(_ dot: Dot) -> Bool {
        self[dot.replica] >= dot.counter
    }

    /// Whether this context has seen every write `other` has seen.
    public func dominates(_ other: VersionVector) -> Bool {
        other.counters.allSatisfy { self[$0.key] >= $0.value }
    }

    /// The four-way causal comparison.
    public func compare(_ other: VersionVector) -> CausalOrder {
        let geq = dominates(other)
        let leq = other.dominates(self)
        switch (geq, leq) {
        case (true, true): return .equal
        case (true, false): return .after
        case (false, true): return .before
        case (false, false): return .concurrent
        }
    }

    /// Pointwise maximum. Commutative, associative, idempotent.
    public func merged(with other: VersionVector) -> VersionVector {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Pointwise maximum, in place.
    public mutating func merge(_ other: VersionVector) {
        for (replica, counter) in other.counters where counter > self[replica] {
            counters[replica] = counter
        }
    }

    /// The replicas in a stable order.
    public var sortedEntries: [(replica: ReplicaID, counter: UInt64)] {
        counters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The sum of the counters: how many writes this context has seen.
    public var total: UInt64 { counters.values.reduce(0, +) }
}
