import ArgumentParser
import FieldStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import enterprises from CSV (UTF-8 or GBK, Chinese or English headers).",
        discussion: """
            The header row names the fields: 名称/name, 统一社会信用代码/credit_code, 行业/industry, 地址/address,
            联系人/contact, 入库类型/pool, 专员/commissioner, 资质/certifications. A row whose credit code is already
            present updates that enterprise. Any invalid row rejects the whole file (nothing is written) unless
            --skip-invalid is given.
            """)
    @OptionGroup var store: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "utf-8 | gbk") var encoding: String = "utf-8"
    @Flag(name: .customLong("dry-run"), help: "Check every row and report; write nothing.") var dryRun = false
    @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows even when some are invalid.") var skipInvalid = false
    @OptionGroup var output: JSONFlag

    func run() throws {
        let enc = encoding.lowercased()
        guard ["utf-8", "utf8", "gbk", "gb18030", "gb2312"].contains(enc) else {
            throw CLIError(message: "\"\(encoding)\" is not a supported encoding; use utf-8 or gbk.", code: 64)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError(message: "Cannot read \(file).", code: 66)
        }
        let text: String
        if enc.hasPrefix("utf") {
            guard let t = String(data: data, encoding: .utf8) else {
                throw CLIError(message: "\(file) is not valid UTF-8; if Excel saved it, try --encoding gbk.")
            }
            text = t
        } else {
            guard let t = Iconv.decode(data, from: "GB18030") else {
                throw CLIError(message: "\(file) is not valid GBK text.")
            }
            text = t
        }
        let rows = CSV.parse(text)
        guard let header = rows.first else { throw CLIError(message: "\(file) is empty.") }
        let s = try store.open()
        let bar = Progress(total: rows.count - 1, label: "导入 importing")
        let report = try s.importEnterprises(
            header: header.cells, rows: Array(rows.dropFirst()), dryRun: dryRun, skipInvalid: skipInvalid,
            progress: { n in if n % 200 == 0 || n == rows.count - 1 { bar.update(n) } })
        let wrote = !dryRun && (report.rejected.isEmpty || skipInvalid)
        if output.json {
            Output.print(.object([
                ("added", .int(Int64(report.added))), ("updated", .int(Int64(report.updated))),
                ("unchanged", .int(Int64(report.unchanged))), ("written", .bool(wrote)), ("dry_run", .bool(dryRun)),
                ("rejected", .array(report.rejected.map { .object([("line", .int(Int64($0.line))), ("reason", .string($0.reason))]) })),
            ]))
        } else {
            let verb = wrote ? "" : dryRun ? "(dry run, nothing written) would be " : "(nothing written) would be "
            print("\(verb)added \(report.added), updated \(report.updated), unchanged \(report.unchanged), rejected \(report.rejected.count)")
            if !report.rejected.isEmpty {
                Output.table(["line", "reason"], report.rejected.map { [String($0.line), $0.reason] })
            }
        }
        if !report.rejected.isEmpty && !skipInvalid && !dryRun {
            throw CLIError(message: "\(report.rejected.count) rows of \(file) are invalid (first: line \(report.rejected[0].line): \(report.rejected[0].reason)); nothing was imported. Fix them, or use --skip-invalid.")
        }
        if !report.rejected.isEmpty && dryRun && !skipInvalid {
            throw CLIError(message: "Dry run: \(report.rejected.count) rows of \(file) would be rejected (first: line \(report.rejected[0].line): \(report.rejected[0].reason)).")
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

/// Text decoding through glibc's iconv (GBK is what Excel writes in China).
enum Iconv {
    static func decode(_ data: Data, from encoding: String) -> String? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (i, b) in raw.enumerated() { input[i] = CChar(bitPattern: b) }
        }
        var output = [CChar](repeating: 0, count: data.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r != -1 && inLeft == 0 ? outBuf.count - outLeft : nil
            }
        }
        guard let written else { return nil }
        return String(decoding: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
