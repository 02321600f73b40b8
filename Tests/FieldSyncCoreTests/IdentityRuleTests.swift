import FieldSyncCore
import Testing

/// SHA-256 against FIPS 180-4's published answers, and the push-history rules on their own.
struct IdentityRuleTests {
    @Test func sha256GivesTheStandardsAnswers() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aHistoryTellsCurrentRetriedAndDivergedRequests() {
        let p1 = String(repeating: "1", count: 32)
        let p2 = String(repeating: "2", count: 32)
        let start = ReplicaHistory()
        #expect(start.judge(claim: ReplicaHistory.genesis, pushID: p1) == .current)
        let after = start.accepting(claim: ReplicaHistory.genesis, pushID: p1)
        #expect(after.head == ReplicaHistory.advance(ReplicaHistory.genesis, by: p1))
        #expect(after.previousHead == ReplicaHistory.genesis && after.lastPush == p1)
        // The same push again from the old head: its reply was lost.
        #expect(after.judge(claim: ReplicaHistory.genesis, pushID: p1) == .retryOfLastPush)
        #expect(after.accepting(claim: ReplicaHistory.genesis, pushID: p1) == after, "a retry does not move the head")
        // Another push, or a pull without the pending id, from the old head: a copy.
        #expect(after.judge(claim: ReplicaHistory.genesis, pushID: p2) == .diverged)
        #expect(after.judge(claim: ReplicaHistory.genesis, pushID: nil) == .diverged)
        #expect(after.accepting(claim: ReplicaHistory.genesis, pushID: p2) == after, "a diverged push changes nothing")
        #expect(after.judge(claim: after.head, pushID: nil) == .current)
        // A replica known from before histories: its first claim is believed.
        #expect(ReplicaHistory(head: "").judge(claim: String(repeating: "9", count: 64), pushID: nil) == .current)
        #expect(ReplicaHistory.isHead(ReplicaHistory.genesis) && !ReplicaHistory.isHead("0") && !ReplicaHistory.isHead(String(repeating: "G", count: 64)))
        #expect(ReplicaHistory.isPushID(p1) && !ReplicaHistory.isPushID(p1 + "0"))
    }

    /// A retried push carries the range its id was made with (issue 24, item 6).
    @Test func aRetryMustCoverTheSameChanges() {
        let p1 = String(repeating: "1", count: 32)
        let g = ReplicaHistory.genesis
        let after = ReplicaHistory().accepting(claim: g, pushID: p1, range: "0-10")
        #expect(after.lastRange == "0-10")
        #expect(after.judge(claim: g, pushID: p1, range: "0-10") == .retryOfLastPush)
        #expect(after.judge(claim: g, pushID: p1, range: "0-11") == .diverged, "a retry carrying later changes")
        #expect(after.judge(claim: g, pushID: p1, range: "") == .diverged, "a retry without a range")
        #expect(after.judge(claim: g, pushID: p1) == .retryOfLastPush, "a pull carries no changes")
        #expect(after.accepting(claim: g, pushID: p1, range: "0-11") == after)
        // Accepted before ranges were kept: only a pull may repeat it.
        let old = ReplicaHistory().accepting(claim: g, pushID: p1)
        #expect(old.judge(claim: g, pushID: p1, range: "") == .diverged)
        #expect(ReplicaHistory.rangeText(after: 3, upTo: 9) == "3-9")
        #expect(ReplicaHistory.isRange("0-0") && ReplicaHistory.isRange("3-9") && ReplicaHistory.isRange(String(repeating: "9", count: 18) + "-" + String(repeating: "9", count: 18)))
        for bad in ["", "9-3", "3", "3-", "-3", "a-b", "1-2-3", "+1-2", " 1-2", String(repeating: "9", count: 19) + "-1"] {
            #expect(!ReplicaHistory.isRange(bad), "\(bad)")
        }
    }
}
