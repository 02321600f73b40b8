import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

struct RoundCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "round", abstract: L(.cmdThreeAnnualVisitRounds), subcommands: [Coverage.self, SetWindow.self, Show.self]) }

    struct Coverage: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdWhoVisitedWhoPer)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hYyyyN))) var round: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let r = try RoundID.parse(round)
            let s = try store.open()
            let groups = try s.rounds.coverage(r)
            let w = try s.rounds.window(of: r)
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
                print(L(.coverageLine, r, w.lowerBound, w.upperBound, visited, due, String(format: "%.1f", pct)))
                Output.table([L(.colCommissioner), L(.colVisited), L(.colOnSite), L(.colDue), "%", L(.colNotVisited)], groups.map { g in
                    [g.commissionerID == nil ? L(.unassigned) : g.commissionerName, String(g.visited.count), String(g.onSite), String(g.due), String(format: "%.1f", g.percent),
                     g.notVisited.map { $0.text("name") }.joined(separator: "、")]
                })
            }
        }
    }

    struct SetWindow: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "set", abstract: L(.cmdChangeRoundSDate)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hYyyyN))) var round: String
        @Option(help: ArgumentHelp(L(.hStart))) var start: String
        @Option(help: ArgumentHelp(L(.hEnd))) var end: String
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func run() throws {
            let r = try RoundID.parse(round)
            let (from, to) = (try requireDate(start, "--start"), try requireDate(end, "--end"))
            try store.open().rounds.setRoundWindow(r, start: from, end: to)
            if !quiet { Output.line(L(.roundSetLine, r.description, from.description, to.description)) }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdYearSRoundWindows)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hYyyy))) var year: Int
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var rows: [[String]] = []
            for n in 1...3 {
                let r = try RoundID(year: year, number: n)
                let w = try s.rounds.window(of: r)
                rows.append([r.description, w.lowerBound.description, w.upperBound.description])
            }
            if output.json {
                Output.print(.array(rows.map { .object([("round", .string($0[0])), ("starts_on", .string($0[1])), ("ends_on", .string($0[2]))]) }))
            } else {
                Output.table([fieldLabel("round"), fieldLabel("starts_on"), fieldLabel("ends_on")], rows)
            }
        }
    }
}

struct VisitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "visit", abstract: L(.cmdVisitsEnterprises), subcommands: [Record.self, Update.self, Delete.self, List.self]) }

    struct Record: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdRecordVisitRoundInferred)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String
        @Option(help: ArgumentHelp(L(.hCommissionerRef))) var commissioner: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var date: String
        @Option(help: ArgumentHelp(L(.hYyyyNDefaultRound))) var round: String?
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.visitModes))) var mode: String?
        @Option(help: ArgumentHelp(L(.hCommaSeparatedTopics))) var topics: String?
        @Option(help: ArgumentHelp(L(.hSummary))) var summary: String?
        @Option(help: ArgumentHelp(L(.hText))) var satisfaction: Int?
        @Flag(help: ArgumentHelp(L(.hAgain))) var again = false
        @Option(name: .customLong("need"), help: ArgumentHelp(L(.hFollowsNeed))) var needs: [String] = []
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            // The laptop's own commissioner unless another is named.
            guard let who = try commissioner ?? laptopCommissioner(s) else { throw CLIError(message: Message(.commissionerNeeded), code: 64) }
            let id = try s.visits.recordVisit(.init(
                enterprise: enterprise, commissioner: who, date: try requireDate(date, "--date"),
                round: try round.map(RoundID.parse), mode: mode, topics: splitList(topics), summary: summary, satisfaction: satisfaction, again: again,
                needs: needs))
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdCorrectVisit)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var date: String?
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.visitModes))) var mode: String?
        @Option(help: ArgumentHelp(L(.hCommaSeparatedTopics))) var topics: String?
        @Option(help: ArgumentHelp(L(.hSummary))) var summary: String?
        @Option(help: ArgumentHelp(L(.hText))) var satisfaction: Int?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let visit = try s.visits.updateVisit(id, .init(date: try parseDate(date, "--date"), mode: mode, topics: splitList(topics),
                                                            summary: summary, satisfaction: satisfaction))
            if output.json { Output.print(.object([("id", .string(visit))])) } else { Output.line(L(.visitCorrected, try Output.title(s, Domain.visit, visit))) }
        }
    }

    struct Delete: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdDeleteVisit)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let title = try Output.title(s, Domain.visit, id)
            let visit = try s.visits.deleteVisit(id)
            if output.json { Output.print(.object([("id", .string(visit))])) } else { Output.line(L(.visitDeleted, title)) }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListVisits)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hYyyyN))) var round: String?
        @Option(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String?
        @Option(help: ArgumentHelp(L(.hOnlyCommissioners))) var commissioner: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rows = try s.visits.list(VisitFilter(round: try round.map(RoundID.parse), enterprise: enterprise, commissioner: commissioner))
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.visit) }))
            } else {
                let enterprises = try s.enterprises.names()
                let names = try s.commissioners.names()
                let short = try s.lookup.shortIDs(Domain.visit)
                Output.table(fieldLabels("id", "date", "round", "enterprise", "commissioner", "mode", "satisfaction", "summary"), rows.map {
                    [short[$0.id] ?? $0.id, $0.text("date"), $0.text("round"), enterprises[$0.text("enterprise")] ?? Output.short($0.text("enterprise")),
                     names[$0.text("commissioner")] ?? "", Output.word($0.text("mode")), $0.text("satisfaction"), $0.text("summary")]
                })
            }
        }
    }
}

struct NeedCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "need", abstract: L(.cmdNeedsRaisedEnterprisesChased),
                                                    subcommands: [Raise.self, Update.self, List.self, Show.self, Delete.self]) }

    /// The 24-hour rule's fields for `--json` (docs/rules.md).
    static func timingJSON(_ need: RecordView, now: Date) -> [(String, JSON)] {
        let t = Needs.responseTiming(need, now: now)
        return [("overdue", .bool(Needs.isOverdue(need, now: now))),
                ("acknowledged_within_24h", t.withinRule.map { .bool($0) } ?? .null),
                ("hours_to_acknowledge", t.hoursToAcknowledge.map { .number(String(format: "%.2f", $0)) } ?? .null)]
    }

    struct Raise: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdTakeDownNeedPrints)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String
        @Option(help: ArgumentHelp(L(.hVisitRef))) var visit: String?
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.needCategories))) var category: String
        @Option(help: ArgumentHelp(L(.hSummary))) var summary: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var due: String?
        @Option(help: ArgumentHelp(L(.hOwner))) var owner: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let id = try s.needs.raiseNeed(enterprise: enterprise, visit: visit, category: category, summary: summary,
                                           due: try parseDate(due, "--due"), owner: try owner ?? laptopCommissioner(s))
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdChangeStatusSummaryOwner)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.needStatuses))) var status: String?
        @Option(help: ArgumentHelp(L(.hSummary))) var summary: String?
        @Option(help: ArgumentHelp(L(.hOwner))) var owner: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var due: String?
        @Option(help: ArgumentHelp(L(.hNoteAppendedNeedS))) var note: String?
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            try s.needs.updateNeed(id, .init(status: status, summary: summary, owner: owner, due: try parseDate(due, "--due"), note: note,
                                       author: try s.replica.info().name))
            let rid = try s.lookup.resolve(Domain.need, id)
            let v = try s.records.view(Domain.need, id: rid)
            if output.json {
                if let v { Output.print(recordJSON(v, type: Domain.need, extra: NeedCommand.timingJSON(v, now: s.replica.currentDate))) }
            } else if !quiet, let v {
                // One line: the need by its summary, each field given as it now reads.
                var display = RecordDisplay(s)
                let given = [("status", status), ("summary", summary), ("owner", owner), ("due", due), ("note", note)]
                let parts = given.compactMap { f, typed in typed.map { _ in "\(fieldLabel(f)) → \(f == "note" ? (note ?? "") : display.value(v, f))" } }
                print(L(.wroteFields, v.text("summary"), parts.joined(separator: Lang.current == .zh ? "，" : ", ")))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListNeeds)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hStatusFilter))) var status: String?
        @Flag(help: ArgumentHelp(L(.hOnlyNeedsUnansweredPast))) var overdue = false
        @Flag(help: ArgumentHelp(L(.hOnlyNeedsAnsweredLate))) var late = false
        @Option(help: ArgumentHelp(L(.hOnlyOwners))) var owner: String?
        @Option(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rows = try s.needs.list(NeedFilter(status: status, overdue: overdue, late: late, owner: owner, enterprise: enterprise))
            let now = s.replica.currentDate
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.need, extra: NeedCommand.timingJSON($0, now: now)) }))
            } else {
                let enterprises = try s.enterprises.names()
                let short = try s.lookup.shortIDs(Domain.need)
                Output.table(fieldLabels("id", "enterprise", "category", "status", "due", "raised_at", "summary"), rows.map {
                    let overdue = Needs.isOverdue($0, now: now)
                    let late = Needs.responseTiming($0, now: now).isLate
                    return [short[$0.id] ?? $0.id, enterprises[$0.text("enterprise")] ?? "", Output.word($0.text("category")),
                            Output.word($0.text("status")) + (overdue ? Output.paint(" " + L(.markOverdue), "31") : "")
                                + (late ? Output.paint(" " + L(.markLate), "31") : ""),
                            $0.text("due"), String(Output.time($0.text("raised_at")).prefix(16)), $0.text("summary")]
                })
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdShowNeedNotes)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rid = try s.lookup.resolve(Domain.need, id)
            guard let v = try s.records.view(Domain.need, id: rid) else { throw StoreError(.unknownID, Message(.lookupUnknown, Message(.wordNeed), id)) }
            let notes = try s.needs.notes(of: rid)
            let overdue = Needs.isOverdue(v, now: s.replica.currentDate)
            let timing = Needs.responseTiming(v, now: s.replica.currentDate)
            let followups = try s.needs.onSiteFollowups(of: rid)
            if output.json {
                Output.print(recordJSON(v, type: Domain.need, extra: NeedCommand.timingJSON(v, now: s.replica.currentDate) + [
                    ("on_site_followups", .array(followups.map { .string($0.id) })),
                    ("days_to_on_site", Needs.daysToOnSite(v, followups: followups).map { .int(Int64($0)) } ?? .null),
                    ("notes", .array(notes.map { n in
                        .object([("written_at", .string(n.text("written_at"))), ("author", JSON.value(n["author"])),
                                 ("text", JSON.value(n["text"])), ("status_change", JSON.value(n["status_change"]))])
                    })),
                ]))
            } else {
                var display = RecordDisplay(s)
                var pairs = display.pairs(v, Domain.need)
                pairs.append((fieldLabel("overdue"), overdue ? Output.paint(L(.yes), "31") : L(.no)))
                let hours = timing.hoursToAcknowledge.map { L(.hoursShort, String(format: "%.1f", $0)) } ?? "—"
                pairs.append((fieldLabel("within_24h"), timing.withinRule == true ? L(.onTime, hours)
                              : timing.withinRule == false ? Output.paint(timing.hoursToAcknowledge != nil ? L(.lateAnswered, hours) : L(.lateUnanswered), "31")
                              : L(.waiting24h)))
                pairs.append((Message(.reportOnSiteFollowups).localized,
                              followups.isEmpty ? "—" : followups.map { $0.text("date") }.joined(separator: L(.listSeparator))))
                Output.details(pairs)
                if !notes.isEmpty { print(L(.notesHeading)) }
                for n in notes {
                    let change = n.text("status_change").split(separator: " ").map { Output.word(String($0)) }.joined(separator: " ")
                    Output.line("  \(Output.time(n.text("written_at"))) \(n.text("author")) \(change) \(n.text("text"))")
                }
            }
        }
    }

    struct Delete: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdDeleteNeedSyncedTombstone)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func run() throws {
            let s = try store.open()
            let title = try Output.title(s, Domain.need, id)
            _ = try s.records.deleteRecord(Domain.need, id)
            if !quiet { Output.line(L(.deletedLine, Lookup.typeWord(Domain.need).localized, title)) }
        }
    }
}
