/// How concurrent values of one field are presented. The join itself is the same for every
/// policy (it keeps every concurrent entry), so the merge laws hold whatever the policy; the policy
/// decides what is *shown* and whether the record is *flagged*.
public enum FieldPolicy: String, Sendable, Hashable {
    /// Multi-value: keep concurrent values and flag the record until someone resolves it.
    /// The default, and the only policy for anything a person types.
    case mv
    /// Last writer wins by HLC, never flagged. Only for values a machine derives.
    case lww
    /// Set fields: the shown value is the union of the concurrent sets, never flagged.
    case union
}

/// One value of a field, written by the write `dot` at display time `hlc`.
public struct FieldEntry: Hashable, Sendable {
    public var dot: Dot
    public var value: FieldValue
    public var hlc: HLC

    public init(dot: Dot, value: FieldValue, hlc: HLC) {
        self.dot = dot
        self.value = value
        self.hlc = hlc
    }

    /// The deterministic display order: highest HLC, then highest replica id, then highest counter,
    /// then the value itself (only reachable with forged duplicate dots).
    func showsBefore(_ other: FieldEntry) -> Bool {
        if hlc != other.hlc { return hlc > other.hlc }
        if dot.replica != other.dot.replica { return dot.replica > other.dot.replica }
        if dot.counter != other.dot.counter { return dot.counter > other.dot.counter }
        return value.sortKey > other.value.sortKey
    }
}

/// The sync state of one record: each field's entries plus the record's version vector.
///
/// A field with one entry has one value; more entries mean concurrent writes. Entries are kept
/// sorted by dot, so equal states compare equal.
public struct RecordState: Hashable, Sendable {
    public var vv: VersionVector
    public private(set) var fields: [String: [FieldEntry]]

    public init(vv: VersionVector = VersionVector(), fields: [String: [FieldEntry]] = [:]) {
        self.vv = vv
        self.fields = [:]
        for (name, entries) in fields where !entries.isEmpty {
            self.fields[name] = entries.sorted { $0.dot < $1.dot }
        }
    }

    /// A state whose field lists are already non-empty and sorted by dot (a decoder checked them):
    /// taken as they are, without rebuilding the dictionary.
    package init(vv: VersionVector, sortedFields: [String: [FieldEntry]]) {
        self.vv = vv
        fields = sortedFields
    }

    /// The entries of `field` (empty when never written).
    public func entries(_ field: String) -> [FieldEntry] { fields[field] ?? [] }

    /// Joins two states of one record.
    ///
    /// Per field, keeps the entries both sides have, plus each side's entries whose dot the other
    /// side's version vector does not cover (the other side has not seen them, so they are not
    /// superseded). The merged vector is the pointwise maximum.
    ///
    /// Laws: commutative, associative and idempotent, so replicas that have seen the same writes
    /// hold the same state whatever order, duplication or retry of syncs brought them. A write made
    /// with a context that covers an entry (a causally later write, or a resolution) removes that
    /// entry everywhere it is merged, whatever the wall clocks said.
    public func merged(with other: RecordState) -> RecordState {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Joins `other` into this state. See ``merged(with:)`` for the laws.
    public mutating func merge(_ other: RecordState) {
        var result: [String: [FieldEntry]] = [:]
        result.reserveCapacity(Swift.max(fields.count, other.fields.count))
        for (name, mine) in fields {
            let theirs = other.fields[name] ?? []
            let joined = Self.join(mine, vv, theirs, other.vv)
            if !joined.isEmpty { result[name] = joined }
        }
        for (name, theirs) in other.fields where fields[name] == nil {
            let joined = theirs.filter { !vv.covers($0.dot) }
            if !joined.isEmpty { result[name] = joined }
        }
        fields = result
        vv.merge(other.vv)
    }

    private static func join(
        _ a: [FieldEntry], _ avv: VersionVector, _ b: [FieldEntry], _ bvv: VersionVector
    ) -> [FieldEntry] {
        // Fast path: identical entry lists (the common case of a re-sent or unchanged field).
        if a == b { return a }
        var out: [FieldEntry] = []
        out.reserveCapacity(a.count + b.count)
        for e in a {
            if let twin = b.first(where: { $0.dot == e.dot }) {
                // Same dot on both sides: the same write. Should two replicas disagree on its
                // content (a forged or reused dot, refused by the server), pick deterministically.
                out.append(e.showsBefore(twin) ? e : twin)
            } else if !bvv.covers(e.dot) {
                out.append(e)
            }
        }
        for e in b where !avv.covers(e.dot) && !a.contains(where: { $0.dot == e.dot }) {
            out.append(e)
        }
        out.sort { $0.dot < $1.dot }
        return out
    }

    /// A local write: one new dot for `replica`, stamped on every written field, whose context is
    /// everything this state has seen, so it supersedes every entry of the fields it writes.
    /// A resolution of a conflict is exactly such a write.
    /// - Returns: the new dot.
    @discardableResult
    public mutating func write(_ values: [String: FieldValue], by replica: ReplicaID, at hlc: HLC) -> Dot {
        let dot = Dot(replica, vv[replica] + 1)
        vv[replica] = dot.counter
        for (name, value) in values {
            fields[name] = [FieldEntry(dot: dot, value: value, hlc: hlc)]
        }
        return dot
    }

    /// The value shown for `field` under `policy`: the union for `union` fields, otherwise the entry
    /// with the highest HLC (then replica id). Every replica with this state shows the same value.
    public func displayed(_ field: String, policy: FieldPolicy = .mv) -> FieldValue {
        Self.shown(fields[field] ?? [], policy: policy)
    }

    /// The value shown for a field holding `entries` (see ``displayed(_:policy:)``).
    public static func shown(_ entries: [FieldEntry], policy: FieldPolicy) -> FieldValue {
        guard let first = entries.first else { return .null }
        if entries.count == 1 { return first.value }
        if policy == .union {
            var all = Swift.Set<String>()
            for e in entries { if case .set(let items) = e.value { all.formUnion(items) } }
            return .set(all.sorted())
        }
        return Self.winner(of: entries).value
    }

    static func winner(of entries: [FieldEntry]) -> FieldEntry {
        var best = entries[0]
        for e in entries.dropFirst() where e.showsBefore(best) { best = e }
        return best
    }

    /// The entries of `field` in display order (the shown value first).
    public func entriesInDisplayOrder(_ field: String) -> [FieldEntry] {
        (fields[field] ?? []).sorted { $0.showsBefore($1) }
    }

    /// Whether `field` holds concurrent *different* values that a person must decide between.
    /// Only `mv` fields are ever in conflict; equal concurrent values are not a conflict.
    public func isConflicted(_ field: String, policy: FieldPolicy = .mv) -> Bool {
        Self.conflicted(fields[field] ?? [], policy: policy)
    }

    /// Whether a field holding `entries` is in conflict (see ``isConflicted(_:policy:)``).
    public static func conflicted(_ entries: [FieldEntry], policy: FieldPolicy) -> Bool {
        guard policy == .mv, entries.count > 1 else { return false }
        let first = entries[0].value
        return entries.dropFirst().contains { $0.value != first }
    }

    /// The conflicted fields, sorted, given each field's policy (unknown fields count as `mv`).
    public func conflictedFields(policy: (String) -> FieldPolicy = { _ in .mv }) -> [String] {
        fields.keys.filter { isConflicted($0, policy: policy($0)) }.sorted()
    }

    /// How many fields are conflicted (see ``isConflicted(_:policy:)``).
    public func conflictCount(policy: (String) -> FieldPolicy = { _ in .mv }) -> Int {
        var n = 0
        for (name, entries) in fields where entries.count > 1 && isConflicted(name, policy: policy(name)) { n += 1 }
        return n
    }

    /// The largest HLC of any entry.
    public var maxHLC: HLC {
        fields.values.lazy.flatMap { $0 }.map(\.hlc).max() ?? .zero
    }

    /// Every dot present in the state.
    public var dots: [Dot] { fields.values.flatMap { $0.map(\.dot) } }
}

extension RecordState {
    /// The reused-dot rule: a dot names one write, so the same dot with other content means a
    /// store reused its dots (a store restored from a backup). Laptops and the server both refuse
    /// such a state; this finds the first offending entry, or nil when `incoming` reuses none of
    /// `existing`'s dots.
    public func reusedDot(against existing: RecordState) -> (field: String, dot: Dot)? {
        for (field, entries) in fields {
            let mine = existing.entries(field)
            guard !mine.isEmpty else { continue }
            for e in entries {
                if let twin = mine.first(where: { $0.dot == e.dot }), twin.value != e.value { return (field, e.dot) }
            }
        }
        return nil
    }
}
