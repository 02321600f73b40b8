/// Lowercase hexadecimal, written once: token secrets, replica keys, push ids, SHA-256 digests,
/// derived ids.
public enum Hex {
    package static let digits = Array("0123456789abcdef".utf8)

    /// Two lowercase digits per byte.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 16 digits of `v`, most significant first.
    public static func encode(_ v: UInt64) -> String {
        encode((0..<8).reversed().map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) })
    }

    /// `bytes` bytes from the system's random source, as hex.
    public static func random(bytes: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return encode((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }

    /// Whether `text` is exactly `count` lowercase hex digits.
    public static func isLowercase(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
