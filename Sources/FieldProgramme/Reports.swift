import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

/// The office's reports, every figure as docs/rules.md defines it.
public struct Reports: ProgrammePart {
    /// The replica this part reads and writes.
    public let replica: Replica
    /// This part on `replica`.
    public init(_ replica: Replica) { self.replica = replica }
}

/// value every replica shows.
public struct Report: Sendable {
    /// One cell: a number, a percentage, a word in both languages, text …
    public enum Cell: Sendable, Hashable {
        case text(String)
        case int(Int)
        /// A percentage 0…100, nil when undefined (nothing due).
        case percent(Double?)
        case number(Double?)
        /// Yes or no; nil when undefined (nothing to judge).
        case flag(Bool?)
        /// A word shown in the report's language; JSON carries its code (an English code or "").
        case words(code: String, zh: String, en: String)
        /// A red/yellow/green light (coloured in HTML); JSON carries the code.
        case light(String)
        /// An amount in 万元 with two decimals, exact.
        case amount(ExactDecimal)
        /// An instant: shown in the zone's local time with its offset (`local`); JSON carries the
        /// UTC text (docs/rules.md §0).
        case instant(utc: String, local: String)
        /// A name that refers to a record (`commissioner`, `enterprise` and its id): shown and
        /// carried in JSON as its text; a page may link it to the record's own page.
        case ref(String, kind: String, id: String)
        /// A growth as a fraction ((now − previous) ÷ previous), nil when previous is 0: shown
        /// `+95%`, JSON carries the fraction.
        case growth(Double?)
        /// A figure broken down by a word (projects by level): JSON carries an object by code.
        indirect case parts([Part])

        /// The text of a `.text` or `.ref` cell (what it shows), else nil.
        public var plain: String? {
            switch self {
            case .text(let s), .ref(let s, _, _): return s
            default: return nil
            }
        }

        /// A controlled word (pool, status, …) by its code.
        public static func word(_ code: String) -> Cell {
            .words(code: code, zh: Vocabulary.chinese[code] ?? code, en: code)
        }
    }

    /// One part of a broken-down figure: its code, its word and its value.
    public struct Part: Sendable, Hashable {
        /// The code JSON uses (`national`).
        public var key: String
        /// Its words.
        public var label: Column
        /// Its value.
        public var value: Cell
        /// A part.
        public init(key: String, label: Column, value: Cell) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    /// A column or a label: its JSON key and its words in both languages.
    public struct Column: Sendable, Hashable {
        /// The key JSON and CSV use.
        public var key: String
        /// The label in Chinese.
        public var zh: String
        /// The label in English.
        public var en: String
        /// A column with its words.
        public init(_ key: String, _ zh: String, _ en: String) {
            self.key = key
            self.zh = zh
            self.en = en
        }

        /// A label from the message catalogue.
        public init(_ key: String, _ text: Message) {
            self.init(key, text.render(.zh), text.render(.en))
        }
        /// The label in `lang` (`zh` or `en`).
        public func label(_ lang: String) -> String { lang == "zh" ? zh : en }
    }

    /// A bar chart: one bar per label (inline SVG in HTML).
    public struct Chart: Sendable {
        /// The bars' labels (names, or words in Chinese); `englishLabels`, when set, replaces them in English.
        public var labels: [String]
        /// The bars' labels in English, when they differ from `labels`.
        public var englishLabels: [String]? = nil
        /// The bars' values.
        public var values: [Double]
        /// The axis maximum.
        public var maximum: Double
        /// The unit shown after values (`%`, `分`).
        public var unit: String
        /// When set, each bar is split into these parts (e.g. red, yellow, green), coloured `stackColors`.
        public var stacks: [[Double]]? = nil
        /// The parts' colours (CSS colours), in the order of each `stacks` row.
        public var stackColors: [String]? = nil
        /// A target drawn as a vertical line across the bars (the 97 % satisfaction target).
        public var target: Double? = nil
        /// The same figures for the previous span, drawn as a thin bar under each bar.
        public var previous: [Double]? = nil
    }

    /// A titled table of the report, with an optional chart.
    public struct Section: Sendable {
        /// The key JSON and CSV use.
        public var key: String
        /// The title.
        public var title: Column
        /// The columns.
        public var columns: [Column]
        /// The rows, one cell per column.
        public var rows: [[Cell]]
        /// A bar chart of the section, when it has one.
        public var chart: Chart?
    }

    /// The report's name (`coverage`, `needs` …).
    public var kind: String
    /// The year it covers.
    public var year: Int
    /// The title.
    public var title: Column
    /// The headline figures.
    public var summary: [(Column, Cell)]
    /// The tables.
    public var sections: [Section]
    /// The zone the replica belongs to.
    public var zone: String = ""
    /// The day the figures are as of: the year's last day, or today for the year under way.
    public var asOf: LocalDate = LocalDate(dayNumber: 0)
    /// How the figures are computed, in both languages (shown beside the tables; docs/rules.md).
    public var notes: [Column] = []
    /// For a span (`--from Y1 --to Y2`): its first year; nil for one year.
    public var from: Int? = nil
    /// For a span: the same figures over the equally long span just before it.
    public var previous: [(Column, Cell)] = []
    /// For a span: per figure, (now − previous) ÷ previous as a fraction (`.number(nil)` when
    /// previous is 0); a broken-down figure has one growth per part.
    public var growth: [(Column, Cell)] = []
}

extension Reports {
    /// The reports, by the name `report` takes.
    public static let reportKinds = ["coverage", "needs", "projects", "ranking", "commissioners", "outcomes"]

    /// The reports by the Chinese names people use (`report 诉求`).
    public static let reportAliases: [String: String] = [
        "覆盖": "coverage", "走访覆盖": "coverage", "覆盖率": "coverage", "诉求": "needs", "诉求台账": "needs",
        "项目": "projects", "红黄绿灯": "projects", "项目预警": "projects", "排名": "ranking", "动态排名": "ranking",
        "专员": "commissioners", "专员绩效": "commissioners", "绩效": "commissioners", "成效": "outcomes", "培育成效": "outcomes",
    ]

    /// Builds one of the office reports for `year` (docs/rules.md defines every figure).
    /// - Parameters:
    ///   - kind: coverage | needs | projects | ranking | commissioners | outcomes
    ///   - top: how many top and bottom ranks the ranking flags.
    /// - Parameter all: for `needs`, also the ledger of every need of the year.
    /// - Parameter from: for `outcomes`, the first year of a span ending with `year`; the report
    ///   then also carries the previous span of the same length and the growth over it.
    public func report(_ kind: String, year: Int, top: Int = 3, all: Bool = false, from: Int? = nil) throws -> Report {
        guard (2000...2100).contains(year) else { throw StoreError(.invalidValue, Message(.reportYear, year)) }
        if let from {
            guard (2000...2100).contains(from) else { throw StoreError(.invalidValue, Message(.reportYear, from)) }
            guard from <= year else { throw StoreError(.invalidValue, Message(.spanEndsBeforeStart, year, from)) }
        }
        guard (1...100).contains(top) else { throw StoreError(.invalidValue, Message(.topMust, top)) }
        let asOf = try asOf(year)
        var report: Report
        let kind = Reports.reportAliases[kind.trimmingCharacters(in: .whitespaces)] ?? kind.lowercased()
        switch kind {
        case "coverage": report = try coverageReport(year)
        case "needs": report = try needsReport(year, asOf: asOf, ledger: all)
        case "projects": report = try projectsReport(year, asOf: asOf)
        case "ranking": report = try programme.ranking.rankingReport(year, asOf: asOf, top: top)
        case "commissioners": report = try commissionersReport(year, asOf: asOf)
        case "outcomes": report = try outcomesReport(from: from ?? year, to: year, asOf: asOf, compare: from != nil)
        default:
            throw StoreError(.invalidValue, Message(.reportUse, kind, Message(.reportKindWords)))
        }
        if from != nil, kind != "outcomes" { throw StoreError(.invalidValue, Message(.spanOnlyOutcomes, kind)) }
        report.zone = try info().zone
        report.asOf = asOf
        return report
    }

    /// The day a year's figures are as of: 31 December, or today for the year under way.
    public func asOf(_ year: Int) throws -> LocalDate {
        let first = try LocalDate(year: year, month: 1, day: 1)
        let last = try LocalDate(year: year, month: 12, day: 31)
        return max(first, min(last, today()))
    }

    static func pct(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) * 100 / Double(whole) }

    static let total = word("total", Message(.reportTotal))
    static let unassigned = word("", Message(.unassigned))

    /// A cell holding a catalogued word, with the code its JSON carries.
    static func word(_ code: String, _ text: Message) -> Report.Cell {
        .words(code: code, zh: text.render(.zh), en: text.render(.en))
    }

    static func person(_ id: String?, _ names: [String: String]) -> Report.Cell {
        guard let id, !id.isEmpty else { return unassigned }
        return .ref(names[id] ?? String(id.prefix(8)), kind: "commissioner", id: id)
    }

}
