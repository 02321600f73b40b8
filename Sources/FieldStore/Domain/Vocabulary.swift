import FieldSyncCore

/// The controlled vocabularies of the domain, spelled as the CLI spells them.
public enum Vocabulary {
    public static let pools = ["high-tech", "sme", "project"]
    public static let visitModes = ["on-site", "phone", "video"]
    public static let needCategories = [
        "policy", "project-application", "certification", "financing", "talent", "space", "technology", "other",
    ]
    public static let needStatuses = ["open", "acknowledged", "in-progress", "resolved", "closed", "rejected"]
    public static let projectLevels = ["national", "region", "city"]
    public static let lights = ["red", "yellow", "green"]

    /// The need workflow: which statuses may follow each status. Reopening goes back to `open`.
    public static let needTransitions: [String: [String]] = [
        "open": ["acknowledged", "in-progress", "resolved", "rejected"],
        "acknowledged": ["in-progress", "resolved", "rejected"],
        "in-progress": ["resolved", "rejected"],
        "resolved": ["closed", "open"],
        "closed": ["open"],
        "rejected": ["open"],
    ]

    /// Chinese labels for reports and tables.
    public static let chinese: [String: String] = [
        "high-tech": "高新技术企业培育库", "sme": "科技型中小企业库", "project": "科技项目库",
        "on-site": "上门", "phone": "电话", "video": "视频",
        "policy": "政策咨询", "project-application": "项目申报辅导", "certification": "资质认定", "financing": "融资(含知识产权质押)",
        "talent": "人才", "space": "空间/孵化/中试", "technology": "技术合作", "other": "其他",
        "open": "待响应", "acknowledged": "已响应", "in-progress": "办理中", "resolved": "已解决", "closed": "已关闭", "rejected": "不予受理",
        "national": "国家级", "region": "自治区级", "city": "市级",
        "red": "红灯", "yellow": "黄灯", "green": "绿灯",
    ]

    /// Checks `value` is one of `allowed`.
    /// - Throws: ``StoreError`` naming the value and the allowed ones.
    public static func check(_ value: String, in allowed: [String], what: String) throws -> String {
        let v = value.trimmingCharacters(in: .whitespaces).lowercased()
        guard allowed.contains(v) else {
            throw StoreError(.invalidValue, "\"\(value)\" is not a \(what); use one of: \(allowed.joined(separator: ", ")).")
        }
        return v
    }
}

/// A visit round: `YYYY-N`, N in 1...3.
public struct RoundID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let number: Int

    public init(year: Int, number: Int) throws {
        guard (2000...2100).contains(year), (1...3).contains(number) else {
            throw StoreError(.invalidValue, "\(year)-\(number) is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
        }
        self.year = year
        self.number = number
    }

    /// Parses `YYYY-N`.
    public static func parse(_ text: String) throws -> RoundID {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let n = Int(parts[1]) else {
            throw StoreError(.invalidValue, "\"\(text)\" is not a round; write it YYYY-N, e.g. 2026-2.")
        }
        do {
            return try RoundID(year: y, number: n)
        } catch {
            throw StoreError(.invalidValue, "\"\(text)\" is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
        }
    }

    public var description: String { "\(year)-\(number)" }
    public var recordID: String { UUIDText.derived(from: "round:\(description)") }

    public static func < (l: RoundID, r: RoundID) -> Bool { (l.year, l.number) < (r.year, r.number) }

    /// The default window: Jan–Apr, May–Aug, Sep–Dec.
    public var defaultWindow: ClosedRange<LocalDate> {
        let startMonth = (number - 1) * 4 + 1
        // Every field below is in range by construction.
        let start = (try? LocalDate(year: year, month: startMonth, day: 1)) ?? LocalDate(dayNumber: 0)
        let nextStart = number == 3
            ? ((try? LocalDate(year: year + 1, month: 1, day: 1)) ?? start)
            : ((try? LocalDate(year: year, month: startMonth + 4, day: 1)) ?? start)
        return start...nextStart.adding(days: -1)
    }
}
