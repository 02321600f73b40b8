@testable import FieldReplica
import FieldSyncCore
import Testing

/// The metadata codec's work grows with the record, not with its square (issue 24, finding 2:
/// a record of many writes over many unknown fields cost a fresh laptop a minute). Counted, not
/// timed: the dot lookups made encoding a record at 1× and 16× its size.
@Suite struct MetaCodecCostTests {
    /// `fields` undeclared fields of `perField` entries each, every entry its own write.
    static func record(fields: Int, perField: Int) -> RecordState {
        let writer = ReplicaID.random()
        var counter: UInt64 = 0
        var out: [String: [FieldEntry]] = [:]
        for f in 0..<fields {
            out["future_\(f)"] = (0..<perField).map { _ in
                counter += 1
                return FieldEntry(dot: Dot(writer, counter), value: .text("值\(counter)"), hlc: HLC(milliseconds: counter))
            }
        }
        return RecordState(vv: VersionVector([writer: counter]), fields: out)
    }

    static func probes(_ state: RecordState) -> Int {
        var interner = ReplicaInterner(rows: [])
        var probes = 0
        let bytes = MetaCodec.encodeMeta(state, type: Domain.enterprise, &interner, probes: &probes)
        #expect(!bytes.isEmpty)
        return probes
    }

    @Test func encodingCostIsLinearInTheEntries() throws {
        let small = Self.probes(Self.record(fields: 16, perField: 16))    // 256 entries
        let large = Self.probes(Self.record(fields: 64, perField: 64))    // 4,096 entries: 16×
        // Linear: about 16× the work (a quadratic search would be about 256×).
        #expect(large <= small * 20, "256 entries: \(small) probes; 4,096 entries: \(large)")
        #expect(large >= 4096, "every entry is looked up")
    }

    @Test func theMetadataOfALargeRecordReadsBackUnchanged() throws {
        let state = Self.record(fields: 32, perField: 40)
        var interner = ReplicaInterner(rows: [])
        let bytes = MetaCodec.encodeMeta(state, type: Domain.enterprise, &interner)
        let back = try MetaCodec.decodeMeta(bytes, vv: state.vv, type: Domain.enterprise, interner) { _ in .null }
        #expect(back == state)
    }
}
