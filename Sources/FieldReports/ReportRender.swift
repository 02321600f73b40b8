import FieldProgramme
import FieldSyncCore
import Foundation

/// One renderer for the office's reports: CSV, JSON, self-contained HTML (inline SVG charts, A4
/// print CSS). The CLI's `report --format` and the dashboard's pages both use it, so a page's
/// `?format=json` is byte for byte what `fieldsync report … --format json` prints.
public enum ReportRender {
    /// A catalogued text in the report's language.
    package static func T(_ key: MessageKey, _ lang: String, _ args: Any...) -> String {
        Message(key, arguments: args.map { String(describing: $0) }).render(lang == "zh" ? .zh : .en)
    }

    public static func text(_ cell: Report.Cell, _ lang: String) -> String {
        switch cell {
        case .text(let s), .ref(let s, _, _): return s
        case .int(let i): return String(i)
        case .percent(let p): return p.map { String(format: "%.1f%%", $0) } ?? "—"
        case .number(let d): return d.map { String(format: "%.2f", $0) } ?? "—"
        case .flag(let b): return b.map { T($0 ? .reportYes : .reportNo, lang) } ?? "—"
        case .words(_, let zh, let en): return lang == "zh" ? zh : en
        case .instant(_, let local): return local
        case .light(let c): return lang == "zh" ? (Vocabulary.chinese[c] ?? c) : c
        case .amount(let d): return money(d)
        case .growth(let g): return growthText(g)
        case .parts(let parts): return parts.map { "\($0.label.label(lang)) \(text($0.value, lang))" }.joined(separator: T(.listSeparatorReport, lang))
        }
    }

    /// A growth fraction as people write it: `+95%`, `−12.5%`, `—` when undefined.
    public static func growthText(_ g: Double?) -> String {
        guard let g else { return "—" }
        let pct = g * 100
        let body = pct == pct.rounded() ? String(format: "%.0f", abs(pct)) : String(format: "%.1f", abs(pct))
        return (pct < 0 ? "−" : "+") + body + "%"
    }

    /// An amount in 万元 with two decimals, from the exact value (no float rounding).
    public static func money(_ d: ExactDecimal) -> String {
        let text = d.rounded(toDecimals: 2).description
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        return text + String(repeating: "0", count: 2 - text[text.index(after: dot)...].count)
    }

    public static func jsonCell(_ cell: Report.Cell) -> JSON {
        switch cell {
        case .text(let s), .ref(let s, _, _): return .string(s)
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

    public static func isNumeric(_ cell: Report.Cell) -> Bool {
        switch cell {
        case .int, .percent, .number, .amount, .growth: return true
        default: return false
        }
    }

    public static func heading(_ r: Report, _ lang: String) -> String {
        T(.reportHeading, lang, r.zone, r.asOf)
    }

    /// After a span's figure: "（较前3年 +95%）", from its growth; "" for one year.
    public static func versus(_ r: Report, _ i: Int, _ lang: String) -> String {
        guard r.from != nil, i < r.growth.count, i < r.previous.count else { return "" }
        let years = r.year - (r.from ?? r.year) + 1
        guard case .growth(let x) = r.growth[i].1 else { return "" }
        guard let x else { return T(.versusPreviousNone, lang, years, text(r.previous[i].1, lang)) }
        return T(.versusPrevious, lang, years, growthText(x), text(r.previous[i].1, lang))
    }

    /// One CSV cell. Text that a spreadsheet would run as a formula (starting with `= + - @`, a
    /// tab, a carriage return or their full-width forms) is prefixed with `'`, so a synced name
    /// like `=HYPERLINK(…)` stays text in Excel and WPS; numbers stay numbers.
    public static func csvField(_ s: String, number: Bool = false) -> String {
        var s = s
        if !number, let first = s.unicodeScalars.first, "=+-@\t\r＝＋－＠".unicodeScalars.contains(first) { s = "'" + s }
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    public static func csvCell(_ cell: Report.Cell, _ lang: String) -> String {
        csvField(text(cell, lang), number: isNumeric(cell))
    }

    /// UTF-8 with a BOM so Excel opens Chinese text right; sections separated by a blank line.
    public static func csv(_ r: Report, lang: String) -> String {
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

    public static func json(_ r: Report) -> JSON {
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

    public static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A horizontal bar chart as inline SVG: one bar per label, split into coloured parts when the
    /// chart has stacks, a thin grey bar under it for the previous span, a dashed line at the target.
    public static func svg(_ c: Report.Chart, _ lang: String) -> String {
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
    public static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
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

    /// Where a cell naming a record links to on a page (`/enterprise/ID`), or nil for no link.
    public typealias Linker = @Sendable (_ kind: String, _ id: String) -> String?

    public static func htmlCell(_ cell: Report.Cell, _ lang: String, link: Linker? = nil) -> String {
        let t = escape(text(cell, lang))
        switch cell {
        case .light(let c): return "<td class=\"light \(escape(c))\">\(t)</td>"
        case .ref(let name, let kind, let id):
            if let href = link?(kind, id), !name.isEmpty { return "<td class=\"long\"><a href=\"\(escape(href))\">\(t)</a></td>" }
            return name.count > 16 ? "<td class=\"long\" title=\"\(escape(name))\">\(t)</td>" : "<td>\(t)</td>"
        case .text(let s) where s.count > 16: return "<td class=\"long\" title=\"\(escape(s))\">\(t)</td>"
        default: return isNumeric(cell) ? "<td class=\"num\">\(t)</td>" : "<td>\(t)</td>"
        }
    }

    /// The pages' style: CJK fonts first, long names wrap (never clipped), lights coloured, A4
    /// landscape when printed.
    public static let style = "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef3f9}"
        + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.long{min-width:10em;max-width:24em;overflow-wrap:anywhere}svg{max-width:100%;height:auto;display:block}"
        + "td.light.red{background:#e53935;color:#fff}td.light.yellow{background:#fdd835;color:#222}td.light.green{background:#43a047;color:#fff}"
        + ".summary td:first-child{font-weight:bold}.meta{color:#555}.note{color:#444;font-size:90%;max-width:60em}"
        + "nav a{margin-right:1em}.banner{background:#fff3e0;border:1px solid #fb8c00;padding:8px 12px;margin:1em 0}.banner.ok{background:#e8f5e9;border-color:#43a047}"
        + "td a{color:#1a4f8b}"
        + "@page{size:A4 landscape;margin:12mm}@media print{body{margin:0;font-size:9pt}nav{display:none}svg{max-width:100%;height:auto;break-inside:avoid}h2{break-after:avoid}tr{break-inside:avoid}table{width:100%}}"

    /// One self-contained HTML page around `body`: no scripts, nothing fetched from the network.
    public static func page(title: String, lang: String, body: String) -> String {
        "<!DOCTYPE html><html lang=\"\(lang == "zh" ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>\(escape(title))</title>"
            + "<style>\(style)</style></head><body>" + body + "</body></html>\n"
    }

    /// The report's title, figures, tables, charts and notes as HTML (a page's body).
    public static func htmlBody(_ r: Report, lang: String, link: Linker? = nil) -> String {
        var out = "<h1>\(escape(r.title.label(lang)))</h1><p class=\"meta\">\(escape(heading(r, lang)))</p><table class=\"summary\">"
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
            for row in s.rows { out += "<tr>" + row.map { htmlCell($0, lang, link: link) }.joined() + "</tr>" }
            out += "</table>"
        }
        for n in r.notes { out += "<p class=\"note\"><b>\(T(.howComputedTitle, lang))</b> \(escape(n.label(lang)))</p>" }
        return out
    }

    /// One self-contained HTML file: no scripts, no stylesheets or fonts from the network; prints on A4.
    public static func html(_ r: Report, lang: String) -> String {
        page(title: r.title.label(lang), lang: lang, body: htmlBody(r, lang: lang))
    }
}
