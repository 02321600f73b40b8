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
        static let configuration = CommandConfiguration(abstract: "Add a milestone (prints its id) or mark one done.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The project.") var id: String
        @Option(help: "A new milestone's name.") var add: String?
        @Option(help: "The new milestone's due date.") var due: String?
        @Option(help: "The milestone to mark done.") var done: String?
        @Option(help: "When it was done (default today).") var date: String?
        @OptionGroup var output: JSONFlag
        func validate() throws {
            guard (add == nil) != (done == nil) else { throw ValidationError("Give exactly one of --add NAME --due D or --done MILESTONE_ID.") }
            if add != nil && due == nil { throw ValidationError("--add needs --due YYYY-MM-DD.") }
        }
        func run() throws {
            let s = try store.open()
            if let add, let due {
                let mid = try s.addMilestone(project: id, name: add, due: try requireDate(due, "--due"))
                if output.json { Output.print(.object([("id", .string(mid))])) } else { print(mid) }
            } else if let done {
                try s.completeMilestone(project: id, milestone: done, on: try parseDate(date, "--date"))
            }
        }
    }

    struct Light: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the red/yellow/green light, or override it with a reason.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @Option(help: "red | yellow | green (with --reason); 'auto' clears an override.") var set: String?
        @Option var reason: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            if let set {
                try s.setLight(id, color: set == "auto" ? nil : set, reason: reason)
            } else {
                try s.observeLight(id)
            }
            let (p, milestones, light) = try s.light(of: id)
            if output.json {
                Output.print(.object([
                    ("id", .string(p.id)), ("name", .string(p.text("name"))), ("light", .string(light.color)), ("computed", .string(light.computed)),
                    ("reasons", .array(light.reasons.map { .string($0) })), ("override", light.override.map { .string($0) } ?? .null),
                    ("override_reason", light.overrideReason.map { .string($0) } ?? .null),
                    ("milestones", .array(milestones.map { m in .object([("id", .string(m.id)), ("name", .string(m.text("name"))), ("due", JSON.value(m["due"])), ("done_on", JSON.value(m["done_on"]))]) })),
                ]))
            } else {
                print("\(p.text("name")): \(Output.light(light.color))" + (light.override != nil ? " (override: \(light.overrideReason ?? ""); computed \(light.computed))" : ""))
                for r in light.reasons { print("  - \(r)") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List projects with their lights.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let projects = try s.views(Domain.project, orderBy: "name")
            let rows = try projects.map { p in (p, try s.light(of: p.id).light) }
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
