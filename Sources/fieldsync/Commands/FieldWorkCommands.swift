import ArgumentParser
import FieldStore
import FieldSyncCore
import Foundation

struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "round", abstract: "The three annual visit rounds.", subcommands: [Coverage.self, SetWindow.self, Show.self])

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Who is visited and who is not, per commissioner.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "YYYY-N") var round: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let r = try RoundID.parse(round)
            let s = try store.open()
            let groups = try s.coverage(r)
            let w = try s.window(of: r)
            let visited = groups.reduce(0) { $0 + $1.visited.count }
            let due = groups.reduce(0) { $0 + $1.due }
            let pct = due == 0 ? 0 : Double(visited) * 100 / Double(due)
            if output.json {
                func e(_ v: RecordView) -> JSON { .object([("id", .string(v.id)), ("name", .string(v.text("name"))), ("credit_code", .string(v.text("credit_code")))]) }
                Output.print(.object([
                    ("round", .string(r.description)), ("starts_on", .string(w.lowerBound.description)), ("ends_on", .string(w.upperBound.description)),
                    ("due", .int(Int64(due))), ("visited", .int(Int64(visited))), ("percent", .double(pct)),
                    ("commissioners", .array(groups.map { g in
                        .object([
                            ("commissioner", g.commissionerID.map { .string($0) } ?? .null), ("name", .string(g.commissionerName)),
                            ("due", .int(Int64(g.due))), ("visited_count", .int(Int64(g.visited.count))), ("on_site", .int(Int64(g.onSite))),
                            ("percent", .double(g.percent)),
                            ("visited", .array(g.visited.map(e))), ("not_visited", .array(g.notVisited.map(e))),
                        ])
                    })),
                ]))
            } else {
                print("round \(r) (\(w.lowerBound) … \(w.upperBound)): \(visited)/\(due) visited, \(String(format: "%.1f", pct))%")
                Output.table(["专员 commissioner", "visited", "上门 on site", "due", "%", "未走访 not visited"], groups.map { g in
                    [g.commissionerID == nil ? "（未分配）" : g.commissionerName, String(g.visited.count), String(g.onSite), String(g.due), String(format: "%.1f", g.percent),
                     g.notVisited.map { $0.text("name") }.joined(separator: "、")]
                })
            }
        }
    }

    struct SetWindow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a round's date window for its year.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "YYYY-N") var round: String
        @Option var start: String
        @Option var end: String
        func run() throws {
            try store.open().setRoundWindow(try RoundID.parse(round), start: try requireDate(start, "--start"), end: try requireDate(end, "--end"))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The year's round windows.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "YYYY") var year: Int
        func run() throws {
            let s = try store.open()
            var rows: [[String]] = []
            for n in 1...3 {
                let r = try RoundID(year: year, number: n)
                let w = try s.window(of: r)
                rows.append([r.description, w.lowerBound.description, w.upperBound.description])
            }
            Output.table(["round", "starts", "ends"], rows)
        }
    }
}

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "visit", abstract: "Visits to enterprises.", subcommands: [Record.self, List.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a visit; the round is inferred from the date.")
        @OptionGroup var store: StoreOptions
        @Option var enterprise: String
        @Option var commissioner: String
        @Option(help: "YYYY-MM-DD") var date: String
        @Option(help: "YYYY-N (default: the round whose window holds the date)") var round: String?
        @Option(help: "on-site | phone | video") var mode: String?
        @Option(help: "Comma-separated topics.") var topics: String?
        @Option var summary: String?
        @Option(help: "1-5") var satisfaction: Int?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let id = try s.recordVisit(.init(
                enterprise: enterprise, commissioner: commissioner, date: try requireDate(date, "--date"),
                round: try round.map(RoundID.parse), mode: mode, topics: splitList(topics), summary: summary, satisfaction: satisfaction))
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List visits.")
        @OptionGroup var store: StoreOptions
        @Option(help: "YYYY-N") var round: String?
        @Option var enterprise: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var conditions: [String] = []
            var args: [String] = []
            if let round {
                conditions.append("round = ?")
                args.append(try RoundID.parse(round).description)
            }
            if let enterprise {
                conditions.append("enterprise = ?")
                args.append(try s.resolve(Domain.enterprise, enterprise))
            }
            let rows = try s.views(Domain.visit, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "),
                                   arguments: args, orderBy: "date, rowid")
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.visit) }))
            } else {
                let enterprises = Dictionary(try s.views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
                let names = try s.commissionerNames()
                Output.table(["ID", "日期 date", "轮次 round", "企业 enterprise", "专员 commissioner", "方式 mode", "满意度", "摘要 summary"], rows.map {
                    [Output.short($0.id), $0.text("date"), $0.text("round"), enterprises[$0.text("enterprise")] ?? Output.short($0.text("enterprise")),
                     names[$0.text("commissioner")] ?? "", Vocabulary.chinese[$0.text("mode")] ?? $0.text("mode"), $0.text("satisfaction"), $0.text("summary")]
                })
            }
        }
    }
}

struct NeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "need", abstract: "Needs (诉求) raised by enterprises, chased to resolution.",
                                                    subcommands: [Raise.self, Update.self, List.self, Show.self, Delete.self])

    /// The 24-hour rule's fields for `--json` (docs/rules.md).
    static func timingJSON(_ need: RecordView, now: Date) -> [(String, JSON)] {
        let t = ReplicaStore.responseTiming(need, now: now)
        return [("overdue", .bool(ReplicaStore.isOverdue(need, now: now))),
                ("acknowledged_within_24h", t.withinRule.map { .bool($0) } ?? .null),
                ("hours_to_acknowledge", t.hoursToAcknowledge.map { .number(String(format: "%.2f", $0)) } ?? .null)]
    }

    struct Raise: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take down a need; prints the id.")
        @OptionGroup var store: StoreOptions
        @Option var enterprise: String
        @Option var visit: String?
        @Option(help: "policy | project-application | certification | financing | talent | space | technology | other") var category: String
        @Option var summary: String
        @Option(help: "YYYY-MM-DD") var due: String?
        @Option var owner: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let id = try store.open().raiseNeed(enterprise: enterprise, visit: visit, category: category, summary: summary,
                                                due: try parseDate(due, "--due"), owner: owner)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change status, summary, owner or due date; append a note.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @Option(help: "open | acknowledged | in-progress | resolved | closed | rejected") var status: String?
        @Option var summary: String?
        @Option var owner: String?
        @Option(help: "YYYY-MM-DD") var due: String?
        @Option(help: "A note, appended to the need's notes.") var note: String?
        func run() throws {
            let s = try store.open()
            try s.updateNeed(id, .init(status: status, summary: summary, owner: owner, due: try parseDate(due, "--due"), note: note,
                                       author: try s.info().name))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List needs.")
        @OptionGroup var store: StoreOptions
        @Option var status: String?
        @Flag(help: "Only needs unanswered past 24 h, or past their due date and not yet resolved.") var overdue = false
        @Flag(help: "Only needs answered late (after 24 h) or still unanswered past 24 h.") var late = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var rows: [RecordView]
            if let status {
                let st = try Vocabulary.check(status, in: Vocabulary.needStatuses, what: "need status")
                rows = try s.views(Domain.need, where: "status = ?", arguments: [st], orderBy: "raised_at")
            } else {
                rows = try s.views(Domain.need, orderBy: "raised_at")
            }
            let now = s.currentDate
            if overdue { rows = rows.filter { ReplicaStore.isOverdue($0, now: now) } }
            if late { rows = rows.filter { ReplicaStore.responseTiming($0, now: now).isLate } }
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.need, extra: NeedCommand.timingJSON($0, now: now)) }))
            } else {
                let enterprises = Dictionary(try s.views(Domain.enterprise).map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
                Output.table(["ID", "企业 enterprise", "类别 category", "状态 status", "期限 due", "提出 raised", "摘要 summary"], rows.map {
                    let overdue = ReplicaStore.isOverdue($0, now: now)
                    let late = ReplicaStore.responseTiming($0, now: now).isLate
                    return [Output.short($0.id), enterprises[$0.text("enterprise")] ?? "", Vocabulary.chinese[$0.text("category")] ?? $0.text("category"),
                            (Vocabulary.chinese[$0.text("status")] ?? "") + " " + $0.text("status") + (overdue ? Output.paint(" 逾期 overdue", "31") : "")
                                + (late ? Output.paint(" 超24小时 late", "31") : ""),
                            $0.text("due"), String($0.text("raised_at").prefix(16)), $0.text("summary")]
                })
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a need with its notes.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rid = try s.resolve(Domain.need, id)
            guard let v = try s.view(Domain.need, id: rid) else { throw StoreError(.unknownID, "No need has the id \"\(id)\".") }
            let notes = try s.notes(of: rid)
            let overdue = ReplicaStore.isOverdue(v, now: s.currentDate)
            let timing = ReplicaStore.responseTiming(v, now: s.currentDate)
            if output.json {
                Output.print(recordJSON(v, type: Domain.need, extra: NeedCommand.timingJSON(v, now: s.currentDate) + [
                    ("notes", .array(notes.map { n in
                        .object([("written_at", .string(n.text("written_at"))), ("author", JSON.value(n["author"])),
                                 ("text", JSON.value(n["text"])), ("status_change", JSON.value(n["status_change"]))])
                    })),
                ]))
            } else {
                var pairs: [(String, String)] = [("id", v.id)]
                for f in Domain.need.fields where f.name != "deleted" {
                    pairs.append((f.name, v.text(f.name) + (v.conflicts.contains(f.name) ? Output.paint("  ⚠ conflict", "31") : "")))
                }
                pairs.append(("overdue", overdue ? Output.paint("yes 逾期", "31") : "no"))
                let hours = timing.hoursToAcknowledge.map { String(format: "%.1f h", $0) } ?? "—"
                pairs.append(("24h", timing.withinRule == true ? "on time 按时 (\(hours))"
                              : timing.withinRule == false ? Output.paint("late 超24小时未响应" + (timing.hoursToAcknowledge != nil ? " (\(hours))" : ""), "31")
                              : "waiting 待响应 (within 24 h)"))
                Output.details(pairs)
                for n in notes {
                    print("  \(n.text("written_at")) \(n.text("author")) \(n.text("status_change")) \(n.text("text"))")
                }
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a need (a synced tombstone).")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        func run() throws { _ = try store.open().deleteRecord(Domain.need, id) }
    }
}
