/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
/// 31-character set `0-9 A-H J-N P-R T U W-Y`, the last a check character over the first 17
/// with weights 3^i mod 31.
public enum CreditCode {
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let values: [Character: Int] = {
        var d: [Character: Int] = [:]
        for (i, c) in alphabet.enumerated() { d[c] = i }
        return d
    }()

    /// Normalises (trims, upper-cases) and validates a code.
    /// - Returns: the normalised code.
    /// - Throws: ``CoreError`` saying which rule `text` breaks.
    public static func validate(_ text: String) throws -> String {
        let code = text.trimmingSpaces.uppercased()
        let chars = Array(code)
        guard chars.count == 18 else {
            throw CoreError.invalidValue(
                Message(.creditCodeHasCharacters, text, chars.count))
        }
        var sum = 0
        for i in 0..<17 {
            guard let v = values[chars[i]] else {
                throw CoreError.invalidValue(
                    Message(.creditCodeContainsWhich, text, chars[i]))
            }
            sum += v * weights[i]
        }
        let expected = alphabet[(31 - sum % 31) % 31]
        guard chars[17] == expected else {
            throw CoreError.invalidValue(
                Message(.creditCodeFailsCheck, text, chars[17], expected))
        }
        return code
    }

    /// The check character for a 17-character prefix (for fixtures and generators).
    public static func checkCharacter(for prefix: String) -> Character? {
        let chars = Array(prefix.uppercased())
        guard chars.count == 17 else { return nil }
        var sum = 0
        for i in 0..<17 {
            guard let v = values[chars[i]] else { return nil }
            sum += v * weights[i]
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// A valid code built from a number (for fixtures, tests and benchmarks).
    public static func make(_ n: Int) -> String {
        let body = String(n % 1_000_000_000)
        let org = String(repeating: "0", count: 9 - body.count) + body
        let prefix = "91440300" + org
        return prefix + String(checkCharacter(for: prefix) ?? "0")
    }
}
