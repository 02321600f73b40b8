import ArgumentParser
import FieldStore
import FieldSyncCore
import Foundation

struct CommissionerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commissioner", abstract: "The commissioner service team.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a commissioner; prints the id.")
        @OptionGroup var store: StoreOptions
        @Option var name: String
        @Option var phone: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let id = try store.open().addCommissioner(name: name, phone: phone)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List commissioners.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONFlag
        func run() throws {
            let rows = try store.open().views(Domain.commissioner, orderBy: "name")
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.commissioner) }))
            } else {
                Output.table(["ID", "姓名 name", "电话 phone"], rows.map { [Output.short($0.id), $0.text("name"), $0.text("phone")] })
            }
        }
    }
}

struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise", abstract: "Technology enterprises and their pools.",
        subcommands: [Add.self, Update.self, Pool.self, Stage.self, Certify.self, ImportCommand.self, List.self, Show.self, Delete.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an enterprise; prints the id.")
        @OptionGroup var store: StoreOptions
        @Option var name: String
        @Option(name: .customLong("credit-code"), help: "The 18-character unified social credit code.") var creditCode: String
        @Option var industry: String?
        @Option var address: String?
        @Option var contact: String?
        @Option(help: "high-tech | sme | project") var pool: String?
        @Option(help: "The assigned commissioner (id or prefix).") var commissioner: String?
        @Option(help: "Certifications, comma-separated.") var certifications: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let id = try store.open().addEnterprise(
                .init(name: name, creditCode: creditCode, industry: industry, address: address, contact: contact,
                      commissioner: commissioner, certifications: splitList(certifications)),
                pool: pool)
            if output.json { Output.print(.object([("id", .string(id))])) } else { print(id) }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an enterprise's fields.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Id, id prefix (6+) or credit code.") var id: String
        @Option var name: String?
        @Option(name: .customLong("credit-code")) var creditCode: String?
        @Option var industry: String?
        @Option var address: String?
        @Option var contact: String?
        @Option(help: "The commissioner responsible from --date (default today); earlier rounds keep theirs.") var commissioner: String?
        @Option(help: "The day the new commissioner takes over (YYYY-MM-DD, not after today).") var date: String?
        @Option var certifications: String?
        func run() throws {
            try store.open().updateEnterprise(id, .init(
                name: name, creditCode: creditCode, industry: industry, address: address, contact: contact,
                commissioner: commissioner, certifications: splitList(certifications)), assignedOn: try parseDate(date, "--date"))
        }
    }

    struct Stage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a pool enterprise along its cultivation path: selected (优选), cultivating (培育), mature (成熟), applying (申报).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The enterprise.") var id: String
        @Argument(help: "selected | cultivating | mature | applying (or 优选/培育/成熟/申报)") var stage: String
        @Option(help: "YYYY-MM-DD (default today)") var date: String?
        @Option var note: String?
        func run() throws {
            try store.open().moveStage(id, to: stage, on: try parseDate(date, "--date"), note: note)
        }
    }

    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an outcome: high-tech (高新技术企业认定), tech-sme (科技型中小企业评价入库), little-giant, specialised-sme, other.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The enterprise.") var id: String
        @Option(help: "high-tech | tech-sme | little-giant | specialised-sme | other") var kind: String
        @Option(help: "YYYY-MM-DD, not after today") var date: String
        @Option(help: "The certificate number.") var number: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let cid = try store.open().certify(id, kind: kind, on: try requireDate(date, "--date"), number: number)
            if output.json { Output.print(.object([("id", .string(cid))])) } else { print(cid) }
        }
    }

    struct Pool: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Join or leave an incubation pool.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @Option(help: "high-tech | sme | project") var join: String?
        @Option(help: "high-tech | sme | project") var leave: String?
        @Option(help: "YYYY-MM-DD (default today)") var date: String?
        func validate() throws {
            guard (join == nil) != (leave == nil) else { throw ValidationError("Give exactly one of --join POOL or --leave POOL.") }
        }
        func run() throws {
            let s = try store.open()
            let d = try parseDate(date, "--date")
            if let join { try s.joinPool(id, pool: join, on: d) }
            if let leave { try s.leavePool(id, pool: leave, on: d) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List enterprises.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Only this pool's current members.") var pool: String?
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            var rows: [RecordView]
            if let pool {
                let p = try Vocabulary.check(pool, in: Vocabulary.pools, what: "pool")
                let condition = "id IN (SELECT enterprise FROM pool_membership WHERE deleted = 0 AND pool = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?))"
                let today = s.today().description
                rows = try s.views(Domain.enterprise, where: condition, arguments: [p, today, today], orderBy: "name")
            } else {
                rows = try s.views(Domain.enterprise, orderBy: "name")
            }
            rows = try s.withCurrentCommissioner(rows)
            let names = try s.commissionerNames()
            if output.json {
                Output.print(.array(rows.map { recordJSON($0, type: Domain.enterprise) }))
            } else {
                Output.table(["ID", "名称 name", "信用代码 credit code", "行业 industry", "专员 commissioner"],
                    rows.map { [Output.short($0.id), $0.text("name"), $0.text("credit_code"), $0.text("industry"), names[$0.text("commissioner")] ?? ""] })
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one enterprise.")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        @OptionGroup var output: JSONFlag
        func run() throws {
            let s = try store.open()
            let rid = try s.resolve(Domain.enterprise, id)
            guard let found = try s.view(Domain.enterprise, id: rid) else { throw StoreError(.unknownID, "No enterprise has the id \"\(id)\".") }
            let v = try s.withCurrentCommissioner([found])[0]
            let pools = try s.pools(of: rid)
            let stage = try s.stage(of: rid)
            let outcomes = try s.certifications(of: rid)
            if output.json {
                let poolJSON = JSON.array(pools.map { .object([("pool", .string($0.pool)), ("joined_on", .string($0.joined)), ("left_on", $0.left.map { .string($0) } ?? .null)]) })
                let outcomeJSON = JSON.array(outcomes.map { .object([("kind", JSON.value($0["kind"])), ("certified_on", JSON.value($0["certified_on"])), ("number", JSON.value($0["number"]))]) })
                Output.print(recordJSON(v, type: Domain.enterprise, extra: [
                    ("pools", poolJSON), ("stage", stage.map { .string($0) } ?? .null), ("outcomes", outcomeJSON),
                ]))
            } else {
                let names = try s.commissionerNames()
                var pairs: [(String, String)] = [("id", v.id)]
                for f in Domain.enterprise.fields where f.name != "deleted" {
                    var value = f.name == "commissioner" ? (names[v.text(f.name)].map { "\($0) (\(Output.short(v.text(f.name))))" } ?? v.text(f.name)) : v.text(f.name)
                    if v.conflicts.contains(f.name) { value += Output.paint("  ⚠ conflict", "31") }
                    pairs.append((f.name, value))
                }
                pairs.append(("stage", stage.map { "\($0) \(Vocabulary.chinese[$0] ?? "")" } ?? "—"))
                pairs.append(("outcomes", outcomes.map { "\(Vocabulary.certificationChinese[$0.text("kind")] ?? $0.text("kind")) \($0.text("certified_on"))" }.joined(separator: "; ")))
                pairs.append(("pools", pools.map { "\($0.pool) (\(Vocabulary.chinese[$0.pool] ?? ""), from \($0.joined)\($0.left.map { " to \($0)" } ?? ""))" }.joined(separator: "; ")))
                Output.details(pairs)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an enterprise (a synced tombstone).")
        @OptionGroup var store: StoreOptions
        @Argument var id: String
        func run() throws { _ = try store.open().deleteRecord(Domain.enterprise, id) }
    }
}
