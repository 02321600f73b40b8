import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    func coverageReport(_ year: Int) throws -> Report {
        var sections: [Report.Section] = []
        var totalVisited = 0
        var totalDue = 0
        var totalOnSite = 0
        let assignments = try programme.assignments.book()
        for n in 1...3 {
            var chart = Report.Chart(labels: [], values: [], maximum: 100, unit: "%")
            let round = try RoundID(year: year, number: n)
            let groups = try programme.rounds.coverage(round, assignments: assignments)
            let visited = groups.reduce(0) { $0 + $1.visited.count }
            let due = groups.reduce(0) { $0 + $1.due }
            let onSite = groups.reduce(0) { $0 + $1.onSite }
            totalVisited += visited
            totalDue += due
            totalOnSite += onSite
            var rows = groups.map { g -> [Report.Cell] in
                [.text(round.description), g.commissionerID.map { .ref(g.commissionerName, kind: "commissioner", id: $0) } ?? Reports.unassigned, .int(g.visited.count), .int(g.onSite),
                 .int(g.due), .percent(Reports.pct(g.visited.count, g.due)), .text(g.notVisited.map { $0.text("name") }.joined(separator: "、"))]
            }
            rows.append([.text(round.description), Reports.total, .int(visited), .int(onSite), .int(due), .percent(Reports.pct(visited, due)), .text("")])
            for g in groups {
                chart.labels.append(g.commissionerID == nil ? Message(.unassigned).render(.zh) : g.commissionerName)
                chart.englishLabels = (chart.englishLabels ?? []) + [g.commissionerID == nil ? Message(.unassigned).render(.en) : g.commissionerName]
                chart.values.append(Reports.pct(g.visited.count, g.due) ?? 0)
            }
            let judged = try programme.rounds.judgedOn(round)
            sections.append(Report.Section(
                key: "round_\(n)", title: .init("round_\(n)", Message(.reportRoundN, round, judged, n)),
                columns: [.init("round", Message(.reportRound)), .init("commissioner", Message(.reportCommissioner)), .init("visited", Message(.reportVisited)),
                          .init("on_site", Message(.reportOnSite)), .init("due", Message(.reportDue)), .init("percent", Message(.reportPercent)),
                          .init("not_visited", Message(.reportNotVisited))],
                rows: rows, chart: chart))
        }
        return Report(kind: "coverage", year: year, title: .init("coverage", Message(.reportCoverage, year)),
                      summary: [(.init("visited", Message(.reportVisited2)), .int(totalVisited)), (.init("due", Message(.reportDue2)), .int(totalDue)),
                                (.init("percent", Message(.reportPercent2)), .percent(Reports.pct(totalVisited, totalDue))),
                                (.init("on_site", Message(.reportOnSite2)), .int(totalOnSite))],
                      sections: sections,
                      notes: [.init("rule", Message(.reportRule))])
    }

    // MARK: Needs

}
