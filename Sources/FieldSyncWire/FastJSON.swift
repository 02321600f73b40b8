import FieldSyncCore

/// A hand-written JSON codec for the sync messages. Foundation's `Codable` coders spent ~125 µs per
/// record (nested keyed containers, existential boxing); this one writes and parses bytes directly.
/// Same JSON shape as the `Codable` conformances (which stay for other uses).
public enum FastJSON {
    // MARK: Writing

    typealias Writer = JSONWriter
}

/// Writing the sync messages' records (the writer itself is FieldSyncCore's ``JSONWriter``).
extension JSONWriter {
    mutating func record(_ r: WireRecord) {
        raw("{\"table\":")
        string(r.table)
        raw(",\"id\":")
        string(r.id)
        raw(",\"vv\":{")
        for (i, e) in r.state.vv.sortedEntries.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(e.replica.rawValue)
            out.append(UInt8(ascii: ":"))
            int(e.counter)
        }
        raw("},\"fields\":{")
        for (i, name) in r.state.fields.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(name)
            raw(":[")
            for (j, e) in r.state.entries(name).enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                string(e.dot.replica.rawValue)
                out.append(UInt8(ascii: ","))
                int(e.dot.counter)
                out.append(UInt8(ascii: ","))
                value(e.value)
                out.append(UInt8(ascii: ","))
                int(e.hlc.rawValue)
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        raw("}}")
    }

    mutating func records(_ rs: [WireRecord]) {
        out.append(UInt8(ascii: "["))
        for (i, r) in rs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            record(r)
        }
        out.append(UInt8(ascii: "]"))
    }
}

extension FastJSON {

    public static func encode(_ push: PushRequest) -> [UInt8] {
        var w = Writer(capacity: 64 + push.records.count * 400)
        w.raw("{\"replica\":")
        w.string(push.replica)
        w.raw(",\"records\":")
        w.records(push.records)
        w.raw("}")
        return w.out
    }

    public static func encode(_ pull: PullResponse) -> [UInt8] {
        var w = Writer(capacity: 64 + pull.records.count * 400)
        w.raw("{\"records\":")
        w.records(pull.records)
        w.raw(",\"up_to\":")
        w.int(pull.upTo)
        w.raw(",\"server_seq\":")
        w.int(pull.serverSeq)
        w.raw(",\"more\":")
        if pull.more { w.raw("true") } else { w.raw("false") }
        w.raw("}")
        return w.out
    }

    /// A push's answer: `{"changed":…,"conflicts":…,"server_seq":…}` (as its `Codable` form).
    public static func encode(_ r: PushResponse) -> [UInt8] {
        var w = Writer(capacity: 64)
        w.raw("{\"changed\":")
        w.int(r.changed)
        w.raw(",\"conflicts\":")
        w.int(r.conflicts)
        w.raw(",\"server_seq\":")
        w.int(r.serverSeq)
        w.raw("}")
        return w.out
    }

    /// A refusal: `{"error":{"code":…,"message":…}}` (``FieldSyncCore/ErrorBody``).
    public static func encode(_ e: ErrorBody) -> [UInt8] {
        var w = Writer(capacity: 64 + e.error.message.utf8.count)
        w.raw("{\"error\":{\"code\":")
        w.string(e.error.code)
        w.raw(",\"message\":")
        w.string(e.error.message)
        if let zh = e.error.messageZh {
            w.raw(",\"message_zh\":")
            w.string(zh)
        }
        w.raw("}}")
        return w.out
    }

    /// One record as it appears in a push or a pull (the server stores each record this way, so a
    /// pull splices stored bytes instead of re-encoding them).
    public static func encode(_ record: WireRecord) -> [UInt8] {
        var w = Writer(capacity: 400)
        w.record(record)
        return w.out
    }

    /// A pull answer whose records are already encoded (each as ``encode(_:)-(WireRecord)`` wrote it).
    public static func encodePull(encodedRecords: [[UInt8]], upTo: Int64, serverSeq: Int64, more: Bool) -> [UInt8] {
        var w = Writer(capacity: 64 + encodedRecords.reduce(0) { $0 + $1.count + 1 })
        w.raw("{\"records\":[")
        for (i, r) in encodedRecords.enumerated() {
            if i > 0 { w.out.append(UInt8(ascii: ",")) }
            w.out.append(contentsOf: r)
        }
        w.raw("],\"up_to\":")
        w.int(upTo)
        w.raw(",\"server_seq\":")
        w.int(serverSeq)
        w.raw(",\"more\":")
        if more { w.raw("true") } else { w.raw("false") }
        w.raw("}")
        return w.out
    }

    // MARK: Reading

    /// Parses one record as ``encode(_:)-(WireRecord)`` wrote it.
    public static func decodeRecord(_ bytes: [UInt8]) throws -> WireRecord {
        var r = Reader(bytes)
        let record = try r.record()
        try r.end()
        return record
    }

    /// A malformed document: one sentence saying where and what.
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Bounds on what a document may hold: every string, list and map is bounded, and nothing
    /// nests deeper than the protocol does (a hostile body must not exhaust the stack or memory).
    public typealias Limits = SyncProtocol.Limits

    struct Reader {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func fail(_ what: String) -> Malformed { Malformed(description: "\(what) at byte \(i)") }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func peek() throws -> UInt8 {
            skipSpace()
            guard i < bytes.count else { throw fail("the document ends too soon") }
            return bytes[i]
        }

        mutating func expect(_ c: UInt8) throws {
            guard try peek() == c else { throw fail("expected '\(Character(UnicodeScalar(c)))'") }
            i += 1
        }

        /// Consumes `c` if it is next.
        mutating func take(_ c: UInt8) throws -> Bool {
            if try peek() == c {
                i += 1
                return true
            }
            return false
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            let start = i
            var plain = true
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") { plain = false; i += 2 } else { if bytes[i] < 0x20 { throw fail("a control character in a string") }; i += 1 }
            }
            guard i < bytes.count else { throw fail("a string is not closed") }
            let end = i
            i += 1
            guard end - start <= Limits.stringBytes else { throw fail("a string longer than \(Limits.stringBytes) bytes") }
            if plain {
                // Invalid UTF-8 is refused, never replaced (U+FFFD would change what was written).
                guard let text = String(validating: bytes[start..<end], as: UTF8.self) else { throw fail("a string that is not valid UTF-8") }
                return text
            }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var j = start
            while j < end {
                let b = bytes[j]
                if b != UInt8(ascii: "\\") { out.append(b); j += 1; continue }
                guard j + 1 < end else { throw fail("a bad escape") }
                let e = bytes[j + 1]
                j += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    func hex4(_ at: Int) throws -> UInt32 {
                        guard at + 4 <= end, let v = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else { throw fail("a bad \\u escape") }
                        return v
                    }
                    var scalar = try hex4(j)
                    j += 4
                    if (0xD800...0xDBFF).contains(scalar), j + 6 <= end, bytes[j] == UInt8(ascii: "\\"), bytes[j + 1] == UInt8(ascii: "u") {
                        let low = try hex4(j + 2)
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            j += 6
                        }
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("a \\u escape that is not a character") }
                    guard scalar != 0 else { throw fail("a NUL character in a string") }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: throw fail("a bad escape")
                }
            }
            guard let text = String(validating: out, as: UTF8.self) else { throw fail("a string that is not valid UTF-8") }
            return text
        }

        /// An integer (no fraction, no exponent).
        mutating func integer() throws -> Int64 {
            _ = try peek()
            let start = i
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > start, i == bytes.count || !(bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")),
                  let v = Int64(String(decoding: bytes[start..<i], as: UTF8.self))
            else { throw fail("expected a whole number") }
            return v
        }

        mutating func unsigned() throws -> UInt64 {
            let v = try integer()
            guard v >= 0 else { throw fail("expected a number ≥ 0") }
            return UInt64(v)
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            let matches = word.withUTF8Buffer { buf in (0..<n).allSatisfy { bytes[i + $0] == buf[$0] } }
            if matches { i += n }
            return matches
        }

        mutating func bool() throws -> Bool {
            _ = try peek()
            if literal("true") { return true }
            if literal("false") { return false }
            throw fail("expected true or false")
        }

        mutating func value() throws -> FieldValue {
            switch try peek() {
            case UInt8(ascii: "\""): return .text(try string())
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try bool())
            case UInt8(ascii: "n"):
                guard literal("null") else { throw fail("expected null") }
                return .null
            case UInt8(ascii: "["):
                i += 1
                var items: [String] = []
                if try !take(UInt8(ascii: "]")) {
                    repeat {
                        guard items.count < Limits.setItems else { throw fail("a set of more than \(Limits.setItems) items") }
                        items.append(try string())
                    } while try take(UInt8(ascii: ","))
                    try expect(UInt8(ascii: "]"))
                }
                return .stringSet(items)
            default: return .integer(try integer())
            }
        }

        /// Skips any JSON value by its structure alone, without reading its strings (a record a
        /// pull page cannot read is stepped over this way, its neighbours still read).
        mutating func skipRaw() throws {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Limits.depth else { throw fail("values nested deeper than \(Limits.depth)") }
            switch try peek() {
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                guard i < bytes.count else { throw fail("a string is not closed") }
                i += 1
            case UInt8(ascii: "{"):
                i += 1
                if try take(UInt8(ascii: "}")) { return }
                repeat {
                    try skipRaw()
                    try expect(UInt8(ascii: ":"))
                    try skipRaw()
                } while try take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "}"))
            case UInt8(ascii: "["):
                i += 1
                if try take(UInt8(ascii: "]")) { return }
                repeat { try skipRaw() } while try take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "]"))
            default: try skip()
            }
        }

        /// The `table` and `id` of a record object, as far as they can be read (for a rejection).
        mutating func recordName() -> (table: String, id: String) {
            var table = "?", id = "?"
            guard (try? expect(UInt8(ascii: "{"))) != nil else { return (table, id) }
            repeat {
                guard let key = try? string(), (try? expect(UInt8(ascii: ":"))) != nil else { break }
                if key == "table" || key == "id" {
                    guard let v = try? string() else { break }
                    if key == "table" { table = String(v.prefix(64)) } else { id = String(v.prefix(64)) }
                } else if (try? skipRaw()) == nil {
                    break
                }
            } while (try? take(UInt8(ascii: ","))) == true
            return (table, id)
        }

        /// Skips any JSON value (unknown keys are ignored, as the Codable decoders do).
        mutating func skip() throws {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Limits.depth else { throw fail("values nested deeper than \(Limits.depth)") }
            switch try peek() {
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "{"):
                i += 1
                if try take(UInt8(ascii: "}")) { return }
                var keys: Set<String> = []
                repeat {
                    guard keys.insert(try string()).inserted else { throw fail("a key given twice") }
                    try expect(UInt8(ascii: ":"))
                    try skip()
                } while try take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "}"))
            case UInt8(ascii: "["):
                i += 1
                if try take(UInt8(ascii: "]")) { return }
                repeat { try skip() } while try take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "]"))
            case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
            case UInt8(ascii: "n"): guard literal("null") else { throw fail("expected null") }
            default:
                let start = i
                while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
                guard i > start else { throw fail("expected a value") }
            }
        }

        /// Reads an object, calling `field` for each key.
        /// Reads an object, calling `field` for each key; a key given twice is refused (two
        /// parsers could otherwise read two different documents from one body).
        mutating func object(limit: Int = .max, _ field: (inout Reader, String) throws -> Void) throws {
            try expect(UInt8(ascii: "{"))
            depth += 1
            defer { depth -= 1 }
            guard depth <= Limits.depth else { throw fail("values nested deeper than \(Limits.depth)") }
            if try take(UInt8(ascii: "}")) { return }
            var keys: Set<String> = []
            repeat {
                let key = try string()
                guard keys.insert(key).inserted else { throw fail("the key \"\(key.prefix(64))\" given twice") }
                guard keys.count <= limit else { throw fail("an object of more than \(limit) keys") }
                try expect(UInt8(ascii: ":"))
                try field(&self, key)
            } while try take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        }

        mutating func array(limit: Int = .max, _ element: (inout Reader) throws -> Void) throws {
            try expect(UInt8(ascii: "["))
            depth += 1
            defer { depth -= 1 }
            guard depth <= Limits.depth else { throw fail("values nested deeper than \(Limits.depth)") }
            if try take(UInt8(ascii: "]")) { return }
            var n = 0
            repeat {
                n += 1
                guard n <= limit else { throw fail("a list of more than \(limit) items") }
                try element(&self)
            } while try take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
        }

        mutating func record() throws -> WireRecord {
            var table: String?
            var id: String?
            var vv = VersionVector()
            var fields: [String: [FieldEntry]] = [:]
            try object { r, key in
                switch key {
                case "table": table = try r.string()
                case "id": id = try r.string()
                case "vv":
                    try r.object(limit: Limits.replicasPerVector) { r, replica in
                        let counter = try r.unsigned()
                        guard counter > 0 else { throw CoreError.malformedState("Version vector counter of \(replica.prefix(64)) must be at least 1, not 0.") }
                        vv[ReplicaID(replica)] = counter
                    }
                case "fields":
                    try r.object { r, name in
                        var entries: [FieldEntry] = []
                        try r.array(limit: Limits.entriesPerField) { r in
                            try r.expect(UInt8(ascii: "["))
                            let replica = try r.string()
                            try r.expect(UInt8(ascii: ","))
                            let counter = try r.unsigned()
                            try r.expect(UInt8(ascii: ","))
                            let value = try r.value()
                            var hlc: UInt64 = 0
                            if try r.take(UInt8(ascii: ",")) { hlc = try r.unsigned() }
                            try r.expect(UInt8(ascii: "]"))
                            entries.append(FieldEntry(dot: Dot(ReplicaID(replica), counter), value: value, hlc: HLC(rawValue: hlc)))
                        }
                        fields[name] = entries
                    }
                default: try r.skip()
                }
            }
            guard let table else { throw fail("a record lacks \"table\"") }
            guard let id else { throw fail("a record lacks \"id\"") }
            return WireRecord(table: table, id: id, state: RecordState(vv: vv, fields: fields))
        }

        mutating func end() throws {
            skipSpace()
            guard i == bytes.count else { throw fail("unexpected bytes after the document") }
        }
    }

    /// Parses a push body.
    /// - Throws: ``Malformed`` naming what is wrong and where.
    public static func decodePush(_ bytes: [UInt8]) throws -> PushRequest {
        var r = Reader(bytes)
        var replica: String?
        var records: [WireRecord]?
        try r.object { r, key in
            switch key {
            case "replica": replica = try r.string()
            case "records":
                var list: [WireRecord] = []
                try r.array { r in list.append(try r.record()) }
                records = list
            default: try r.skip()
            }
        }
        try r.end()
        guard let replica else { throw Malformed(description: "the body lacks \"replica\"") }
        guard let records else { throw Malformed(description: "the body lacks \"records\"") }
        return PushRequest(replica: replica, records: records)
    }

    /// Parses a pull answer.
    public static func decodePull(_ bytes: [UInt8]) throws -> PullResponse {
        var r = Reader(bytes)
        var records: [WireRecord]?
        var upTo: Int64?
        var serverSeq: Int64?
        var more: Bool?
        var rejected: [RejectedRecord] = []
        try r.object { r, key in
            switch key {
            case "records":
                // A record whose form is whole but whose values break the value rule is listed
                // in `rejected` and left out, as protocol 5's reader does: one bad record never
                // stops the page (a page whose JSON is broken still fails whole).
                var list: [WireRecord] = []
                try r.array { r in
                    _ = try r.peek()
                    let start = r.i
                    try r.skipRaw()
                    // Read again from its start: a copy of the reader shares the page's bytes.
                    var one = r
                    one.i = start
                    do {
                        let record = try one.record()
                        guard one.i == r.i else { throw one.fail("a record does not end where its structure does") }
                        list.append(try record.validated())
                    } catch {
                        var name = r
                        name.i = start
                        let (table, id) = name.recordName()
                        let reason = (error as? CoreError)?.text ?? Message(.pulledRecordUnreadable, Terminal.inert(String(describing: error)))
                        rejected.append(RejectedRecord(table: table, id: id, reason: reason))
                    }
                }
                records = list
            case "up_to": upTo = try r.integer()
            case "server_seq": serverSeq = try r.integer()
            case "more": more = try r.bool()
            default: try r.skip()
            }
        }
        try r.end()
        guard let records, let upTo, let serverSeq, let more else {
            throw Malformed(description: "the answer lacks records, up_to, server_seq or more")
        }
        return PullResponse(records: records, upTo: upTo, serverSeq: serverSeq, more: more, rejected: rejected)
    }
}
