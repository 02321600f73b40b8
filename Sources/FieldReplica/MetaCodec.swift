import FieldSyncCore

/// Replica ids interned as small integers for one transaction.
struct ReplicaInterner {
    private(set) var byIndex: [Int64: ReplicaID] = [:]
    private(set) var byID: [ReplicaID: Int64] = [:]
    var pending: [(Int64, ReplicaID)] = []
    private var nextIndex: Int64 = 1

    init(rows: [(Int64, String)]) {
        for (i, id) in rows {
            let r = ReplicaID(id)
            byIndex[i] = r
            byID[r] = i
            nextIndex = max(nextIndex, i + 1)
        }
    }

    mutating func index(of replica: ReplicaID) -> Int64 {
        if let i = byID[replica] { return i }
        let i = nextIndex
        nextIndex += 1
        byIndex[i] = replica
        byID[replica] = i
        pending.append((i, replica))
        return i
    }

    /// The index of a replica already interned, without adding it.
    func existingIndex(of replica: ReplicaID) -> Int64? { byID[replica] }

    func replica(at index: Int64) throws -> ReplicaID {
        guard let r = byIndex[index] else { throw StoreError.corrupt(Message(.syncMetadataNamesUnknown, index)) }
        return r
    }
}

/// The compact binary encoding of a record's sync metadata.
///
/// `_vv`: count, then (replica index, counter) pairs.
/// `_meta`: version 1; the distinct write events (replica index, counter, HLC); then per field its
/// key (declared position + 1, or 0 and its name for a field this version does not know), its
/// entry count and, per entry, the event index; values are stored inline only when the column
/// cannot hold them: a field with several concurrent entries, or an unknown field.
/// A record written once costs about 10 bytes of events and 3 bytes per field.
enum MetaCodec {
    static func encodeVV(_ vv: VersionVector, _ interner: inout ReplicaInterner) -> [UInt8] {
        var w = ByteWriter(capacity: 8)
        if vv.counters.count == 1, let (replica, n) = vv.counters.first {
            w.varint(1)
            w.varint(UInt64(interner.index(of: replica)))
            w.varint(n)
            return w.bytes
        }
        let entries = vv.counters.map { (interner.index(of: $0.key), $0.value) }.sorted { $0.0 < $1.0 }
        w.varint(UInt64(entries.count))
        for (i, n) in entries {
            w.varint(UInt64(i))
            w.varint(n)
        }
        return w.bytes
    }

    static func decodeVV(_ bytes: [UInt8], _ interner: ReplicaInterner) throws -> VersionVector {
        try damaged {
            var r = ByteReader.trusted(bytes)
            var vv = VersionVector()
            let n = try r.count("replica", max: SyncProtocol.Limits.replicasPerVector, minBytes: 2)
            for _ in 0..<n {
                let replica = try interner.replica(at: Int64(try r.varint()))
                vv[replica] = try r.varint()
            }
            return vv
        }
    }

    /// Runs a decoder, a blob the shared byte reader cannot read reported as a damaged store.
    static func damaged<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as MalformedBytes {
            throw StoreError.corrupt(Message(.syncMetadataDamaged, e.description))
        }
    }

    /// Encodes the metadata of `state`, one pass over its fields (in the dictionary's order: the
    /// decoder reads each field's key, so the order carries nothing). A declared field's single
    /// value is kept in the row's column, not here.
    static func encodeMeta(_ state: RecordState, type: RecordType, _ interner: inout ReplicaInterner) -> [UInt8] {
        var probes = 0
        return encodeMeta(state, type: type, &interner, probes: &probes)
    }

    /// The distinct writes a record's events list holds before the search for a dot hashes
    /// instead of scanning: records have a write or two, where a scan beats hashing.
    static let scanLimit = 8

    /// - Parameter probes: counts the dot comparisons and lookups made finding each entry's
    ///   write (linear in the entries: a test counts it at two sizes).
    static func encodeMeta(_ state: RecordState, type: RecordType, _ interner: inout ReplicaInterner, probes: inout Int) -> [UInt8] {
        var eventList: [FieldEntry] = []
        var eventIndex: [Dot: Int] = [:]
        var body = ByteWriter(capacity: 8 + state.fields.count * 3)
        body.varint(UInt64(state.fields.count))
        for (name, entries) in state.fields {
            let position = type.position(of: name)
            if let p = position {
                body.varint(UInt64(p + 1))
            } else {
                body.varint(0)
                body.string(name)
            }
            body.varint(UInt64(entries.count))
            let inline = position == nil || entries.count > 1
            for e in entries {
                var index: Int?
                if eventList.count <= Self.scanLimit {
                    index = eventList.firstIndex { probes += 1; return $0.dot == e.dot }
                } else {
                    probes += 1
                    index = eventIndex[e.dot]
                }
                if index == nil {
                    index = eventList.count
                    eventList.append(e)
                    if eventList.count > Self.scanLimit {
                        if eventIndex.isEmpty {
                            for (k, old) in eventList.enumerated() { eventIndex[old.dot] = k }
                        } else {
                            eventIndex[e.dot] = eventList.count - 1
                        }
                    }
                }
                body.varint(UInt64(index ?? 0))
                if inline { body.value(e.value) }
            }
        }
        var w = ByteWriter(capacity: 4 + eventList.count * 12 + body.bytes.count)
        w.varint(1)
        w.varint(UInt64(eventList.count))
        for e in eventList {
            w.varint(UInt64(interner.index(of: e.dot.replica)))
            w.varint(e.dot.counter)
            w.varint(e.hlc.rawValue)
        }
        w.bytes.append(contentsOf: body.bytes)
        return w.bytes
    }

    /// Decodes metadata; `columnValue(position)` supplies a single entry's value from the row.
    static func decodeMeta(
        _ bytes: [UInt8], vv: VersionVector, type: RecordType, _ interner: ReplicaInterner,
        columnValue: (Int) throws -> FieldValue
    ) throws -> RecordState {
        try damaged {
            var r = ByteReader.trusted(bytes)
            guard try r.varint() == 1 else { throw StoreError.corrupt(Message(.syncMetadataUnknownFormat)) }
            let eventCount = try r.count("write", max: Int(Int32.max), minBytes: 3)
            var events: [(Dot, HLC)] = []
            events.reserveCapacity(eventCount)
            for _ in 0..<eventCount {
                let replica = try interner.replica(at: Int64(try r.varint()))
                let counter = try r.varint()
                let hlc = HLC(rawValue: try r.varint())
                events.append((Dot(replica, counter), hlc))
            }
            let fieldCount = try r.count("field", max: Int(Int32.max), minBytes: 2)
            var fields: [String: [FieldEntry]] = [:]
            fields.reserveCapacity(fieldCount)
            for _ in 0..<fieldCount {
                let key = try r.varint()
                let name: String
                var position: Int?
                if key == 0 {
                    name = try r.string("a field name")
                } else {
                    guard key - 1 < UInt64(type.fields.count) else { throw StoreError.corrupt(Message(.syncMetadataNamesField, key)) }
                    position = Int(key - 1)
                    name = type.fields[Int(key - 1)].name
                }
                let n = try r.count("entry", max: Int(Int32.max), minBytes: 1)
                let inline = position == nil || n > 1
                var entries: [FieldEntry] = []
                entries.reserveCapacity(n)
                for _ in 0..<n {
                    let ei = try r.varint()
                    guard ei < UInt64(events.count) else { throw StoreError.corrupt(Message(.syncMetadataNamesEvent, ei)) }
                    let value: FieldValue
                    if inline {
                        value = try r.value(field: name)
                    } else if let p = position {
                        value = try columnValue(p)
                    } else {
                        value = .null
                    }
                    entries.append(FieldEntry(dot: events[Int(ei)].0, value: value, hlc: events[Int(ei)].1))
                }
                fields[name] = entries
            }
            return RecordState(vv: vv, fields: fields)
        }
    }
}
