import FieldReplica
import FieldSyncCore

/// The controlled vocabularies of the domain, spelled as the CLI spells them.
public enum Vocabulary {
    /// The three incubation pools' codes.
    public static let pools = ["high-tech", "sme", "project"]
    /// Visit modes' codes.
    public static let visitModes = ["on-site", "phone", "video"]
    /// Need categories' codes.
    public static let needCategories = [
        "policy", "project-application", "certification", "financing", "talent", "space", "technology", "other",
    ]
    /// Need statuses' codes, in workflow order.
    public static let needStatuses = ["open", "acknowledged", "in-progress", "resolved", "closed", "rejected"]
    /// Project levels' codes.
    public static let projectLevels = ["national", "region", "city"]
    /// The lights, most serious first.
    public static let lights = ["red", "yellow", "green"]
    /// The lights a person may raise a project to (never lower: docs/rules.md).
    public static let raisedLights = ["yellow", "red"]
    /// The cultivation path of a pool enterprise (优选一批、培育一批、成熟一批、申报一批).
    public static let stages = ["selected", "cultivating", "mature", "applying"]
    /// The outcomes the pools exist for.
    public static let certificationKinds = ["high-tech", "tech-sme", "little-giant", "specialised-sme", "tech-little-giant", "first-set", "other"]
    /// The ranking's follow-up: an incentive for the top, help for the bottom.
    public static let supportKinds = ["incentive", "help"]
    /// Competition award grades.
    public static let awardGrades = ["first", "second", "third", "merit"]

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
        "high-tech": "高新技术企业培育库", "sme": "科技型中小企业培育库", "project": "科技项目培育库",
        "on-site": "上门", "phone": "电话", "video": "视频",
        "policy": "政策咨询", "project-application": "项目申报辅导", "certification": "资质认定", "financing": "融资(含知识产权质押)",
        "talent": "人才", "space": "空间/孵化/中试", "technology": "技术合作", "other": "其他",
        "open": "待响应", "acknowledged": "已响应", "in-progress": "办理中", "resolved": "已解决", "closed": "已关闭", "rejected": "不予受理",
        "national": "国家级", "region": "自治区级", "city": "市级",
        "red": "红灯", "yellow": "黄灯", "green": "绿灯",
        "selected": "优选", "cultivating": "培育", "mature": "成熟", "applying": "申报", "certified": "已认定",
        "incentive": "政策激励", "help": "帮扶补短板",
        "first": "一等奖", "second": "二等奖", "third": "三等奖", "merit": "优秀奖",
    ]

    /// Chinese labels of certification kinds (they share codes with pools, so they have their own table).
    public static let certificationChinese: [String: String] = [
        "high-tech": "高新技术企业认定", "tech-sme": "科技型中小企业评价入库", "little-giant": "专精特新“小巨人”企业",
        "specialised-sme": "专精特新中小企业", "tech-little-giant": "科技小巨人", "first-set": "首台（套）、首批次、首版次",
        "other": "其他认定",
    ]

    /// The Chinese (and other) forms people type, mapped to codes. A form is accepted only where its
    /// code is one of the allowed words, so 项目库 is a pool and never a need category.
    public static let aliases: [String: String] = [
        // pools: the programme's full names and short forms
        "高新技术企业培育库": "high-tech", "高企库": "high-tech", "高企培育库": "high-tech", "高新技术企业库": "high-tech",
        "科技型中小企业培育库": "sme", "科技型中小企业库": "sme", "科小库": "sme", "科小培育库": "sme", "tech-sme": "sme",
        "科技项目培育库": "project", "科技项目库": "project", "项目库": "project", "项目培育库": "project",
        // visit modes
        "上门": "on-site", "上门走访": "on-site", "实地": "on-site", "现场": "on-site", "onsite": "on-site",
        "电话": "phone", "视频": "video",
        // need statuses
        "待响应": "open", "已响应": "acknowledged", "办理中": "in-progress", "已解决": "resolved", "已关闭": "closed", "不予受理": "rejected",
        // need categories
        "一等奖": "first", "二等奖": "second", "三等奖": "third", "优秀奖": "merit",
        "激励": "incentive", "政策激励": "incentive", "帮扶": "help", "帮扶补短板": "help", "补短板": "help",
        "政策咨询": "policy", "政策": "policy", "项目申报辅导": "project-application", "项目申报": "project-application",
        "资质认定": "certification", "资质": "certification", "融资": "financing", "融资(含知识产权质押)": "financing",
        "知识产权质押": "financing", "人才": "talent", "空间": "space", "空间/孵化/中试": "space", "孵化": "space",
        "技术合作": "technology", "技术": "technology", "场地": "space", "其他": "other",
        // project levels (自治区级 and 省级 are the same level)
        "国家级": "national", "自治区级": "region", "省级": "region", "province": "region", "市级": "city",
        // lights
        "红": "red", "红灯": "red", "黄": "yellow", "黄灯": "yellow", "绿": "green", "绿灯": "green",
        // stages
        "优选": "selected", "优选一批": "selected", "培育": "cultivating", "培育一批": "cultivating",
        "成熟": "mature", "成熟一批": "mature", "申报": "applying", "申报一批": "applying",
        // certification kinds
        "高新技术企业": "high-tech", "高新技术企业认定": "high-tech", "高企": "high-tech",
        "科技型中小企业": "tech-sme", "科技型中小企业评价入库": "tech-sme", "科小": "tech-sme",
        "小巨人": "little-giant", "专精特新小巨人": "little-giant", "专精特新“小巨人”企业": "little-giant",
        "专精特新": "specialised-sme", "专精特新中小企业": "specialised-sme", "其他认定": "other",
        "科技小巨人": "tech-little-giant", "首台套": "first-set", "首台（套）": "first-set", "首台(套)": "first-set",
        "首批次": "first-set", "首版次": "first-set", "首台（套）、首批次、首版次": "first-set",
    ]

    /// Checks `value` is one of `allowed`.
    /// - Throws: ``StoreError`` naming the value and the allowed ones.
    public static func check(_ value: String, in allowed: [String], what: MessageKey) throws -> String {
        let typed = value.trimmingCharacters(in: .whitespaces)
        var v = typed.lowercased()
        if !allowed.contains(v), let code = aliases[typed] ?? aliases[v], allowed.contains(code) { v = code }
        guard allowed.contains(v) else {
            let words = Bilingual(zh: allowed.map { label($0, what: what, .zh) }.joined(separator: "、"), en: allowed.joined(separator: ", "))
            throw StoreError(.invalidValue, Message(.useOne, value, Message(what), words))
        }
        return v
    }

    /// A code in both languages, for a message argument.
    public static func word(_ code: String) -> Bilingual { Bilingual(zh: label(code, .zh), en: code) }

    /// A code as a person reads it: its Chinese word in Chinese, the code itself in English.
    public static func label(_ code: String, what: MessageKey? = nil, _ lang: Lang = Lang.current) -> String {
        guard lang == .zh else { return code }
        if what == .wordCertificationKind { return certificationChinese[code] ?? code }
        return chinese[code] ?? code
    }
}

/// A visit round: `YYYY-N`, N in 1...3.
public struct RoundID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The round in the year, 1–3.
    public let number: Int

    /// A round; throws for a number outside 1–3 or a year outside 2000–2100.
    public init(year: Int, number: Int) throws {
        guard (2000...2100).contains(year), (1...3).contains(number) else {
            throw StoreError(.invalidValue, Message(.roundRoundsAreYyyy, year, number))
        }
        self.year = year
        self.number = number
    }

    /// Parses `YYYY-N`.
    public static func parse(_ text: String) throws -> RoundID {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let n = Int(parts[1]) else {
            throw StoreError(.invalidValue, Message(.roundWriteYyyyN, text))
        }
        do {
            return try RoundID(year: y, number: n)
        } catch {
            throw StoreError(.invalidValue, Message(.roundRoundsAreYyyy2, text))
        }
    }

    /// `2026-2`.
    public var description: String { "\(year)-\(number)" }
    /// The id of the round's window record (the same on every replica).
    public var recordID: String { UUIDText.derived(from: "round:\(description)") }

    /// Rounds in time order.
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

/// The ratio indicators of the ranking, typed either as a percentage (`8.5%`) or a fraction (`0.085`).
public enum Ratio {
    /// The bounds of each ratio indicator, as fractions: shares are 0…1, growth −100 %…+1000 %.
    public static let bounds: [String: ClosedRange<Double>] = [
        "rd_ratio": 0...1, "tech_staff_ratio": 0...1, "revenue_growth": -1...10,
    ]

    /// Parses `8.5%`, `8.5 %`, `８.５％` or `0.085` into the fraction 0.085, checked against the
    /// indicator's bounds. A bare number outside the bounds (`85` meant as 8.5 %) is refused, never
    /// guessed at.
    /// - Throws: ``StoreError`` naming the value and how to write it.
    public static func parse(_ text: String, field: String) throws -> ExactDecimal {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "％", with: "%")
        let isPercent = t.hasSuffix("%")
        let number = isPercent ? String(t.dropLast()).trimmingCharacters(in: .whitespaces) : t
        guard var d = ExactDecimal(number) else {
            throw StoreError(.invalidValue, Message(.numberWriteRatio, field, text))
        }
        if isPercent { d = ExactDecimal(significand: d.significand, scale: d.scale + 2) }
        let range = bounds[field] ?? 0...1
        guard range.contains(d.doubleValue) else {
            let lo = Int((range.lowerBound * 100).rounded())
            let hi = Int((range.upperBound * 100).rounded())
            throw StoreError(.invalidValue,
                Message(.outsideWriteRatioBare, field, text, lo, hi))
        }
        return d
    }
}
