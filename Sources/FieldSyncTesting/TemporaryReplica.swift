import FieldReplica
import FieldSyncCore
import Foundation

/// A fresh, initialised replica in its own temporary directory, removed when the value is
/// dropped: the starting point of a conflict suite's test.
public final class TemporaryReplica {
    public let directory: URL
    public let store: Replica
    public let replica: ReplicaID

    /// - Parameters:
    ///   - name: the laptop's name.
    ///   - now: the replica's wall clock.
    ///   - role: the replica's role.
    public init(name: String = "测试笔记本", now: @escaping @Sendable () -> Date = { Date() }, role: String = "replica") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try Replica(path: directory.appendingPathComponent("store.db").path, now: now)
        replica = try store.initialize(name: name, zone: "高新区", role: role)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

extension Replica {
    /// Every record's state, for before/after comparisons.
    public func snapshot() throws -> [String: RecordState] { try allStates() }
}
