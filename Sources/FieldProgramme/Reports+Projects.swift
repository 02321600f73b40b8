import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    /// What turned an episode green, in words.
    static func howWords(_ how: String) -> Report.Cell {
        let key: MessageKey
        switch how {
        case "replan": key = .howReplan
        case "milestone-done": key = .howMilestoneDone
        case "progress": key = .howProgress
        case "flag-lifted": key = .howFlagLifted
        default: key = .howOther
        }
        return .words(code: how, zh: Message(key).render(.zh), en: Message(key).render(.en))
    }

    func projectsReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let inputs = try programme.projects.lightInputs()
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        let commissioners = Dictionary(try views(Domain.commissioner).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        let book = try programme.assignments.book()
        var counts = ["red": 0, "yellow": 0, "green": 0]
        var warned: [[Report.Cell]] = []
        var rescueRows: [[Report.Cell]] = []
        var raisedRows: [[Report.Cell]] = []
        var rescued = Set<String>()
        var replans = 0
        // Lights at each month's end (up to the as-of day): the chart of the year.
        let monthEnds: [LocalDate] = (1...12).compactMap { m in
            guard let first = try? LocalDate(year: m == 12 ? year + 1 : year, month: m == 12 ? 1 : m + 1, day: 1) else { return nil }
            let end = first.adding(days: -1)
            return end <= asOf ? end : nil
        }
        var byMonth = Array(repeating: ["red": 0, "yellow": 0, "green": 0], count: monthEnds.count)
        for p in inputs.values.sorted(by: { ($0.project.text("name"), $0.project.id) < ($1.project.text("name"), $1.project.id) }) {
            let light = p.light(on: asOf)
            counts[light.color, default: 0] += 1
            let name = p.project.text("name")
            let ent = Report.Cell.ref(enterprises[p.project.text("enterprise")] ?? "", kind: "enterprise", id: p.project.text("enterprise"))
            if light.color != "green" {
                warned.append([.text(String(p.project.id.prefix(8))), .text(name), ent, .light(light.color),
                               .words(code: light.reasons.map { $0.text("en") }.joined(separator: "; "),
                                      zh: light.reasons.map { $0.text("zh") }.joined(separator: "；"),
                                      en: light.reasons.map { $0.text("en") }.joined(separator: "; "))])
            }
            for e in p.episodes(year: year, asOf: asOf) {
                let who = book.commissioner(of: p.project.text("enterprise"), on: e.greenOn).flatMap { commissioners[$0] } ?? ""
                let row: [Report.Cell] = [.text(String(p.project.id.prefix(8))), .text(name), ent, .light(e.worst), .text(e.from.description),
                                          .text(e.greenOn.description), Reports.howWords(e.how), .text(who)]
                if e.rescue {
                    rescueRows.append(row)
                    rescued.insert(p.project.id)
                } else {
                    raisedRows.append(row)
                }
            }
            if case .date(let start) = p.project["start"] {
                for (i, d) in monthEnds.enumerated() where d >= start { byMonth[i][p.light(on: d).color, default: 0] += 1 }
            }
            replans += p.replans.filter { $0.text("replanned_on").hasPrefix("\(year)-") }.count
        }
        let episodeColumns: [Report.Column] = [
            .init("id", Message(.reportId4)), .init("project", Message(.reportProject2)), .init("enterprise", Message(.reportEnterprise4)),
            .init("worst", Message(.reportWorst)), .init("from", Message(.reportWarnedFrom)), .init("green_on", Message(.reportGreenOn)),
            .init("how", Message(.reportHow)), .init("commissioner", Message(.reportResponsible)),
        ]
        let monthLabels = monthEnds.map { "\($0.month)月" }
        return Report(
            kind: "projects", year: year, title: .init("projects", Message(.reportProjects, year)),
            summary: [(.init("red", Message(.reportRed)), .int(counts["red"] ?? 0)), (.init("yellow", Message(.reportYellow)), .int(counts["yellow"] ?? 0)),
                      (.init("green", Message(.reportGreen)), .int(counts["green"] ?? 0)),
                      (.init("rescued_projects", Message(.reportRescuedProjects)), .int(rescued.count)),
                      (.init("rescue_episodes", Message(.reportRescueEpisodes)), .int(rescueRows.count)),
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
                    key: "lights_by_month", title: .init("lights_by_month", Message(.reportLightsByMonth)),
                    columns: [.init("month", Message(.reportMonth)), .init("red", Message(.reportRed)), .init("yellow", Message(.reportYellow)),
                              .init("green", Message(.reportGreen))],
                    rows: zip(monthEnds, byMonth).map { d, c in [.text(d.description), .int(c["red"] ?? 0), .int(c["yellow"] ?? 0), .int(c["green"] ?? 0)] },
                    chart: monthEnds.isEmpty ? nil : Report.Chart(
                        labels: monthLabels, englishLabels: monthEnds.map { Reports.monthNames[$0.month - 1] },
                        values: byMonth.map { Double(($0["red"] ?? 0) + ($0["yellow"] ?? 0) + ($0["green"] ?? 0)) },
                        maximum: Double(max(1, inputs.count)), unit: "",
                        stacks: byMonth.map { [Double($0["red"] ?? 0), Double($0["yellow"] ?? 0), Double($0["green"] ?? 0)] },
                        stackColors: ["#e53935", "#fdd835", "#43a047"])),
                Report.Section(key: "rescues", title: .init("rescues", Message(.reportRescues)), columns: episodeColumns, rows: rescueRows, chart: nil),
                Report.Section(key: "raised_only", title: .init("raised_only", Message(.reportRaisedOnly)), columns: episodeColumns, rows: raisedRows, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule3))])
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    // MARK: Ranking

}
