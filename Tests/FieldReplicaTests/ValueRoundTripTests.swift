import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import FieldSyncWire
import Foundation
import GRDB
import PropertyBased
import Testing

/// The one value rule, proven by round trip (issue 24, item 1): every record the binary decoder
/// accepts is kept by a laptop and read back identical (its state, and each row column through
/// the row codec); a record it refuses holds a value the rule names. Values are drawn at the
/// edges: empty and long Chinese text, NUL, 18- and 19-digit decimals, scales up to 20, dates in
/// years 1 to 9999, nulls (`deleted` included).
struct ValueRoundTripTests {
    static let seeds = Gen.int(in: 0...Int.max)

    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let texts = ["", "青山智能科技有限公司", "高新区创业路8号 3栋", "emoji 😀 e\u{301}", String(repeating: "长", count: 5000), "'; DROP TABLE x; --", "\u{202E}反转", "行一\n行二\t"]

    /// A value of `type` at the edges of what the rule allows, or (with `bad`) just past them.
    static func value(_ type: FieldType, field: String, bad: Bool, _ rng: inout RNG) -> FieldValue {
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        if !bad, field != RecordType.deletedField, rng.next() % 6 == 0 { return .null }
        switch type {
        case .text: return .text(bad ? pick(["A\u{0}B", "\u{0}", "名称\u{0}"]) : pick(texts))
        case .integer: return .integer(Int64(bitPattern: rng.next()) >> (rng.next() % 64))
        case .decimal:
            // 1 to 18 digits in all (integer part and scale), or 19 and more.
            let digits = bad ? Int(19 + rng.next() % 2) : Int(1 + rng.next() % 18)
            let scale = Int(rng.next() % UInt64(digits + 1))
            var s: Int64 = 1
            for _ in 1..<min(digits, 18) { s *= 10 }
            s += Int64(rng.next() % 9) + 1
            if digits > 18 { return .decimal(ExactDecimal(significand: s * 10 + 7, scale: scale)) }
            if rng.next() % 2 == 0 { s = -s }
            return .decimal(ExactDecimal(significand: s, scale: min(scale, digits - 1)))
        case .date:
            // 1900-01-01 is day -25,567; 2200-12-31 is day 84,370.
            let day = bad ? pick([-25_568, 84_371, -719_162, 2_932_896, Int(rng.next() % 600_000) + 84_371])
                          : pick([-25_567, 84_370, 0, 20_000, Int(rng.next() % 109_938) - 25_567])
            return .date(LocalDate(dayNumber: day))
        case .bool:
            if bad, field == RecordType.deletedField { return .null }
            return .bool(rng.next() % 2 == 0)
        case .set:
            var items = (0..<Int(rng.next() % 4)).map { _ in pick(texts) }
            if bad { items.append("坏\u{0}") }
            return .stringSet(items)
        }
    }

    /// Whether a type can hold a value the rule refuses in `field`.
    static func canBreak(_ spec: FieldSpec) -> Bool {
        switch spec.type {
        case .integer: return false
        case .bool: return spec.name == RecordType.deletedField
        default: return true
        }
    }

    @Test func everyRecordTheDecoderAcceptsIsKeptAndReadBackIdentical() async throws {
        let temp = try TemporaryReplica()
        let store = temp.store
        let writer = ReplicaID.random()
        let tally = Tally()
        await propertyCheck(count: 300, input: Self.seeds) { seed in
            var rng = RNG(state: UInt64(seed))
            let type = Domain.all[Int(rng.next() % UInt64(Domain.all.count))]
            var values: [String: FieldValue] = [:]
            // About half the records hold one value past the rule.
            let breakable = type.fields.filter(Self.canBreak)
            let broken = rng.next() % 2 == 0 ? breakable[Int(rng.next() % UInt64(breakable.count))].name : nil
            for spec in type.fields { values[spec.name] = Self.value(spec.type, field: spec.name, bad: spec.name == broken, &rng) }
            let hlc = HLC(milliseconds: 1_780_000_000_000 + rng.next() % 1000)
            var vv = VersionVector()
            vv[writer] = 1
            let fields = values.mapValues { [FieldEntry(dot: Dot(writer, 1), value: $0, hlc: hlc)] }
            let record = WireRecord(table: type.name, id: UUIDText.random(), state: RecordState(vv: vv, fields: fields))
            let problems = values.compactMap { $0.value.storageProblem(table: type.name, field: $0.key, id: record.id) }
            #expect(problems.isEmpty == (broken == nil), "the generator broke \(broken ?? "nothing"): \(problems.map(\.english))")
            let decoded: WireRecord
            do {
                decoded = try BinaryWire.decodeRecord(BinaryWire.encode(record))
            } catch {
                #expect(!problems.isEmpty, "refused a record that breaks no rule: \(error)")
                tally.add(refused: true)
                return
            }
            #expect(problems.isEmpty, "accepted \(problems.map(\.english))")
            tally.add(refused: false)
            do {
                _ = try store.apply([decoded])
                let kept = try store.state(type, id: decoded.id)
                #expect(kept == decoded.state, "\(type.name): the laptop's state differs from the accepted one")
                // Each column reads back as the value shown.
                let row = try store.read { db in
                    try Row.fetchOne(db, sql: "SELECT * FROM \"\(type.name)\" WHERE id = ?", arguments: [decoded.id])
                }
                for spec in type.fields where spec.name != RecordType.deletedField {
                    let column = try #require(row?[spec.name] as DatabaseValue?)
                    let back = try RowCodec.value(column, as: spec.type, field: spec.name)
                    #expect(back == decoded.state.displayed(spec.name, policy: spec.policy), "\(type.name).\(spec.name)")
                }
            } catch {
                Issue.record("an accepted record was not kept: \(error)")
            }
        }
        let (kept, refused) = tally.counts
        #expect(kept >= 100 && refused >= 100, "both sides drawn: \(kept) kept, \(refused) refused")
    }

    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var kept = 0, refused = 0
        func add(refused r: Bool) { lock.withLock { if r { refused += 1 } else { kept += 1 } } }
        var counts: (Int, Int) { lock.withLock { (kept, refused) } }
    }
}
