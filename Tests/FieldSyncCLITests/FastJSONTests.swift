import FieldSyncCore
import FieldSyncWire
import Foundation
import Testing

/// The hand-written codec reads and writes exactly what the Codable conformances do.
struct FastJSONTests {
    static let tricky = ["深圳市星河科技有限公司", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{1}\u{1f}", "emoji 🚀 ok", "/slash/", ""]

    static func record(_ i: Int) -> WireRecord {
        var s = RecordState()
        let a = ReplicaID(UUIDText.random())
        let b = ReplicaID(UUIDText.random())
        s.write(["name": .text(tricky[i % tricky.count]), "certifications": .stringSet([tricky[(i + 1) % tricky.count], "高新技术企业"]),
                 "deleted": .bool(i % 2 == 0)], by: a, at: HLC(rawValue: UInt64(i) * 1_000_003))
        var t = RecordState()
        t.write(["name": .text("另一个值\(i)"), "ip_count": .integer(Int64(-i))], by: b, at: HLC(rawValue: 7))
        return WireRecord(table: "enterprise", id: UUIDText.random(), state: s.merged(with: t))
    }

    @Test func fastEncodingDecodesWithFoundationAndBack() throws {
        let push = PushRequest(replica: UUIDText.random(), records: (0..<40).map(Self.record))
        let fast = FastJSON.encode(push)
        let viaFoundation = try JSONDecoder().decode(PushRequest.self, from: Data(fast))
        #expect(viaFoundation.records == push.records)
        let back = try FastJSON.decodePush(fast)
        #expect(back.records == push.records && back.replica == push.replica)
        let foundationBytes = Array(try JSONEncoder().encode(push))
        #expect(try FastJSON.decodePush(foundationBytes).records == push.records)
    }

    @Test func pullAnswersRoundTrip() throws {
        let pull = PullResponse(records: (0..<10).map(Self.record), upTo: 42, serverSeq: 99, more: true)
        let back = try FastJSON.decodePull(FastJSON.encode(pull))
        #expect(back.records == pull.records && back.upTo == 42 && back.serverSeq == 99 && back.more)
        let viaFoundation = try JSONDecoder().decode(PullResponse.self, from: Data(FastJSON.encode(pull)))
        #expect(viaFoundation.records == pull.records)
    }

    @Test(arguments: [
        "", "{", "[]", "{\"replica\": 5, \"records\": []}", "{\"replica\": \"x\"}", "{\"replica\": \"x\", \"records\": [{\"table\": \"t\"}]}",
        "{\"replica\": \"x\", \"records\": [{\"table\": \"t\", \"id\": \"i\", \"vv\": {\"r\": 1.5}, \"fields\": {}}]}",
        "{\"replica\": \"x\", \"records\": []} trailing", "{\"replica\": \"unterminated}",
    ])
    func malformedBodiesAreRefusedWithAReason(body: String) {
        #expect(throws: FastJSON.Malformed.self) { try FastJSON.decodePush(Array(body.utf8)) }
    }

    @Test func unicodeEscapesAndUnknownKeysAreRead() throws {
        let body = #"{"extra": {"a": [1, 2.5e3, null, true]}, "replica": "r\u00e9", "records": [{"table": "enterprise", "id": "i", "vv": {"r": 1}, "fields": {"name": [["r", 1, "\u6df1\ud83d\ude80", 3]]}, "future": 1}]}"#
        let push = try FastJSON.decodePush(Array(body.utf8))
        #expect(push.replica == "ré")
        #expect(push.records.first?.state.displayed("name") == .text("深🚀"))
    }

    /// Hostile bodies: each refused with a sentence, in linear time, without exhausting the stack.
    @Test func hostileBodiesAreRefusedNotObeyed() throws {
        func refused(_ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(throws: FastJSON.Malformed.self, "\(what)", sourceLocation: sourceLocation) { try FastJSON.decodePush(bytes) }
        }
        // 100,000 levels of nesting in an unknown key (this crashed the server with SIGSEGV).
        refused(Array(("{\"x\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ",\"replica\":\"r\",\"records\":[]}").utf8), "deep nesting")
        refused(Array(#"{"replica": "a", "replica": "b", "records": []}"#.utf8), "a duplicate key")
        refused(Array(#"{"replica": "r", "records": [{"table": "enterprise", "id": "i", "vv": {"r": 1, "r": 2}, "fields": {}}]}"#.utf8), "a duplicate replica in a vector")
        refused(Array(#"{"replica": "r\u0000x", "records": []}"#.utf8), "a NUL escape")
        refused(Array(#"{"replica": "r", "records": []}"#.utf8) + [0x20, 0x7B], "trailing bytes")
        var invalid = Array(#"{"replica": "r"#.utf8)
        invalid += [0xC3, 0x28]  // an invalid UTF-8 sequence, which String(decoding:) would turn into U+FFFD
        invalid += Array(#"", "records": []}"#.utf8)
        refused(invalid, "invalid UTF-8")
        let entries = (0..<300).map { #"["r", \#($0 + 1), "v", 1]"# }.joined(separator: ",")
        refused(Array(#"{"replica": "r", "records": [{"table": "enterprise", "id": "i", "vv": {"r": 300}, "fields": {"name": [\#(entries)]}}]}"#.utf8), "too many entries")
        // A valid body still reads, unknown nested keys and all.
        let ok = #"{"replica": "r", "extra": {"a": [[1], {"b": null}]}, "records": []}"#
        #expect(try FastJSON.decodePush(Array(ok.utf8)).replica == "r")
    }

    /// The server's small answers, written by the one JSON writer, read back by the `Codable` forms.
    @Test func pushAnswersAndRefusalsReadBackAsTheirCodableForms() throws {
        let answer = PushResponse(changed: 3, conflicts: 1, serverSeq: 9_007_199_254_740_993)
        #expect(try WireCoding.decode(PushResponse.self, from: FastJSON.encode(answer)) == answer)
        let refusal = ErrorBody(code: "reused_dot", message: "记录 \"星河\" 的写入\n重复\u{1B}")
        let back = try WireCoding.decode(ErrorBody.self, from: FastJSON.encode(refusal))
        #expect(back.error.code == refusal.error.code && back.error.message == refusal.error.message)
    }
}
