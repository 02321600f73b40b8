/// A hybrid logical clock timestamp: 48 bits of wall-clock milliseconds, 16 bits of logical counter.
///
/// HLCs order *display* only (which of two concurrent values is shown first). They never decide
/// causality: that is the version vectors' job, so a laptop whose clock is a year ahead cannot win
/// over a causally later edit.
public struct HLC: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public init(milliseconds: UInt64, logical: UInt16 = 0) {
        rawValue = (milliseconds << 16) | UInt64(logical)
    }

    public static let zero = HLC(rawValue: 0)

    /// Wall-clock milliseconds since 1970.
    public var milliseconds: UInt64 { rawValue >> 16 }
    public var logical: UInt16 { UInt16(truncatingIfNeeded: rawValue) }

    public var description: String { "\(milliseconds).\(logical)" }

    public static func < (lhs: HLC, rhs: HLC) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The clock source of one replica. A value type: the store keeps it and persists its last value.
///
/// `now` is injected so tests control time. Remote timestamps more than `maxDrift` milliseconds
/// ahead of the local wall clock are capped at `now + maxDrift`, so one laptop with a far-future
/// clock cannot drag every replica's timestamps into the future.
public struct HybridClock: Sendable {
    public private(set) var last: HLC
    public let maxDrift: UInt64
    private let now: @Sendable () -> UInt64

    /// - Parameters:
    ///   - last: the last timestamp this replica issued (persisted across runs).
    ///   - maxDrift: how far ahead of the wall clock a remote timestamp may pull this clock, in ms.
    ///   - now: the wall clock in milliseconds since 1970.
    public init(last: HLC = .zero, maxDrift: UInt64 = 60 * 60 * 1000, now: @escaping @Sendable () -> UInt64) {
        self.last = last
        self.maxDrift = maxDrift
        self.now = now
    }

    /// Issues a timestamp for a local write, strictly greater than every one issued or observed.
    public mutating func tick() -> HLC {
        let wall = now()
        if wall > last.milliseconds {
            last = HLC(milliseconds: wall)
        } else if last.logical == UInt16.max {
            last = HLC(milliseconds: last.milliseconds + 1)
        } else {
            last = HLC(rawValue: last.rawValue + 1)
        }
        return last
    }

    /// Takes a remote timestamp into account, capped at `now + maxDrift`.
    public mutating func observe(_ remote: HLC) {
        let cap = HLC(milliseconds: now() &+ maxDrift, logical: UInt16.max)
        let bounded = min(remote, cap)
        if bounded > last { last = bounded }
    }
}
