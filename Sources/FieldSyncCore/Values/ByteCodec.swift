/// The one byte codec of FieldSync: LEB128 varints, zigzag integers, length-prefixed UTF-8,
/// 16-byte UUIDs and typed field values, with their tags and bounds written once. The laptop's
/// sync metadata (`FieldReplica`'s `MetaCodec`) and the binary wire form (`FieldSyncWire`'s
/// `BinaryWire`) both read and write through it.
///
/// Value tags: 0 null, 1 text, 2 integer (zigzag), 3 decimal (zigzag significand, scale ≤ 18),
/// 4 date (zigzag day number, 0001-01-01 … 9999-12-31), 5 false, 6 true, 7 set (count, strings).
///
/// Every read checks what is left before it allocates or slices, so a hostile or damaged
/// document fails with one sentence (``MalformedBytes``) instead of trapping.

/// A document that cannot be read: what and where.
public struct MalformedBytes: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(description: String) { self.description = description }
}

package struct ByteReader {
    package let bytes: [UInt8]
    package var i: Int
    package let end: Int

    /// The longest string and the largest set read: the protocol's bounds for bodies from the
    /// network; a store's own metadata (written by this program, after validation) reads with
    /// ``trusted(_:)``, bounded only by the bytes there are.
    package var stringBytes = SyncProtocol.Limits.stringBytes
    package var setItems = SyncProtocol.Limits.setItems

    @inlinable package static func trusted(_ bytes: [UInt8]) -> ByteReader {
        var r = ByteReader(bytes)
        r.stringBytes = Int.max
        r.setItems = Int.max
        return r
    }

    @inlinable package init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        i = start
        self.end = end ?? bytes.count
    }

    @inlinable package func fail(_ what: String) -> MalformedBytes { MalformedBytes(description: "\(what) at byte \(i)") }

    @inlinable package var remaining: Int { end - i }

    @inlinable package var isAtEnd: Bool { i >= end }

    @inlinable package mutating func byte() throws -> UInt8 {
        guard i < end else { throw fail("the document ends too soon") }
        defer { i += 1 }
        return bytes[i]
    }

    @inlinable package mutating func varint() throws -> UInt64 {
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
    @inlinable package mutating func count(_ what: String, max limit: Int, minBytes: Int = 1) throws -> Int {
        let n = try varint()
        guard n <= UInt64(limit), Int(n) * minBytes <= remaining else { throw fail("\(what) count \(n) is out of range") }
        return Int(n)
    }

    @inlinable package mutating func zigzag() throws -> Int64 {
        let u = try varint()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    @inlinable package mutating func string(_ what: String) throws -> String {
        let n = try varint()
        guard n <= UInt64(stringBytes), n <= UInt64(remaining) else { throw fail("\(what) of \(n) bytes does not fit") }
        let slice = bytes[i..<i + Int(n)]
        guard let s = String(validating: slice, as: UTF8.self) else { throw fail("\(what) is not UTF-8") }
        i += Int(n)
        return s
    }

    /// 16 bytes as lower-case UUID text.
    @inlinable package mutating func uuid() throws -> String {
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
                    out[o] = Hex.digits[Int(v >> 4)]
                    out[o + 1] = Hex.digits[Int(v & 0x0f)]
                    o += 2
                }
                return 36
            }
        }
    }

    /// The replica id last read, by its bytes: a batch names the same few replicas over and
    /// over, so each is made once (and its text shared by every record naming it).
    package var lastReplica: (bytes: (UInt64, UInt64), id: ReplicaID)?

    @inlinable package mutating func replicaID() throws -> ReplicaID {
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

    @inlinable package mutating func value(field: String) throws -> FieldValue {
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
            let n = try count("set item", max: setItems)
            var items: [String] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try string("a set item")) }
            // Sets are kept sorted and without duplicates.
            for k in items.indices.dropFirst() where !(items[k - 1] < items[k]) { return .stringSet(items) }
            return .set(items)
        case let tag: throw fail("\(field) holds a value of unknown kind \(tag)")
        }
    }
}

extension ByteWriter {
    /// A UUID's 16 bytes; text that is not a UUID (never in a validated record) writes zeros.
    @inlinable package mutating func uuid(_ s: String) {
        bytes.append(contentsOf: UUIDText.bytes(s) ?? [UInt8](repeating: 0, count: 16))
    }

    @inlinable package mutating func value(_ v: FieldValue) {
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
}

extension UUIDText {
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A UUID's 16 bytes, or nil when `text` is not a UUID (8-4-4-4-12 hex digits, any case).
    public static func bytes(_ text: String) -> [UInt8]? {
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
}
