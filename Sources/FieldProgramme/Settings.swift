import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The zone's synced settings.
public struct Settings: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

/// The zone's synced settings that the programme's rules read (docs/rules.md).
public enum ZoneSetting: String, CaseIterable, Sendable {
    /// Days before a milestone's due date from which its project shows yellow (default 30).
    case warningDays = "light.warning_days"
    /// How many percentage points a milestone's reported progress may lag the share of its time
    /// gone before its project shows yellow (可能滞后; default 20).
    case progressTolerance = "light.progress_tolerance"
    /// The satisfaction target, in percent of rated visits rated 4–5 (default 97).
    case satisfactionTarget = "satisfaction.target"
    /// The zone's clock, in hours east of UTC, that instants are shown in (北京时间 8, 新疆时间 6).
    /// Unset, each laptop shows its own system time zone. Day boundaries of the rules stay 北京时间.
    case utcOffset = "time.utc_offset"

    /// The value when the zone has not set it.
    public var defaultValue: Double {
        switch self {
        case .warningDays: return 30
        case .progressTolerance: return 20
        case .satisfactionTarget: return 97
        case .utcOffset: return 8
        }
    }

    /// The accepted range of values.
    public var range: ClosedRange<Double> {
        switch self {
        case .warningDays: return 0...365
        case .progressTolerance: return 0...100
        case .satisfactionTarget: return 0...100
        case .utcOffset: return -12...14
        }
    }

    var recordID: String { UUIDText.derived(from: "setting:\(rawValue)") }
}

extension Settings {
    /// A zone setting: the synced value, or its default.
    public func setting(_ key: ZoneSetting) throws -> Double {
        try read { db in try Settings.setting(db, key) }
    }

    static func setting(_ db: Database, _ key: ZoneSetting) throws -> Double {
        let text = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE id = ? AND deleted = 0", arguments: [key.recordID])
        guard let text, let v = Double(text), key.range.contains(v) else { return key.defaultValue }
        return v
    }

    /// A zone setting's synced value, or nil when no one has set it.
    public func settingIfSet(_ key: ZoneSetting) throws -> Double? {
        try read { db in
            let text = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE id = ? AND deleted = 0", arguments: [key.recordID])
            guard let text, let v = Double(text), key.range.contains(v) else { return nil }
            return v
        }
    }

    /// Seconds east of UTC that instants are shown in: the zone's `time.utc_offset`, else this
    /// laptop's own time zone.
    public func displayOffset() throws -> Int {
        if let hours = try settingIfSet(.utcOffset) { return Int((hours * 3600).rounded()) }
        return TimeZone.current.secondsFromGMT()
    }

    /// Changes a zone setting (synced to every laptop).
    /// - Throws: ``StoreError`` naming a value that is not a number in the setting's range.
    public func setSetting(_ key: ZoneSetting, _ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let percent = trimmed.hasSuffix("%") || trimmed.hasSuffix("％")
        let t = trimmed.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "％", with: "").trimmingCharacters(in: .whitespaces)
        guard var v = Double(t), v.isFinite else {
            throw StoreError(.invalidValue,
                Message(.validGiveNumberFrom, text, key.rawValue, Int(key.range.lowerBound), Int(key.range.upperBound)))
        }
        // A ratio reads as every ratio elsewhere: 0.97 is 97 %; "97" or "97%" is 97 % too
        // (docs/rules.md §5).
        if key == .satisfactionTarget, !percent, v > 0, v <= 1 { v *= 100 }
        guard key.range.contains(v) else {
            throw StoreError(.invalidValue,
                Message(.validGiveNumberFrom, text, key.rawValue, Int(key.range.lowerBound), Int(key.range.upperBound)))
        }
        if key == .warningDays, v != v.rounded() {
            throw StoreError(.invalidValue, Message(.wholeNumberDays, text))
        }
        if key == .utcOffset, v * 4 != (v * 4).rounded() {
            throw StoreError(.invalidValue, Message(.offsetQuarterHours, text))
        }
        try transaction { tx in
            try tx.write(Domain.setting, id: key.recordID, ["key": .text(key.rawValue), "value": .text(Settings.plain(v))])
        }
    }

    /// The commissioners' score's indicators and their default weights (docs/rules.md §5a); `count`
    /// ones are counts, the others percentages.
    public static let performanceIndicators: [(key: String, label: MessageKey, weight: Double, count: Bool)] = [
        ("coverage", .perfCoverage, 0.25, false), ("on_site", .perfOnSite, 0.15, false), ("response_24h", .perfResponse, 0.2, false),
        ("resolved", .perfResolved, 0.15, false), ("rescues", .perfRescues, 0.1, true), ("satisfaction", .perfSatisfaction, 0.15, false),
    ]

    /// The score's weights: the synced setting `performance.weights`, defaults otherwise.
    public func performanceWeights() throws -> [String: Double] {
        try weights("performance.weights", defaults: Settings.performanceIndicators.map { ($0.key, $0.weight) })
    }

    /// Changes the score's weights (each 0 to 1000; they need not sum to 1).
    public func setPerformanceWeights(_ changes: [String: Double]) throws {
        try setWeights("performance.weights", changes, defaults: Settings.performanceIndicators.map { ($0.key, $0.weight) },
                       unknown: { k in Message(.perfIndicatorUse, k, Bilingual(
                           zh: Settings.performanceIndicators.map { "\(Message($0.label).render(.zh)) (\($0.key))" }.joined(separator: "、"),
                           en: Settings.performanceIndicators.map { "\(Message($0.label).render(.en)) (\($0.key))" }.joined(separator: ", "))) })
    }

    /// A set of weights kept as one synced setting (`key`, a JSON object): each known, finite
    /// weight from 0 to 1000 stored there, the default otherwise; all defaults when they sum to 0.
    func weights(_ key: String, defaults: [(String, Double)]) throws -> [String: Double] {
        var w = Dictionary(uniqueKeysWithValues: defaults)
        if let v = try view(Domain.setting, id: UUIDText.derived(from: "setting:" + key)), case .text(let json) = v["value"],
           let stored = try? JSONDecoder().decode([String: Double].self, from: Data(json.utf8)) {
            for (k, x) in stored where w[k] != nil && x.isFinite && x >= 0 && x <= 1000 { w[k] = x }
        }
        if w.values.reduce(0, +) <= 0 { w = Dictionary(uniqueKeysWithValues: defaults) }
        return w
    }

    /// Changes some of a set of weights (each known, 0 to 1000, not all 0); `unknown` words the
    /// refusal of an indicator the set does not have.
    func setWeights(_ key: String, _ changes: [String: Double], defaults: [(String, Double)], unknown: (String) -> Message) throws {
        let known = Set(defaults.map(\.0))
        for (k, v) in changes {
            guard known.contains(k) else { throw StoreError(.invalidValue, unknown(k)) }
            guard v >= 0, v.isFinite, v <= 1000 else { throw StoreError(.invalidValue, Message(.weightMustNumberFrom, k, v)) }
        }
        var w = try weights(key, defaults: defaults)
        for (k, v) in changes { w[k] = v }
        guard w.values.reduce(0, +) > 0 else { throw StoreError(.invalidValue, Message(.leastOneRankingWeight)) }
        let json = "{" + w.keys.sorted().map { "\(JSONWriter.quoted($0)):\(w[$0] ?? 0)" }.joined(separator: ",") + "}"
        try transaction { tx in
            try tx.write(Domain.setting, id: UUIDText.derived(from: "setting:" + key), ["key": .text(key), "value": .text(json)])
        }
    }

    /// `30` rather than `30.0`; `97.5` as it is.
    public static func plain(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

}
