import FieldSyncCore
import Foundation
import GRDB

/// The zone's synced settings that the programme's rules read (docs/rules.md).
public enum ZoneSetting: String, CaseIterable, Sendable {
    /// Days before a milestone's due date from which its project shows yellow (default 30).
    case warningDays = "light.warning_days"
    /// The satisfaction target, in percent of rated visits rated 4–5 (default 97).
    case satisfactionTarget = "satisfaction.target"

    public var defaultValue: Double {
        switch self {
        case .warningDays: return 30
        case .satisfactionTarget: return 97
        }
    }

    /// The accepted range of values.
    public var range: ClosedRange<Double> {
        switch self {
        case .warningDays: return 0...365
        case .satisfactionTarget: return 0...100
        }
    }

    var recordID: String { UUIDText.derived(from: "setting:\(rawValue)") }
}

extension ReplicaStore {
    /// A zone setting: the synced value, or its default.
    public func setting(_ key: ZoneSetting) throws -> Double {
        try read { db in try Self.setting(db, key) }
    }

    static func setting(_ db: Database, _ key: ZoneSetting) throws -> Double {
        let text = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE id = ? AND deleted = 0", arguments: [key.recordID])
        guard let text, let v = Double(text), key.range.contains(v) else { return key.defaultValue }
        return v
    }

    /// Changes a zone setting (synced to every laptop).
    /// - Throws: ``StoreError`` naming a value that is not a number in the setting's range.
    public func setSetting(_ key: ZoneSetting, _ text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
        guard let v = Double(t), v.isFinite, key.range.contains(v) else {
            throw StoreError(.invalidValue,
                "\"\(text)\" is not a valid \(key.rawValue): give a number from \(Int(key.range.lowerBound)) to \(Int(key.range.upperBound)).")
        }
        if key == .warningDays, v != v.rounded() {
            throw StoreError(.invalidValue, "\"\(text)\" is not a whole number of days.")
        }
        try transaction { tx in
            try tx.write(Domain.setting, id: key.recordID, ["key": .text(key.rawValue), "value": .text(Self.plain(v))])
        }
    }

    /// `30` rather than `30.0`; `97.5` as it is.
    static func plain(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
