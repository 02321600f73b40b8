import Foundation

/// UUID text helpers: record and replica ids are lower-case UUID strings.
public enum UUIDText {
    /// A new random lower-case UUID.
    public static func random() -> String {
        UUID().uuidString.lowercased()
    }

    /// A new record id: a time-ordered UUID (RFC 9562 version 7: 48 bits of Unix milliseconds,
    /// then 74 random bits), lower case. Ids minted one after another sort one after another, so
    /// every B-tree keyed by them (the laptop's tables, the server's record key) grows at its end
    /// instead of splitting pages all over the tree; the random bits keep laptops from colliding.
    public static func newRecordID(now: Date = Date()) -> String {
        let ms = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        var g = SystemRandomNumberGenerator()
        let r1: UInt64 = g.next(), r2: UInt64 = g.next()
        var b = [UInt8](repeating: 0, count: 16)
        for i in 0..<6 { b[i] = UInt8(truncatingIfNeeded: ms >> (40 - 8 * UInt64(i))) }
        b[6] = 0x70 | UInt8(truncatingIfNeeded: r1 & 0x0f)
        b[7] = UInt8(truncatingIfNeeded: r1 >> 8)
        b[8] = 0x80 | UInt8(truncatingIfNeeded: r2 & 0x3f)
        for i in 9..<16 { b[i] = UInt8(truncatingIfNeeded: r2 >> (8 * UInt64(i - 8))) }
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (i, v) in b.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(v >> 4)])
            out.append(hex[Int(v & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` is a UUID (any case).
    public static func isValid(_ text: String) -> Bool {
        check(text, lowercaseOnly: false)
    }

    /// Whether `text` is a UUID in lower case (the canonical form).
    public static func isLowercase(_ text: String) -> Bool {
        check(text, lowercaseOnly: true)
    }

    private static func check(_ text: String, lowercaseOnly: Bool) -> Bool {
        let u = text.utf8
        guard u.count == 36 else { return false }
        for (i, c) in u.enumerated() {
            switch i {
            case 8, 13, 18, 23:
                if c != UInt8(ascii: "-") { return false }
            default:
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): continue
                case UInt8(ascii: "A")...UInt8(ascii: "F") where !lowercaseOnly: continue
                default: return false
                }
            }
        }
        return true
    }
}

extension UUIDText {
    /// A UUID-shaped id derived deterministically from `key` (two FNV-1a 64-bit hashes), so that
    /// every replica names a natural-key record (an enterprise's pool membership, a year's round)
    /// the same way and concurrent creations merge instead of duplicating.
    public static func derived(from key: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for b in key.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            return h
        }
        let hi = fnv(0xcbf2_9ce4_8422_2325)
        let lo = fnv(0x8422_2325_cbf2_9ce4 ^ 0x5bd1_e995)
        func hex(_ v: UInt64, _ n: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: max(0, n - s.count)) + s.suffix(n)
        }
        let h = hex(hi, 16)
        let l = hex(lo, 16)
        let a = Array(h)
        let b = Array(l)
        // Version nibble 8 (custom), variant 10xx.
        let variant = String(Array("89ab")[Int(lo >> 62)])
        return String(a[0..<8]) + "-" + String(a[8..<12]) + "-8" + String(a[13..<16]) + "-" + variant
            + String(b[1..<4]) + "-" + String(b[4..<16])
    }
}
