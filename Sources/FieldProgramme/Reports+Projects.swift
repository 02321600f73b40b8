import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    func projectsReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let inputs = try programme.projects.lightInputs()
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        var counts = ["red": 0, "yellow": 0, "green": 0]
        var warned: [[Report.Cell]] = []
        var backRows: [[Report.Cell]] = []
        var replans = 0
        for p in inputs.values.sorted(by: { ($0.project.text("name"), $0.project.id) < ($1.project.text("name"), $1.project.id) }) {
            let light = p.light(on: asOf)
            counts[light.color, default: 0] += 1
            let name = p.project.text("name")
            let ent = enterprises[p.project.text("enterprise")] ?? ""
            if light.color != "green" {
                warned.append([.text(String(p.project.id.prefix(8))), .text(name), .text(ent), .light(light.color),
                               .words(code: light.reasons.map { $0.text("en") }.joined(separator: "; "),
                                      zh: light.reasons.map { $0.text("zh") }.joined(separator: "；"),
                                      en: light.reasons.map { $0.text("en") }.joined(separator: "; "))])
            }
            if let day = p.backToGreen(year: year, asOf: asOf) {
                backRows.append([.text(String(p.project.id.prefix(8))), .text(name), .text(ent), .text(day.description)])
            }
            replans += p.replans.filter { $0.text("replanned_on").hasPrefix("\(year)-") }.count
        }
        return Report(
            kind: "projects", year: year, title: .init("projects", Message(.reportProjects, year)),
            summary: [(.init("red", Message(.reportRed)), .int(counts["red"] ?? 0)), (.init("yellow", Message(.reportYellow)), .int(counts["yellow"] ?? 0)),
                      (.init("green", Message(.reportGreen)), .int(counts["green"] ?? 0)),
                      (.init("back_to_green", Message(.reportBackToGreen)), .int(backRows.count)),
                      (.init("replans", Message(.reportReplans)), .int(replans))],
            sections: [
                Report.Section(
                    key: "warnings", title: .init("warnings", Message(.reportWarnings)),
                    columns: [.init("id", Message(.reportId3)), .init("project", Message(.reportProject)), .init("enterprise", Message(.reportEnterprise3)),
                              .init("light", Message(.reportLight)), .init("reason", Message(.reportReason))],
                    rows: warned,
                    chart: Report.Chart(labels: Vocabulary.lights.map { Vocabulary.label($0, .zh) }, englishLabels: Vocabulary.lights,
                                        values: [Double(counts["red"] ?? 0), Double(counts["yellow"] ?? 0), Double(counts["green"] ?? 0)],
                                        maximum: Double(max(1, inputs.count)), unit: "")),
                Report.Section(
                    key: "back_to_green", title: .init("back_to_green", Message(.reportBackToGreen2)),
                    columns: [.init("id", Message(.reportId4)), .init("project", Message(.reportProject2)), .init("enterprise", Message(.reportEnterprise4)),
                              .init("green_on", Message(.reportGreenOn))],
                    rows: backRows, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule3))])
    }

    // MARK: Ranking

}
