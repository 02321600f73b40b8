import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: L(.cmdOfficeReportsFromLocal),
        discussion: L(.moreFormatsTableCjkAligned)) }
    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(L(.hCoverageNeedsProjectsRanking))) var kind: String
    @Option(help: ArgumentHelp(L(.hYearDefaultYear))) var year: Int?
    @Option(help: ArgumentHelp(L(.hTableCsvJsonHtml))) var format = "table"
    @Option(help: ArgumentHelp(L(.hWriteReportFileInstead))) var output: String?
    @Option(help: ArgumentHelp(L(.hHowManyTopBottom))) var top = 3
    @Flag(help: ArgumentHelp(L(.hReportAll))) var all = false
    @Option(help: ArgumentHelp(L(.hSpanFrom))) var from: Int?
    @Option(help: ArgumentHelp(L(.hSpanTo))) var to: Int?

    func validate() throws {
        guard ["table", "csv", "json", "html"].contains(format) else { throw ValidationError(L(.formatUnknown, format)) }
        if year != nil && (from != nil || to != nil) { throw ValidationError(L(.yearOrSpan)) }
        if to != nil && from == nil { throw ValidationError(L(.toNeedsFrom)) }
    }

    func run() throws {
        let s = try store.open()
        // One language per report: the one the CLI speaks (`--lang`, config, environment).
        let language = Lang.current.rawValue
        let report = try s.reports.report(kind, year: to ?? year ?? s.today().year, top: top, all: all, from: from)
        let text: String
        switch format {
        case "csv": text = ReportRender.csv(report, lang: language)
        case "json": text = ReportRender.json(report).render() + "\n"
        case "html": text = ReportRender.html(report, lang: language)
        default: text = ReportRender.table(report, lang: language)
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError(message: Message(.cannotWrite, output, error.localizedDescription), code: 73)
            }
        } else if Platform.isTerminal(1) {
            // Synced text (an OSC 52 clipboard write in a name) is shown, never obeyed.
            print(Terminal.clean(text, keepingLines: true), terminator: "")
        } else {
            print(text, terminator: "")
        }
    }
}

/// The terminal's report: aligned columns (CJK counted as two), the figures and notes as lines.
extension ReportRender {
    static func table(_ r: Report, lang: String) -> String {
        var out = r.title.label(lang) + "\n" + heading(r, lang) + "\n"
        for (i, (c, v)) in r.summary.enumerated() { out += "  \(c.label(lang)): \(text(v, lang))\(versus(r, i, lang))\n" }
        for s in r.sections {
            out += "\n" + s.title.label(lang) + "\n"
            out += Output.tableText(s.columns.map { $0.label(lang) }, s.rows.map { $0.map { text($0, lang) } })
        }
        for n in r.notes { out += "\n" + T(.howComputed, lang) + n.label(lang) + "\n" }
        return out
    }
}

struct IndicatorCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "indicator", abstract: L(.cmdYearlyEnterpriseIndicatorsRanking),
                                                    subcommands: [Set.self, Import.self, Weights.self]) }

    struct Import: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: L(.cmdImportIndicatorsFromCsv)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hCsvFile))) var file: String
        @Option(help: ArgumentHelp(L(.hUtfGbk))) var encoding: String = "utf-8"
        @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L(.hCheckEveryRowReport))) var dryRun = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError(message: Message(.cannotRead, file), code: 66) }
            let decoded = encoding.lowercased().hasPrefix("utf") ? String(data: data, encoding: .utf8) : Iconv.decode(data, from: "GB18030")
            guard let text = decoded else { throw CLIError(message: Message(.validText, file, encoding)) }
            let rows = CSV.parse(text)
            guard let header = rows.first else { throw CLIError(message: Message(.empty, file)) }
            let report = try store.open().importer.importIndicators(header: header.cells, rows: Array(rows.dropFirst()), dryRun: dryRun)
            if output.json {
                Output.print(.object([
                    ("added", .int(Int64(report.added))), ("updated", .int(Int64(report.updated))), ("written", .bool(!dryRun && report.rejected.isEmpty)),
                    ("rejected", .array(report.rejected.map { .object([("line", .int(Int64($0.line))), ("reason", .string($0.reason.english))]) })),
                ]))
            } else {
                print(L(dryRun || !report.rejected.isEmpty ? .indicatorCountsNothing : .indicatorCounts, report.added, report.updated, report.rejected.count))
            }
            if !report.rejected.isEmpty {
                if !output.json { Output.table([L(.colLine), L(.colReason)], report.rejected.map { [String($0.line), $0.reason.localized] }) }
                throw CLIError(message: Message(.rowsAreInvalidFirst2, report.rejected.count, file, report.rejected[0].line, report.rejected[0].reason))
            }
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdEnterEnterpriseSIndicators)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String
        @Option(help: ArgumentHelp(L(.hYear))) var year: Int
        @Option(name: .customLong("rd-ratio"), help: ArgumentHelp(L(.hRDExpenseRevenue))) var rdRatio: String?
        @Option(name: .customLong("revenue-growth"), help: ArgumentHelp(L(.hOrFor))) var revenueGrowth: String?
        @Option(name: .customLong("ip-count")) var ipCount: Int?
        @Option(name: .customLong("tech-staff-ratio")) var techStaffRatio: String?
        func run() throws {
            var v: [String: FieldValue] = [:]
            for (key, text) in [("rd_ratio", rdRatio), ("revenue_growth", revenueGrowth), ("tech_staff_ratio", techStaffRatio)] {
                if let text { v[key] = .decimal(try Ratio.parse(text, field: key)) }
            }
            if let ipCount {
                guard ipCount >= 0 else { throw CLIError(message: Message(.ipCountMust, ipCount)) }
                v["ip_count"] = .integer(Int64(ipCount))
            }
            let s = try store.open()
            try s.ranking.setIndicators(enterprise: enterprise, year: year, values: v)
            let shown = Ranking.rankingIndicators.compactMap { ind in
                v[ind.key].map { "\(Lang.current == .zh ? ind.zh : ind.en) \(ind.ratio ? Output.percent($0) : $0.description)" }
            }.joined(separator: L(.listSeparator))
            Output.line(L(.indicatorsWrittenLine, try Output.title(s, Domain.enterprise, enterprise), year, shown))
        }
    }

    struct Weights: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdShowChangeRankingWeights)) }
        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("set"), help: ArgumentHelp(L(.hIndicatorWeightEG))) var set: [String] = []
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let changes = try weightChanges(set, names: Ranking.rankingIndicators.map { ($0.key, [$0.zh, $0.en]) })
            if !changes.isEmpty { try s.ranking.setRankingWeights(changes) }
            let w = try s.ranking.rankingWeights()
            if output.json {
                Output.print(.object(Ranking.rankingIndicators.map { ($0.key, .double(w[$0.key] ?? 0)) }))
            } else {
                Output.table([L(.colIndicatorCode), L(.colIndicator), L(.colWeight)],
                             Ranking.rankingIndicators.map { [$0.key, Lang.current == .zh ? $0.zh : $0.en, Settings.plain(w[$0.key] ?? 0)] })
            }
        }
    }
}

struct SettingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "setting", abstract: L(.cmdZoneSSyncedSettings),
        subcommands: [List.self, Set.self]) }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdShowZoneSettingsTheir)) }
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rows = try ZoneSetting.allCases.map { ($0, try s.settings.setting($0)) }
            if output.json {
                Output.print(.object(rows.map { ($0.0.rawValue, .number(String($0.1))) }))
            } else {
                let set = try ZoneSetting.allCases.filter { try s.settings.settingIfSet($0) != nil }
                Output.table([L(.colSetting), L(.colValue), L(.colDefault)], rows.map { key, value in
                    // The display clock unset is each laptop's own (docs/rules.md §0).
                    let shown = key == .utcOffset && !set.contains(key) ? L(.settingUnsetOwnClock) : SettingText.value(key, value)
                    return [SettingText.label(key), shown, SettingText.value(key, key.defaultValue)]
                })
            }
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdChangeZoneSettingSyncs)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hLightWarningDaysSatisfaction))) var key: String
        @Argument(help: ArgumentHelp(L(.hValue))) var value: String
        func run() throws {
            guard let k = SettingText.named(key) else {
                throw CLIError(message: Message(.zoneSettingUse, key, ZoneSetting.allCases.map { SettingText.label($0) }.joined(separator: L(.listSeparator))))
            }
            let s = try store.open()
            try s.settings.setSetting(k, value)
            print(L(.settingWritten, SettingText.label(k), SettingText.value(k, try s.settings.setting(k))))
        }
    }
}

/// How a zone setting is shown: its name in the reader's language with the code a script uses in
/// parentheses, its value as people write it (days as a whole number, a percentage, UTC+8).
enum SettingText {
    static func label(_ key: ZoneSetting) -> String {
        let word: MessageKey
        switch key {
        case .warningDays: word = .settingWarningDays
        case .progressTolerance: word = .settingProgressTolerance
        case .satisfactionTarget: word = .settingSatisfactionTarget
        case .utcOffset: word = .settingUTCOffset
        }
        return "\(L(word)) (\(key.rawValue))"
    }

    static func value(_ key: ZoneSetting, _ v: Double) -> String {
        let n = v == v.rounded() ? String(Int(v)) : String(format: "%g", v)
        switch key {
        case .warningDays: return L(.settingDays, n)
        case .progressTolerance: return L(.settingPoints, n)
        case .satisfactionTarget: return "\(n) %"
        case .utcOffset: return v >= 0 ? "UTC+\(n)" : "UTC\(n)"
        }
    }

    /// A setting named by its code or its label in either language.
    static func named(_ text: String) -> ZoneSetting? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let k = ZoneSetting(rawValue: t) { return k }
        return ZoneSetting.allCases.first { k in
            let key: MessageKey
            switch k {
            case .warningDays: key = .settingWarningDays
            case .progressTolerance: key = .settingProgressTolerance
            case .satisfactionTarget: key = .settingSatisfactionTarget
            case .utcOffset: key = .settingUTCOffset
            }
            return [Message(key).render(.zh), Message(key).render(.en)].contains(t)
        }
    }
}
