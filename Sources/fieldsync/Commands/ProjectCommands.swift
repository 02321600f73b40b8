import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncClient
import FieldSyncCore
import Foundation

/// `--funds` as an exact amount in 万元, or nil when not given.
func parseFunds(_ text: String?) throws -> ExactDecimal? {
    guard let text else { return nil }
    guard let d = ExactDecimal(text) else { throw CLIError(message: Message(.fundsMustExactDecimal, text)) }
    return d
}

struct ProjectCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "project", abstract: L(.cmdFundedProjectsTheirEarly),
                                                    subcommands: [Add.self, Update.self, Milestone.self, Progress.self, Light.self, List.self]) }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdAddFundedProjectPrints)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hEnterpriseRef))) var enterprise: String
        @Option(help: ArgumentHelp(L(.hName))) var name: String
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.projectLevels))) var level: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var start: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var end: String
        @Option(help: ArgumentHelp(L(.hFundsExactDecimalSuch))) var funds: String?
        @Flag(help: ArgumentHelp(L(.hMajor))) var major = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            let amount = try parseFunds(funds)
            let id = try store.open().projects.addProject(enterprise: enterprise, name: name, level: level, start: try requireDate(start, "--start"),
                                                 end: try requireDate(end, "--end"), funds: amount, major: major)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdCorrectProject)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(L(.hName))) var name: String?
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.projectLevels))) var level: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var start: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDd))) var end: String?
        @Option(help: ArgumentHelp(L(.hFundsExactDecimalSuch))) var funds: String?
        @Flag(help: ArgumentHelp(L(.hMajor))) var major = false
        @Flag(name: .customLong("not-major"), help: ArgumentHelp(L(.hNotMajor))) var notMajor = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            let amount = try parseFunds(funds)
            let s = try store.open()
            let project = try s.projects.updateProject(id, .init(
                name: name, level: level, start: try parseDate(start, "--start"), end: try parseDate(end, "--end"), funds: amount,
                major: major ? true : notMajor ? false : nil))
            if output.json { Output.print(.object([("id", .string(project))])) } else { Output.line(L(.projectCorrected, try Output.title(s, Domain.project, project))) }
        }
    }

    struct Milestone: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: L(.cmdAddMilestonePrintsId)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hProject))) var id: String
        @Option(help: ArgumentHelp(L(.hNewMilestoneSName))) var add: String?
        @Option(help: ArgumentHelp(L(.hDueDateAddReplan))) var due: String?
        @Option(help: ArgumentHelp(L(.hMilestoneMarkDoneId))) var done: String?
        @Option(help: ArgumentHelp(L(.hWhenWasDoneDefault))) var date: String?
        @Option(help: ArgumentHelp(L(.hMilestoneRePlanId))) var replan: String?
        @Option(help: ArgumentHelp(L(.hWhyMilestoneRePlanned))) var reason: String?
        @OptionGroup var output: JSONFlag
        func validate() throws {
            guard [add, done, replan].compactMap({ $0 }).count == 1 else {
                throw ValidationError(L(.milestoneOneOf))
            }
            if add != nil && due == nil { throw ValidationError(L(.addNeedsDue)) }
            if replan != nil && (due == nil || reason == nil) { throw ValidationError(L(.replanNeedsDueReason)) }
        }
        func run() throws {
            let s = try store.open()
            if let add, let due {
                let mid = try s.projects.addMilestone(project: id, name: add, due: try requireDate(due, "--due"))
                if output.json { Output.print(.object([("id", .string(mid))])) } else { print(mid) }
            } else if let done {
                let day = try parseDate(date, "--date")
                try s.projects.completeMilestone(project: id, milestone: done, on: day)
                if !output.json { Output.line(L(.milestoneDoneLine, try Output.title(s, Domain.project, id), done, (day ?? s.projects.today()).description)) }
            } else if let replan, let due, let reason {
                let rid = try s.projects.replanMilestone(project: id, milestone: replan, due: try requireDate(due, "--due"), reason: reason)
                if output.json { Output.print(.object([("id", .string(rid))])) } else { print(rid) }
            }
        }
    }

    struct Progress: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdProjectProgress)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hProject))) var project: String
        @Argument(help: ArgumentHelp(L(.hProgressMilestone))) var milestone: String
        @Argument(help: ArgumentHelp(L(.hProgressPercent))) var percent: String
        @Option(help: ArgumentHelp(L(.hProgressDate))) var date: String?
        @Option(help: ArgumentHelp(L(.hProgressNote))) var note: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            // `60` or `60%`: a whole percentage; anything else is named back.
            let t = percent.trimmingCharacters(in: .whitespaces)
            let digits = t.hasSuffix("%") || t.hasSuffix("％") ? String(t.dropLast()).trimmingCharacters(in: .whitespaces) : t
            guard let value = Int(digits), (0...100).contains(value) else { throw CLIError(message: Message(.progressPercentRange, percent)) }
            let s = try store.open()
            let day = try parseDate(date, "--date")
            let id = try s.projects.recordProgress(project: project, milestone: milestone, percent: value, on: day, note: note)
            let light = try s.projects.lightInputs(of: project).light(on: s.today())
            if output.json {
                Output.print(.object([("id", .string(id)), ("light", .string(light.color))]))
            } else {
                Output.line(L(.progressLine, try Output.title(s, Domain.project, project), milestone, (day ?? s.today()).description, value,
                              Output.light(light.color)))
            }
        }
    }

    struct Light: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: L(.cmdShowRedYellowGreen),
            discussion: L(.morePersonMayRaiseLight)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(L(.hYellowRedRaiseLight))) var set: String?
        @Option(help: ArgumentHelp(L(.hWhyLightRaised))) var reason: String?
        @Option(help: ArgumentHelp(L(.hLastDayRaisedLight))) var until: String?
        @Flag(help: ArgumentHelp(L(.hLiftFlagsForceFrom))) var clear = false
        @OptionGroup var output: JSONFlag
        func validate() throws {
            if set != nil && clear { throw ValidationError(L(.setOrClear)) }
            if set == nil && (reason != nil || until != nil) { throw ValidationError(L(.reasonUntilWithSet)) }
        }
        func run() throws {
            let s = try store.open()
            if let set {
                _ = try s.projects.raiseLight(id, to: set, reason: reason, until: try parseDate(until, "--until"))
            } else if clear {
                _ = try s.projects.clearLightFlags(id)
            }
            let inputs = try s.projects.lightInputs(of: id)
            let today = s.today()
            let light = inputs.light(on: today)
            let p = inputs.project
            let lang = Lang.current.rawValue
            if output.json {
                let milestones: [JSON] = inputs.milestones.map { m in
                    .object([("id", .string(m.id)), ("name", .string(m.text("name"))), ("due", JSON.value(m["due"])), ("done_on", JSON.value(m["done_on"])),
                             ("progress", inputs.reportedProgress(of: m, on: today).map { .int(Int64($0)) } ?? .null)])
                }
                let replans: [JSON] = inputs.replans.map { r in
                    .object([("milestone", .string(r.text("milestone"))), ("replanned_on", JSON.value(r["replanned_on"])), ("old_due", JSON.value(r["old_due"])),
                             ("new_due", JSON.value(r["new_due"])), ("reason", JSON.value(r["reason"]))])
                }
                let progress: [JSON] = inputs.progress.map { r in
                    .object([("milestone", .string(r.text("milestone"))), ("percent", JSON.value(r["percent"])), ("reported_on", JSON.value(r["reported_on"])),
                             ("note", JSON.value(r["note"]))])
                }
                let flags: [JSON] = inputs.flags.map { f in
                    .object([("id", .string(f.id)), ("light", JSON.value(f["light"])), ("reason", JSON.value(f["reason"])), ("raised_on", JSON.value(f["raised_on"])),
                             ("until", JSON.value(f["until"])), ("cleared_on", JSON.value(f["cleared_on"]))])
                }
                Output.print(.object([
                    ("id", .string(p.id)), ("name", .string(p.text("name"))), ("light", .string(light.color)), ("computed", .string(light.computed)),
                    ("reasons", .array(light.reasons.map { .string($0.text("en")) })),
                    ("notes", .array(light.notes.map { .string($0.text("en")) })),
                    ("warning_days", .int(Int64(inputs.warningDays))), ("progress_tolerance", .number(Settings.plain(inputs.tolerance))),
                    ("milestones", .array(milestones)), ("replans", .array(replans)), ("flags", .array(flags)), ("progress", .array(progress)),
                ]))
            } else {
                Output.line(L(.lightHeadline, p.text("name"), Output.light(light.color)) + (light.color != light.computed ? L(.byMilestones, Output.light(light.computed)) : ""))
                for r in light.reasons { Output.line("  - \(r.text(lang))") }
                for n in light.notes { Output.line("  · \(n.text(lang))") }
                for r in inputs.replans {
                    Output.line("  ↻ " + L(.replannedLine, r.text("replanned_on"), r.text("old_due"), r.text("new_due"), r.text("reason")))
                }
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListProjectsTheirLights)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hOnlyCommissioners))) var commissioner: String?
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.lights))) var light: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rows = try s.projects.list(ProjectFilter(commissioner: commissioner, light: light))
            if output.json {
                Output.print(.array(rows.map { recordJSON($0.project, type: Domain.project, extra: [("light", .string($0.light.color))]) }))
            } else {
                let short = try s.lookup.shortIDs(Domain.project)
                let enterprises = try s.enterprises.names()
                let names = try s.commissioners.names()
                let book = try s.assignments.book()
                let today = s.today()
                Output.table([fieldLabel("id"), fieldLabel("project"), fieldLabel("enterprise"), fieldLabel("commissioner"), fieldLabel("level"),
                              L(.colPeriod), fieldLabel("funds"), fieldLabel("light")], rows.map { p, l in
                    let e = p.text("enterprise")
                    return [short[p.id] ?? p.id, p.text("name"), enterprises[e] ?? Output.short(e), book.commissioner(of: e, on: today).flatMap { names[$0] } ?? "",
                            Output.word(p.text("level")), "\(p.text("start"))…\(p.text("end"))", Output.money(p.text("funds")), Output.light(l.color)]
                })
            }
        }
    }
}

struct ConflictsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "conflicts", abstract: L(.cmdConcurrentEditsWaitingPerson),
                                                    subcommands: [List.self, Show.self, Resolve.self]) }

    static func fieldsJSON(_ state: RecordState, type: RecordType, writers: Writers) -> JSON {
        .array(state.conflictedFields(policy: type.policy(of:)).map { f in
            .object([("field", .string(f)), ("values", .array(state.entriesInDisplayOrder(f).map { JSON.value($0.value) })),
                     ("writers", .array(state.entriesInDisplayOrder(f).map { .string($0.dot.replica.rawValue) })),
                     ("writer_names", .array(state.entriesInDisplayOrder(f).map { writers.json($0.dot.replica.rawValue) }))])
        })
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListRecordsConflicts)) }
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let writers = try Writers(s)
            var display = RecordDisplay(s)
            var items: [JSON] = []
            var rows: [[String]] = []
            for (table, id) in try s.replica.conflictedRecords() {
                guard let type = Domain.type(named: table), let state = try s.replica.state(type, id: id) else { continue }
                let title = try s.lookup.recordTitle(type, id: id)
                items.append(.object([("table", .string(table)), ("id", .string(id)), ("title", title.map { .string($0) } ?? .null),
                                      ("fields", fieldsJSON(state, type: type, writers: writers))]))
                for f in state.conflictedFields(policy: type.policy(of:)) {
                    rows.append([Lookup.typeWord(type).localized, Output.short(id), title ?? "", fieldLabel(f, in: type.name),
                                 state.entriesInDisplayOrder(f).map { "\(display.value(f, $0.value.description)) (\(writers.name($0.dot.replica.rawValue)))" }.joined(separator: " | ")])
                }
            }
            if output.json { Output.print(.array(items)) } else if rows.isEmpty { print(L(.noConflicts)) } else {
                Output.table([L(.colKind), fieldLabel("id"), L(.colRecord), L(.colField), L(.colValuesShownFirst)], rows)
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdShowRecordSConflicting)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let (table, rid) = try s.lookup.resolveAny(id)
            guard let type = Domain.type(named: table), let state = try s.replica.state(type, id: rid) else { throw StoreError(.unknownID, Message(.recordHasId, id)) }
            let writers = try Writers(s)
            let title = try s.lookup.recordTitle(type, id: rid)
            if output.json {
                Output.print(.object([("table", .string(table)), ("id", .string(rid)), ("title", title.map { .string($0) } ?? .null),
                                      ("fields", fieldsJSON(state, type: type, writers: writers))]))
            } else {
                let fields = state.conflictedFields(policy: type.policy(of:))
                let label = Lookup.typeWord(type).localized + " " + (title ?? Output.short(rid))
                if fields.isEmpty { Output.line(L(.recordNoConflicts, label)) }
                var display = RecordDisplay(s)
                for f in fields {
                    Output.line("\(label) · \(fieldLabel(f, in: type.name))")
                    for (i, e) in state.entriesInDisplayOrder(f).enumerated() {
                        // When and by whom, in the reader's clock, not a write counter.
                        let when = Output.time(Instant.format(Date(timeIntervalSince1970: Double(e.hlc.milliseconds) / 1000)))
                        Output.line("  [\(i + 1)] \(display.value(f, e.value.description))   — \(L(.writtenOn, writers.name(e.dot.replica.rawValue), when))")
                    }
                }
            }
        }
    }

    struct Resolve: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdDecideConflictedFieldNew)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(L(.hField))) var field: String
        @Option(help: ArgumentHelp(L(.hValue))) var value: String?
        @Option(help: ArgumentHelp(L(.hNumberConflictsShowPrinted))) var pick: Int?
        func validate() throws {
            guard (value == nil) != (pick == nil) else { throw ValidationError(L(.valueOrPick)) }
        }
        func run() throws {
            let s = try store.open()
            let (table, rid) = try s.lookup.resolveAny(id)
            // The field as `conflicts show` prints it (名称) or by its code.
            let field = Domain.type(named: table).flatMap { t in fieldNamed(self.field, among: t.fields.map(\.name)) } ?? self.field
            var chosen = value
            if let pick {
                guard let type = Domain.type(named: table), let state = try s.replica.state(type, id: rid) else { throw StoreError(.unknownID, Message(.recordHasId, id)) }
                let entries = state.entriesInDisplayOrder(field)
                guard entries.count > 1 else { throw CLIError(message: Message(.fieldConflict, field, Output.short(rid))) }
                guard (1...entries.count).contains(pick) else { throw CLIError(message: Message(.pickMust, entries.count, pick)) }
                chosen = entries[pick - 1].value.description
            }
            try s.conflicts.resolveConflict(table: table, id: rid, field: field, value: chosen ?? "")
            let title = Domain.type(named: table).flatMap { t in try? s.records.view(t, id: rid) }.map { $0.text("name").isEmpty ? $0.text("summary") : $0.text("name") }
            print(L(.resolvedField, (title?.isEmpty ?? true) ? Output.short(rid) : title ?? "", fieldLabel(field), chosen ?? ""))
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "history", abstract: L(.cmdEveryVersionRecordWho)) }
    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
    @Flag(help: ArgumentHelp(L(.hHistoryOffline))) var offline = false
    @OptionGroup var output: JSONFlag
    func run() throws {
        let s = try store.open()
        let (table, rid) = try s.lookup.resolveAny(id)
        // The server's versions (the office's audit trail): fetched when the laptop can reach its
        // server, kept for offline; else this laptop's own lines.
        var note: String?
        if !offline, let url = try s.replica.config("server"), let tok = try s.replica.config("token") {
            do {
                let transport = try CurlTransport(connectTimeout: 5, totalTimeout: 20, caFile: try s.replica.config("cacert"))
                let versions = try SyncEngine(store: s.replica, transport: transport, options: SyncOptions(server: url, token: tok))
                    .serverVersions(table: table, id: rid)
                try s.replica.cacheServerVersions(id: rid, versions)
            } catch let e as SyncError {
                note = e.text.localized
            }
        }
        let cached = try s.replica.cachedServerVersions(id: rid)
        var entries: [HistoryEntry]
        if cached.versions.isEmpty {
            entries = try s.replica.history(id: rid)
            if let note { FileHandle.standardError.write(Data((Terminal.clean(L(.historyLocalOnly, note)) + "\n").utf8)) }
        } else {
            // The server's versions, then this laptop's lines the server does not hold yet.
            entries = Replica.history(of: cached.versions) + (try s.replica.unsyncedHistory(id: rid, server: cached.versions))
            if let note { FileHandle.standardError.write(Data((Terminal.clean(L(.historyFromCache, note, Output.time(cached.fetchedAt ?? ""))) + "\n").utf8)) }
        }
        // A need's status steps are synced as its notes: a replica that only pulled the need (and
        // so holds only its latest status) still shows each step, when and by whom it was taken.
        if try s.records.view(Domain.need, id: rid) != nil {
            let notes = try s.needs.notes(of: rid)
            // The server saw a version per push: steps taken offline arrive as one; the notes
            // keep each.
            if !cached.versions.isEmpty, notes.contains(where: { !$0.text("status_change").isEmpty }) {
                entries = entries.map { e in
                    var e = e
                    if e.origin == "server" { e.changes.removeAll { $0.field == "status" } }
                    return e
                }.filter { !$0.changes.isEmpty }
            }
            let lined = Set(entries.filter { e in e.origin == "local" && e.changes.contains { $0.field == "status" } && !e.fromState }.map(\.at))
            for note in notes {
                let step = note.text("status_change")
                let parts = step.components(separatedBy: " → ")
                guard parts.count == 2, !lined.contains(note.text("written_at")) else { continue }
                entries.append(HistoryEntry(seq: 0, table: Domain.need.name, recordID: rid, origin: "synced", replicas: [],
                                            author: note.text("author").isEmpty ? nil : note.text("author"), at: note.text("written_at"),
                                            changes: [.init(field: "status", old: parts[0], new: parts[1])]))
            }
            entries.sort { $0.at < $1.at }
        }
        let writers = try Writers(s)
        var display = RecordDisplay(s)
        if output.json {
            Output.print(.array(entries.map { e in
                .object([("at", .string(e.at)), ("origin", .string(e.origin)), ("replicas", .array(e.replicas.map { .string($0) })),
                         ("replica_names", .array(e.replicas.map { writers.json($0) })),
                         ("author", e.author.map { .string($0) } ?? .null),
                         ("changes", .array(e.changes.map { c in .object([("field", .string(c.field)), ("old", c.old.map { .string($0) } ?? .null), ("new", c.new.map { .string($0) } ?? .null)]) }))])
            }))
        } else {
            for e in entries {
                let who = e.replicas.map { writers.name($0) }.joined(separator: ", ")
                let origin = L(e.origin == "local" ? .originLocal : e.origin == "server" ? .originServer : .originPulled)
                let by = e.origin == "server" ? who + (e.author.map { "（\($0)）" } ?? "") : (who.isEmpty ? (e.author ?? "") : who)
                Output.line("\(Output.time(e.at))  \(origin)  \(by)")
                for c in e.changes where c.field != "deleted" || c.old != c.new {
                    let new = c.new.map { display.value(c.field, $0) } ?? "∅"
                    // A write shown from the state gives the value it wrote (what it replaced was
                    // never held here): no "∅ →" for a field that may have had a value.
                    Output.line(e.fromState ? "    \(fieldLabel(c.field)): \(new)"
                                : "    \(fieldLabel(c.field)): \(c.old.map { display.value(c.field, $0) } ?? "∅") → \(new)")
                }
            }
        }
    }
}
