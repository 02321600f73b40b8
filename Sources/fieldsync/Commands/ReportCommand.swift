import ArgumentParser
import FieldProgramme
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

enum ReportRender {
    /// A catalogued text in the report's language.
    static func T(_ key: MessageKey, _ lang: String, _ args: Any...) -> String {
        Message(key, arguments: args.map { String(describing: $0) }).render(lang == "zh" ? .zh : .en)
    }

    static func text(_ cell: Report.Cell, _ lang: String) -> String {
        switch cell {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .percent(let p): return p.map { String(format: "%.1f%%", $0) } ?? "—"
        case .number(let d): return d.map { String(format: "%.2f", $0) } ?? "—"
        case .flag(let b): return b.map { T($0 ? .yes : .no, lang) } ?? "—"
        case .words(_, let zh, let en): return lang == "zh" ? zh : en
        case .instant(_, let local): return local
        case .light(let c): return lang == "zh" ? (Vocabulary.chinese[c] ?? c) : c
        case .amount(let d): return money(d)
        case .growth(let g): return growthText(g)
        case .parts(let parts): return parts.map { "\($0.label.label(lang)) \(text($0.value, lang))" }.joined(separator: T(.listSeparatorReport, lang))
        }
    }

    /// A growth fraction as people write it: `+95%`, `−12.5%`, `—` when undefined.
    static func growthText(_ g: Double?) -> String {
        guard let g else { return "—" }
        let pct = g * 100
        let body = pct == pct.rounded() ? String(format: "%.0f", abs(pct)) : String(format: "%.1f", abs(pct))
        return (pct < 0 ? "−" : "+") + body + "%"
    }

    /// An amount in 万元 with two decimals, from the exact value (no float rounding).
    static func money(_ d: ExactDecimal) -> String {
        let text = d.rounded(toDecimals: 2).description
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        return text + String(repeating: "0", count: 2 - text[text.index(after: dot)...].count)
    }

    static func jsonCell(_ cell: Report.Cell) -> JSON {
        switch cell {
        case .text(let s): return .string(s)
        case .int(let i): return .int(Int64(i))
        case .percent(let p), .number(let p): return p.map { .number(String(format: "%.4f", $0)) } ?? .null
        case .flag(let b): return b.map { .bool($0) } ?? .null
        case .words(let code, _, _): return .string(code)
        case .instant(let utc, _): return .string(utc)
        case .light(let c): return .string(c)
        case .amount(let d): return .number(money(d))
        case .growth(let g): return g.map { .number(String(format: "%.4f", $0)) } ?? .null
        case .parts(let parts): return .object(parts.map { ($0.key, jsonCell($0.value)) })
        }
    }

    static func isNumeric(_ cell: Report.Cell) -> Bool {
        switch cell {
        case .int, .percent, .number, .amount, .growth: return true
        default: return false
        }
    }

    static func heading(_ r: Report, _ lang: String) -> String {
        T(.reportHeading, lang, r.zone, r.asOf)
    }

    /// After a span's figure: "（较前3年 +95%）", from its growth; "" for one year.
    static func versus(_ r: Report, _ i: Int, _ lang: String) -> String {
        guard r.from != nil, i < r.growth.count, i < r.previous.count else { return "" }
        let years = r.year - (r.from ?? r.year) + 1
        guard case .growth(let x) = r.growth[i].1 else { return "" }
        guard let x else { return T(.versusPreviousNone, lang, years, text(r.previous[i].1, lang)) }
        return T(.versusPrevious, lang, years, growthText(x), text(r.previous[i].1, lang))
    }

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

    /// One CSV cell. Text that a spreadsheet would run as a formula (starting with `= + - @`, a
    /// tab, a carriage return or their full-width forms) is prefixed with `'`, so a synced name
    /// like `=HYPERLINK(…)` stays text in Excel and WPS; numbers stay numbers.
    static func csvField(_ s: String, number: Bool = false) -> String {
        var s = s
        if !number, let first = s.unicodeScalars.first, "=+-@\t\r＝＋－＠".unicodeScalars.contains(first) { s = "'" + s }
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func csvCell(_ cell: Report.Cell, _ lang: String) -> String {
        csvField(text(cell, lang), number: isNumeric(cell))
    }

    /// UTF-8 with a BOM so Excel opens Chinese text right; sections separated by a blank line.
    static func csv(_ r: Report, lang: String) -> String {
        var out = "\u{FEFF}" + csvField(r.title.label(lang)) + "\r\n" + csvField(heading(r, lang)) + "\r\n"
        for (i, (c, v)) in r.summary.enumerated() {
            out += csvField(c.label(lang)) + "," + csvCell(v, lang)
            if r.from != nil, i < r.previous.count, i < r.growth.count { out += "," + csvCell(r.previous[i].1, lang) + "," + csvCell(r.growth[i].1, lang) }
            out += "\r\n"
        }
        for s in r.sections {
            out += "\r\n" + csvField(s.title.label(lang)) + "\r\n"
            out += s.columns.map { csvField($0.label(lang)) }.joined(separator: ",") + "\r\n"
            for row in s.rows { out += row.map { csvCell($0, lang) }.joined(separator: ",") + "\r\n" }
        }
        return out
    }

    static func json(_ r: Report) -> JSON {
        .object([
            ("report", .string(r.kind)), ("year", .int(Int64(r.year))), ("zone", .string(r.zone)), ("as_of", .string(r.asOf.description)),
            ("summary", .object(r.summary.map { ($0.0.key, jsonCell($0.1)) })),
        ] + (r.from.map { from in [
            ("from", .int(Int64(from))), ("to", .int(Int64(r.year))),
            ("previous", .object(r.previous.map { ($0.0.key, jsonCell($0.1)) })),
            ("growth", .object(r.growth.map { ($0.0.key, jsonCell($0.1)) })),
        ] } ?? []) + [
            ("sections", .object(r.sections.map { s in
                (s.key, .array(s.rows.map { row in .object(zip(s.columns, row).map { ($0.0.key, jsonCell($0.1)) }) }))
            })),
        ])
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A horizontal bar chart as inline SVG: one bar per label, split into coloured parts when the
    /// chart has stacks, a thin grey bar under it for the previous span, a dashed line at the target.
    static func svg(_ c: Report.Chart, _ lang: String) -> String {
        let labels = lang == "zh" ? c.labels : (c.englishLabels ?? c.labels)
        let rowH = c.previous == nil ? 22 : 30
        let labelW = 260
        let barW = 420
        let h = c.labels.count * rowH + 10 + (c.target == nil ? 0 : 16)
        let width = labelW + barW + 80
        func px(_ v: Double) -> Int { c.maximum > 0 ? Int(Double(barW) * max(0, min(1, v / c.maximum))) : 0 }
        func shown(_ v: Double) -> String { String(format: c.unit == "%" ? "%.1f%%" : "%.0f", v) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(h)\" viewBox=\"0 0 \(width) \(h)\" role=\"img\">"
        for (i, (label, value)) in zip(labels, c.values).enumerated() {
            let y = i * rowH + 5
            let w = px(value)
            // A long name is cut to fit its column with an ellipsis, never clipped at the left
            // edge; the whole name is the label's tooltip.
            let cut = fitted(label, width: Double(labelW - 12), fontSize: 13)
            out += "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" font-size=\"13\"><title>\(escape(label))</title>\(escape(cut))</text>"
            if let parts = c.stacks.map({ i < $0.count ? $0[i] : [] }), !parts.isEmpty {
                var x = labelW
                for (k, part) in parts.enumerated() where part > 0 {
                    let pw = px(part)
                    let colour = c.stackColors.map { k < $0.count ? $0[k] : "#2f6fb2" } ?? "#2f6fb2"
                    out += "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(pw)\" height=\"15\" fill=\"\(escape(colour))\"><title>\(shown(part))</title></rect>"
                    x += pw
                }
            } else {
                out += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"15\" fill=\"#2f6fb2\"/>"
            }
            out += "<text x=\"\(labelW + w + 6)\" y=\"\(y + 15)\" font-size=\"12\">\(shown(value))</text>"
            if let previous = c.previous, i < previous.count {
                let pw = px(previous[i])
                out += "<rect x=\"\(labelW)\" y=\"\(y + 20)\" width=\"\(pw)\" height=\"6\" fill=\"#9e9e9e\"/>"
                out += "<text x=\"\(labelW + pw + 6)\" y=\"\(y + 27)\" font-size=\"10\" fill=\"#616161\">\(shown(previous[i]))</text>"
            }
        }
        if let target = c.target {
            let x = labelW + px(target)
            let bottom = c.labels.count * rowH + 8
            out += "<line x1=\"\(x)\" y1=\"2\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"#c62828\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
            out += "<text x=\"\(x)\" y=\"\(bottom + 13)\" text-anchor=\"middle\" font-size=\"11\" fill=\"#c62828\">\(escape(T(.chartTarget, lang, shown(target))))</text>"
        }
        return out + "</svg>"
    }

    /// `text` cut (with "…") to fit `width` pixels at `fontSize`: a CJK character takes about a
    /// font size, other characters about half of one.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        func w(_ c: Character) -> Double { (c.unicodeScalars.first?.value ?? 0) >= 0x2E80 ? fontSize : fontSize * 0.58 }
        guard text.reduce(0, { $0 + w($1) }) > width else { return text }
        var out = ""
        var used = fontSize  // the ellipsis
        for c in text {
            guard used + w(c) <= width else { break }
            out.append(c)
            used += w(c)
        }
        return out + "…"
    }

    static func htmlCell(_ cell: Report.Cell, _ lang: String) -> String {
        let t = escape(text(cell, lang))
        switch cell {
        case .light(let c): return "<td class=\"light \(escape(c))\">\(t)</td>"
        case .text(let s) where s.count > 16: return "<td class=\"long\" title=\"\(escape(s))\">\(t)</td>"
        default: return isNumeric(cell) ? "<td class=\"num\">\(t)</td>" : "<td>\(t)</td>"
        }
    }

    /// One self-contained HTML file: no scripts, no stylesheets or fonts from the network; prints on A4.
    static func html(_ r: Report, lang: String) -> String {
        var out = "<!DOCTYPE html><html lang=\"\(lang == "zh" ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(escape(r.title.label(lang)))</title>"
        out += "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:2em;color:#222}"
        out += "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef3f9}"
        out += "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.long{min-width:10em;max-width:24em;overflow-wrap:anywhere}svg{max-width:100%;height:auto;display:block}"
        out += "td.light.red{background:#e53935;color:#fff}td.light.yellow{background:#fdd835;color:#222}td.light.green{background:#43a047;color:#fff}"
        out += ".summary td:first-child{font-weight:bold}.meta{color:#555}.note{color:#444;font-size:90%;max-width:60em}"
        out += "@page{size:A4 landscape;margin:12mm}@media print{body{margin:0;font-size:9pt}svg{max-width:100%;height:auto;break-inside:avoid}h2{break-after:avoid}tr{break-inside:avoid}table{width:100%}}</style></head><body>"
        out += "<h1>\(escape(r.title.label(lang)))</h1><p class=\"meta\">\(escape(heading(r, lang)))</p><table class=\"summary\">"
        for (i, (c, v)) in r.summary.enumerated() {
            out += "<tr><td>\(escape(c.label(lang)))</td>\(htmlCell(v, lang))"
            if r.from != nil { out += "<td class=\"growth\">\(escape(versus(r, i, lang)))</td>" }
            out += "</tr>"
        }
        out += "</table>"
        for s in r.sections {
            out += "<h2>\(escape(s.title.label(lang)))</h2>"
            if let c = s.chart, !c.labels.isEmpty { out += svg(c, lang) }
            out += "<table><tr>" + s.columns.map { "<th>\(escape($0.label(lang)))</th>" }.joined() + "</tr>"
            for row in s.rows { out += "<tr>" + row.map { htmlCell($0, lang) }.joined() + "</tr>" }
            out += "</table>"
        }
        for n in r.notes { out += "<p class=\"note\"><b>\(T(.howComputedTitle, lang))</b> \(escape(n.label(lang)))</p>" }
        return out + "</body></html>\n"
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
