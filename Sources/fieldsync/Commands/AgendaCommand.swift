import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

/// `fieldsync agenda`: the commissioner's day on one page (issue 26, item 9).
struct AgendaCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "agenda", abstract: L(.cmdAgenda)) }
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(L(.hCommissionerRef))) var commissioner: String?
    @OptionGroup var output: JSONFlag

    func run() throws {
        let s = try store.open()
        guard let who = try commissioner ?? laptopCommissioner(s) else { throw CLIError(message: Message(.commissionerNeeded), code: 64) }
        let day = try s.agenda.day(for: who)
        let names = try s.commissioners.names()
        let enterprises = try s.enterprises.names()
        if output.json {
            Output.print(.object([
                ("commissioner", .string(day.commissioner)), ("commissioner_name", names[day.commissioner].map { .string($0) } ?? .null),
                ("date", .string(day.date.description)), ("round", day.round.map { .string($0.description) } ?? .null),
                ("unvisited", .array(day.unvisited.map { .object([("id", .string($0.id)), ("name", .string($0.text("name")))]) })),
                ("needs_due", .array(day.needsDue.map { d in
                    .object([("id", .string(d.need.id)), ("enterprise", .string(d.need.text("enterprise"))),
                             ("enterprise_name", enterprises[d.need.text("enterprise")].map { .string($0) } ?? .null),
                             ("summary", .string(d.need.text("summary"))), ("status", .string(d.need.text("status"))),
                             ("due", d.need.text("due").isEmpty ? .null : .string(d.need.text("due"))), ("why", .string(d.why.rawValue))])
                })),
                ("projects_at_risk", .array(day.projectsAtRisk.map { p in
                    .object([("id", .string(p.project.id)), ("name", .string(p.project.text("name"))),
                             ("enterprise", .string(p.project.text("enterprise"))), ("light", .string(p.light.color)),
                             ("reasons", .array(p.light.reasons.map { .string($0.text("en")) }))])
                })),
                ("progress_missing", .array(day.progressMissing.map { p in
                    .object([("id", .string(p.project.id)), ("name", .string(p.project.text("name"))),
                             ("enterprise", .string(p.project.text("enterprise"))),
                             ("notes", .array(p.light.notes.filter { $0.kind == .noProgress }.map { .string($0.text("en")) }))])
                })),
            ]))
            return
        }
        let round = day.round.map { L(.agendaRound, $0.year, $0.number) } ?? L(.agendaNoRound)
        print(L(.agendaHeading, names[day.commissioner] ?? day.commissioner, day.date.description, round))
        if day.unvisited.isEmpty && day.needsDue.isEmpty && day.projectsAtRisk.isEmpty && day.progressMissing.isEmpty {
            print(L(.agendaNothing))
            return
        }
        if !day.unvisited.isEmpty {
            print("\n" + L(.agendaUnvisited, day.unvisited.count))
            Output.table([fieldLabel("enterprise"), fieldLabel("credit_code"), L(.colNext)],
                         day.unvisited.map { [$0.text("name"), $0.text("credit_code"), L(.agendaVisitThisRound)] })
        }
        if !day.needsDue.isEmpty {
            print("\n" + L(.agendaNeeds, day.needsDue.count))
            Output.table([fieldLabel("enterprise"), fieldLabel("summary"), fieldLabel("due"), L(.colNext)], day.needsDue.map { d in
                [enterprises[d.need.text("enterprise")] ?? Output.short(d.need.text("enterprise")), d.need.text("summary"), d.need.text("due"),
                 L(d.why == .unanswered24h ? .agendaRespondNow : .agendaFollowUp)]
            })
        }
        if !day.projectsAtRisk.isEmpty {
            print("\n" + L(.agendaProjects, day.projectsAtRisk.count))
            Output.table([fieldLabel("project"), fieldLabel("enterprise"), fieldLabel("light"), L(.colNext)], day.projectsAtRisk.map { p in
                [p.project.text("name"), enterprises[p.project.text("enterprise")] ?? Output.short(p.project.text("enterprise")), Output.light(p.light.color),
                 p.light.reasons.first.map { $0.text(Lang.current == .zh ? "zh" : "en") } ?? ""]
            })
        }
        if !day.progressMissing.isEmpty {
            print("\n" + L(.agendaNoProgress, day.progressMissing.count))
            Output.table([fieldLabel("project"), fieldLabel("enterprise"), L(.colNext)], day.progressMissing.map { p in
                [p.project.text("name"), enterprises[p.project.text("enterprise")] ?? Output.short(p.project.text("enterprise")),
                 p.light.notes.first { $0.kind == .noProgress }.map { $0.text(Lang.current == .zh ? "zh" : "en") } ?? ""]
            })
        }
    }
}
