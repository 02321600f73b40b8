/// One field of a record type: its name (also its SQL column and its CLI flag, in snake_case),
/// its value type and its merge policy.
public struct FieldSpec: Hashable, Sendable {
    public let name: String
    public let type: FieldType
    public let policy: FieldPolicy

    public init(_ name: String, _ type: FieldType, _ policy: FieldPolicy = .mv) {
        self.name = name
        self.type = type
        self.policy = policy
    }
}

/// The one declaration of a synced record type. The store's columns, the wire validation and the
/// server all read it; a test checks it against the SQL in `Schema/`.
///
/// Every record type has a `deleted` field: a delete is an ordinary versioned write of
/// `deleted = true`, and every other local write also writes `deleted = false` (it asserts the
/// record exists). So a delete concurrent with an edit becomes a conflict on `deleted`, which keeps
/// the record visible and flagged until someone decides.
public struct RecordType: Hashable, Sendable {
    /// The SQL table name and the wire name.
    public let name: String
    /// The declared fields: the first ones, `deleted`, then the fields added to the type later.
    public let fields: [FieldSpec]
    /// The position of `deleted` in ``fields``.
    public let deletedPosition: Int
    private let index: [String: Int]

    /// - Parameter added: fields added to the type after its first release, placed after `deleted`,
    ///   so that every earlier field keeps its position (a laptop's stored sync metadata names
    ///   fields by position; docs/design.md §2). A new field is only ever appended here.
    public init(_ name: String, _ fields: [FieldSpec], added: [FieldSpec] = []) {
        self.name = name
        let all = fields + [FieldSpec(RecordType.deletedField, .bool)] + added
        self.fields = all
        deletedPosition = fields.count
        var index: [String: Int] = [:]
        for (i, f) in all.enumerated() { index[f.name] = i }
        self.index = index
    }

    public static let deletedField = "deleted"

    /// The position of `field` in ``fields``, or nil for a field this version does not know.
    public func position(of field: String) -> Int? {
        // A record type has a handful of short field names: comparing them beats hashing.
        if fields.count <= 16 {
            for i in fields.indices where fields[i].name == field { return i }
            return nil
        }
        return index[field]
    }

    /// The declaration of `field`, or nil for a field this version does not know.
    public func spec(_ field: String) -> FieldSpec? { position(of: field).map { fields[$0] } }

    /// The policy of `field`; fields unknown to this version are treated as `mv`.
    public func policy(of field: String) -> FieldPolicy { spec(field)?.policy ?? .mv }

    /// Whether a state of this type is shown as deleted: every `deleted` entry says true.
    /// A delete concurrent with an edit (entries true and false) keeps the record visible.
    public func isDeleted(_ state: RecordState) -> Bool {
        Self.isDeleted(state.entries(RecordType.deletedField))
    }

    /// Whether `deleted` holding `entries` shows the record as deleted (see ``isDeleted(_:)``).
    public static func isDeleted(_ entries: [FieldEntry]) -> Bool {
        !entries.isEmpty && entries.allSatisfy { $0.value == .bool(true) }
    }
}

/// The record types FieldSync replicates (docs/design.md §2). Field names are the CLI's flag names.
public enum Domain {
    public static let commissioner = RecordType("commissioner", [
        FieldSpec("name", .text),
        FieldSpec("phone", .text),
    ], added: [
        /// The day the commissioner left (issue 25): from it on, no new visit or need is theirs.
        FieldSpec("left_on", .date),
        /// The commissioner who took over the leaver's enterprises and open needs.
        FieldSpec("left_to", .text),
    ])

    public static let enterprise = RecordType("enterprise", [
        FieldSpec("name", .text),
        FieldSpec("credit_code", .text),
        FieldSpec("industry", .text),
        FieldSpec("address", .text),
        FieldSpec("contact", .text),
        FieldSpec("commissioner", .text),
        FieldSpec("certifications", .set, .union),
    ])

    /// One enterprise in one pool; its id is derived from (enterprise, pool), so two laptops that
    /// add the same enterprise to the same pool offline write the same record.
    public static let poolMembership = RecordType("pool_membership", [
        FieldSpec("enterprise", .text),
        FieldSpec("pool", .text),
        FieldSpec("joined_on", .date),
        FieldSpec("left_on", .date),
    ])

    /// A visit round's date window for one year; id derived from `YYYY-N`.
    public static let round = RecordType("round", [
        FieldSpec("year", .integer),
        FieldSpec("number", .integer),
        FieldSpec("starts_on", .date),
        FieldSpec("ends_on", .date),
    ])

    public static let visit = RecordType("visit", [
        FieldSpec("enterprise", .text),
        FieldSpec("commissioner", .text),
        FieldSpec("date", .date),
        FieldSpec("round", .text),
        FieldSpec("mode", .text),
        FieldSpec("topics", .set, .union),
        FieldSpec("summary", .text),
        FieldSpec("satisfaction", .integer),
    ], added: [
        /// The needs this visit follows up (一对一上门, issue 27): a set of need ids.
        FieldSpec("needs", .set, .union),
    ])

    public static let need = RecordType("need", [
        FieldSpec("enterprise", .text),
        FieldSpec("visit", .text),
        FieldSpec("category", .text),
        FieldSpec("summary", .text),
        FieldSpec("owner", .text),
        FieldSpec("due", .date),
        FieldSpec("status", .text),
        FieldSpec("raised_at", .text),
        FieldSpec("acknowledged_at", .text),
        FieldSpec("resolved_at", .text),
    ])

    /// A note on a need: created once, never edited, so notes are appended and never overwritten.
    public static let needNote = RecordType("need_note", [
        FieldSpec("need", .text),
        FieldSpec("text", .text),
        FieldSpec("author", .text),
        FieldSpec("written_at", .text),
        FieldSpec("status_change", .text),
    ])

    public static let project = RecordType("project", [
        FieldSpec("enterprise", .text),
        FieldSpec("name", .text),
        FieldSpec("level", .text),
        FieldSpec("start", .date),
        FieldSpec("end", .date),
        FieldSpec("funds", .decimal),
        FieldSpec("light_override", .text),
        FieldSpec("light_reason", .text),
    ], added: [
        /// 重大专项: a major special project (issue 27).
        FieldSpec("major", .bool),
    ])

    public static let milestone = RecordType("milestone", [
        FieldSpec("project", .text),
        FieldSpec("name", .text),
        FieldSpec("due", .date),
        FieldSpec("done_on", .date),
        /// The day the milestone was added: before it, the milestone did not weigh on the light.
        FieldSpec("added_on", .date),
    ])

    /// Which commissioner is responsible for an enterprise from `starts_on` (until the next
    /// assignment). Id derived from (enterprise, day): two laptops assigning the same enterprise on
    /// the same day write one record, and disagreeing choices show as a conflict.
    public static let assignment = RecordType("assignment", [
        FieldSpec("enterprise", .text),
        FieldSpec("commissioner", .text),
        FieldSpec("starts_on", .date),
    ])

    /// A milestone's due date moved on `replanned_on`, with the reason. Id derived from
    /// (milestone, day): the day's last re-plan is the day's plan.
    public static let milestoneReplan = RecordType("milestone_replan", [
        FieldSpec("milestone", .text),
        FieldSpec("project", .text),
        FieldSpec("old_due", .date),
        FieldSpec("new_due", .date),
        FieldSpec("reason", .text),
        FieldSpec("replanned_on", .date),
    ])

    /// A dated progress report (0–100 %) for a milestone; id derived from (milestone, day).
    public static let milestoneProgress = RecordType("milestone_progress", [
        FieldSpec("milestone", .text),
        FieldSpec("project", .text),
        FieldSpec("percent", .integer),
        FieldSpec("reported_on", .date),
        FieldSpec("note", .text),
    ])

    /// A person raising a project's light (yellow or red, never lower than computed) from
    /// `raised_on` through `until` (open-ended when null), or until `cleared_on`.
    public static let lightFlag = RecordType("light_flag", [
        FieldSpec("project", .text),
        FieldSpec("light", .text),
        FieldSpec("reason", .text),
        FieldSpec("raised_on", .date),
        FieldSpec("until", .date),
        FieldSpec("cleared_on", .date),
    ])

    /// An enterprise's cultivation stage from `moved_on`. Id derived from (enterprise, day).
    public static let stageChange = RecordType("stage_change", [
        FieldSpec("enterprise", .text),
        FieldSpec("stage", .text),
        FieldSpec("moved_on", .date),
        FieldSpec("note", .text),
    ])

    /// An outcome of cultivation: a certification or registration of `kind` on `certified_on`.
    /// Id derived from (enterprise, kind, day).
    public static let certification = RecordType("certification", [
        FieldSpec("enterprise", .text),
        FieldSpec("kind", .text),
        FieldSpec("certified_on", .date),
        FieldSpec("number", .text),
    ])

    /// Support given to a ranked enterprise (the ranking's follow-up): `incentive` (政策激励) or
    /// `help` (帮扶补短板), on a day, with a note.
    public static let support = RecordType("support", [
        FieldSpec("enterprise", .text),
        FieldSpec("kind", .text),
        FieldSpec("given_on", .date),
        FieldSpec("note", .text),
    ])

    /// Financing an enterprise secured (万元, exact), of a kind, on a day, from a lender.
    public static let financing = RecordType("financing", [
        FieldSpec("enterprise", .text),
        FieldSpec("amount", .decimal),
        FieldSpec("kind", .text),
        FieldSpec("secured_on", .date),
        FieldSpec("lender", .text),
    ])

    /// A competition award: its grade (一等奖 … 优秀奖) and prize money (万元, exact).
    public static let award = RecordType("award", [
        FieldSpec("enterprise", .text),
        FieldSpec("competition", .text),
        FieldSpec("grade", .text),
        FieldSpec("prize", .decimal),
        FieldSpec("awarded_on", .date),
    ])

    /// An enterprise's indicators for one year (the ranking's inputs); id derived from (enterprise, year).
    public static let indicator = RecordType("indicator", [
        FieldSpec("enterprise", .text),
        FieldSpec("year", .integer),
        FieldSpec("rd_ratio", .decimal),
        FieldSpec("revenue_growth", .decimal),
        FieldSpec("ip_count", .integer),
        FieldSpec("tech_staff_ratio", .decimal),
    ])

    /// A laptop (replica) as people know it: id = its replica id, the name given at `init`, and
    /// the commissioner who works on it. Synced, so every laptop names the writer of a value
    /// (`conflicts`, `history`) by name rather than by replica id.
    public static let laptop = RecordType("laptop", [
        FieldSpec("name", .text),
        FieldSpec("commissioner", .text),
    ])

    /// An observation of a project's light, written by schema-1 builds. No longer written or read:
    /// "brought back to green" is computed from the light's timeline (docs/rules.md). Kept so that
    /// records already synced stay valid and pass through.
    public static let lightLog = RecordType("light_log", [
        FieldSpec("project", .text),
        FieldSpec("observed_on", .date),
        FieldSpec("light", .text),
        FieldSpec("reason", .text, .lww),
    ])

    /// A zone-wide setting (ranking weights, …); id derived from its key.
    public static let setting = RecordType("setting", [
        FieldSpec("key", .text),
        FieldSpec("value", .text),
    ])

    /// Every replicated type, in dependency order.
    public static let all: [RecordType] = [
        commissioner, enterprise, poolMembership, round, visit, need, needNote, project, milestone, indicator,
        setting, lightLog, assignment, milestoneReplan, lightFlag, stageChange, certification, laptop, support, financing, award, milestoneProgress,
    ]

    private static let byName: [String: RecordType] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The record type called `name`, or nil.
    public static func type(named name: String) -> RecordType? { byName[name] }
}
