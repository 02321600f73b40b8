import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The programme of the zone's technology commissioners, on one replica: one small type per part
/// (``Enterprises``, ``Needs``, ``Projects``, ``Reports`` …), each holding the replica it works on.
/// The replica engine (``FieldReplica/Replica``) knows record types as data; everything that
/// knows what an enterprise or a need is lives here.
public struct Programme: Sendable {
    /// The replica this part reads and writes.
    public let replica: Replica

    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }

    /// Opens (creating and migrating if needed) the replica at `path`.
    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.init(try Replica(path: path, now: now))
    }

    /// The `Enterprises` part on this replica.
    public var enterprises: Enterprises { Enterprises(replica) }
    /// The `Commissioners` part on this replica.
    public var commissioners: Commissioners { Commissioners(replica) }
    /// The `Pools` part on this replica.
    public var pools: Pools { Pools(replica) }
    /// The `Rounds` part on this replica.
    public var rounds: Rounds { Rounds(replica) }
    /// The `Visits` part on this replica.
    public var visits: Visits { Visits(replica) }
    /// The `Needs` part on this replica.
    public var needs: Needs { Needs(replica) }
    /// The `Projects` part on this replica.
    public var projects: Projects { Projects(replica) }
    /// The `Assignments` part on this replica.
    public var assignments: Assignments { Assignments(replica) }
    /// The `Outcomes` part on this replica.
    public var outcomes: Outcomes { Outcomes(replica) }
    /// The `Settings` part on this replica.
    public var settings: Settings { Settings(replica) }
    /// The `Ranking` part on this replica.
    public var ranking: Ranking { Ranking(replica) }
    /// The `Reports` part on this replica.
    public var reports: Reports { Reports(replica) }
    /// The `Importer` part on this replica.
    public var importer: Importer { Importer(replica) }
    /// The `Lookup` part on this replica.
    public var lookup: Lookup { Lookup(replica) }
    /// The `Records` part on this replica.
    public var records: Records { Records(replica) }
    /// The `Conflicts` part on this replica.
    public var conflicts: Conflicts { Conflicts(replica) }

    /// Today in the zone's local time.
    public func today() -> LocalDate { Self.localDate(replica.currentDate) }
}

/// A part of the programme: a small value holding the replica it reads and writes. Parts are
/// cheap to make (`Needs(replica)`), so one part asks another through ``programme``.
public protocol ProgrammePart: Sendable {
    var replica: Replica { get }
    init(_ replica: Replica)
}

extension ProgrammePart {
    /// The whole programme on this part's replica (to reach a sibling part).
    public var programme: Programme { Programme(replica) }

    /// Today in the zone's local time.
    public func today() -> LocalDate { Programme.localDate(replica.currentDate) }

    func now() -> Date { replica.currentDate }

    func read<T>(_ body: (Database) throws -> T) throws -> T { try replica.read(body) }

    func transaction<T>(author: String? = nil, _ body: (WriteContext) throws -> T) throws -> T {
        try replica.transaction(author: author, body)
    }

    func info() throws -> ReplicaInfo { try replica.info() }

    /// One record as people see it (deleted records included).
    func view(_ type: RecordType, id: String) throws -> RecordView? { try Records(replica).view(type, id: id) }

    /// Visible records of `type` matching an SQL condition (the programme's own queries only).
    func views(_ type: RecordType, where condition: String = "1", arguments: [String] = [], orderBy: String = "rowid") throws -> [RecordView] {
        try read { db in try Records.views(db, type, where: condition, arguments: StatementArguments(arguments), orderBy: orderBy) }
    }
}

extension Programme {
    /// The zone day of an instant (UTC+8).
    public static func localDate(_ date: Date) -> LocalDate {
        let days = Int(floor((date.timeIntervalSince1970 + 8 * 3600) / 86_400))
        return LocalDate(dayNumber: days)
    }

    static func required(_ text: String, _ what: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw StoreError(.invalidValue, Message(.mustEmpty, what)) }
        return t
    }

    static func phone(_ text: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || "+- ()".contains($0) }) else {
            throw StoreError(.invalidValue, Message(.phoneNumber, text))
        }
        return t
    }
}

extension Replica {
    /// The programme on this replica (`replica.programme.needs.list()`).
    public var programme: Programme { Programme(self) }
}
