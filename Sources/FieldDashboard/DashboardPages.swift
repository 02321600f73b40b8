import FieldProgramme
import FieldReplica
import FieldReports
import FieldSyncCore
import Foundation

/// One answer of the dashboard, before HTTP: its status, type and text.
public struct Page: Sendable {
    /// The HTTP status (200, 400, 404, 405 …).
    public var status: Int
    /// The Content-Type.
    public var contentType: String
    /// The body.
    public var body: String
    /// For a download: the file name it is saved under.
    public var filename: String? = nil

    static func html(_ status: Int, _ body: String) -> Page { Page(status: status, contentType: "text/html; charset=utf-8", body: body) }
}

/// A request the dashboard refuses, with the sentence naming why (shown in the reader's language).
struct Refusal: Error {
    var status: Int
    var text: Message
}

/// The dashboard's pages, rendered from one replica in the reader's language. Every page is built
/// from the programme's parts (no SQL here) and the one report renderer the CLI uses; every value
/// is HTML-escaped; nothing is read from the file system.
public struct DashboardPages: Sendable {
    /// The programme on the replica the pages show.
    public let programme: Programme
    /// What the last sync did, for the banner and `/health`.
    public let status: @Sendable () async -> SyncStatus

    /// Pages from `programme`; `status` tells the sync state.
    public init(programme: Programme, status: @escaping @Sendable () async -> SyncStatus) {
        self.programme = programme
        self.status = status
    }

    /// The reports the dashboard serves, with the parameters each takes besides `year` and `format`.
    static let reportParameters: [String: Set<String>] = [
        "coverage": [], "needs": ["all"], "projects": [], "ranking": ["top"], "commissioners": [], "outcomes": ["from", "to"],
    ]
    static let reportNav: [(kind: String, key: MessageKey)] = [
        ("coverage", .dashNavCoverage), ("needs", .dashNavNeeds), ("projects", .dashNavProjects), ("ranking", .dashNavRanking),
        ("commissioners", .dashNavCommissioners), ("outcomes", .dashNavOutcomes),
    ]

    static func t(_ key: MessageKey, _ lang: Lang, _ args: Any...) -> String {
        Message(key, arguments: args.map { String(describing: $0) }).render(lang)
    }

    static func e(_ s: String) -> String { ReportRender.escape(s) }

    /// Where a name in a report links to.
    static let linker: ReportRender.Linker = { kind, id in
        guard UUIDText.isValid(id) else { return nil }
        switch kind {
        case "enterprise": return "/enterprise/\(id)"
        case "commissioner": return "/enterprises?commissioner=\(id)"
        default: return nil
        }
    }

    // MARK: Routing

    /// The page for `path` and its query parameters (already percent-decoded), in `lang`.
    public func page(path: String, query: [(String, String)], lang: Lang) async -> Page {
        do {
            return try await route(path: path, query: query, lang: lang)
        } catch let r as Refusal {
            return await errorPage(r.status, r.text, lang)
        } catch let e as StoreError {
            // A bad value the programme refused (a year out of range, a span that ends before it
            // starts): the reader's mistake, said in their language.
            let status = e.code == .invalidValue || e.code == .unknownID || e.code == .ambiguousID ? 400 : 503
            return await errorPage(status, e.text, lang)
        } catch {
            return await errorPage(503, Message(.dashError, "\(error)"), lang)
        }
    }

    func route(path: String, query: [(String, String)], lang: Lang) async throws -> Page {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.count {
        case 0:
            try Self.only([], query, lang)
            return try await overview(lang)
        case 1 where parts[0] == "health":
            try Self.only([], query, lang)
            return try await health()
        case 1 where parts[0] == "conflicts":
            try Self.only([], query, lang)
            return try await conflicts(lang)
        case 1 where parts[0] == "enterprises":
            try Self.only(["commissioner"], query, lang)
            return try await enterprisesOf(Self.value("commissioner", query) ?? "", lang)
        case 2 where parts[0] == "report" && Self.reportParameters[parts[1]] != nil:
            return try await report(parts[1], query, lang)
        case 2 where parts[0] == "enterprise":
            try Self.only([], query, lang)
            return try await enterprise(parts[1], lang)
        default:
            throw Refusal(status: 404, text: Message(.dashNotFound, path))
        }
    }

    /// Refuses a parameter the page does not take.
    static func only(_ allowed: Set<String>, _ query: [(String, String)], _ lang: Lang) throws {
        for (k, _) in query where !allowed.contains(k) {
            let list = allowed.isEmpty ? Message(.dashNone).render(lang) : allowed.sorted().joined(separator: ", ")
            throw Refusal(status: 400, text: Message(.dashUnknownParam, k, list))
        }
    }

    static func value(_ key: String, _ query: [(String, String)]) -> String? { query.first { $0.0 == key }?.1 }

    static func int(_ key: String, _ query: [(String, String)], in range: ClosedRange<Int>, hint: MessageKey) throws -> Int? {
        guard let text = value(key, query) else { return nil }
        guard let n = Int(text), range.contains(n) else { throw Refusal(status: 400, text: Message(.dashBadParam, key, text, Message(hint))) }
        return n
    }

    // MARK: Pages

    func frame(_ title: String, _ body: String, _ lang: Lang) async -> String {
        var nav = "<nav><a href=\"/\">\(Self.e(Self.t(.dashNavOverview, lang)))</a>"
        for (kind, key) in Self.reportNav { nav += "<a href=\"/report/\(kind)\">\(Self.e(Self.t(key, lang)))</a>" }
        nav += "<a href=\"/conflicts\">\(Self.e(Self.t(.dashNavConflicts, lang)))</a></nav>"
        let banner = (try? await self.banner(lang)) ?? ""
        return ReportRender.page(title: title, lang: lang.rawValue, body: nav + banner + body)
    }

    /// The data's age and the last sync's fate: "数据截至 …", or why the last sync failed.
    func banner(_ lang: Lang) async throws -> String {
        let s = await status()
        let offset = try programme.settings.displayOffset()
        let asOf = s.lastSuccess.map { Instant.localTime($0, offset: offset) }
        if !s.configured { return "<p class=\"banner\">\(Self.e(Self.t(.dashNoServer, lang)))</p>" }
        if s.outcome == "failed", let at = s.lastAttempt {
            let why = (lang == .zh ? s.errorZh : s.error) ?? ""
            let text = asOf.map { Self.t(.dashSyncFailed, lang, Instant.localTime(at, offset: offset), why, $0) }
                ?? Self.t(.dashSyncFailedNever, lang, Instant.localTime(at, offset: offset), why)
            return "<p class=\"banner\" role=\"alert\">\(Self.e(text))</p>"
        }
        guard let asOf else { return "<p class=\"banner\">\(Self.e(Self.t(.dashNeverSynced, lang)))</p>" }
        return "<p class=\"banner ok\">\(Self.e(Self.t(.dashDataAsOf, lang, asOf)))</p>"
    }

    func errorPage(_ status: Int, _ text: Message, _ lang: Lang) async -> Page {
        let line = text.render(lang)
        return .html(status, await frame(line, "<h1>\(status)</h1><p class=\"error\">\(Self.e(line))</p>", lang))
    }

    /// `/`: the day at a glance.
    func overview(_ lang: Lang) async throws -> Page {
        let p = programme
        let info = try p.replica.info()
        let today = p.today()
        var body = "<h1>\(Self.e(Self.t(.dashTitle, lang, info.zone)))</h1><p class=\"meta\">\(Self.e(today.description))</p>"
        // Satisfaction against the target.
        let sat = try p.reports.zoneSatisfaction(year: today.year)
        let target = String(format: "%g%%", sat.target)
        if let rate = sat.rate {
            let below = sat.belowTarget == true ? (lang == .zh ? "（\(Self.t(.dashSatisfactionBelow, lang))）" : " (\(Self.t(.dashSatisfactionBelow, lang)))") : ""
            body += "<p class=\"satisfaction\(sat.belowTarget == true ? " below" : "")\">\(Self.e(Self.t(.dashSatisfaction, lang, String(format: "%.1f%%", rate), target, sat.rated) + below))</p>"
        } else {
            body += "<p class=\"satisfaction\">\(Self.e(Self.t(.dashSatisfactionNone, lang, target)))</p>"
        }
        // The round under way: coverage per commissioner, who is still unvisited.
        if let round = try? p.rounds.round(for: today) {
            body += "<h2>\(Self.e(Self.t(.dashRound, lang, round.description)))</h2><table><tr>"
            body += [Self.t(.dashCommissioner, lang), Self.t(.dashVisited, lang), Self.t(.dashDue, lang), Self.t(.dashCoverage, lang), Self.t(.dashUnvisited, lang)]
                .map { "<th>\(Self.e($0))</th>" }.joined() + "</tr>"
            for g in try p.rounds.coverage(round) {
                let who = g.commissionerID.map { "<a href=\"/enterprises?commissioner=\($0)\">\(Self.e(g.commissionerName))</a>" }
                    ?? Self.e(Message(.unassigned).render(lang))
                let unvisited = g.notVisited.map { "<a href=\"/enterprise/\($0.id)\">\(Self.e($0.text("name")))</a>" }.joined(separator: "、")
                body += "<tr><td class=\"long\">\(who)</td><td class=\"num\">\(g.visited.count)</td><td class=\"num\">\(g.due)</td>"
                    + "<td class=\"num\">\(String(format: "%.1f%%", g.percent))</td><td class=\"long\">\(unvisited)</td></tr>"
            }
            body += "</table>"
        } else {
            body += "<p>\(Self.e(Self.t(.dashNoRound, lang)))</p>"
        }
        // Needs past 24 hours or past due, and projects red or yellow: the agenda's, zone-wide (§10).
        let enterprises = try p.enterprises.names()
        let names = try p.commissioners.names()
        let book = try p.assignments.book()
        let needs = try p.agenda.needsDue(of: nil, book: book)
        body += "<h2>\(Self.e(Self.t(.dashNeedsDue, lang, needs.count)))</h2>"
        if !needs.isEmpty {
            body += "<table><tr>" + ["enterprise", "summary", "status", "owner"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined()
                + "<th>\(Self.e(Self.t(.dashWhy, lang)))</th></tr>"
            for d in needs {
                let n = d.need
                let e = n.text("enterprise")
                body += "<tr><td class=\"long\"><a href=\"/enterprise/\(Self.e(e))\">\(Self.e(enterprises[e] ?? String(e.prefix(8))))</a></td>"
                    + "<td class=\"long\">\(Self.e(n.text("summary")))</td><td>\(Self.e(Vocabulary.label(n.text("status"), lang)))</td>"
                    + "<td>\(Self.e(d.owner.flatMap { names[$0] } ?? ""))</td>"
                    + "<td>\(Self.e(Self.t(d.why == .unanswered24h ? .dashWhyUnanswered : .dashWhyPastDue, lang)))\(n.text("due").isEmpty ? "" : " " + Self.e(n.text("due")))</td></tr>"
            }
            body += "</table>"
        }
        let risky = try p.agenda.projectsAtRisk(of: nil, book: book).atRisk
        body += "<h2>\(Self.e(Self.t(.dashProjectsAtRisk, lang, risky.count)))</h2>"
        if !risky.isEmpty {
            body += "<table><tr>" + ["project", "enterprise", "light"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined()
                + "<th>\(Self.e(Self.t(.dashWhy, lang)))</th></tr>"
            for r in risky {
                let e = r.project.text("enterprise")
                body += "<tr><td class=\"long\">\(Self.e(r.project.text("name")))</td>"
                    + "<td class=\"long\"><a href=\"/enterprise/\(Self.e(e))\">\(Self.e(enterprises[e] ?? String(e.prefix(8))))</a></td>"
                    + "<td class=\"light \(Self.e(r.light.color))\">\(Self.e(Vocabulary.label(r.light.color, lang)))</td>"
                    + "<td class=\"long\">\(Self.e(r.light.reasons.map { $0.text(lang.rawValue) }.joined(separator: lang == .zh ? "；" : "; ")))</td></tr>"
            }
            body += "</table>"
        }
        return .html(200, await frame(Self.t(.dashTitle, lang, info.zone), body, lang))
    }

    static func field(_ name: String, _ lang: Lang) -> String {
        MessageKey.fieldLabels[name].map { Message($0).render(lang) } ?? name
    }

    /// `/report/KIND`: the report as HTML, JSON (what `fieldsync report KIND --format json` prints)
    /// or CSV, with the CLI's options as parameters.
    func report(_ kind: String, _ query: [(String, String)], _ lang: Lang) async throws -> Page {
        try Self.only(Set(["year", "format"]).union(Self.reportParameters[kind] ?? []), query, lang)
        let format = Self.value("format", query) ?? "html"
        guard ["html", "json", "csv"].contains(format) else { throw Refusal(status: 400, text: Message(.dashBadParam, "format", format, Message(.dashFormatHint))) }
        let year = try Self.int("year", query, in: 2000...2100, hint: .dashYearHint)
        let top = try Self.int("top", query, in: 1...100, hint: .dashTopHint) ?? 3
        var all = false
        if let a = Self.value("all", query) {
            guard ["1", "0", "true", "false"].contains(a) else { throw Refusal(status: 400, text: Message(.dashBadParam, "all", a, Message(.dashFlagHint))) }
            all = a == "1" || a == "true"
        }
        let from = try Self.int("from", query, in: 2000...2100, hint: .dashYearHint)
        let to = try Self.int("to", query, in: 2000...2100, hint: .dashYearHint)
        if year != nil, from != nil || to != nil { throw Refusal(status: 400, text: Message(.dashYearOrSpan)) }
        if to != nil, from == nil { throw Refusal(status: 400, text: Message(.dashToNeedsFrom)) }
        let report = try programme.reports.report(kind, year: to ?? year ?? programme.today().year, top: top, all: all, from: from)
        switch format {
        case "json":
            return Page(status: 200, contentType: "application/json; charset=utf-8", body: ReportRender.json(report).render() + "\n")
        case "csv":
            return Page(status: 200, contentType: "text/csv; charset=utf-8", body: ReportRender.csv(report, lang: lang.rawValue),
                        filename: "\(kind)-\(report.from.map { "\($0)-" } ?? "")\(report.year).csv")
        default:
            var q = query.filter { $0.0 != "format" }
            q.append(("format", "csv"))
            let csv = "/report/\(kind)?" + q.map { "\(Self.urlEncoded($0.0))=\(Self.urlEncoded($0.1))" }.joined(separator: "&")
            // The year before and after (a span moves by its length).
            var around = ""
            let span = report.from.map { report.year - $0 + 1 } ?? 1
            for (key, shift) in [(MessageKey.dashPreviousYear, -span), (MessageKey.dashNextYear, span)] where (2000...2100).contains(report.year + shift) {
                var q = query.filter { !["year", "from", "to", "format"].contains($0.0) }
                if let from = report.from {
                    q += [("from", String(from + shift)), ("to", String(report.year + shift))]
                } else {
                    q.append(("year", String(report.year + shift)))
                }
                let href = "/report/\(kind)?" + q.map { "\(Self.urlEncoded($0.0))=\(Self.urlEncoded($0.1))" }.joined(separator: "&")
                around += "<a href=\"\(Self.e(href))\">\(Self.e(Self.t(key, lang)))</a> "
            }
            let body = "<p class=\"years\">\(around)</p>" + ReportRender.htmlBody(report, lang: lang.rawValue, link: Self.linker)
                + "<p><a href=\"\(Self.e(csv))\">\(Self.e(Self.t(.dashDownload, lang)))</a></p>"
            return .html(200, await frame(report.title.label(lang.rawValue), body, lang))
        }
    }

    static func urlEncoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }

    /// `/enterprise/ID`: the enterprise's page.
    func enterprise(_ id: String, _ lang: Lang) async throws -> Page {
        let p = programme
        guard UUIDText.isValid(id), let found = try p.records.view(Domain.enterprise, id: id) else {
            throw Refusal(status: 404, text: Message(.dashNoEnterprise, id))
        }
        let e = try p.assignments.withCurrentCommissioner([found])[0]
        let names = try p.commissioners.names()
        let year = p.today().year
        let offset = try p.settings.displayOffset()
        var body = "<h1>\(Self.e(e.text("name")))</h1><table class=\"summary\">"
        func row(_ label: String, _ html: String) { body += "<tr><td>\(Self.e(label))</td><td class=\"long\">\(html)</td></tr>" }
        row(Self.field("credit_code", lang), Self.e(e.text("credit_code")))
        let c = e.text("commissioner")
        row(Self.field("commissioner", lang), names[c].map { "<a href=\"/enterprises?commissioner=\(Self.e(c))\">\(Self.e($0))</a>" } ?? "—")
        for f in ["industry", "address", "contact", "phone"] where e[f] != .null { row(Self.field(f, lang), Self.e(e.text(f))) }
        row(Self.t(.dashPools, lang), Self.e(try p.pools.pools(of: id).map { pool in
            "\(Vocabulary.label(pool.pool, lang)) \(pool.joined)…\(pool.left ?? "")"
        }.joined(separator: lang == .zh ? "、" : ", ")))
        row(Self.t(.dashStage, lang), Self.e(try p.outcomes.stage(of: id).map { Vocabulary.label($0, lang) } ?? "—"))
        row(Self.t(.dashCertifications, lang), Self.e(try p.outcomes.certifications(of: id).map {
            "\(Vocabulary.label($0.text("kind"), what: .wordCertificationKind, lang)) \($0.text("certified_on"))"
        }.joined(separator: lang == .zh ? "、" : ", ")))
        let standing = try p.ranking.standing(of: id, year: year)
        row(Self.t(.dashRanking, lang, year), standing.isEmpty ? "—" : Self.e(standing.map {
            Self.t(.dashRankLine, lang, Vocabulary.label($0.pool, lang), $0.rank, $0.of, String(format: "%.2f", $0.score))
        }.joined(separator: lang == .zh ? "；" : "; ")))
        body += "</table>"
        let visits = Array(try p.visits.list(VisitFilter(enterprise: id)).sorted { $0.text("date") > $1.text("date") }.prefix(10))
        body += "<h2>\(Self.e(Self.t(.dashVisits, lang, visits.count)))</h2><table><tr>"
            + ["date", "commissioner", "mode", "satisfaction", "summary"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined() + "</tr>"
        for v in visits {
            body += "<tr><td>\(Self.e(v.text("date")))</td><td>\(Self.e(names[v.text("commissioner")] ?? ""))</td><td>\(Self.e(Vocabulary.label(v.text("mode"), lang)))</td>"
                + "<td class=\"num\">\(Self.e(v.text("satisfaction")))</td><td class=\"long\">\(Self.e(v.text("summary")))</td></tr>"
        }
        body += "</table>"
        let needs = try p.needs.list(NeedFilter(enterprise: id)).filter { !["resolved", "closed", "rejected"].contains($0.text("status")) }
        body += "<h2>\(Self.e(Self.t(.dashOpenNeeds, lang, needs.count)))</h2><table><tr>"
            + ["raised_at", "category", "summary", "status", "due"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined() + "</tr>"
        for n in needs {
            body += "<tr><td>\(Self.e(Instant.localTime(n.text("raised_at"), offset: offset)))</td><td>\(Self.e(Vocabulary.label(n.text("category"), lang)))</td>"
                + "<td class=\"long\">\(Self.e(n.text("summary")))</td><td>\(Self.e(Vocabulary.label(n.text("status"), lang)))</td><td>\(Self.e(n.text("due")))</td></tr>"
        }
        body += "</table>"
        let projects = try p.projects.list().filter { $0.project.text("enterprise") == id }
        body += "<h2>\(Self.e(Self.t(.dashProjects, lang, projects.count)))</h2><table><tr>"
            + ["name", "level", "funds", "light"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined() + "<th>\(Self.e(Self.t(.dashWhy, lang)))</th></tr>"
        for (project, light) in projects {
            body += "<tr><td class=\"long\">\(Self.e(project.text("name")))</td><td>\(Self.e(Vocabulary.label(project.text("level"), lang)))</td>"
                + "<td class=\"num\">\(Self.e(project.text("funds")))</td><td class=\"light \(Self.e(light.color))\">\(Self.e(Vocabulary.label(light.color, lang)))</td>"
                + "<td class=\"long\">\(Self.e((light.reasons + light.notes).map { $0.text(lang.rawValue) }.joined(separator: lang == .zh ? "；" : "; ")))</td></tr>"
        }
        body += "</table>"
        return .html(200, await frame(e.text("name"), body, lang))
    }

    /// `/enterprises?commissioner=ID`: a commissioner's enterprises today.
    func enterprisesOf(_ commissioner: String, _ lang: Lang) async throws -> Page {
        let names = try programme.commissioners.names()
        guard UUIDText.isValid(commissioner), let name = names[commissioner] else { throw Refusal(status: 404, text: Message(.dashNoCommissioner, commissioner)) }
        let list = try programme.enterprises.list(EnterpriseFilter(commissioner: commissioner))
        var body = "<h1>\(Self.e(Self.t(.dashEnterprisesOf, lang, name, list.count)))</h1><table><tr>"
            + ["name", "credit_code", "industry"].map { "<th>\(Self.e(Self.field($0, lang)))</th>" }.joined() + "</tr>"
        for e in list {
            body += "<tr><td class=\"long\"><a href=\"/enterprise/\(Self.e(e.id))\">\(Self.e(e.text("name")))</a></td><td>\(Self.e(e.text("credit_code")))</td>"
                + "<td>\(Self.e(e.text("industry")))</td></tr>"
        }
        body += "</table>"
        return .html(200, await frame(Self.t(.dashEnterprisesOf, lang, name, list.count), body, lang))
    }

    /// `/conflicts`: the open conflicts, read-only.
    func conflicts(_ lang: Lang) async throws -> Page {
        let replica = programme.replica
        let laptops = try replica.laptops()
        let records = try replica.conflictedRecords()
        var body = "<h1>\(Self.e(Self.t(.dashConflicts, lang, records.count)))</h1><p class=\"meta\">\(Self.e(Self.t(.dashConflictHelp, lang)))</p>"
        if records.isEmpty { return .html(200, await frame(Self.t(.dashConflicts, lang, 0), body + "<p>\(Self.e(Self.t(.dashNoConflicts, lang)))</p>", lang)) }
        body += "<table><tr>" + [Self.t(.dashRecord, lang), Self.t(.dashField, lang), Self.t(.dashValues, lang)].map { "<th>\(Self.e($0))</th>" }.joined() + "</tr>"
        for (table, id) in records {
            guard let type = Domain.type(named: table), let state = try replica.state(type, id: id) else { continue }
            let title = state.displayed("name").description.isEmpty ? String(id.prefix(8)) : state.displayed("name").description
            let link = table == "enterprise" ? "<a href=\"/enterprise/\(Self.e(id))\">\(Self.e(title))</a>" : Self.e(title)
            for f in state.conflictedFields(policy: type.policy(of:)) {
                let values = state.entriesInDisplayOrder(f).map { entry in
                    "\(entry.value.description)（\(laptops[entry.dot.replica.rawValue]?.name ?? String(entry.dot.replica.rawValue.prefix(8)))）"
                }
                body += "<tr><td class=\"long\">\(Self.e(Self.tableWord(table, lang))) · \(link)</td>"
                    + "<td>\(Self.e(Self.field(f, lang)))</td><td class=\"long\">\(Self.e(values.joined(separator: " / ")))</td></tr>"
            }
        }
        body += "</table>"
        return .html(200, await frame(Self.t(.dashConflicts, lang, records.count), body, lang))
    }

    static func tableWord(_ table: String, _ lang: Lang) -> String {
        let words: [String: MessageKey] = [
            "enterprise": .wordEnterprise, "need": .wordNeed, "visit": .wordVisit, "commissioner": .wordCommissioner,
            "project": .wordProject, "milestone": .wordMilestone,
        ]
        return words[table].map { Message($0).render(lang) } ?? (lang == .zh ? Message(.wordRecord).render(lang) : table)
    }

    /// `/health`: the sync's state as JSON.
    func health() async throws -> Page {
        let s = await status()
        let replica = programme.replica
        let server = try replica.config("server")
        let checkpoint = try replica.checkpoint(server: server.map { replica.checkpointKey(url: $0) } ?? "")
        let pending = try replica.changeCount(after: checkpoint.pushedLocalSeq, countingOwnLaptop: try replica.config("role") != "viewer")
        func str(_ v: String?) -> JSON { v.map { .string($0) } ?? .null }
        let json = JSON.object([
            ("last_sync", str(s.lastSuccess)), ("last_attempt", str(s.lastAttempt)), ("outcome", str(s.outcome)), ("error", str(s.error)),
            ("syncing", .bool(s.syncing)), ("server_configured", .bool(s.configured)), ("pending_changes", .int(Int64(pending))),
            ("sync_every_seconds", s.every.map { .int(Int64($0)) } ?? .null),
        ])
        return Page(status: 200, contentType: "application/json; charset=utf-8", body: json.render() + "\n")
    }
}
