import FieldSyncCore
import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import Foundation

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: L(.cmdImportEnterprisesFromCsv),
        discussion: L(.moreImportHeader)) }
    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(L(.hCsvFile))) var file: String
    @Option(help: ArgumentHelp(L(.hUtfGbk))) var encoding: String = "utf-8"
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L(.hCheckEveryRowReport))) var dryRun = false
    @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(L(.hImportValidRowsEven))) var skipInvalid = false
    @Flag(help: ArgumentHelp(L(.hImportOverwrite))) var overwrite = false
    @Option(help: ArgumentHelp(L(.hImportAssignDate))) var date: String?
    @OptionGroup var output: JSONFlag

    func run() throws {
        let enc = encoding.lowercased()
        guard ["utf-8", "utf8", "gbk", "gb18030", "gb2312"].contains(enc) else {
            throw CLIError(message: Message(.supportedEncodingUseUtf, encoding), code: 64)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError(message: Message(.cannotRead, file), code: 66)
        }
        let text: String
        if enc.hasPrefix("utf") {
            guard let t = String(data: data, encoding: .utf8) else {
                throw CLIError(message: Message(.validUtfIfExcel, file))
            }
            text = t
        } else {
            guard let t = Iconv.decode(data, from: "GB18030") else {
                throw CLIError(message: Message(.validGbkText, file))
            }
            text = t
        }
        let rows = CSV.parse(text)
        guard let header = rows.first else { throw CLIError(message: Message(.empty, file)) }
        let s = try store.open()
        let bar = Progress(total: rows.count - 1, label: L(.importing))
        let report = try s.importer.importEnterprises(
            header: header.cells, rows: Array(rows.dropFirst()), dryRun: dryRun, skipInvalid: skipInvalid,
            overwrite: overwrite, on: try parseDate(date, "--date"), progress: { n in if n % 200 == 0 || n == rows.count - 1 { bar.update(n) } })
        let wrote = !dryRun && (report.rejected.isEmpty || skipInvalid)
        func fieldChanges(_ list: [ImportReport.FieldChange]) -> JSON {
            .array(list.map { c in .object([("line", .int(Int64(c.line))), ("enterprise", .string(c.enterprise)), ("field", .string(c.field)),
                                            ("from", .string(c.from)), ("to", .string(c.to))]) })
        }
        if output.json {
            Output.print(.object([
                ("added", .int(Int64(report.added))), ("updated", .int(Int64(report.updated))),
                ("unchanged", .int(Int64(report.unchanged))), ("written", .bool(wrote)), ("dry_run", .bool(dryRun)),
                ("rejected", .array(report.rejected.map { .object([("line", .int(Int64($0.line))), ("reason", .string($0.reason.english))]) })),
                ("changes", fieldChanges(report.changes)), ("kept", fieldChanges(report.kept)),
            ]))
        } else {
            let counts = L(wrote ? .importCounts : dryRun ? .importCountsDryRun : .importCountsNothing,
                           report.added, report.updated, report.unchanged, report.rejected.count)
            print(counts)
            if !report.rejected.isEmpty {
                Output.table([L(.colLine), L(.colReason)], report.rejected.map { [String($0.line), $0.reason.localized] })
            }
            // A dry run shows every field it would change (an existing enterprise's); both show what is kept.
            let shownChanges = dryRun ? report.changes.filter { c in !c.from.isEmpty || c.field == "commissioner" } : []
            if !shownChanges.isEmpty {
                print(L(.importWouldChange))
                Output.table([L(.colLine), L(.colEnterprise), L(.colField), L(.colFrom), L(.colTo)],
                             shownChanges.map { [String($0.line), $0.enterprise, fieldLabel($0.field), $0.from, $0.to] })
            }
            if !report.kept.isEmpty {
                print(L(.importKept, report.kept.count))
                Output.table([L(.colLine), L(.colEnterprise), L(.colField), L(.colHeld), L(.colInFile)],
                             report.kept.map { [String($0.line), $0.enterprise, fieldLabel($0.field), $0.from, $0.to] })
            }
        }
        if !report.rejected.isEmpty && !skipInvalid && !dryRun {
            throw CLIError(message: Message(.rowsAreInvalidFirst, report.rejected.count, file, report.rejected[0].line, report.rejected[0].reason))
        }
        if !report.rejected.isEmpty && dryRun && !skipInvalid {
            throw CLIError(message: Message(.dryRunRowsWould, report.rejected.count, file, report.rejected[0].line, report.rejected[0].reason))
        }
    }
}

/// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM is skipped.
enum CSV {
    static func parse(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(Int, [String])] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        cell.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" { i += 1 }
                cells.append(cell)
                if !(cells.count == 1 && cells[0].isEmpty) { rows.append((rowLine, cells)) }
                cells = []
                cell = ""
                line += 1
                rowLine = line
            } else {
                cell.unicodeScalars.append(c)
            }
            i += 1
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append((rowLine, cells))
        }
        return rows.map { (line: $0.0, cells: $0.1) }
    }
}
