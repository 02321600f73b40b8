/// One record's full sync state on the wire: the JSON shape of the conformance vectors
/// (`{"vv": {...}, "fields": {"f": [[replica, counter, value, hlc], ...]}}`) plus the table and id.
public struct WireRecord: Hashable, Sendable, Codable {
    public var table: String
    public var id: String
    public var state: RecordState

    public init(table: String, id: String, state: RecordState) {
        self.table = table
        self.id = id
        self.state = state
    }

    enum CodingKeys: String, CodingKey { case table, id, vv, fields }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        table = try c.decodeIfPresent(String.self, forKey: .table) ?? ""
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? ""
        state = try RecordState(vectorContainer: c, vvKey: .vv, fieldsKey: .fields)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(table, forKey: .table)
        try c.encode(id, forKey: .id)
        try state.encode(into: &c, vvKey: .vv, fieldsKey: .fields)
    }

    /// Checks the record against the declaration: a known table, a UUID id, values of the declared
    /// types (coercing wire text into decimals and dates), entries covered by the vector.
    /// Fields this version does not know are kept as they came, to be passed on unchanged.
    /// - Throws: ``CoreError`` naming the bad table, id, field or value.
    public func validated() throws -> WireRecord {
        guard let type = Domain.type(named: table) else {
            throw CoreError.invalidValue(Message(.unknownTable, String(table.prefix(64))))
        }
        guard UUIDText.isValid(id) else {
            throw CoreError.invalidValue(Message(.recordIdUuid, id, table))
        }
        guard !state.vv.counters.isEmpty else {
            throw CoreError.malformedState(Message(.recordCarriesEmptyVersion, id, table))
        }
        for replica in state.vv.counters.keys where !UUIDText.isValid(replica.rawValue) {
            throw CoreError.malformedState(Message(.versionVectorRecordNames, id, replica.rawValue.prefix(64)))
        }
        typealias Limits = SyncProtocol.Limits
        guard state.fields.count <= Limits.fieldsPerRecord else {
            throw CoreError.invalidValue(Message(.recordTooManyFields, table, id, state.fields.count, Limits.fieldsPerRecord))
        }
        // The caps on entries and undeclared bytes are counted in the same pass.
        var entryCount = 0
        var unknownBytes = 0
        // One pass checks every entry; the fields are rebuilt only when a value needs coercing
        // (JSON carries decimals and dates as text), so a record that is already right costs no copy.
        var coerced: [String: [FieldEntry]]?
        // One dot names one write, with one stamp, whichever fields it wrote.
        var stamps: [Dot: HLC] = [:]
        var firstStamp: (Dot, HLC)?
        for (name, entries) in state.fields {
            let spec = type.spec(name)
            entryCount += entries.count
            guard entryCount <= Limits.entriesPerRecord else {
                throw CoreError.invalidValue(Message(.recordTooManyEntries, table, id, entryCount, Limits.entriesPerRecord))
            }
            if spec == nil {
                unknownBytes += name.utf8.count + entries.reduce(0) { $0 + $1.value.byteSize }
                guard unknownBytes <= Limits.unknownFieldBytes else {
                    throw CoreError.invalidValue(Message(.recordUnknownFieldsTooLarge, table, id, unknownBytes, Limits.unknownFieldBytes))
                }
            }
            for (k, e) in entries.enumerated() {
                guard e.dot.counter > 0, state.vv.covers(e.dot) else {
                    throw CoreError.malformedState(
                        Message(.entryRecordCoveredRecord, e.dot, table, name, id))
                }
                for other in entries[..<k] where other.dot == e.dot {
                    throw CoreError.malformedState(Message(.dotAppearsTwiceRecord, e.dot, table, name, id))
                }
                if let (dot, hlc) = firstStamp, dot == e.dot {
                    guard hlc == e.hlc else { throw CoreError.malformedState(Message(.dotTwoStamps, e.dot, table, id)) }
                } else if firstStamp == nil {
                    firstStamp = (e.dot, e.hlc)
                } else {
                    if stamps.isEmpty, let (dot, hlc) = firstStamp { stamps[dot] = hlc }
                    if let hlc = stamps.updateValue(e.hlc, forKey: e.dot), hlc != e.hlc {
                        throw CoreError.malformedState(Message(.dotTwoStamps, e.dot, table, id))
                    }
                }
                var value = e.value
                if let spec, !value.matches(spec.type) {
                    if coerced == nil { coerced = state.fields }
                    value = try value.coerced(to: spec.type, field: "\(table).\(name)")
                    coerced?[name]?[k].value = value
                }
                if let problem = value.storageProblem(table: table, field: name, id: id) { throw CoreError.invalidValue(problem) }
            }
        }
        let lowerID = UUIDText.isLowercase(id) ? id : id.lowercased()
        if coerced == nil && lowerID == id { return self }
        return WireRecord(table: table, id: lowerID, state: RecordState(vv: state.vv, fields: coerced ?? state.fields))
    }
}

extension FieldValue {
    /// The bytes a value takes as text (the per-record caps on undeclared fields count these;
    /// docs/security.md, finding 2).
    package var byteSize: Int {
        switch self {
        case .text(let s): return s.utf8.count
        case .set(let items): return items.reduce(0) { $0 + $1.utf8.count + 1 }
        default: return 8
        }
    }

    /// The one value rule (docs/security.md §1): a value every laptop's row holds and reads back
    /// unchanged. Text and set items hold no NUL (valid UTF-8 is the decoders' own rule); a decimal
    /// reads back from its text (at most 18 digits, so a scale of at most 17); a date lies between
    /// 1900 and 2200; `deleted` is never null. Checked wherever a record enters: the server's
    /// push (JSON and binary), and a laptop's pull and apply.
    /// - Returns: the sentence naming the value's place and the rule, or nil when it holds.
    public func storageProblem(table: String, field: String, id: String) -> Message? {
        // The common case answers without building anything: the message only for a bad value.
        switch self {
        case .null:
            return field == RecordType.deletedField ? Message(.deletedMustBeBool, "\(table).\(field)", id) : nil
        case .text(let s):
            return Self.holdsNul(s) ? Message(.textHoldsNul, "\(table).\(field)", id) : nil
        case .set(let items):
            return items.contains(where: Self.holdsNul) ? Message(.textHoldsNul, "\(table).\(field)", id) : nil
        case .decimal(let d):
            return d.textDigits <= 18 ? nil : Message(.decimalTooLong, "\(table).\(field)", id, d.description)
        case .date(let d):
            return (1900...2200).contains(d.year) ? nil : Message(.dateOutsideCalendar, "\(table).\(field)", id, d.description)
        case .integer, .bool:
            return nil
        }
    }

    /// Whether text holds a NUL, read from its UTF-8 bytes in place.
    static func holdsNul(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { $0.contains(0) }
    }

    /// Coerces a generically decoded wire value into the declared `type`.
    /// - Throws: ``CoreError`` naming `field` and the value when they do not fit.
    public func coerced(to type: FieldType, field: String) throws -> FieldValue {
        if matches(type) { return self }
        switch (self, type) {
        case (.text(let s), .decimal), (.text(let s), .date), (.text(let s), .integer):
            return try FieldValue.parse(s, as: type, field: field)
        case (.integer(let i), .decimal):
            return .decimal(ExactDecimal(significand: i, scale: 0))
        default:
            throw CoreError.invalidValue(Message(.mustHoldValue, field, type.rawValue, self.debugWire))
        }
    }

    var debugWire: String {
        switch self {
        case .null: return "null"
        case .text(let s): return "\"\(s)\""
        case .set(let items): return "[\(items.joined(separator: ","))]"
        default: return description
        }
    }
}

// MARK: - JSON shape shared with the conformance vectors

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension RecordState: Codable {
    enum CodingKeys: String, CodingKey { case vv, fields }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(vectorContainer: c, vvKey: .vv, fieldsKey: .fields)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try encode(into: &c, vvKey: .vv, fieldsKey: .fields)
    }

    init<K: CodingKey>(vectorContainer c: KeyedDecodingContainer<K>, vvKey: K, fieldsKey: K) throws {
        let rawVV = try c.decodeIfPresent([String: UInt64].self, forKey: vvKey) ?? [:]
        var vv = VersionVector()
        for (r, n) in rawVV { vv[ReplicaID(r)] = n }
        var fields: [String: [FieldEntry]] = [:]
        if c.contains(fieldsKey) {
            let fc = try c.nestedContainer(keyedBy: AnyKey.self, forKey: fieldsKey)
            for key in fc.allKeys {
                var list = try fc.nestedUnkeyedContainer(forKey: key)
                var entries: [FieldEntry] = []
                while !list.isAtEnd {
                    var tuple = try list.nestedUnkeyedContainer()
                    let replica = try tuple.decode(String.self)
                    let counter = try tuple.decode(UInt64.self)
                    let value = try tuple.decode(WireValue.self).value
                    let hlc = tuple.isAtEnd ? 0 : try tuple.decode(UInt64.self)
                    entries.append(FieldEntry(dot: Dot(ReplicaID(replica), counter), value: value, hlc: HLC(rawValue: hlc)))
                }
                fields[key.stringValue] = entries
            }
        }
        self.init(vv: vv, fields: fields)
    }

    func encode<K: CodingKey>(into c: inout KeyedEncodingContainer<K>, vvKey: K, fieldsKey: K) throws {
        var vc = c.nestedContainer(keyedBy: AnyKey.self, forKey: vvKey)
        for (r, n) in vv.sortedEntries { try vc.encode(n, forKey: AnyKey(r.rawValue)) }
        var fc = c.nestedContainer(keyedBy: AnyKey.self, forKey: fieldsKey)
        for name in fields.keys.sorted() {
            var list = fc.nestedUnkeyedContainer(forKey: AnyKey(name))
            for e in fields[name] ?? [] {
                var t = list.nestedUnkeyedContainer()
                try t.encode(e.dot.replica.rawValue)
                try t.encode(e.dot.counter)
                try t.encode(WireValue(e.value))
                try t.encode(e.hlc.rawValue)
            }
        }
    }
}

/// A field value in its plain JSON form: text, number, bool, array of strings or null.
/// Decimals and dates travel as strings and are coerced by the declared type.
struct WireValue: Codable {
    var value: FieldValue
    init(_ value: FieldValue) { self.value = value }

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            value = .null
        } else if let b = try? c.decode(Bool.self) {
            value = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            value = .integer(i)
        } else if let s = try? c.decode(String.self) {
            value = .text(s)
        } else if let items = try? c.decode([String].self) {
            value = .stringSet(items)
        } else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "a field value must be a string, a whole number, a bool, a list of strings or null")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch value {
        case .null: try c.encodeNil()
        case .text(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .decimal(let d): try c.encode(d.description)
        case .date(let d): try c.encode(d.description)
        case .bool(let b): try c.encode(b)
        case .set(let items): try c.encode(items)
        }
    }
}

extension WireRecord {
    /// A record as one write of `replica` leaves it: every value under the dot
    /// `(replica, counter)`, stamped `hlc` (tests, simulators, benchmarks).
    public static func written(table: String = "enterprise", id: String, _ values: [String: FieldValue], by replica: ReplicaID,
                               counter: UInt64 = 1, hlc: HLC = HLC(milliseconds: 1)) -> WireRecord {
        var fields: [String: [FieldEntry]] = [:]
        for (k, v) in values { fields[k] = [FieldEntry(dot: Dot(replica, counter), value: v, hlc: hlc)] }
        return WireRecord(table: table, id: id, state: RecordState(vv: VersionVector([replica: counter]), fields: fields))
    }
}
