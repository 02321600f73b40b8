import FieldSyncCore
import FieldSyncWire
import Foundation
import Testing

/// Protocol 5's binary form carries exactly what the JSON form carries, and checks what
/// `WireRecord.validated()` checks: a decoded record is a validated one.
struct BinaryWireTests {
    static func record(_ i: Int) -> WireRecord { FastJSONTests.record(i) }

    @Test func recordsPushesAndPullsRoundTripToTheValidatedJSONRecords() throws {
        let records = (0..<40).map(Self.record)
        let push = PushRequest(replica: UUIDText.random(), records: records)
        let back = try BinaryWire.decodePush(BinaryWire.encode(push))
        #expect(back.replica == push.replica)
        #expect(back.records == (try records.map { try $0.validated() }))
        // The same records through JSON and through binary decode to the same states.
        #expect(try FastJSON.decodePush(FastJSON.encode(push)).records.map { try $0.validated() } == back.records)
        let pull = PullResponse(records: records, upTo: 42, serverSeq: 99, more: true)
        let page = try BinaryWire.decodePull(BinaryWire.encode(pull))
        #expect(page.records == back.records && page.upTo == 42 && page.serverSeq == 99 && page.more)
        // Every value kind, typed: decimals and dates travel as numbers, not text.
        var s = RecordState()
        s.write(["funds": .decimal(ExactDecimal(significand: -123_456, scale: 2)), "start": .date(LocalDate(dayNumber: 20_000)),
                 "name": .text("上海张江 · 研发中心"), "budget_count": .integer(Int64.min), "deleted": .bool(true), "unknown_future_field": .stringSet(["甲", "乙"])],
                by: ReplicaID(UUIDText.random()), at: HLC(rawValue: .max))
        let typed = WireRecord(table: "project", id: UUIDText.random(), state: s)
        #expect(try BinaryWire.decodeRecord(BinaryWire.encode(typed)) == typed.validated())
    }

    @Test func aKeptBatchHoldsEachRecordsOwnBytes() throws {
        let records = (0..<5).map(Self.record)
        let (push, encoded) = try BinaryWire.decodePushKeepingBytes(BinaryWire.encode(PushRequest(replica: UUIDText.random(), records: records)))
        #expect(encoded.count == 5)
        for (r, bytes) in zip(push.records, encoded) { #expect(try BinaryWire.decodeRecord(bytes) == r) }
    }

    /// Every prefix of a valid document, and every single-byte change of it, is refused or decoded
    /// — never a crash, never a record that would not validate.
    @Test func truncatedAndFlippedDocumentsAreRefusedWithoutCrashing() throws {
        let bytes = BinaryWire.encode(PushRequest(replica: UUIDText.random(), records: (0..<3).map(Self.record)))
        for n in 0..<bytes.count {
            #expect(throws: (any Error).self) { try BinaryWire.decodePush(Array(bytes[0..<n])) }
        }
        var decodedAfterFlip = 0
        for i in 0..<bytes.count {
            for v: UInt8 in [0x00, 0xFF, bytes[i] ^ 0x01] where v != bytes[i] {
                var b = bytes
                b[i] = v
                if let push = try? BinaryWire.decodePush(b) {
                    decodedAfterFlip += 1
                    for r in push.records { #expect(try r.validated() == r) }
                }
            }
        }
        // Bytes of text and counters change values, not shape: some flips still decode.
        #expect(decodedAfterFlip > 0)
    }

    static func raw(_ build: (inout [UInt8]) -> Void) -> [UInt8] {
        var b: [UInt8] = []
        build(&b)
        return b
    }

    static func str(_ s: String, _ b: inout [UInt8]) {
        b.append(UInt8(s.utf8.count))
        b.append(contentsOf: s.utf8)
    }

    /// A hand-laid record: table, a zero id, one replica at counter `vvCounter`, one write
    /// (`eventCounter`), one field `field` holding `value` (tag and payload bytes).
    static func hand(table: String = "enterprise", vvCounter: UInt8 = 1, eventCounter: UInt8 = 1, field: String = "name", value: [UInt8] = [1, 0]) -> [UInt8] {
        raw { b in
            str(table, &b)
            b.append(contentsOf: repeatElement(0xAB, count: 16))
            b.append(1)
            b.append(contentsOf: repeatElement(0xCD, count: 16))
            b.append(vvCounter)
            b.append(1)
            b.append(contentsOf: [0, eventCounter, 5])
            b.append(1)
            str(field, &b)
            b.append(1)
            b.append(0)
            b.append(contentsOf: value)
        }
    }

    @Test func aHandLaidRecordDecodesAndEachBrokenRuleIsRefused() throws {
        let good = try BinaryWire.decodeRecord(Self.hand())
        #expect(good.table == "enterprise" && good.id == "abababab-abab-abab-abab-abababababab")
        #expect(good.state.entries("name").first?.value == .text(""))
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(table: "no_such_table")) }
        // A write the vector does not cover, a zero counter.
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(vvCounter: 1, eventCounter: 2)) }
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(vvCounter: 0, eventCounter: 0)) }
        // A value of the wrong type for a declared field (an integer for a text), an unknown kind.
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(value: [2, 4])) }
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(value: [9])) }
        // Text that is not UTF-8.
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(value: [1, 2, 0xC3, 0x28])) }
        // Trailing bytes after a record.
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand() + [0]) }
        // A text for a date field is coerced like JSON text is, or refused naming the value.
        #expect(try BinaryWire.decodeRecord(Self.hand(table: "visit", field: "date", value: [1, 10] + Array("2026-11-30".utf8)))
            .state.entries("date").first?.value == .date(try LocalDate.parse("2026-11-30")))
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(table: "visit", field: "date", value: [1, 3] + Array("明天".utf8))) }
    }

    /// A record with thousands of writes and replicas (hostile, or a long life) encodes and decodes
    /// by hashing, not scanning, and comes back equal; a write listed twice among many is refused.
    @Test func aRecordWithThousandsOfWritesRoundTripsAndADuplicateAmongThemIsRefused() throws {
        var fields: [String: [FieldEntry]] = [:]
        var vv = VersionVector()
        let replicas = (0..<40).map { _ in ReplicaID(UUIDText.random()) }
        for i in 0..<3000 {
            let r = replicas[i % replicas.count]
            let counter = UInt64(i / replicas.count + 1)
            vv[r] = max(vv[r], counter)
            // 15 fields of 200 concurrent writes each: within the caps on fields and entries.
            fields["field_\(i % 15)", default: []].append(FieldEntry(dot: Dot(r, counter), value: .text("值\(i)"), hlc: HLC(rawValue: UInt64(i))))
        }
        let big = WireRecord(table: "enterprise", id: UUIDText.random(), state: RecordState(vv: vv, fields: fields))
        let bytes = BinaryWire.encode(big)
        #expect(try BinaryWire.decodeRecord(bytes) == big.validated())
        // 3,000 writes of one replica, the last being `last`: all distinct decodes, a write listed
        // twice (the last repeating the first) is refused.
        func writes(last: UInt8) -> [UInt8] {
            Self.raw { b in
                Self.str("enterprise", &b)
                b.append(contentsOf: repeatElement(0xAB, count: 16))
                b.append(1)
                b.append(contentsOf: repeatElement(0xCD, count: 16))
                b.append(contentsOf: [0xB8, 0x17])  // counter 3000
                b.append(contentsOf: [0xB8, 0x17])  // 3000 writes
                for k in 2...3000 {
                    b.append(0)
                    var v = UInt64(k)
                    while v >= 0x80 { b.append(UInt8(v & 0x7f) | 0x80); v >>= 7 }
                    b.append(UInt8(v))
                    b.append(1)
                }
                b.append(contentsOf: [0, last, 1])
                b.append(0)
            }
        }
        #expect(try BinaryWire.decodeRecord(writes(last: 1)).state.vv.counters.count == 1)
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(writes(last: 2)) }
    }

    @Test func countsLargerThanTheBytesLeftAreRefusedBeforeAnythingIsAllocated() throws {
        // A push claiming 2^60 records, a set claiming a million items.
        var huge = Array("FSB5".utf8) + [0x50] + Array(repeating: 1, count: 16)
        huge += [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]
        #expect(throws: (any Error).self) { try BinaryWire.decodePush(huge) }
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(field: "certifications", value: [7, 0xC0, 0x84, 0x3D])) }
        // A varint longer than 64 bits.
        #expect(throws: (any Error).self) { try BinaryWire.decodeRecord(Self.hand(value: [2] + Array(repeating: 0xFF, count: 11) + [1])) }
        // A JSON body is not a binary one.
        #expect(!BinaryWire.isBinary(FastJSON.encode(PushRequest(replica: UUIDText.random(), records: []))))
    }
}
