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
    public typealias Malformed = MalformedBytes

    /// Whether `bytes` is a binary document (a pull answer or push body) rather than JSON.
    public static func isBinary(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    // MARK: Writing

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

    typealias Reader = ByteReader
}

/// Reading the binary form's records and documents (the byte reader itself is FieldSyncCore's).
extension ByteReader {
    /// One record, checked as ``WireRecord/validated()`` checks a JSON one. Without `enforcingRules`
    /// only its form is checked, not the value rule or the per-record caps: the office reading a
    /// record stored before those rules, to repair it (`fieldsync-server record`).
    mutating func record(enforcingRules: Bool = true) throws -> WireRecord {
        let table = try string("the table")
        guard let type = Domain.type(named: table) else {
            throw CoreError.invalidValue(Message(.unknownTable, String(table.prefix(64))))
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
        guard nev <= SyncProtocol.Limits.writesPerRecord || !enforcingRules else {
            throw CoreError.invalidValue(Message(.recordTooManyWrites, table, id, nev, SyncProtocol.Limits.writesPerRecord))
        }
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
        guard nfield <= SyncProtocol.Limits.fieldsPerRecord || !enforcingRules else {
            throw CoreError.invalidValue(Message(.recordTooManyFields, table, id, nfield, SyncProtocol.Limits.fieldsPerRecord))
        }
        var totalEntries = 0
        var unknownBytes = 0
        var fields: [String: [FieldEntry]] = [:]
        fields.reserveCapacity(nfield)
        for _ in 0..<nfield {
            let name = try string("a field name")
            let n = try count("entry", max: FastJSON.Limits.entriesPerField, minBytes: 2)
            totalEntries += n
            guard totalEntries <= SyncProtocol.Limits.entriesPerRecord || !enforcingRules else {
                throw CoreError.invalidValue(Message(.recordTooManyEntries, table, id, totalEntries, SyncProtocol.Limits.entriesPerRecord))
            }
            let spec = type.spec(name)
            if spec == nil { unknownBytes += name.utf8.count }
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
                if enforcingRules, let problem = v.storageProblem(table: table, field: name, id: id) { throw CoreError.invalidValue(problem) }
                if spec == nil {
                    unknownBytes += v.byteSize
                    guard unknownBytes <= SyncProtocol.Limits.unknownFieldBytes || !enforcingRules else {
                        throw CoreError.invalidValue(Message(.recordUnknownFieldsTooLarge, table, id, unknownBytes, SyncProtocol.Limits.unknownFieldBytes))
                    }
                }
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
    /// record's own bytes too. With `rejected` (a pull), a record that is whole but cannot be
    /// read is listed there and skipped, so one bad record never stops the page; a document whose
    /// framing is broken still fails whole.
    mutating func records(keep: UnsafeMutablePointer<[[UInt8]]>? = nil, rejected: UnsafeMutablePointer<[RejectedRecord]>? = nil) throws -> [WireRecord] {
        let n = try count("record", max: 1 << 20)
        var out: [WireRecord] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let length = try varint()
            guard length <= UInt64(remaining) else { throw fail("a record of \(length) bytes does not fit") }
            var inner = ByteReader(bytes, from: i, to: i + Int(length))
            inner.lastReplica = lastReplica
            do {
                let record = try inner.record()
                guard inner.i == inner.end else { throw inner.fail("a record has trailing bytes") }
                out.append(record)
            } catch where rejected != nil {
                var peek = ByteReader(bytes, from: i, to: i + Int(length))
                let table = (try? peek.string("the table")) ?? "?"
                let id = (try? peek.uuid()) ?? "?"
                let reason = (error as? CoreError)?.text ?? Message(.verbatim, Terminal.inert(String(describing: error)))
                rejected?.pointee.append(RejectedRecord(table: table, id: id, reason: reason))
                i += Int(length)
                continue
            }
            lastReplica = inner.lastReplica
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

extension BinaryWire {

    /// Decodes one stored or sent record.
    /// - Throws: ``Malformed`` or ``FieldSyncCore/CoreError`` naming what is wrong.
    public static func decodeRecord(_ bytes: [UInt8]) throws -> WireRecord {
        try decodeRecord(bytes, enforcingRules: true)
    }

    /// One stored record as it is, its form checked but not the value rule or the caps (a record
    /// stored before those rules, read to be repaired).
    public static func decodeRecordAsStored(_ bytes: [UInt8]) throws -> WireRecord {
        try decodeRecord(bytes, enforcingRules: false)
    }

    static func decodeRecord(_ bytes: [UInt8], enforcingRules: Bool) throws -> WireRecord {
        var r = Reader(bytes)
        let record = try r.record(enforcingRules: enforcingRules)
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
        var rejected: [RejectedRecord] = []
        let records = try r.records(rejected: &rejected)
        return PullResponse(records: records, upTo: Int64(upTo), serverSeq: Int64(serverSeq), more: more == 1, rejected: rejected)
    }
}

/// The binary form's writing: UUIDs, typed values and records onto a ``ByteWriter``.
extension ByteWriter {
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
