import FieldStore
import FieldSyncCore
import Foundation

/// A fresh store in its own temporary file, removed when the value is dropped.
final class TempStore {
    let dir: URL
    let store: ReplicaStore
    let replica: ReplicaID

    init(name: String = "测试笔记本", now: @escaping @Sendable () -> Date = { Date() }, role: String = "replica") throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fieldsync-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try ReplicaStore(path: dir.appendingPathComponent("store.db").path, now: now)
        replica = try store.initialize(name: name, zone: "高新区", role: role)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }
}

extension ReplicaStore {
    /// Every record's state, for before/after comparisons.
    func snapshot() throws -> [String: RecordState] { try allStates() }
}
