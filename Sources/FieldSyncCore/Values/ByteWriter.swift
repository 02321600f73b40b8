/// A byte buffer written with LEB128 varints: the laptop's sync metadata (`MetaCodec`) and the
/// binary wire form (`BinaryWire`) both write through it.
package struct ByteWriter {
    package var bytes: [UInt8] = []

    @inlinable package init(capacity: Int = 32) { bytes.reserveCapacity(capacity) }

    @inlinable package mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inlinable package mutating func zigzag(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

    /// A length-prefixed UTF-8 string.
    @inlinable package mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { u in
            varint(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }
}
