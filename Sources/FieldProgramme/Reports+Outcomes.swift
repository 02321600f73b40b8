import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    func outcomesReport(_ year: Int, asOf: LocalDate) throws -> Report {
        let names = try programme.commissioners.names()
        let assignments = try programme.assignments.book()
        let prefix = "\(year)-"
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
        let moves = try views(Domain.stageChange, where: "substr(moved_on, 1, 5) = ?", arguments: [prefix], orderBy: "moved_on, id")
        let certs = try views(Domain.certification, where: "substr(certified_on, 1, 5) = ?", arguments: [prefix], orderBy: "certified_on, id")
        let funded = try views(Domain.project, where: "substr(start, 1, 5) = ?", arguments: [prefix], orderBy: "start, name")
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        func who(_ enterprise: String, _ day: FieldValue) -> String {
            guard case .date(let d) = day else { return "" }
            return assignments.commissioner(of: enterprise, on: d) ?? ""
        }
        func funds(_ p: RecordView) -> ExactDecimal {
            if case .decimal(let d) = p["funds"] { return d }
            return ExactDecimal(significand: 0, scale: 0)
        }
        func sum(_ xs: [ExactDecimal]) -> ExactDecimal { xs.reduce(ExactDecimal(significand: 0, scale: 0)) { $0.adding($1) } }
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
        let highTech = certs.filter { $0.text("kind") == "high-tech" }.count
        let techSME = certs.filter { $0.text("kind") == "tech-sme" }.count
        let littleGiant = certs.filter { ["little-giant", "tech-little-giant"].contains($0.text("kind")) }.count
        let firstSet = certs.filter { $0.text("kind") == "first-set" }.count
        func isMajor(_ p: RecordView) -> Bool { p["major"] == .bool(true) }
        // Financing secured and awards in the year (万元, exact).
        func decimal(_ v: RecordView, _ field: String) -> ExactDecimal {
            if case .decimal(let d) = v[field] { return d }
            return ExactDecimal(significand: 0, scale: 0)
        }
        let financing = try views(Domain.financing, where: "substr(secured_on, 1, 5) = ?", arguments: [prefix], orderBy: "secured_on, id")
        let awards = try views(Domain.award, where: "substr(awarded_on, 1, 5) = ?", arguments: [prefix], orderBy: "awarded_on, id")
        let gradeRows: [[Report.Cell]] = Vocabulary.awardGrades.map { g in
            let xs = awards.filter { $0.text("grade") == g }
            return [.word(g), .int(xs.count), .amount(sum(xs.map { decimal($0, "prize") }))]
        }
        // Projects by level: count, funds (万元, exact) and major ones (docs/rules.md §6).
        let levelRows: [[Report.Cell]] = Vocabulary.projectLevels.map { level in
            let ps = funded.filter { $0.text("level") == level }
            return [.word(level), .int(ps.count), .amount(sum(ps.map(funds))), .int(ps.filter(isMajor).count)]
        }
        var stageColumns: [Report.Column] = [.init("pool", Message(.reportPool)), .init("enterprises", Message(.reportEnterprises))]
        for k in Vocabulary.stages { stageColumns.append(.init(k, Vocabulary.chinese[k] ?? k, k)) }
        stageColumns += [.init("certified", Message(.reportCertified)), .init("no_stage", Message(.reportNoStage))]
        return Report(
            kind: "outcomes", year: year, title: .init("outcomes", Message(.reportOutcomes, year)),
            summary: [(.init("high_tech_certified", Message(.reportHighTechCertified)), .int(highTech)),
                      (.init("tech_sme_registered", Message(.reportTechSmeRegistered)), .int(techSME)),
                      (.init("other_certified", Message(.reportOtherCertified)), .int(certs.count - highTech - techSME)),
                      (.init("stage_moves", Message(.reportStageMoves)), .int(moves.count)),
                      (.init("projects_funded", Message(.reportProjectsFunded)), .int(funded.count)),
                      (.init("funds_granted", Message(.reportFundsGranted)), .amount(sum(funded.map(funds)))),
                      (.init("major_projects", Message(.reportMajorProjects)), .int(funded.filter(isMajor).count)),
                      (.init("little_giant_certified", Message(.reportLittleGiant)), .int(littleGiant)),
                      (.init("first_set_certified", Message(.reportFirstSet)), .int(firstSet)),
                      (.init("financing_secured", Message(.reportFinancing)), .amount(sum(financing.map { decimal($0, "amount") }))),
                      (.init("awards", Message(.reportAwards)), .int(awards.count)),
                      (.init("prize_funds", Message(.reportPrizeFunds)), .amount(sum(awards.map { decimal($0, "prize") })))],
            sections: [
                Report.Section(key: "stages", title: .init("stages", Message(.reportStages, asOf)), columns: stageColumns, rows: poolRows, chart: nil),
                Report.Section(key: "certifications", title: .init("certifications", Message(.reportCertifications)),
                               columns: [.init("enterprise", Message(.reportEnterprise6)), .init("kind", Message(.reportKind)), .init("date", Message(.reportDate)),
                                         .init("number", Message(.reportNumber)), .init("commissioner", Message(.reportCommissioner4))],
                               rows: certs.map { c in
                                   [.text(enterprises[c.text("enterprise")] ?? ""),
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
    }

}
