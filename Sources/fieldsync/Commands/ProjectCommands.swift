import ArgumentParser
import FieldStore
import FieldSyncCore
import Foundation

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project", abstract: "Funded projects and their early-warning light.",
                                                    subcommands: [Add.self, Milestone.self, Light.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a funded project; prints the id.")
        @OptionGroup var store: StoreOptions
        @Option var enterprise: String
        @Option var name: String
        @Option(help: "national | region | city") var level: String
        @Option(help: "YYYY-MM-DD") var start: String
        @Option(help: "YYYY-MM-DD") var end: String
        @Option(help: "Funds in 万元, an exact decimal such as 120.50.") var funds: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            var amount: ExactDecimal?
            if let funds {
                guard let d = ExactDecimal(funds) else { throw CLIError(message: "Funds must be an exact decimal such as 120.50, not \"\(funds)\".") }
                amount = d
            }
            let id = try store.open().addProject(enterprise: enterprise, name: name, level: level, start: try requireDate(start, "--start"),
                                                 end: try requireDate(end, "--end"), funds: amount)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Milestone: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a milestone (prints its id), mark one done, or re-plan one (move its due date, with a reason).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The project.") var id: String
        @Option(help: "A new milestone's name.") var add: String?
        @Option(help: "The due date (with --add or --replan), within the project's span.") var due: String?
        @Option(help: "The milestone to mark done (id or name).") var done: String?
        @Option(help: "When it was done (default today; never after today).") var date: String?
        @Option(help: "The milestone to re-plan (id or name); needs --due and --reason.") var replan: String?
        @Option(help: "Why the milestone is re-planned.") var reason: String?
        @OptionGroup var output: JSONFlag
        func validate() throws {
            guard [add, done, replan].compactMap({ $0 }).count == 1 else {
                throw ValidationError("Give exactly one of --add NAME --due D, --done MILESTONE or --replan MILESTONE --due D --reason R.")
            }
            if add != nil && due == nil { throw ValidationError("--add needs --due YYYY-MM-DD.") }
            if replan != nil && (due == nil || reason == nil) { throw ValidationError("--replan needs --due YYYY-MM-DD and --reason TEXT.") }
        }
        func run() throws {
            let s = try store.open()
            if let add, let due {
                let mid = try s.addMilestone(project: id, name: add, due: try requireDate(due, "--due"))
                if output.json { Output.print(.object([("id", .string(mid))])) } else { print(mid) }
            } else if let done {
                try s.completeMilestone(project: id, milestone: done, on: try parseDate(date, "--date"))
            } else if let replan, let due, let reason {
                let rid = try s.replanMilestone(project: id, milestone: replan, due: try requireDate(due, "--due"), reason: reason)
                if output.json { Output.print(.object([("id", .string(rid))])) } else { print(rid) }
            }
        }
    }

    struct Light: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the red/yellow/green light with its reasons, re-plans and flags; or raise it (yellow or red, with a reason).",
            discussion: "A person may raise a light, never lower one: a red project goes back to green when its late milestone is done or re-planned.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @Option(help: "yellow | red: raise the light from today (green is refused: it is computed).") var set: String?
        @Option(help: "Why the light is raised.") var reason: String?
        @Option(help: "The last day the raised light holds (default: until cleared).") var until: String?
        @Flag(help: "Lift the flags in force from today.") var clear = false
        @OptionGroup var output: JSONFlag
        func validate() throws {
            if set != nil && clear { throw ValidationError("Give --set or --clear, not both.") }
            if set == nil && (reason != nil || until != nil) { throw ValidationError("--reason and --until go with --set yellow|red.") }
        }
        func run() throws {
            let s = try store.open()
            if let set {
                _ = try s.raiseLight(id, to: set, reason: reason, until: try parseDate(until, "--until"))
            } else if clear {
                _ = try s.clearLightFlags(id)
            }
            let inputs = try s.lightInputs(of: id)
            let today = s.today()
            let light = inputs.light(on: today)
            let p = inputs.project
            let lang = ReportRender.systemLanguage()
            if output.json {
                let milestones: [JSON] = inputs.milestones.map { m in
                    .object([("id", .string(m.id)), ("name", .string(m.text("name"))), ("due", JSON.value(m["due"])), ("done_on", JSON.value(m["done_on"]))])
                }
                let replans: [JSON] = inputs.replans.map { r in
                    .object([("milestone", .string(r.text("milestone"))), ("replanned_on", JSON.value(r["replanned_on"])), ("old_due", JSON.value(r["old_due"])),
                             ("new_due", JSON.value(r["new_due"])), ("reason", JSON.value(r["reason"]))])
                }
                let flags: [JSON] = inputs.flags.map { f in
                    .object([("id", .string(f.id)), ("light", JSON.value(f["light"])), ("reason", JSON.value(f["reason"])), ("raised_on", JSON.value(f["raised_on"])),
                             ("until", JSON.value(f["until"])), ("cleared_on", JSON.value(f["cleared_on"]))])
                }
                Output.print(.object([
                    ("id", .string(p.id)), ("name", .string(p.text("name"))), ("light", .string(light.color)), ("computed", .string(light.computed)),
                    ("reasons", .array(light.reasons.map { .string($0.text("en")) })),
                    ("warning_days", .int(Int64(inputs.warningDays))),
                    ("milestones", .array(milestones)), ("replans", .array(replans)), ("flags", .array(flags)),
                ]))
            } else {
                print("\(p.text("name")): \(Output.light(light.color))" + (light.color != light.computed ? " (\(lang == "zh" ? "按节点" : "computed") \(Output.light(light.computed)))" : ""))
                for r in light.reasons { print("  - \(r.text(lang))") }
                for r in inputs.replans {
                    print("  ↻ \(r.text("replanned_on")) \(lang == "zh" ? "调整计划" : "re-planned") \(r.text("old_due")) → \(r.text("new_due")): \(r.text("reason"))")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List projects with their lights.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let today = s.today()
            let rows = try s.lightInputs().values.sorted { ($0.project.text("name"), $0.project.id) < ($1.project.text("name"), $1.project.id) }
                .map { ($0.project, $0.light(on: today)) }
            if output.json {
                Output.print(.array(rows.map { recordJSON($0.0, type: Domain.project, extra: [("light", .string($0.1.color))]) }))
            } else {
                Output.table(["ID", "项目 project", "级别 level", "起止 period", "经费 funds(万元)", "灯 light"], rows.map { p, l in
                    [Output.short(p.id), p.text("name"), Vocabulary.chinese[p.text("level")] ?? p.text("level"), "\(p.text("start"))…\(p.text("end"))", p.text("funds"), Output.light(l.color)]
                })
            }
        }
    }
}

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conflicts", abstract: "Concurrent edits waiting for a person to decide.",
                                                    subcommands: [List.self, Show.self, Resolve.self])

    static func fieldsJSON(_ state: RecordState, type: RecordType) -> JSON {
        .array(state.conflictedFields(policy: type.policy(of:)).map { f in
            .object([("field", .string(f)), ("values", .array(state.entriesInDisplayOrder(f).map { JSON.value($0.value) })),
                     ("writers", .array(state.entriesInDisplayOrder(f).map { .string($0.dot.replica.rawValue) }))])
        })
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List records with conflicts.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var items: [JSON] = []
            var rows: [[String]] = []
            for (table, id) in try s.conflictedRecords() {
                guard let type = Domain.type(named: table), let state = try s.state(type, id: id) else { continue }
                items.append(.object([("table", .string(table)), ("id", .string(id)), ("fields", fieldsJSON(state, type: type))]))
                for f in state.conflictedFields(policy: type.policy(of:)) {
                    rows.append([table, Output.short(id), f, state.entriesInDisplayOrder(f).map { $0.value.description }.joined(separator: " | ")])
                }
            }
            if output.json { Output.print(.array(items)) } else if rows.isEmpty { print("no conflicts") } else {
                Output.table(["table", "id", "field", "values (shown first)"], rows)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a record's conflicting values, numbered for --pick.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let (table, rid) = try s.resolveAny(id)
            guard let type = Domain.type(named: table), let state = try s.state(type, id: rid) else { throw StoreError(.unknownID, "No record has the id \"\(id)\".") }
            if output.json {
                Output.print(.object([("table", .string(table)), ("id", .string(rid)), ("fields", fieldsJSON(state, type: type))]))
            } else {
                let fields = state.conflictedFields(policy: type.policy(of:))
                if fields.isEmpty { print("\(table) \(rid): no conflicts") }
                for f in fields {
                    print("\(table) \(Output.short(rid)) · \(f)")
                    for (i, e) in state.entriesInDisplayOrder(f).enumerated() {
                        print("  [\(i + 1)] \(e.value)   (replica \(Output.short(e.dot.replica.rawValue)), write \(e.dot.counter))")
                    }
                }
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decide a conflicted field: a new value, or pick one of the shown values.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @Option var field: String
        @Option var value: String?
        @Option(help: "The number `conflicts show` printed.") var pick: Int?
        func validate() throws {
            guard (value == nil) != (pick == nil) else { throw ValidationError("Give exactly one of --value VALUE or --pick N.") }
        }
        func run() throws {
            let s = try store.open()
            let (table, rid) = try s.resolveAny(id)
            var chosen = value
            if let pick {
                guard let type = Domain.type(named: table), let state = try s.state(type, id: rid) else { throw StoreError(.unknownID, "No record has the id \"\(id)\".") }
                let entries = state.entriesInDisplayOrder(field)
                guard entries.count > 1 else { throw CLIError(message: "Field \(field) of \(Output.short(rid)) is not in conflict.") }
                guard (1...entries.count).contains(pick) else { throw CLIError(message: "--pick must be 1 to \(entries.count), not \(pick).") }
                chosen = entries[pick - 1].value.description
            }
            try s.resolveConflict(table: table, id: rid, field: field, value: chosen ?? "")
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Every version of a record: who, when, what changed.")
    @OptionGroup var store: StoreOptions
    @Argument var id: String
    @OptionGroup var output: JSONFlag
    func run() throws {
        let s = try store.open()
        let (_, rid) = try s.resolveAny(id)
        let entries = try s.history(id: rid)
        if output.json {
            Output.print(.array(entries.map { e in
                .object([("at", .string(e.at)), ("origin", .string(e.origin)), ("replicas", .array(e.replicas.map { .string($0) })),
                         ("author", e.author.map { .string($0) } ?? .null),
                         ("changes", .array(e.changes.map { c in .object([("field", .string(c.field)), ("old", c.old.map { .string($0) } ?? .null), ("new", c.new.map { .string($0) } ?? .null)]) }))])
            }))
        } else {
            for e in entries {
                print("\(e.at)  \(e.origin == "local" ? "local" : "pulled")  \(e.author ?? e.replicas.map { Output.short($0) }.joined(separator: ","))")
                for c in e.changes where c.field != "deleted" || c.old != c.new {
                    print("    \(c.field): \(c.old ?? "∅") → \(c.new ?? "∅")")
                }
            }
        }
    }
}
