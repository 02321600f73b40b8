import FieldSyncCore

/// Byte reader; every read checks bounds and throws on a truncated or corrupt blob.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw StoreError.corrupt(Message(.syncMetadataBlobTruncated)) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw StoreError.corrupt(Message(.syncMetadataVarintToo)) }
        }
    }

    mutating func int() throws -> Int { Int(truncatingIfNeeded: try varint()) }

    mutating func zigzag() throws -> Int64 {
        let u = try varint()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, offset + n <= bytes.count else { throw StoreError.corrupt(Message(.syncMetadataStringTruncated)) }
        defer { offset += n }
        return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
    }
}

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
        var r = ByteReader(bytes)
        var vv = VersionVector()
        let n = try r.int()
        for _ in 0..<n {
            let replica = try interner.replica(at: Int64(try r.varint()))
            vv[replica] = try r.varint()
        }
        return vv
    }

    /// Encodes the metadata of `state`, one pass over its fields (in the dictionary's order: the
    /// decoder reads each field's key, so the order carries nothing). A declared field's single
    /// value is kept in the row's column, not here.
    static func encodeMeta(_ state: RecordState, type: RecordType, _ interner: inout ReplicaInterner) -> [UInt8] {
        // Records have few distinct writes: a linear scan beats hashing the dots.
        var eventList: [FieldEntry] = []
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
                var index = eventList.firstIndex { $0.dot == e.dot }
                if index == nil {
                    index = eventList.count
                    eventList.append(e)
                }
                body.varint(UInt64(index ?? 0))
                if inline { encodeValue(e.value, into: &body) }
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
        var r = ByteReader(bytes)
        guard try r.varint() == 1 else { throw StoreError.corrupt(Message(.syncMetadataUnknownFormat)) }
        let eventCount = try r.int()
        var events: [(Dot, HLC)] = []
        events.reserveCapacity(eventCount)
        for _ in 0..<eventCount {
            let replica = try interner.replica(at: Int64(try r.varint()))
            let counter = try r.varint()
            let hlc = HLC(rawValue: try r.varint())
            events.append((Dot(replica, counter), hlc))
        }
        let fieldCount = try r.int()
        var fields: [String: [FieldEntry]] = [:]
        fields.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            let key = try r.int()
            let name: String
            var position: Int?
            if key == 0 {
                name = try r.string()
            } else {
                guard key - 1 < type.fields.count else { throw StoreError.corrupt(Message(.syncMetadataNamesField, key)) }
                position = key - 1
                name = type.fields[key - 1].name
            }
            let n = try r.int()
            let inline = position == nil || n > 1
            var entries: [FieldEntry] = []
            entries.reserveCapacity(n)
            for _ in 0..<n {
                let ei = try r.int()
                guard ei < events.count else { throw StoreError.corrupt(Message(.syncMetadataNamesEvent, ei)) }
                let value: FieldValue
                if inline {
                    value = try decodeValue(&r)
                } else if let p = position {
                    value = try columnValue(p)
                } else {
                    value = .null
                }
                entries.append(FieldEntry(dot: events[ei].0, value: value, hlc: events[ei].1))
            }
            fields[name] = entries
        }
        return RecordState(vv: vv, fields: fields)
    }

    static func encodeValue(_ v: FieldValue, into w: inout ByteWriter) {
        switch v {
        case .null: w.varint(0)
        case .text(let s):
            w.varint(1)
            w.string(s)
        case .integer(let i):
            w.varint(2)
            w.zigzag(i)
        case .decimal(let d):
            w.varint(3)
            w.zigzag(d.significand)
            w.varint(UInt64(d.scale))
        case .date(let d):
            w.varint(4)
            w.zigzag(Int64(d.dayNumber))
        case .bool(let b): w.varint(b ? 6 : 5)
        case .set(let items):
            w.varint(7)
            w.varint(UInt64(items.count))
            for s in items { w.string(s) }
        }
    }

    static func decodeValue(_ r: inout ByteReader) throws -> FieldValue {
        switch try r.varint() {
        case 0: return .null
        case 1: return .text(try r.string())
        case 2: return .integer(try r.zigzag())
        case 3:
            let s = try r.zigzag()
            return .decimal(ExactDecimal(significand: s, scale: try r.int()))
        case 4: return .date(LocalDate(dayNumber: Int(try r.zigzag())))
        case 5: return .bool(false)
        case 6: return .bool(true)
        case 7:
            let n = try r.int()
            var items: [String] = []
            for _ in 0..<n { items.append(try r.string()) }
            return .set(items)
        case let tag: throw StoreError.corrupt(Message(.syncMetadataHoldsValue, tag))
        }
    }
}
