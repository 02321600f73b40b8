import Foundation

/// UUID text helpers: record and replica ids are lower-case UUID strings.
public enum UUIDText {
    /// A new random lower-case UUID.
    public static func random() -> String {
        UUID().uuidString.lowercased()
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
        let h = Hex.encode(hi)
        let l = Hex.encode(lo)
        let a = Array(h)
        let b = Array(l)
        // Version nibble 8 (custom), variant 10xx.
        let variant = String(Array("89ab")[Int(lo >> 62)])
        return String(a[0..<8]) + "-" + String(a[8..<12]) + "-8" + String(a[13..<16]) + "-" + variant
            + String(b[1..<4]) + "-" + String(b[4..<16])
    }
}
