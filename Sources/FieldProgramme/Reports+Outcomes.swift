import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    /// The dated records an outcomes report counts, for the years `from` through `to`.
    struct OutcomeRecords {
        var moves: [RecordView]
        var certs: [RecordView]
        var funded: [RecordView]
        var financing: [RecordView]
        var awards: [RecordView]
    }

    func outcomeRecords(from: Int, to: Int) throws -> OutcomeRecords {
        let args = [String(from), String(to)]
        func dated(_ type: RecordType, _ field: String, _ order: String) throws -> [RecordView] {
            try views(type, where: "substr(\(field), 1, 4) BETWEEN ? AND ?", arguments: args, orderBy: order)
        }
        return OutcomeRecords(
            moves: try dated(Domain.stageChange, "moved_on", "moved_on, id"), certs: try dated(Domain.certification, "certified_on", "certified_on, id"),
            funded: try dated(Domain.project, "start", "start, name"), financing: try dated(Domain.financing, "secured_on", "secured_on, id"),
            awards: try dated(Domain.award, "awarded_on", "awarded_on, id"))
    }

    static func decimal(_ v: RecordView, _ field: String) -> ExactDecimal {
        if case .decimal(let d) = v[field] { return d }
        return ExactDecimal(significand: 0, scale: 0)
    }

    static func sum(_ xs: [ExactDecimal]) -> ExactDecimal { xs.reduce(ExactDecimal(significand: 0, scale: 0)) { $0.adding($1) } }

    /// The headline figures of docs/rules.md §6 over `r`.
    static func outcomeSummary(_ r: OutcomeRecords) -> [(Report.Column, Report.Cell)] {
        let highTech = r.certs.filter { $0.text("kind") == "high-tech" }.count
        let techSME = r.certs.filter { $0.text("kind") == "tech-sme" }.count
        let littleGiant = r.certs.filter { ["little-giant", "tech-little-giant"].contains($0.text("kind")) }.count
        let firstSet = r.certs.filter { $0.text("kind") == "first-set" }.count
        func isMajor(_ p: RecordView) -> Bool { p["major"] == .bool(true) }
        func word(_ code: String) -> Report.Column { .init(code, Vocabulary.chinese[code] ?? code, code) }
        let byLevel = Vocabulary.projectLevels.map { level in (level, r.funded.filter { $0.text("level") == level }) }
        return [
            (.init("high_tech_certified", Message(.reportHighTechCertified)), .int(highTech)),
            (.init("tech_sme_registered", Message(.reportTechSmeRegistered)), .int(techSME)),
            (.init("other_certified", Message(.reportOtherCertified)), .int(r.certs.count - highTech - techSME)),
            (.init("stage_moves", Message(.reportStageMoves)), .int(r.moves.count)),
            (.init("projects_funded", Message(.reportProjectsFunded)), .int(r.funded.count)),
            (.init("funds_granted", Message(.reportFundsGranted)), .amount(sum(r.funded.map { decimal($0, "funds") }))),
            (.init("projects_by_level", Message(.reportProjectsByLevel)),
             .parts(byLevel.map { .init(key: $0.0, label: word($0.0), value: .int($0.1.count)) })),
            (.init("funds_by_level", Message(.reportFundsByLevel)),
             .parts(byLevel.map { .init(key: $0.0, label: word($0.0), value: .amount(sum($0.1.map { decimal($0, "funds") }))) })),
            (.init("major_projects", Message(.reportMajorProjects)), .int(r.funded.filter(isMajor).count)),
            (.init("little_giant_certified", Message(.reportLittleGiant)), .int(littleGiant)),
            (.init("first_set_certified", Message(.reportFirstSet)), .int(firstSet)),
            (.init("financing_secured", Message(.reportFinancing)), .amount(sum(r.financing.map { decimal($0, "amount") }))),
            (.init("awards", Message(.reportAwards)), .int(r.awards.count)),
            (.init("awards_by_grade", Message(.reportAwardsByGrade)),
             .parts(Vocabulary.awardGrades.map { g in .init(key: g, label: word(g), value: .int(r.awards.filter { $0.text("grade") == g }.count)) })),
            (.init("prize_funds", Message(.reportPrizeFunds)), .amount(sum(r.awards.map { decimal($0, "prize") }))),
        ]
    }

    /// A figure as a number, for growth (counts and exact amounts).
    static func figure(_ cell: Report.Cell) -> Double? {
        switch cell {
        case .int(let i): return Double(i)
        case .amount(let d): return Double(d.description)
        default: return nil
        }
    }

    /// (now − previous) ÷ previous, per figure and per part; nil when previous is 0 (docs/rules.md §6).
    static func growth(_ now: Report.Cell, _ previous: Report.Cell) -> Report.Cell {
        if case .parts(let a) = now, case .parts(let b) = previous {
            return .parts(zip(a, b).map { .init(key: $0.key, label: $0.label, value: growth($0.value, $1.value)) })
        }
        guard let n = figure(now), let p = figure(previous), p != 0 else { return .growth(nil) }
        return .growth((n - p) / p)
    }

    func outcomesReport(from: Int, to: Int, asOf: LocalDate, compare: Bool) throws -> Report {
        let names = try programme.commissioners.names()
        let assignments = try programme.assignments.book()
        let stages = try read { db in try Outcomes.stages(db, on: asOf) }
        let stageKeys = Vocabulary.stages + ["certified", ""]
        var poolRows: [[Report.Cell]] = []
        for pool in Vocabulary.pools {
            let members = try read { db in
                try String.fetchAll(db, sql: "SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?)",
                                    arguments: [pool, asOf.description, asOf.description])
            }
            var row: [Report.Cell] = [.word(pool), .int(members.count)]
            for k in stageKeys { row.append(.int(members.filter { (stages[$0] ?? "") == k }.count)) }
            poolRows.append(row)
        }
        let records = try outcomeRecords(from: from, to: to)
        let (moves, certs, funded, awards) = (records.moves, records.certs, records.funded, records.awards)
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        func who(_ enterprise: String, _ day: FieldValue) -> String {
            guard case .date(let d) = day else { return "" }
            return assignments.commissioner(of: enterprise, on: d) ?? ""
        }
        func funds(_ p: RecordView) -> ExactDecimal { Reports.decimal(p, "funds") }
        func sum(_ xs: [ExactDecimal]) -> ExactDecimal { Reports.sum(xs) }
        var perCommissioner: [String: (moves: Int, highTech: Int, techSME: Int, projects: Int, funds: ExactDecimal)] = [:]
        let zero = (moves: 0, highTech: 0, techSME: 0, projects: 0, funds: ExactDecimal(significand: 0, scale: 0))
        for m in moves { perCommissioner[who(m.text("enterprise"), m["moved_on"]), default: zero].moves += 1 }
        for c in certs {
            let k = who(c.text("enterprise"), c["certified_on"])
            if c.text("kind") == "high-tech" { perCommissioner[k, default: zero].highTech += 1 }
            if c.text("kind") == "tech-sme" { perCommissioner[k, default: zero].techSME += 1 }
        }
        for p in funded {
            let k = who(p.text("enterprise"), p["start"])
            perCommissioner[k, default: zero].projects += 1
            perCommissioner[k, default: zero].funds = perCommissioner[k, default: zero].funds.adding(funds(p))
        }
        let order = try views(Domain.commissioner, orderBy: "name").map(\.id) + [""]
        // Every commissioner has a row; the unassigned one only when something counts for nobody.
        let commissionerRows = order.filter { !$0.isEmpty || perCommissioner[$0] != nil }.map { id -> [Report.Cell] in
            let v = perCommissioner[id] ?? zero
            return [Reports.person(id, names), .int(v.moves), .int(v.highTech), .int(v.techSME), .int(v.projects), .amount(v.funds)]
        }
        func isMajor(_ p: RecordView) -> Bool { p["major"] == .bool(true) }
        let gradeRows: [[Report.Cell]] = Vocabulary.awardGrades.map { g in
            let xs = awards.filter { $0.text("grade") == g }
            return [.word(g), .int(xs.count), .amount(sum(xs.map { Reports.decimal($0, "prize") }))]
        }
        // Projects by level: count, funds (万元, exact) and major ones (docs/rules.md §6).
        let levelRows: [[Report.Cell]] = Vocabulary.projectLevels.map { level in
            let ps = funded.filter { $0.text("level") == level }
            return [.word(level), .int(ps.count), .amount(sum(ps.map(funds))), .int(ps.filter(isMajor).count)]
        }
        let summary = Reports.outcomeSummary(records)
        var previous: [(Report.Column, Report.Cell)] = []
        var growth: [(Report.Column, Report.Cell)] = []
        var comparison: [Report.Section] = []
        if compare {
            let years = to - from + 1
            previous = Reports.outcomeSummary(try outcomeRecords(from: from - years, to: to - years))
            growth = zip(summary, previous).map { ($0.0, Reports.growth($0.1, $1.1)) }
            // The figures side by side, counts charted against the previous span.
            let rows: [[Report.Cell]] = zip(zip(summary, previous), growth).compactMap { pair, g in
                guard Reports.figure(pair.0.1) != nil else { return nil }
                return [.words(code: pair.0.0.key, zh: pair.0.0.zh, en: pair.0.0.en), pair.0.1, pair.1.1, g.1]
            }
            let counted = zip(summary, previous).filter { if case .int = $0.0.1 { return true } else { return false } }
            let top = counted.map { max(Reports.figure($0.0.1) ?? 0, Reports.figure($0.1.1) ?? 0) }.max() ?? 1
            comparison = [Report.Section(
                key: "comparison", title: .init("comparison", Message(.reportComparison, years)),
                columns: [.init("figure", Message(.reportFigure)), .init("now", Message(.reportNow)), .init("previous", Message(.reportPrevious)),
                          .init("growth", Message(.reportGrowth))],
                rows: rows,
                chart: Report.Chart(labels: counted.map { $0.0.0.zh }, englishLabels: counted.map { $0.0.0.en },
                                    values: counted.map { Reports.figure($0.0.1) ?? 0 }, maximum: max(1, top), unit: "",
                                    previous: counted.map { Reports.figure($0.1.1) ?? 0 }))]
        }
        var stageColumns: [Report.Column] = [.init("pool", Message(.reportPool)), .init("enterprises", Message(.reportEnterprises))]
        for k in Vocabulary.stages { stageColumns.append(.init(k, Vocabulary.chinese[k] ?? k, k)) }
        stageColumns += [.init("certified", Message(.reportCertified)), .init("no_stage", Message(.reportNoStage))]
        var report = Report(
            kind: "outcomes", year: to,
            title: .init("outcomes", from == to ? Message(.reportOutcomes, to) : Message(.reportOutcomesSpan, from, to)),
            summary: summary,
            sections: comparison + [
                Report.Section(key: "stages", title: .init("stages", Message(.reportStages, asOf)), columns: stageColumns, rows: poolRows, chart: nil),
                Report.Section(key: "certifications", title: .init("certifications", Message(.reportCertifications)),
                               columns: [.init("enterprise", Message(.reportEnterprise6)), .init("kind", Message(.reportKind)), .init("date", Message(.reportDate)),
                                         .init("number", Message(.reportNumber)), .init("commissioner", Message(.reportCommissioner4))],
                               rows: certs.map { c in
                                   [.ref(enterprises[c.text("enterprise")] ?? "", kind: "enterprise", id: c.text("enterprise")),
                                    .words(code: c.text("kind"), zh: Vocabulary.certificationChinese[c.text("kind")] ?? c.text("kind"), en: c.text("kind")),
                                    .text(c.text("certified_on")), .text(c["number"] == .null ? "" : c.text("number")),
                                    Reports.person(who(c.text("enterprise"), c["certified_on"]), names)]
                               }, chart: nil),
                Report.Section(key: "by_commissioner", title: .init("by_commissioner", Message(.reportByCommissioner)),
                               columns: [.init("commissioner", Message(.reportCommissioner5)), .init("stage_moves", Message(.reportStageMoves2)),
                                         .init("high_tech_certified", Message(.reportHighTechCertified2)), .init("tech_sme_registered", Message(.reportTechSmeRegistered2)),
                                         .init("projects_funded", Message(.reportProjectsFunded2)), .init("funds_granted", Message(.reportFundsGranted2))],
                               rows: commissionerRows, chart: nil),
                Report.Section(key: "by_level", title: .init("by_level", Message(.reportByLevel)),
                               columns: [.init("level", Message(.reportLevel)), .init("projects", Message(.reportProjectsFunded2)),
                                         .init("funds", Message(.reportFundsGranted2)), .init("major", Message(.reportMajorProjects))],
                               rows: levelRows, chart: nil),
                Report.Section(key: "awards_by_grade", title: .init("awards_by_grade", Message(.reportAwardsByGrade)),
                               columns: [.init("grade", Message(.reportGrade)), .init("awards", Message(.reportAwards)), .init("prize", Message(.reportPrizeFunds))],
                               rows: gradeRows, chart: nil),
            ],
            notes: [.init("rule", Message(.reportRule6))])
        if compare {
            report.from = from
            report.previous = previous
            report.growth = growth
        }
        return report
    }

}
