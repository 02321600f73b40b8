@testable import FieldReplica
import FieldSyncCore
import FieldSyncTesting
import Foundation
import GRDB
import Testing

/// Fields added to a record type after its release (issue 25: a commissioner's `left_on`) sit
/// after `deleted`, so every earlier field keeps its stored position; a laptop that received the
/// new fields from a newer laptop before it upgraded kept them whole as undeclared fields, and the
/// migration that adds their columns fills them from each row's metadata.
struct AddedFieldTests {
    @Test func earlierFieldsKeepTheirPositionsAndAddedOnesComeAfterDeleted() {
        let c = Domain.commissioner
        #expect(c.position(of: "name") == 0 && c.position(of: "phone") == 1)
        #expect(c.deletedPosition == 2 && c.fields[c.deletedPosition].name == RecordType.deletedField)
        #expect(c.position(of: "left_on") == 3 && c.position(of: "left_to") == 4)
        #expect(Domain.enterprise.deletedPosition == Domain.enterprise.fields.count - 1, "a type with no added field keeps deleted last")
        // The migrations that fill added columns name real migrations.
        for name in Replica.addedColumns.keys { #expect(SchemaSQL.migrations.contains { $0.0 == name }, "\(name)") }
    }

    @Test func aRowWrittenBeforeTheUpgradeHasItsNewColumnsFilled() throws {
        let temp = try TemporaryReplica()
        let store = temp.store
        let writer = ReplicaID.random()
        let id = UUIDText.random()
        var vv = VersionVector()
        vv[writer] = 1
        let hlc = HLC(milliseconds: 1_780_000_000_000)
        let successor = UUIDText.random()
        let state = RecordState(vv: vv, fields: [
            "name": [FieldEntry(dot: Dot(writer, 1), value: .text("张伟"), hlc: hlc)],
            "left_on": [FieldEntry(dot: Dot(writer, 1), value: .date(try LocalDate(year: 2026, month: 9, day: 1)), hlc: hlc)],
            "left_to": [FieldEntry(dot: Dot(writer, 1), value: .text(successor), hlc: hlc)],
            "deleted": [FieldEntry(dot: Dot(writer, 1), value: .bool(false), hlc: hlc)],
        ])
        _ = try store.apply([WireRecord(table: "commissioner", id: id, state: state)])
        #expect(try store.state(Domain.commissioner, id: id) == state)
        // Make the row what the previous version wrote: the new fields kept as undeclared ones in
        // the metadata, no columns for them, migration 012 not yet applied.
        let before = RecordType("commissioner", [FieldSpec("name", .text), FieldSpec("phone", .text)])
        try store.write { db in
            var interner = try Replica.loadInterner(db)
            let meta = MetaCodec.encodeMeta(state, type: before, &interner)
            try Replica.savePending(db, &interner)
            try db.execute(sql: "UPDATE commissioner SET _meta = ? WHERE id = ?", arguments: [Data(meta), id])
            try db.execute(sql: "ALTER TABLE commissioner DROP COLUMN left_on")
            try db.execute(sql: "ALTER TABLE commissioner DROP COLUMN left_to")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '012_commissioner_leave.sql'")
        }
        let path = store.path
        // Upgrading: the store is opened by this version, which applies migration 012.
        let upgraded = try Replica(path: path)
        let applied = try upgraded.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "012_commissioner_leave.sql", "\(applied)")
        #expect(try upgraded.state(Domain.commissioner, id: id) == state, "the state survives the upgrade whole")
        let row = try upgraded.read { db in try Row.fetchOne(db, sql: "SELECT left_on, left_to FROM commissioner WHERE id = ?", arguments: [id]) }
        #expect(row?[0] as String? == "2026-09-01" && row?[1] as String? == successor, "the new columns hold the values")
    }
}
