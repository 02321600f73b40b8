/// The type a field holds, declared once per field in ``RecordType``.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case text, integer, decimal, date, bool, set
}

/// A typed field value. Money is an exact ``ExactDecimal``, never floating point.
public enum FieldValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case text(String)
    case integer(Int64)
    case decimal(ExactDecimal)
    case date(LocalDate)
    case bool(Bool)
    /// A set of strings, kept sorted and without duplicates.
    case set([String])

    /// Builds a set value (sorted, deduplicated).
    public static func stringSet<S: Sequence>(_ items: S) -> FieldValue where S.Element == String {
        .set(Array(Swift.Set(items)).sorted())
    }

    public var isNull: Bool { self == .null }

    /// Human text: what the CLI prints.
    public var description: String {
        switch self {
        case .null: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .decimal(let d): return d.description
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .set(let items): return items.joined(separator: ",")
        }
    }

    /// The text used to order two values deterministically when everything else ties.
    package var sortKey: String {
        switch self {
        case .null: return "0"
        case .text(let s): return "1" + s
        case .integer(let i): return "2" + String(i)
        case .decimal(let d): return "3" + d.description
        case .date(let d): return "4" + d.description
        case .bool(let b): return b ? "51" : "50"
        case .set(let items): return "6" + items.joined(separator: "\u{1}")
        }
    }

    /// Whether this value is acceptable for a field of `type` (null is acceptable everywhere).
    public func matches(_ type: FieldType) -> Bool {
        switch (self, type) {
        case (.null, _), (.text, .text), (.integer, .integer), (.decimal, .decimal), (.date, .date),
            (.bool, .bool), (.set, .set):
            return true
        default:
            return false
        }
    }

    /// Parses user or wire text into a value of `type`.
    /// - Throws: ``CoreError`` naming the bad text when it is not a valid `type`.
    public static func parse(_ text: String, as type: FieldType, field: String) throws -> FieldValue {
        switch type {
        case .text:
            return .text(text)
        case .integer:
            guard let i = Int64(text.trimmingSpaces) else {
                throw CoreError.invalidValue(Message(.mustWholeNumber, field, text))
            }
            return .integer(i)
        case .decimal:
            guard let d = ExactDecimal(text.trimmingSpaces) else {
                throw CoreError.invalidValue(Message(.mustExactDecimalSuch, field, text))
            }
            return .decimal(d)
        case .date:
            return .date(try LocalDate.parse(text.trimmingSpaces, field: field))
        case .bool:
            switch text.trimmingSpaces.lowercased() {
            case "true", "yes", "1", "是": return .bool(true)
            case "false", "no", "0", "否": return .bool(false)
            default: throw CoreError.invalidValue(Message(.mustTrueFalse, field, text))
            }
        case .set:
            let items = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            return .stringSet(items)
        }
    }
}

extension String {
    package var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// An exact decimal number (money: 万元 with cents), stored as digits and a scale.
///
/// Canonical form: no leading zeros, no trailing fractional zeros, `-0` is `0`.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value is `significand × 10^-scale`.
    public let significand: Int64
    public let scale: Int

    /// Parses `-?digits(.digits)?`, at most 18 significant digits.
    public init?(_ text: String) {
        var t = Substring(text)
        var negative = false
        if t.first == "-" {
            negative = true
            t.removeFirst()
        } else if t.first == "+" {
            t.removeFirst()
        }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, !parts[0].isEmpty,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fraction.isEmpty { return nil }
        while fraction.last == "0" { fraction.removeLast() }
        var integer = String(parts[0])
        while integer.count > 1 && integer.first == "0" { integer.removeFirst() }
        let digits = integer + fraction
        guard digits.count <= 18, let magnitude = Int64(digits) else { return nil }
        self.significand = negative ? -magnitude : magnitude
        self.scale = magnitude == 0 ? 0 : fraction.count
    }

    /// The digits of ``description`` (the integer part, at least "0", and `scale` decimals): what
    /// ``init(_:)`` reads back, when 18 or fewer.
    public var textDigits: Int {
        var m = significand.magnitude
        var n = 0
        repeat {
            n += 1
            m /= 10
        } while m > 0
        return max(1, n - scale) + scale
    }

    public init(significand: Int64, scale: Int) {
        var s = significand
        var sc = scale
        while sc > 0 && s % 10 == 0 {
            s /= 10
            sc -= 1
        }
        self.significand = s
        self.scale = s == 0 ? 0 : sc
    }

    public var description: String {
        let magnitude = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, scale + 1 - magnitude.count)) + magnitude
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        let l = lhs.significand.multipliedReportingOverflow(by: pow10(s - lhs.scale))
        let r = rhs.significand.multipliedReportingOverflow(by: pow10(s - rhs.scale))
        if l.overflow || r.overflow { return lhs.doubleValue < rhs.doubleValue }
        return l.partialValue < r.partialValue
    }

    /// An approximation for arithmetic in reports (sums are done exactly with ``adding(_:)``).
    public var doubleValue: Double { Double(significand) / Double(pow10(scale)) }

    /// The exact sum. Beyond 18 significant digits (never a real amount in 万元) it falls back to
    /// the sum of the approximations, rounded to four decimals.
    public func adding(_ other: ExactDecimal) -> ExactDecimal {
        let s = max(scale, other.scale)
        let l = significand.multipliedReportingOverflow(by: pow10(s - scale))
        let r = other.significand.multipliedReportingOverflow(by: pow10(s - other.scale))
        if !l.overflow, !r.overflow {
            let sum = l.partialValue.addingReportingOverflow(r.partialValue)
            if !sum.overflow { return ExactDecimal(significand: sum.partialValue, scale: s) }
        }
        let approx = ((doubleValue + other.doubleValue) * 10_000).rounded()
        return ExactDecimal(significand: Int64(exactly: approx) ?? (approx < 0 ? Int64.min : Int64.max), scale: 4)
    }

    /// Rounded to `digits` decimals, halves away from zero (exact: no floating point).
    public func rounded(toDecimals digits: Int) -> ExactDecimal {
        guard scale > digits else { return self }
        let divisor = pow10(scale - digits)
        let (q, r) = significand.quotientAndRemainder(dividingBy: divisor)
        let up = r.magnitude * 2 >= divisor.magnitude ? (significand < 0 ? -1 : 1) : 0
        return ExactDecimal(significand: q + Int64(up), scale: digits)
    }

    private static func pow10(_ n: Int) -> Int64 {
        var r: Int64 = 1
        for _ in 0..<max(0, min(n, 18)) { r *= 10 }
        return r
    }

    private func pow10(_ n: Int) -> Int64 { Self.pow10(n) }
}

/// A calendar date `YYYY-MM-DD` with no time zone (a visit date, a due date).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// - Throws: ``CoreError`` naming the text when it is not a real date between 1900 and 2200.
    public init(year: Int, month: Int, day: Int) throws {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else {
            throw CoreError.invalidValue(
                Message(.validDateBetween, year, month, day))
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public static func parse(_ text: String, field: String = "date") throws -> LocalDate {
        // Ten ASCII bytes `DDDD-DD-DD`, read straight from the UTF-8 (reports parse tens of
        // thousands of stored dates; `makeContiguousUTF8` is free for a native string).
        var native = text
        native.makeContiguousUTF8()
        let digits = native.utf8.withContiguousStorageIfAvailable { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        } ?? nil
        guard let (y, m, d) = digits else {
            throw CoreError.invalidValue(Message(.mustDateWrittenYyyy, field, text))
        }
        do {
            return try LocalDate(year: y, month: m, day: d)
        } catch {
            throw CoreError.invalidValue(Message(.realCalendarDate, field, text))
        }
    }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        let d = day < 10 ? "0\(day)" : String(day)
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }
}
