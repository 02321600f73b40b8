import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The technology commissioners (科技专员).
public struct Commissioners: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

extension Commissioners {
    /// Adds a commissioner. - Returns: the new id.
    public func addCommissioner(name: String, phone: String?) throws -> String {
        let name = try Programme.required(name, "name")
        let id = UUIDText.random()
        try transaction { tx in
            var values: [String: FieldValue] = ["name": .text(name)]
            if let phone { values["phone"] = .text(try Programme.phone(phone)) }
            try tx.write(Domain.commissioner, id: id, values)
        }
        return id
    }

    /// Commissioner id → name, for tables and reports.
    public func names() throws -> [String: String] {
        Dictionary(try views(Domain.commissioner).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: Coverage

}

extension Commissioners {
    /// Every commissioner, by name.
    public func list() throws -> [RecordView] { try views(Domain.commissioner, orderBy: "name") }
}
