import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// Resolving concurrent edits of one field: an ordinary write that covers every entry.
public struct Conflicts: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Conflicts {
    /// Resolves a conflicted field with a value: an ordinary write whose context covers every entry.
    /// - Parameters:
    ///   - value: the chosen value as text, parsed as the field's declared type.
    public func resolveConflict(table: String, id: String, field: String, value: String) throws {
        guard let type = Domain.type(named: table), let spec = type.spec(field) else {
            throw StoreError(.invalidValue, Message(.hasField, table, field))
        }
        let v = try FieldValue.parse(value, as: spec.type, field: field)
        try transaction { tx in
            guard let state = try tx.state(type, id: id) else { throw StoreError(.unknownID, Message(.recordHasId, id)) }
            guard state.entries(field).count > 1 else {
                throw StoreError(.invalidValue, Message(.fieldConflict, field, id.prefix(8)))
            }
            try tx.write(type, id: id, [field: v])
        }
    }

}
