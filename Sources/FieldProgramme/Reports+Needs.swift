import FieldReplica
import FieldSyncCore
import Foundation
import GRDB

extension Reports {
    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The moment a year's figures are computed at: now, or the end of the year's last day.
    func asOfInstant(_ asOf: LocalDate) -> Date {
        let endOfDay = Date(timeIntervalSince1970: Double(asOf.dayNumber + 1) * 86_400 - 8 * 3600 - 1)
        return min(now(), endOfDay)
    }

    func needsReport(_ year: Int, asOf: LocalDate, ledger: Bool = false) throws -> Report {
        let all = try views(Domain.need, where: "substr(raised_at, 1, 4) = ?", arguments: [String(year)], orderBy: "raised_at")
        let now = asOfInstant(asOf)
        var byCategory: [[Report.Cell]] = []
        for c in Vocabulary.needCategories {
            let inCat = all.filter { $0.text("category") == c }
            var row: [Report.Cell] = [.word(c), .int(inCat.count)]
            for s in Vocabulary.needStatuses { row.append(.int(inCat.filter { $0.text("status") == s }.count)) }
            byCategory.append(row)
        }
        var ackHours: [Double] = []
        var resolveHours: [Double] = []
        var within24 = 0
        var judged = 0
        var late: [RecordView] = []
        for n in all {
            let timing = Needs.responseTiming(n, now: now)
            if let h = timing.hoursToAcknowledge { ackHours.append(h) }
            if let raised = Instant.parse(n.text("raised_at")), let res = Instant.parse(n.text("resolved_at")), res >= raised {
                resolveHours.append(res.timeIntervalSince(raised) / 3600)
            }
            if let w = timing.withinRule {
                judged += 1
                if w { within24 += 1 } else { late.append(n) }
            }
        }
        // 一对一上门: each need's on-site follow-up visits up to the as-of day (docs/rules.md §2).
        var followups: [String: [RecordView]] = [:]
        for v in try views(Domain.visit, where: "mode = 'on-site' AND needs IS NOT NULL AND date <= ?", arguments: [asOf.description], orderBy: "date, id") {
            if case .set(let ids) = v["needs"] { for id in ids { followups[id, default: []].append(v) } }
        }
        let onSiteDays = all.compactMap { Needs.daysToOnSite($0, followups: followups[$0.id] ?? []) }.map(Double.init)
        let followedUp = all.filter { !(followups[$0.id] ?? []).isEmpty }.count
        let names = try programme.commissioners.names()
        let enterprises = Dictionary(try views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
        func needRow(_ n: RecordView) -> [Report.Cell] {
            [.text(String(n.id.prefix(8))), .ref(enterprises[n.text("enterprise")] ?? "", kind: "enterprise", id: n.text("enterprise")), .word(n.text("category")), .word(n.text("status")),
             .text(n.text("due")), Reports.person(n["owner"] == .null ? nil : n.text("owner"), names), .text(n.text("summary"))]
        }
        let overdue = all.filter { Needs.isOverdue($0, now: now) }.map(needRow)
        let offset = try programme.settings.displayOffset()
        let lateRows = late.map { n -> [Report.Cell] in
            let t = Needs.responseTiming(n, now: now)
            let raised = n.text("raised_at")
            return [.text(String(n.id.prefix(8))), .ref(enterprises[n.text("enterprise")] ?? "", kind: "enterprise", id: n.text("enterprise")), .instant(utc: raised, local: Instant.localTime(raised, offset: offset)),
                    .number(t.hoursToAcknowledge), .word(n.text("status")), .text(n.text("summary"))]
        }
        var statusCols = [Report.Column]()
        for s in Vocabulary.needStatuses { statusCols.append(.init(s, Vocabulary.chinese[s] ?? s, s)) }
        let statusChart = Report.Chart(
            labels: Vocabulary.needStatuses.map { "\(Vocabulary.chinese[$0] ?? $0)" }, englishLabels: Vocabulary.needStatuses,
            values: Vocabulary.needStatuses.map { s in Double(all.filter { $0.text("status") == s }.count) }, maximum: Double(max(1, all.count)), unit: "")
        let categoryChart = Report.Chart(
            labels: Vocabulary.needCategories.map { Vocabulary.chinese[$0] ?? $0 }, englishLabels: Vocabulary.needCategories,
            values: Vocabulary.needCategories.map { c in Double(all.filter { $0.text("category") == c }.count) }, maximum: Double(max(1, all.count)), unit: "")
        let needColumns: [Report.Column] = [
            .init("id", Message(.reportId)), .init("enterprise", Message(.reportEnterprise)), .init("category", Message(.reportCategory)),
            .init("status", Message(.reportStatus)), .init("due", Message(.reportDue3)), .init("owner", Message(.reportOwner)), .init("summary", Message(.reportSummary)),
        ]
        return Report(
            kind: "needs", year: year, title: .init("needs", Message(.reportNeeds, year)),
            summary: [
                (.init("raised", Message(.reportRaised)), .int(all.count)),
                (.init("acknowledged_within_24h", Message(.reportAcknowledgedWithin24h)), .percent(Reports.pct(within24, judged))),
                (.init("late", Message(.reportLate)), .int(late.count)),
                (.init("median_hours_to_acknowledge", Message(.reportMedianHoursToAcknowledge)), .number(Reports.median(ackHours))),
                (.init("median_hours_to_resolve", Message(.reportMedianHoursToResolve)), .number(Reports.median(resolveHours))),
                (.init("overdue", Message(.reportOverdue)), .int(overdue.count)),
                (.init("on_site_followup_rate", Message(.reportOnSiteFollowupRate)), .percent(Reports.pct(followedUp, all.count))),
                (.init("median_days_to_on_site", Message(.reportMedianDaysToOnSite)), .number(Reports.median(onSiteDays))),
            ],
            sections: [
                Report.Section(key: "by_category", title: .init("by_category", Message(.reportByCategory)),
                               columns: [.init("category", Message(.reportCategory2)), .init("total", Message(.reportTotal))] + statusCols, rows: byCategory, chart: categoryChart),
                Report.Section(key: "by_status", title: .init("by_status", Message(.reportByStatus)),
                               columns: [.init("status", Message(.reportStatus2)), .init("count", Message(.reportCount))],
                               rows: Vocabulary.needStatuses.map { s in [.word(s), .int(all.filter { $0.text("status") == s }.count)] },
                               chart: statusChart),
                Report.Section(key: "late", title: .init("late", Message(.reportLate2)),
                               columns: [.init("id", Message(.reportId2)), .init("enterprise", Message(.reportEnterprise2)), .init("raised_at", Message(.reportRaisedAt)),
                                         .init("hours_to_acknowledge", Message(.reportHoursToAcknowledge)), .init("status", Message(.reportStatus3)),
                                         .init("summary", Message(.reportSummary2))],
                               rows: lateRows, chart: nil),
                Report.Section(key: "overdue", title: .init("overdue", Message(.reportOverdue2)), columns: needColumns, rows: overdue, chart: nil),
            ] + (ledger ? [ledgerSection(all, now: now, offset: offset, enterprises: enterprises, names: names, followups: followups)] : []),
            notes: [.init("rule", Message(.reportRule2))])
    }

    /// The needs ledger (`report needs --all`): every need of the year with its people, times and
    /// on-site follow-ups.
    func ledgerSection(_ all: [RecordView], now: Date, offset: Int, enterprises: [String: String], names: [String: String],
                       followups: [String: [RecordView]]) -> Report.Section {
        func instant(_ n: RecordView, _ field: String) -> Report.Cell {
            let t = n.text(field)
            return t.isEmpty ? .text("") : .instant(utc: t, local: Instant.localTime(t, offset: offset))
        }
        let rows = all.map { n -> [Report.Cell] in
            [.text(String(n.id.prefix(8))), .ref(enterprises[n.text("enterprise")] ?? "", kind: "enterprise", id: n.text("enterprise")), Reports.person(n["owner"] == .null ? nil : n.text("owner"), names),
             .word(n.text("category")), .text(n.text("summary")), instant(n, "raised_at"), instant(n, "acknowledged_at"), instant(n, "resolved_at"),
             .word(n.text("status")), .number(Needs.responseTiming(n, now: now).hoursToAcknowledge), .int((followups[n.id] ?? []).count)]
        }
        return Report.Section(
            key: "ledger", title: .init("ledger", Message(.reportLedger)),
            columns: [.init("id", Message(.reportId)), .init("enterprise", Message(.reportEnterprise)), .init("owner", Message(.reportOwner)),
                      .init("category", Message(.reportCategory)), .init("summary", Message(.reportSummary)), .init("raised_at", Message(.reportRaisedAt)),
                      .init("acknowledged_at", Message(.reportAcknowledgedAt)), .init("resolved_at", Message(.reportResolvedAt)),
                      .init("status", Message(.reportStatus)), .init("hours_to_acknowledge", Message(.reportHoursToAcknowledge)),
                      .init("on_site_followups", Message(.reportOnSiteFollowups))],
            rows: rows, chart: nil)
    }

    // MARK: Projects

}
