import FieldSyncClient
import FieldSyncCore
import Testing

/// `SyncSession` alone: events in, actions out, no network and no database.
@Suite struct SyncSessionTests {
    static let busy = SyncError(.busy, .verbatim("503"))
    static let refused = SyncError(.rejected, .verbatim("400"))

    @Test func pushesInBatchesThenPullsPagesThenIsDone() {
        var s = SyncSession(pushed: 10, pulled: 40, batchSize: 2)
        #expect(s.start() == .push(after: 10))
        // A full batch: push again after it; a short one ends the pushing.
        #expect(s.pushed(count: 2, upTo: 12, response: PushResponse(changed: 2, conflicts: 0, serverSeq: 50)) == .push(after: 12))
        #expect(s.pushed(count: 1, upTo: 13, response: PushResponse(changed: 1, conflicts: 0, serverSeq: 51)) == .pull(after: 40))
        #expect(s.pulled(count: 5, upTo: 48, serverSeq: 51, more: true) == .pull(after: 48))
        guard case .done(let summary) = s.pulled(count: 3, upTo: 51, serverSeq: 51, more: false) else {
            Issue.record("the session did not finish")
            return
        }
        #expect(summary.pushed == 3 && summary.pulled == 8 && summary.serverSeq == 51 && summary.attempts == 4)
        #expect(s.finish(conflicts: 2).conflicts == 2)
    }

    @Test func nothingToPushGoesStraightToPulling() {
        var s = SyncSession(pushed: 7, pulled: 0)
        _ = s.start()
        #expect(s.nothingToPush() == .pull(after: 0))
    }

    @Test func busyAndUnreachableBackOffExponentiallyWithJitterThenGiveUp() {
        var s = SyncSession(pushed: 0, pulled: 0, maxAttempts: 4, baseDelay: 1)
        _ = s.start()
        // The n-th retry waits 2^(n-1) steps times [0.5, 1): jitter 0 is half, jitter → 1 almost all.
        #expect(s.failed(Self.busy, jitter: 0) == .retry(after: 0.5, attempt: 1))
        #expect(s.failed(SyncError(.unreachable, .verbatim("down")), jitter: 0.5) == .retry(after: 1.5, attempt: 2))
        #expect(s.failed(Self.busy, jitter: 0.999) == .retry(after: 4 * (0.5 + 0.999 / 2), attempt: 3))
        #expect(s.retryAction == .push(after: 0), "a retry repeats the step that failed")
        #expect(s.failed(Self.busy, jitter: 0) == .fail(Self.busy), "the fourth attempt is the last")
    }

    @Test func aSuccessResetsTheAttemptsAndARefusalIsNeverRetried() {
        var s = SyncSession(pushed: 0, pulled: 0, batchSize: 1, maxAttempts: 2, baseDelay: 1)
        _ = s.start()
        #expect(s.failed(Self.busy, jitter: 0) == .retry(after: 0.5, attempt: 1))
        #expect(s.pushed(count: 1, upTo: 1, response: PushResponse(changed: 1, conflicts: 0, serverSeq: 1)) == .push(after: 1))
        // The count starts again after a step succeeded.
        #expect(s.failed(Self.busy, jitter: 0) == .retry(after: 0.5, attempt: 1))
        // 4xx: stop at once, whatever attempts are left.
        var t = SyncSession(pushed: 0, pulled: 0, maxAttempts: 9)
        _ = t.start()
        #expect(t.failed(Self.refused, jitter: 0) == .fail(Self.refused))
        #expect(!Self.refused.retryable && Self.busy.retryable)
    }

    @Test func exitCodesFollowSysexits() {
        #expect(SyncError(.unreachable, .verbatim("")).exitCode == 69)
        #expect(SyncError(.busy, .verbatim("")).exitCode == 75)
        #expect(SyncError(.reusedDots, .verbatim("")).exitCode == 76)
        #expect(SyncError(.diverged, .verbatim("")).exitCode == 76)
        #expect(SyncError(.unauthorized, .verbatim("")).exitCode == 77)
        #expect(SyncError(.rejected, .verbatim("")).exitCode == 65)
    }
}
