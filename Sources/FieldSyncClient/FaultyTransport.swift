import Foundation
import NIOConcurrencyHelpers

/// A transport that injects network faults around a real one, for proving that repeated syncs
/// converge whatever the network does: it drops requests before they leave, delays them, sends
/// them twice, replays an earlier request later (reordering), and cuts the answer short *after*
/// the server has committed (the timeout-after-success case).
public final class FaultyTransport: HTTPTransport {
    public struct Faults: Sendable {
        public var drop = 0.0
        public var delay = 0.0
        public var duplicate = 0.0
        public var replayEarlier = 0.0
        public var truncateAfterCommit = 0.0
        public var maxDelay = 0.05
        public init(drop: Double = 0, delay: Double = 0, duplicate: Double = 0, replayEarlier: Double = 0, truncateAfterCommit: Double = 0) {
            self.drop = drop
            self.delay = delay
            self.duplicate = duplicate
            self.replayEarlier = replayEarlier
            self.truncateAfterCommit = truncateAfterCommit
        }
    }

    let inner: any HTTPTransport
    let faults: Faults
    let state: NIOLockedValueBox<State>
    /// How many faults of each kind were injected so far.
    public var injected: [String: Int] { state.withLockedValue { $0.injected } }

    struct State: Sendable {
        var rng: SplitMix
        var history: [HTTPExchange] = []
        var injected: [String: Int] = [:]

        mutating func roll(_ p: Double, _ name: String) -> Bool {
            guard p > 0, rng.next() < p else { return false }
            injected[name, default: 0] += 1
            return true
        }
    }

    struct SplitMix: Sendable {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    public init(_ inner: any HTTPTransport, faults: Faults, seed: UInt64) {
        self.inner = inner
        self.faults = faults
        state = NIOLockedValueBox(State(rng: SplitMix(state: seed)))
    }

    func roll(_ p: Double, _ name: String) -> Bool {
        state.withLockedValue { $0.roll(p, name) }
    }

    public func send(_ exchange: HTTPExchange) throws -> HTTPReply {
        if roll(faults.drop, "drop") {
            throw TransportError(kind: .unreachable, message: "injected: request dropped")
        }
        if roll(faults.delay, "delay") { Thread.sleep(forTimeInterval: state.withLockedValue { $0.rng.next() } * faults.maxDelay) }
        if let earlier = state.withLockedValue({ $0.history.last(where: { $0.method == "POST" }) }), roll(faults.replayEarlier, "replay") {
            // An earlier push arrives again, after newer ones: its answer is ignored.
            _ = try? inner.send(earlier)
        }
        var reply = try inner.send(exchange)
        state.withLockedValue { state in
            state.history.append(exchange)
            if state.history.count > 20 { state.history.removeFirst() }
        }
        if roll(faults.duplicate, "duplicate") { reply = try inner.send(exchange) }
        if roll(faults.truncateAfterCommit, "truncate") {
            // The server did the work; the client sees half an answer.
            return HTTPReply(status: reply.status, body: Array(reply.body.prefix(reply.body.count / 2)))
        }
        return reply
    }
}
