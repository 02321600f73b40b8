import FieldSyncCore
import FieldSyncServer
import Foundation
import Testing

/// The repair rule on its own (issue 24, item 2): what a stored record breaks, and that the
/// repaired record is one every laptop keeps.
@Suite struct RecordRepairTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let repairer = RecordRepair.repairer(serverID: "0123456789abcdef0123456789abcdef")

    @Test func theRepairReplicaIsAReplicaID() {
        #expect(UUIDText.isLowercase(repairer.rawValue))
        #expect(RecordRepair.repairer(serverID: "0123456789abcdef0123456789abcdef") == repairer, "the same on every instance")
        #expect(RecordRepair.repairer(serverID: "ffffffffffffffffffffffffffffffff") != repairer)
    }

    @Test func aRecordPastTheCapsIsBroughtBackWithinThem() throws {
        #expect(Domain.enterprise.spec("name") != nil && Domain.enterprise.spec("contact") != nil && Domain.enterprise.spec("junk") == nil)
        let a = ReplicaID("00000000-0000-4000-8000-00000000000a")
        var vv = VersionVector()
        vv[a] = 5000
        let hlc = HLC(milliseconds: 1_700_000_000_000)
        // 4,500 concurrent contacts (past 4,096 entries and writes), two names, 300 KiB of an unknown field.
        let contacts = (1...4500).map { FieldEntry(dot: Dot(a, UInt64($0)), value: .text("联系人\($0)"), hlc: hlc) }
        let fields: [String: [FieldEntry]] = [
            "name": [FieldEntry(dot: Dot(a, 4501), value: .text("甲公司"), hlc: hlc),
                     FieldEntry(dot: Dot(a, 4502), value: .text("乙公司"), hlc: HLC(milliseconds: 1_700_000_000_001))],
            "contact": contacts,
            "junk": [FieldEntry(dot: Dot(a, 4503), value: .text(String(repeating: "x", count: 300 * 1024)), hlc: hlc)],
            "deleted": [FieldEntry(dot: Dot(a, 4504), value: .bool(false), hlc: hlc)],
        ]
        let record = WireRecord(table: "enterprise", id: UUIDText.random(), state: RecordState(vv: vv, fields: fields))
        #expect(throws: (any Error).self) { try record.validated() }
        let problems = RecordRepair.problems(of: record, now: now).map(\.english)
        #expect(problems.count == 3, "entries, writes, unknown bytes: \(problems)")
        let fixed = try #require(RecordRepair.repaired(record, by: repairer, now: now, deleting: false))
        let kept = try fixed.validated()
        #expect(RecordRepair.problems(of: kept, now: now).isEmpty)
        #expect(kept.state.fields["junk"] == nil, "the unknown field past its cap is dropped")
        #expect(kept.state.fields["contact"]?.count == 1 && kept.state.fields["name"]?.count == 1)
        #expect(kept.state.displayed("name") == .text("乙公司"), "the value shown before is kept")
        #expect(kept.state.fields["deleted"]?.count == 1 && kept.state.displayed("deleted") == .bool(false), "a sound single field is left as it was")
        #expect(kept.state.vv[repairer] == 1 && kept.state.vv[a] == 5000, "the repair covers everything the record held")
        #expect(kept.state.merged(with: record.state) == kept.state, "a laptop holding the old record takes the repair")
        #expect(RecordRepair.repaired(kept, by: repairer, now: now, deleting: false) == nil, "nothing left to repair")
        let deleted = try #require(RecordRepair.repaired(kept, by: repairer, now: now, deleting: true))
        #expect(deleted.state.displayed("deleted") == .bool(true) && deleted.state.vv[repairer] == 2)
    }

    @Test func badValuesAndStampsAreNamedAndReplaced() throws {
        let a = ReplicaID("00000000-0000-4000-8000-00000000000a")
        let x = ReplicaID("00000000-0000-4000-8000-0000000000ff")
        var vv = VersionVector()
        vv[a] = 2
        vv[x] = 1
        let hlc = HLC(milliseconds: 1_700_000_000_000)
        let record = WireRecord(table: "enterprise", id: UUIDText.random(), state: RecordState(vv: vv, fields: [
            "name": [FieldEntry(dot: Dot(a, 1), value: .text("青山科技"), hlc: hlc),
                     FieldEntry(dot: Dot(x, 1), value: .text("Victim\u{0} Co"), hlc: HLC(rawValue: UInt64.max >> 1))],
            "deleted": [FieldEntry(dot: Dot(a, 2), value: .null, hlc: hlc)],
        ]))
        let problems = RecordRepair.problems(of: record, now: now)
        #expect(problems.map(\.key) == [.deletedMustBeBool, .textHoldsNul, .repairStampAhead], "\(problems.map(\.english))")
        let fixed = try #require(RecordRepair.repaired(record, by: repairer, now: now, deleting: false)).validated()
        #expect(fixed.state.displayed("name") == .text("青山科技"))
        #expect(fixed.state.displayed("deleted") == .bool(false))
    }
}
