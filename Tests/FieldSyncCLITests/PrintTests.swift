import FieldSyncCore
import Foundation
import Testing

/// HTML reports that print (issue 26, item 11): long Chinese names are never clipped (cut with an
/// ellipsis and the whole name as a tooltip in charts, wrapped in tables), A4 landscape print CSS,
/// charts that scale to the page. Where Chromium is installed, every report is rendered headless to
/// a PDF and a screenshot, kept under `.build/report-artefacts/`.
struct PrintTests {
    static let longName = "深圳市前海深港现代服务业合作区智能制造与新材料科技有限公司"

    func year() throws -> CLI {
        let cli = try CLI(now: "2026-10-20T02:00:00Z")
        try cli.ok("init", "--replica-name", "办公室", "--commissioner", "王芳")
        try cli.ok("commissioner", "add", "--name", "王芳")
        for (i, name) in [Self.longName, "星河科技有限公司", "长江新材料有限公司"].enumerated() {
            let e = try cli.ok("enterprise", "add", "--name", name, "--credit-code", CreditCode.make(150 + i), "--commissioner", "王芳")
            try cli.ok("enterprise", "pool", e, "--join", "high-tech", "--date", "2026-01-05", "--quiet")
            try cli.ok("indicator", "set", e, "--year", "2026", "--rd-ratio", "\(5 + i * 3)%", "--ip-count", "\(2 + i)")
            try cli.ok("visit", "record", "--enterprise", e, "--date", "2026-06-0\(i + 1)", "--satisfaction", "5")
            let p = try cli.ok("project", "add", "--enterprise", e, "--name", "项目\(i)", "--level", "city", "--start", "2026-01-01", "--end", "2026-12-31", "--funds", "100")
            try cli.ok("project", "milestone", p, "--add", "样机", "--due", i == 0 ? "2026-09-01" : "2026-12-01")
        }
        return cli
    }

    @Test func longNamesAreNeverClippedAndReportsPrintOnA4() throws {
        let cli = try year()
        let html = try cli.run(["report", "ranking", "--format", "html", "--lang", "zh"]).stdout
        #expect(html.contains("@page{size:A4 landscape") && html.contains("break-inside:avoid"))
        // The chart's label: the whole name as its tooltip, a shortened one shown.
        #expect(html.contains("<title>\(Self.longName)</title>"))
        let label = html.components(separatedBy: "<title>\(Self.longName)</title>").dropFirst().first?.components(separatedBy: "</text>").first ?? ""
        #expect(label.hasSuffix("…") && label.count < Self.longName.count && Self.longName.hasPrefix(String(label.dropLast())), "\(label)")
        // Tables wrap long names rather than cut them.
        #expect(html.contains("<td class=\"long\" title=\"\(Self.longName)\">\(Self.longName)</td>"))

        // Rendered by headless Chromium where it is installed.
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile) else { return }
        let artefacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/report-artefacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        for kind in ["coverage", "needs", "projects", "ranking", "commissioners", "outcomes"] {
            let page = artefacts.appendingPathComponent("\(kind).html")
            let r = try cli.run(["report", kind, "--format", "html", "--lang", "zh", "--output", page.path])
            #expect(r.status == 0, "\(kind): \(r.stderr)")
            let pdf = artefacts.appendingPathComponent("\(kind).pdf")
            let png = artefacts.appendingPathComponent("\(kind).png")
            try? FileManager.default.removeItem(at: pdf)
            try? FileManager.default.removeItem(at: png)
            for args in [["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"], ["--screenshot=\(png.path)", "--window-size=1280,1600"]] {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: chromium)
                p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] + args + [page.absoluteString]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "chromium \(args.first ?? "") on \(kind)")
            }
            let pdfBytes = (try? Data(contentsOf: pdf)) ?? Data()
            #expect(pdfBytes.starts(with: Data("%PDF".utf8)), "\(kind).pdf")
            // One A4 landscape page at least: 842 × 595 points.
            let text = String(decoding: pdfBytes, as: UTF8.self)
            #expect(text.contains("/MediaBox [0 0 842") || text.contains("/MediaBox [0 0 841"), "\(kind): not A4 landscape")
            #expect(((try? Data(contentsOf: png)) ?? Data()).starts(with: Data([0x89, 0x50, 0x4E, 0x47])), "\(kind).png")
        }
    }
}
