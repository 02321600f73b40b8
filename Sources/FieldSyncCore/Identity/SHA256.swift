import Crypto

/// SHA-256 (FIPS 180-4) from swift-crypto: token hashes, replica keys and history chains.
/// (`IdentityRuleTests` checks FIPS 180-4's known answers through this wrapper.)
public enum SHA256 {
    public static func hash(_ message: [UInt8]) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: message))
    }

    /// The digest of `text`'s UTF-8 bytes, as 64 lowercase hex digits.
    public static func hex(_ text: String) -> String { Hex.encode(hash(Array(text.utf8))) }

    /// Compares two strings in time that depends only on their lengths.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
