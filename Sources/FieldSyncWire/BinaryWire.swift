import FieldSyncCore

/// The binary sync format of protocol 5 (docs/design.md §3.4), beside protocol 4's JSON.
///
/// A record is self-contained, so the server stores each record's bytes as they go on the wire and
/// a pull splices stored bytes without decoding them:
///
///     record  = table:str  id:16  nrep:v  (replica:16 counter:v)*nrep      -- the version vector
///               nev:v  (rep:v counter:v hlc:v)*nev                          -- distinct writes
///               nfield:v  (name:str  n:v  (event:v value)*n)*nfield
///     value   = 0 null | 1 str text | 2 zz integer | 3 zz significand v scale | 4 zz day
///             | 5 false | 6 true | 7 v count str*count (a set)
///     str     = v length, UTF-8 bytes;  v = LEB128 varint;  zz = zig-zag varint
///     push    = "FSB5" 0x50 replica:16 count:v (v length, record)*count
///     pull    = "FSB5" 0x4C upTo:v serverSeq:v more:1 count:v (v length, record)*count
///
/// Ids and replica ids are 16 bytes (a UUID: any 16 bytes are one, so the shape is the check);
/// values carry their type. Decoding checks everything ``WireRecord/validated()`` checks, against
/// the same bounds as the JSON reader (``FastJSON/Limits``): a decoded record is validated.
public enum BinaryWire {
    /// The media type of a binary push body or pull answer.
    public static let mediaType = "application/x-fieldsync"
    static let magic: [UInt8] = Array("FSB5".utf8)
    static let pushKind: UInt8 = 0x50
    static let pullKind: UInt8 = 0x4C

    /// A malformed binary document: one sentence saying where and what.
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether `bytes` is a binary document (a pull answer or push body) rather than JSON.
    public static func isBinary(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    // MARK: Writing

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A UUID's 16 bytes, or nil when `text` is not a UUID (8-4-4-4-12 hex digits, any case).
    public static func uuidBytes(_ text: String) -> [UInt8]? {
        var s = text
        return s.withUTF8 { u -> [UInt8]? in
            guard u.count == 36 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16)
            var i = 0
            while i < 36 {
                if i == 8 || i == 13 || i == 18 || i == 23 {
                    guard u[i] == UInt8(ascii: "-") else { return nil }
                    i += 1
                    continue
                }
                guard let hi = hexValue(u[i]), let lo = hexValue(u[i + 1]) else { return nil }
                bytes.append(hi << 4 | lo)
                i += 2
            }
            return bytes
        }
    }

    /// One record's bytes (what the server stores and a pull splices).
    public static func encode(_ record: WireRecord) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        w.record(record)
        return w.bytes
    }

    /// A push body.
    public static func encode(_ push: PushRequest) -> [UInt8] {
        var w = ByteWriter(capacity: 16 + push.records.count * 256)
        w.bytes.append(contentsOf: magic)
        w.bytes.append(pushKind)
        w.uuid(push.replica)
        w.records(push.records.map(encode))
        return w.bytes
    }

    /// A pull answer whose records are already encoded (each as ``encode(_:)-(WireRecord)`` wrote it).
    public static func encodePull(encodedRecords: [[UInt8]], upTo: Int64, serverSeq: Int64, more: Bool) -> [UInt8] {
        var w = ByteWriter(capacity: 32 + encodedRecords.reduce(0) { $0 + $1.count + 3 })
        w.bytes.append(contentsOf: magic)
        w.bytes.append(pullKind)
        w.varint(UInt64(max(0, upTo)))
        w.varint(UInt64(max(0, serverSeq)))
        w.bytes.append(more ? 1 : 0)
        w.records(encodedRecords)
        return w.bytes
    }

    public static func encode(_ pull: PullResponse) -> [UInt8] {
        encodePull(encodedRecords: pull.records.map(encode), upTo: pull.upTo, serverSeq: pull.serverSeq, more: pull.more)
    }

    // MARK: Reading

    struct Reader {
        let bytes: [UInt8]
        var i: Int
        let end: Int

        init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
            self.bytes = bytes
            i = start
            self.end = end ?? bytes.count
        }

        func fail(_ what: String) -> Malformed { Malformed(description: "\(what) at byte \(i)") }

        var remaining: Int { end - i }

        mutating func byte() throws -> UInt8 {
            guard i < end else { throw fail("the document ends too soon") }
            defer { i += 1 }
            return bytes[i]
        }

        mutating func varint() throws -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                if shift == 63 && b > 1 { throw fail("a number is too large") }
                result |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return result }
                shift += 7
                if shift > 63 { throw fail("a number is too large") }
            }
        }

        /// A count of items each at least `minBytes` long: never more than the bytes left can hold.
        mutating func count(_ what: String, max limit: Int, minBytes: Int = 1) throws -> Int {
            let n = try varint()
            guard n <= UInt64(limit), Int(n) * minBytes <= remaining else { throw fail("\(what) count \(n) is out of range") }
            return Int(n)
        }

        mutating func zigzag() throws -> Int64 {
            let u = try varint()
            return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
        }

        mutating func string(_ what: String) throws -> String {
            let n = try varint()
            guard n <= UInt64(FastJSON.Limits.stringBytes), Int(n) <= remaining else { throw fail("\(what) of \(n) bytes does not fit") }
            let slice = bytes[i..<i + Int(n)]
            guard let s = String(validating: slice, as: UTF8.self) else { throw fail("\(what) is not UTF-8") }
            i += Int(n)
            return s
        }

        static let hex: [UInt8] = Array("0123456789abcdef".utf8)

        /// 16 bytes as lower-case UUID text.
        mutating func uuid() throws -> String {
            guard remaining >= 16 else { throw fail("the document ends inside an id") }
            let start = i
            i += 16
            return bytes.withUnsafeBufferPointer { b in
                String(unsafeUninitializedCapacity: 36) { out in
                    var o = 0
                    for k in 0..<16 {
                        if k == 4 || k == 6 || k == 8 || k == 10 {
                            out[o] = UInt8(ascii: "-")
                            o += 1
                        }
                        let v = b[start + k]
                        out[o] = Self.hex[Int(v >> 4)]
                        out[o + 1] = Self.hex[Int(v & 0x0f)]
                        o += 2
                    }
                    return 36
                }
            }
        }

        /// The replica id last read, by its bytes: a batch names the same few replicas over and
        /// over, so each is made once (and its text shared by every record naming it).
        var lastReplica: (bytes: (UInt64, UInt64), id: ReplicaID)?

        mutating func replicaID() throws -> ReplicaID {
            guard remaining >= 16 else { throw fail("the document ends inside an id") }
            let key = bytes.withUnsafeBytes { b in
                (b.loadUnaligned(fromByteOffset: i, as: UInt64.self), b.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            }
            if let last = lastReplica, last.bytes == key {
                i += 16
                return last.id
            }
            let id = ReplicaID(canonical: try uuid())
            lastReplica = (key, id)
            return id
        }

        mutating func value(field: String) throws -> FieldValue {
            switch try byte() {
            case 0: return .null
            case 1: return .text(try string("a value"))
            case 2: return .integer(try zigzag())
            case 3:
                let significand = try zigzag()
                let scale = try varint()
                guard scale <= 18 else { throw fail("the decimal scale \(scale) of \(field) is out of range") }
                return .decimal(ExactDecimal(significand: significand, scale: Int(scale)))
            case 4:
                let day = try zigzag()
                // 0001-01-01 … 9999-12-31
                guard (-719_162...2_932_896).contains(day) else { throw fail("the date of \(field) is out of range") }
                return .date(LocalDate(dayNumber: Int(day)))
            case 5: return .bool(false)
            case 6: return .bool(true)
            case 7:
                let n = try count("set item", max: FastJSON.Limits.setItems)
                var items: [String] = []
                items.reserveCapacity(n)
                for _ in 0..<n { items.append(try string("a set item")) }
                // Sets are kept sorted and without duplicates.
                for k in items.indices.dropFirst() where !(items[k - 1] < items[k]) { return .stringSet(items) }
                return .set(items)
            case let tag: throw fail("\(field) holds a value of unknown kind \(tag)")
            }
        }

        /// One record, checked as ``WireRecord/validated()`` checks a JSON one.
        mutating func record() throws -> WireRecord {
            let table = try string("the table")
            guard let type = Domain.type(named: table) else {
                throw CoreError.invalidValue(Message(.unknownTable, table))
            }
            let id = try uuid()
            let nrep = try count("replica", max: FastJSON.Limits.replicasPerVector, minBytes: 17)
            guard nrep > 0 else { throw CoreError.malformedState(Message(.recordCarriesEmptyVersion, id, table)) }
            var replicas: [ReplicaID] = []
            replicas.reserveCapacity(nrep)
            var counters: [UInt64] = []
            counters.reserveCapacity(nrep)
            var vv = VersionVector()
            for _ in 0..<nrep {
                let replica = try replicaID()
                let counter = try varint()
                guard counter > 0 else { throw fail("a version vector counter is zero") }
                guard vv[replica] == 0 else { throw fail("the version vector names \(replica) twice") }
                vv[replica] = counter
                replicas.append(replica)
                counters.append(counter)
            }
            let nev = try count("write", max: 1 << 16, minBytes: 3)
            var events: [(Dot, HLC)] = []
            events.reserveCapacity(nev)
            var seen = Set<Dot>()
            for _ in 0..<nev {
                let r = try varint()
                guard r < UInt64(nrep) else { throw fail("a write names replica \(r) of \(nrep)") }
                let counter = try varint()
                let hlc = HLC(rawValue: try varint())
                let dot = Dot(replicas[Int(r)], counter)
                guard counter > 0, counter <= counters[Int(r)] else {
                    throw fail("the write \(dot) of \(table) \(id) is not covered by its version vector")
                }
                // A record has a write or two; a hostile one may list 65,536: past a handful the
                // duplicate check hashes instead of scanning (no quadratic work from one body).
                if nev <= 16 {
                    guard !events.contains(where: { $0.0 == dot }) else { throw fail("the write \(dot) is listed twice") }
                } else {
                    guard seen.insert(dot).inserted else { throw fail("the write \(dot) is listed twice") }
                }
                events.append((dot, hlc))
            }
            let nfield = try count("field", max: 4096, minBytes: 2)
            var fields: [String: [FieldEntry]] = [:]
            fields.reserveCapacity(nfield)
            for _ in 0..<nfield {
                let name = try string("a field name")
                let n = try count("entry", max: FastJSON.Limits.entriesPerField, minBytes: 2)
                let spec = type.spec(name)
                var entries: [FieldEntry] = []
                entries.reserveCapacity(n)
                for _ in 0..<n {
                    let e = try varint()
                    guard e < UInt64(nev) else { throw fail("an entry names write \(e) of \(nev)") }
                    let (dot, hlc) = events[Int(e)]
                    guard !entries.contains(where: { $0.dot == dot }) else {
                        throw CoreError.malformedState(Message(.dotAppearsTwiceRecord, dot, table, name, id))
                    }
                    var v = try value(field: name)
                    if let spec, !v.matches(spec.type) { v = try v.coerced(to: spec.type, field: "\(table).\(name)") }
                    entries.append(FieldEntry(dot: dot, value: v, hlc: hlc))
                }
                // Kept sorted by dot, as every state holds them (an encoder writes them so).
                if entries.count > 1 && !zip(entries, entries.dropFirst()).allSatisfy({ $0.dot < $1.dot }) {
                    entries.sort { $0.dot < $1.dot }
                }
                guard fields.updateValue(entries, forKey: name) == nil else { throw fail("the field \(name) appears twice") }
            }
            // A field listed with no entries holds nothing (as in JSON): dropped.
            if fields.values.contains(where: \.isEmpty) { fields = fields.filter { !$0.value.isEmpty } }
            return WireRecord(table: table, id: id, state: RecordState(vv: vv, sortedFields: fields))
        }

        /// `count` length-prefixed records, up to the end of the document; with `keep`, each
        /// record's own bytes too.
        mutating func records(keep: UnsafeMutablePointer<[[UInt8]]>? = nil) throws -> [WireRecord] {
            let n = try count("record", max: 1 << 20)
            var out: [WireRecord] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                let length = try varint()
                guard length <= UInt64(remaining) else { throw fail("a record of \(length) bytes does not fit") }
                var inner = Reader(bytes, from: i, to: i + Int(length))
                inner.lastReplica = lastReplica
                out.append(try inner.record())
                lastReplica = inner.lastReplica
                guard inner.i == inner.end else { throw inner.fail("a record has trailing bytes") }
                keep?.pointee.append(Array(bytes[i..<inner.end]))
                i = inner.end
            }
            guard i == end else { throw fail("trailing bytes after the records") }
            return out
        }

        mutating func header(_ kind: UInt8) throws {
            guard bytes.count >= 5, bytes.starts(with: BinaryWire.magic) else { throw fail("not a FieldSync binary document") }
            guard bytes[4] == kind else { throw fail("a binary document of the wrong kind") }
            i = 5
        }
    }

    /// Decodes one stored or sent record.
    /// - Throws: ``Malformed`` or ``FieldSyncCore/CoreError`` naming what is wrong.
    public static func decodeRecord(_ bytes: [UInt8]) throws -> WireRecord {
        var r = Reader(bytes)
        let record = try r.record()
        guard r.i == r.end else { throw r.fail("a record has trailing bytes") }
        return record
    }

    /// Decodes a push body.
    public static func decodePush(_ bytes: [UInt8]) throws -> PushRequest {
        var r = Reader(bytes)
        try r.header(pushKind)
        let replica = try r.uuid()
        return PushRequest(replica: replica, records: try r.records())
    }

    /// Decodes a push body and keeps each record's bytes (the server stores them as they came
    /// when its merged state is exactly the pushed one: they decode to that state).
    public static func decodePushKeepingBytes(_ bytes: [UInt8]) throws -> (push: PushRequest, encoded: [[UInt8]]) {
        var r = Reader(bytes)
        try r.header(pushKind)
        let replica = try r.uuid()
        var encoded: [[UInt8]] = []
        let records = try withUnsafeMutablePointer(to: &encoded) { try r.records(keep: $0) }
        return (PushRequest(replica: replica, records: records), encoded)
    }

    /// Decodes a pull answer.
    public static func decodePull(_ bytes: [UInt8]) throws -> PullResponse {
        var r = Reader(bytes)
        try r.header(pullKind)
        let upTo = try r.varint()
        let serverSeq = try r.varint()
        guard upTo <= UInt64(Int64.max), serverSeq <= UInt64(Int64.max) else { throw r.fail("a sequence is out of range") }
        let more = try r.byte()
        guard more <= 1 else { throw r.fail("\"more\" is neither 0 nor 1") }
        return PullResponse(records: try r.records(), upTo: Int64(upTo), serverSeq: Int64(serverSeq), more: more == 1)
    }
}

/// The binary form's writing: UUIDs, typed values and records onto a ``ByteWriter``.
extension ByteWriter {
    /// A UUID's 16 bytes; text that is not a UUID (never in a validated record) writes zeros.
    mutating func uuid(_ s: String) {
        bytes.append(contentsOf: BinaryWire.uuidBytes(s) ?? [UInt8](repeating: 0, count: 16))
    }

    mutating func value(_ v: FieldValue) {
        switch v {
        case .null: bytes.append(0)
        case .text(let s):
            bytes.append(1)
            string(s)
        case .integer(let i):
            bytes.append(2)
            zigzag(i)
        case .decimal(let d):
            bytes.append(3)
            zigzag(d.significand)
            varint(UInt64(max(0, d.scale)))
        case .date(let d):
            bytes.append(4)
            zigzag(Int64(d.dayNumber))
        case .bool(let b): bytes.append(b ? 6 : 5)
        case .set(let items):
            bytes.append(7)
            varint(UInt64(items.count))
            for s in items { string(s) }
        }
    }

    mutating func record(_ r: WireRecord) {
        string(r.table)
        uuid(r.id)
        let replicas = r.state.vv.sortedEntries
        varint(UInt64(replicas.count))
        for (replica, counter) in replicas {
            uuid(replica.rawValue)
            varint(counter)
        }
        // The distinct writes (a record has few: a linear scan beats hashing, up to a handful).
        let names = r.state.fields.keys.sorted()
        var events: [FieldEntry] = []
        var positions: [Dot: Int] = [:]
        let many = r.state.fields.values.reduce(0) { $0 + $1.count } > 16
        for name in names {
            for e in r.state.fields[name] ?? [] {
                if many {
                    if positions[e.dot] == nil {
                        positions[e.dot] = events.count
                        events.append(e)
                    }
                } else if !events.contains(where: { $0.dot == e.dot }) {
                    events.append(e)
                }
            }
        }
        varint(UInt64(events.count))
        let replicaIndex: [ReplicaID: Int]? = replicas.count > 16
            ? Dictionary(uniqueKeysWithValues: replicas.enumerated().map { ($0.element.0, $0.offset) }) : nil
        for e in events {
            varint(UInt64((replicaIndex?[e.dot.replica] ?? replicas.firstIndex { $0.0 == e.dot.replica }) ?? 0))
            varint(e.dot.counter)
            varint(e.hlc.rawValue)
        }
        varint(UInt64(names.count))
        for name in names {
            let entries = r.state.fields[name] ?? []
            string(name)
            varint(UInt64(entries.count))
            for e in entries {
                varint(UInt64((many ? positions[e.dot] : events.firstIndex { $0.dot == e.dot }) ?? 0))
                value(e.value)
            }
        }
    }

    mutating func records(_ records: [[UInt8]]) {
        varint(UInt64(records.count))
        for r in records {
            varint(UInt64(r.count))
            bytes.append(contentsOf: r)
        }
    }
}
