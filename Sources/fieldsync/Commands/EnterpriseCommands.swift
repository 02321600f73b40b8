import ArgumentParser
import FieldProgramme
import FieldReports
import FieldReplica
import FieldSyncCore
import Foundation

struct CommissionerCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "commissioner", abstract: L(.cmdCommissionerServiceTeam), subcommands: [Add.self, Update.self, Leave.self, List.self, Weights.self]) }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdAddCommissionerPrintsId)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hName))) var name: String
        @Option(help: ArgumentHelp(L(.hPhone))) var phone: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let id = try store.open().commissioners.addCommissioner(name: name, phone: phone)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdUpdateCommissioner)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hSuccessor))) var commissioner: String
        @Option(help: ArgumentHelp(L(.hNewName))) var name: String?
        @Option(help: ArgumentHelp(L(.hPhone))) var phone: String?
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let id = try s.commissioners.updateCommissioner(commissioner, name: name, phone: phone)
            if output.json {
                if let v = try s.records.view(Domain.commissioner, id: id) { Output.print(recordJSON(v, type: Domain.commissioner)) }
            } else if !quiet {
                let parts = [("name", name), ("phone", phone)].compactMap { f, v in v.map { "\(fieldLabel(f)) \($0)" } }
                Output.line(L(.wroteFields, name ?? commissioner, parts.joined(separator: Lang.current == .zh ? "，" : ", ")))
            }
        }
    }

    struct Leave: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdCommissionerLeave)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hSuccessor))) var commissioner: String
        @Option(help: ArgumentHelp(L(.hLeaveDate))) var date: String
        @Option(help: ArgumentHelp(L(.hSuccessor))) var to: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let day = try requireDate(date, "--date")
            let r = try s.commissioners.leave(commissioner, on: day, to: to)
            if output.json {
                Output.print(.object([
                    ("commissioner", .string(r.commissioner)), ("left_on", .string(r.on.description)), ("left_to", .string(r.successor)),
                    ("enterprises", .array(r.enterprises.map { .string($0) })), ("needs", .array(r.needs.map { .string($0) })),
                ]))
            } else {
                let names = try s.commissioners.names()
                Output.line(L(.commissionerLeftLine, names[r.commissioner] ?? r.commissioner, r.on, r.enterprises.count, r.needs.count,
                              names[r.successor] ?? r.successor))
            }
        }
    }

    struct Weights: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdPerformanceWeights)) }
        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("set"), help: ArgumentHelp(L(.hPerformanceWeightEG))) var set: [String] = []
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let changes = try weightChanges(set, names: Settings.performanceIndicators.map { ($0.key, [Message($0.label).render(.zh), Message($0.label).render(.en)]) })
            if !changes.isEmpty { try s.settings.setPerformanceWeights(changes) }
            let w = try s.settings.performanceWeights()
            if output.json {
                Output.print(.object(Settings.performanceIndicators.map { ($0.key, .double(w[$0.key] ?? 0)) }))
            } else {
                Output.table([L(.colIndicatorCode), L(.colIndicator), L(.colWeight)],
                             Settings.performanceIndicators.map { [$0.key, Message($0.label).localized, Settings.plain(w[$0.key] ?? 0)] })
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListCommissioners)) }
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let rows = try store.open().commissioners.list()
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.commissioner) }))
            } else {
                let short = try store.open().lookup.shortIDs(Domain.commissioner)
                let names = Dictionary(rows.map { ($0.id, $0.text("name")) }, uniquingKeysWith: { a, _ in a })
                Output.table([fieldLabel("id"), fieldLabel("name"), fieldLabel("phone"), L(.colStatus), fieldLabel("left_to")], rows.map {
                    let left = $0.text("left_on")
                    return [short[$0.id] ?? $0.id, $0.text("name"), $0.text("phone"), left.isEmpty ? L(.statusActive) : L(.statusLeftOn, left),
                            names[$0.text("left_to")] ?? ""]
                })
            }
        }
    }
}

struct EnterpriseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "enterprise", abstract: L(.cmdTechnologyEnterprisesTheirPools),
        subcommands: [Add.self, Update.self, Pool.self, Stage.self, Certify.self, Financing.self, Award.self, Support.self, ImportCommand.self, List.self, Show.self, Delete.self]) }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdAddEnterprisePrintsId)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hName))) var name: String
        @Option(name: .customLong("credit-code"), help: ArgumentHelp(L(.hCharacterUnifiedSocialCredit))) var creditCode: String
        @Option(help: ArgumentHelp(L(.hIndustry))) var industry: String?
        @Option(help: ArgumentHelp(L(.hAddress))) var address: String?
        @Option(help: ArgumentHelp(L(.hContact))) var contact: String?
        @Option(help: ArgumentHelp(L(.hHighTechSmeProject))) var pool: String?
        @Option(help: ArgumentHelp(L(.hAssignedCommissionerIdPrefix))) var commissioner: String?
        @Option(help: ArgumentHelp(L(.hCertificationsCommaSeparated))) var certifications: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let id = try store.open().enterprises.addEnterprise(
                .init(name: name, creditCode: creditCode, industry: industry, address: address, contact: contact,
                      commissioner: commissioner, certifications: splitList(certifications)),
                pool: pool)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdChangeEnterpriseSFields)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hIdIdPrefixCredit))) var id: String
        @Option(help: ArgumentHelp(L(.hName))) var name: String?
        @Option(name: .customLong("credit-code")) var creditCode: String?
        @Option(help: ArgumentHelp(L(.hIndustry))) var industry: String?
        @Option(help: ArgumentHelp(L(.hAddress))) var address: String?
        @Option(help: ArgumentHelp(L(.hContact))) var contact: String?
        @Option(help: ArgumentHelp(L(.hCommissionerResponsibleFromDate))) var commissioner: String?
        @Option(help: ArgumentHelp(L(.hDayNewCommissionerTakes))) var date: String?
        @Option(help: ArgumentHelp(L(.hCertificationsCommaSeparated))) var certifications: String?
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func run() throws {
            let s = try store.open()
            try s.enterprises.updateEnterprise(id, .init(
                name: name, creditCode: creditCode, industry: industry, address: address, contact: contact,
                commissioner: commissioner, certifications: splitList(certifications)), assignedOn: try parseDate(date, "--date"))
            guard !quiet else { return }
            // One line: which enterprise, which fields, as people read them.
            let rid = try s.lookup.resolve(Domain.enterprise, id)
            let shown = try s.records.view(Domain.enterprise, id: rid)?.text("name") ?? id
            var display = RecordDisplay(s)
            let given: [(String, String?)] = [("name", name), ("credit_code", creditCode), ("industry", industry), ("address", address),
                                              ("contact", contact), ("commissioner", commissioner.map { (try? s.lookup.resolve(Domain.commissioner, $0)) ?? $0 }),
                                              ("certifications", certifications)]
            let parts = given.compactMap { f, v in v.map { "\(fieldLabel(f)) → \(display.value(f, $0))" } }
            print(L(.wroteFields, shown, parts.joined(separator: Lang.current == .zh ? "，" : ", ")))
        }
    }

    struct Stage: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: L(.cmdMovePoolEnterpriseAlong)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterprise))) var id: String
        @Argument(help: ArgumentHelp(L(.hSelectedCultivatingMatureApplying))) var stage: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDdDefault))) var date: String?
        @Option(help: ArgumentHelp(L(.hNote))) var note: String?
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func run() throws {
            let s = try store.open()
            let day = try parseDate(date, "--date")
            try s.outcomes.moveStage(id, to: stage, on: day, note: note)
            let code = (try? Vocabulary.check(stage, in: Vocabulary.stages, what: .wordStage)) ?? stage
            if !quiet { Output.line(L(.stageMovedLine, try Output.title(s, Domain.enterprise, id), Output.word(code), (day ?? s.outcomes.today()).description)) }
        }
    }

    struct Certify: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: L(.cmdRecordOutcomeHighTech)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterprise))) var id: String
        @Option(help: ArgumentHelp(L(.hHighTechTechSme))) var kind: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDdAfter))) var date: String
        @Option(help: ArgumentHelp(L(.hCertificateNumber))) var number: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let cid = try store.open().outcomes.certify(id, kind: kind, on: try requireDate(date, "--date"), number: number)
            if output.json { Output.print(.object([("id", .string(cid))])) } else { print(cid) }
        }
    }

    struct Financing: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdFinancing)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterprise))) var id: String
        @Option(help: ArgumentHelp(L(.hAmountWan))) var amount: String
        @Option(help: ArgumentHelp(L(.hFinancingKind))) var kind: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDdDefault))) var date: String?
        @Option(help: ArgumentHelp(L(.hLender))) var lender: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            guard let amount = try parseFunds(amount) else { return }
            let day = try parseDate(date, "--date") ?? s.outcomes.today()
            let fid = try s.outcomes.recordFinancing(id, amount: amount, kind: kind, on: day, lender: lender)
            if output.json { Output.print(.object([("id", .string(fid))])) } else {
                Output.line(L(.financingLine, try Output.title(s, Domain.enterprise, id), day.description, kind, Output.money(amount.description)))
            }
        }
    }

    struct Award: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdAward)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterprise))) var id: String
        @Option(help: ArgumentHelp(L(.hCompetition))) var competition: String
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.awardGrades))) var grade: String
        @Option(help: ArgumentHelp(L(.hPrizeWan))) var prize: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDdDefault))) var date: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let day = try parseDate(date, "--date") ?? s.outcomes.today()
            let aid = try s.outcomes.recordAward(id, competition: competition, grade: grade, prize: try parseFunds(prize), on: day)
            let code = (try? Vocabulary.check(grade, in: Vocabulary.awardGrades, what: .wordAwardGrade)) ?? grade
            if output.json { Output.print(.object([("id", .string(aid))])) } else {
                Output.line(L(.awardLine, try Output.title(s, Domain.enterprise, id), day.description, competition, Output.word(code)))
            }
        }
    }

    struct Support: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdSupport)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hEnterprise))) var id: String
        @Option(help: ArgumentHelp(vocabularyHelp(Vocabulary.supportKinds))) var kind: String
        @Option(help: ArgumentHelp(L(.hYyyyMmDdDefault))) var date: String?
        @Option(help: ArgumentHelp(L(.hNote))) var note: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let day = try parseDate(date, "--date") ?? s.ranking.today()
            let sid = try s.ranking.recordSupport(id, kind: kind, on: day, note: note)
            let code = (try? Vocabulary.check(kind, in: Vocabulary.supportKinds, what: .wordSupportKind)) ?? kind
            if output.json { Output.print(.object([("id", .string(sid))])) } else {
                Output.line(L(.supportLine, try Output.title(s, Domain.enterprise, id), Output.word(code), day.description))
            }
        }
    }

    struct Pool: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdJoinLeaveIncubationPool)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Option(help: ArgumentHelp(L(.hHighTechSmeProject))) var join: String?
        @Option(help: ArgumentHelp(L(.hHighTechSmeProject))) var leave: String?
        @Option(help: ArgumentHelp(L(.hYyyyMmDdDefault))) var date: String?
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func validate() throws {
            guard (join == nil) != (leave == nil) else { throw ValidationError(L(.poolJoinOrLeave)) }
        }
        func run() throws {
            let s = try store.open()
            let d = try parseDate(date, "--date")
            if let join { try s.pools.joinPool(id, pool: join, on: d) }
            if let leave { try s.pools.leavePool(id, pool: leave, on: d) }
            guard !quiet else { return }
            let pool = (try? Vocabulary.check(join ?? leave ?? "", in: Vocabulary.pools, what: .wordPool)) ?? (join ?? leave ?? "")
            Output.line(L(join != nil ? .poolJoinedLine : .poolLeftLine, try Output.title(s, Domain.enterprise, id), Output.word(pool),
                          (d ?? s.pools.today()).description))
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdListEnterprises)) }
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp(L(.hOnlyPoolSCurrent))) var pool: String?
        @Option(help: ArgumentHelp(L(.hOnlyCommissioners))) var commissioner: String?
        @Option(help: ArgumentHelp(L(.hOnlyStage, vocabularyHelp(Vocabulary.stages)))) var stage: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var rows = try s.enterprises.list(EnterpriseFilter(pool: pool, commissioner: commissioner, stage: stage))
            rows = try s.assignments.withCurrentCommissioner(rows)
            let names = try s.commissioners.names()
            // Each enterprise's pools and stage today, as its page shows them.
            let pools = try s.pools.currentPools()
            let stages = try s.outcomes.currentStages()
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.enterprise, extra: [
                    ("pools", .array((pools[$0.id] ?? []).map { .string($0) })), ("stage", stages[$0.id].map { .string($0) } ?? .null),
                ]) }))
            } else {
                let short = try s.lookup.shortIDs(Domain.enterprise)
                Output.table(fieldLabels("id", "name", "credit_code", "industry", "commissioner", "pools", "stage"),
                    rows.map { [short[$0.id] ?? $0.id, $0.text("name"), $0.text("credit_code"), $0.text("industry"), names[$0.text("commissioner")] ?? "",
                                (pools[$0.id] ?? []).map { Output.word($0) }.joined(separator: L(.listSeparator)), stages[$0.id].map { Output.word($0) } ?? ""] })
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdShowOneEnterprise)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rid = try s.lookup.resolve(Domain.enterprise, id)
            guard let found = try s.records.view(Domain.enterprise, id: rid) else { throw StoreError(.unknownID, Message(.lookupUnknown, Message(.wordEnterprise), id)) }
            let v = try s.assignments.withCurrentCommissioner([found])[0]
            let pools = try s.pools.pools(of: rid)
            let stage = try s.outcomes.stage(of: rid)
            let outcomes = try s.outcomes.certifications(of: rid)
            // The enterprise's page: recent visits, open needs, projects and their lights, its
            // place in this year's ranking.
            let visits = Array(try s.visits.list(VisitFilter(enterprise: rid)).sorted { $0.text("date") > $1.text("date") }.prefix(5))
            let needs = try s.needs.list(NeedFilter(enterprise: rid)).filter { !["resolved", "closed", "rejected"].contains($0.text("status")) }
            let projects = try s.projects.list().filter { $0.project.text("enterprise") == rid }
            let year = s.reports.today().year
            let standing = try s.ranking.standing(of: rid, year: year)
            if output.json {
                let poolJSON = JSON.array(pools.map { .object([("pool", .string($0.pool)), ("joined_on", .string($0.joined)), ("left_on", $0.left.map { .string($0) } ?? .null)]) })
                let outcomeJSON = JSON.array(outcomes.map { .object([("kind", JSON.value($0["kind"])), ("certified_on", JSON.value($0["certified_on"])), ("number", JSON.value($0["number"]))]) })
                Output.print(recordJSON(v, type: Domain.enterprise, extra: [
                    ("pools", poolJSON), ("stage", stage.map { .string($0) } ?? .null), ("outcomes", outcomeJSON),
                    ("visits", .array(visits.map { recordJSON($0, type: Domain.visit) })),
                    ("open_needs", .array(needs.map { recordJSON($0, type: Domain.need) })),
                    ("projects", .array(projects.map { p in .object([("id", .string(p.project.id)), ("name", .string(p.project.text("name"))),
                                                                      ("light", .string(p.light.color))]) })),
                    ("ranking", .array(standing.map { r in .object([("year", .int(Int64(year))), ("pool", .string(r.pool)), ("rank", .int(Int64(r.rank))),
                                                                     ("of", .int(Int64(r.of))), ("score", .double(r.score))]) })),
                ]))
            } else {
                let names = try s.commissioners.names()
                var pairs: [(String, String)] = [(fieldLabel("id"), v.id)]
                for f in Domain.enterprise.fields where f.name != "deleted" {
                    var value = f.name == "commissioner" ? (names[v.text(f.name)].map { "\($0) (\(Output.short(v.text(f.name))))" } ?? v.text(f.name)) : v.text(f.name)
                    if v.conflicts.contains(f.name) { value += Output.paint("  " + L(.markConflict), "31") }
                    pairs.append((fieldLabel(f.name), value))
                }
                pairs.append((fieldLabel("stage"), stage.map { Output.word($0) } ?? "—"))
                pairs.append((fieldLabel("outcomes"), outcomes.map { "\(Vocabulary.label($0.text("kind"), what: .wordCertificationKind)) \($0.text("certified_on"))" }.joined(separator: L(.listSeparator))))
                pairs.append((fieldLabel("pools"), pools.map { p in
                    p.left.map { L(.poolSpan, Output.word(p.pool), p.joined, $0) } ?? L(.poolSince, Output.word(p.pool), p.joined)
                }.joined(separator: L(.listSeparator))))
                pairs.append((L(.pageRanking, year), standing.isEmpty ? "—" : standing.map { L(.pageRankLine, Output.word($0.pool), $0.rank, $0.of, String(format: "%.2f", $0.score)) }
                    .joined(separator: L(.listSeparator))))
                Output.details(pairs)
                var display = RecordDisplay(s)
                print("\n" + L(.pageVisits, visits.count))
                Output.table(fieldLabels("date", "commissioner", "mode", "summary"),
                             visits.map { [$0.text("date"), display.value($0, "commissioner"), display.value($0, "mode"), $0.text("summary")] })
                print("\n" + L(.pageOpenNeeds, needs.count))
                Output.table(fieldLabels("raised_at", "category", "summary", "status", "owner"),
                             needs.map { [display.value($0, "raised_at"), display.value($0, "category"), $0.text("summary"), display.value($0, "status"), display.value($0, "owner")] })
                print("\n" + L(.pageProjects, projects.count))
                Output.table(fieldLabels("name", "level", "funds", "light"),
                             projects.map { [$0.project.text("name"), display.value($0.project, "level"), display.value($0.project, "funds"), Output.word($0.light.color)] })
            }
        }
    }

    struct Delete: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L(.cmdDeleteEnterpriseSyncedTombstone)) }
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(L(.hRecordRef))) var id: String
        @Flag(help: ArgumentHelp(L(.hQuiet))) var quiet = false
        func run() throws {
            let s = try store.open()
            let title = try Output.title(s, Domain.enterprise, id)
            _ = try s.records.deleteRecord(Domain.enterprise, id)
            if !quiet { Output.line(L(.deletedLine, Lookup.typeWord(Domain.enterprise).localized, title)) }
        }
    }
}
