// The message catalogue of FieldSyncCore. Each module keeps its own words beside its code
// (`ReplicaCatalogue.swift`, `ProgrammeCatalogue.swift`, `ClientCatalogue.swift`, `CLICatalogue.swift` …):
// every key names its text in Simplified Chinese and English; `{0}`, `{1}` … are the arguments,
// in either order. Each module's test checks its keys (`MessageKey.problems`), and
// CatalogueTests scans for user-facing literals left outside a catalogue.

/// The words of FieldSyncCore's own errors (values, records, the wire's records), the labels of record fields (`Domain`'s fields, looked up by name) and `verbatim`.
extension MessageKey {
    package static let verbatim = MessageKey("verbatim", zh: "{0}", en: "{0}")
    // FieldProgramme (was Domain/) Reports.swift
    package static let year = MessageKey("year", zh: "{0} 不是年份。", en: "{0} is not a year.")
    // FieldReplica RowCodec.swift
    package static let unknownTable = MessageKey("unknownTable", zh: "未知的表“{0}”。", en: "Unknown table \"{0}\".")
    // FieldSyncCore/Values/FieldValue.swift
    package static let mustWholeNumber = MessageKey("mustWholeNumber", zh: "{0} 须为整数，不能是“{1}”。", en: "{0} must be a whole number, not \"{1}\".")
    package static let mustExactDecimalSuch = MessageKey("mustExactDecimalSuch", zh: "{0} 须为精确小数，如 120.50，不能是“{1}”。", en: "{0} must be an exact decimal such as 120.50, not \"{1}\".")
    package static let mustTrueFalse = MessageKey("mustTrueFalse", zh: "{0} 须为 true 或 false，不能是“{1}”。", en: "{0} must be true or false, not \"{1}\".")
    package static let mustDateWrittenYyyy = MessageKey("mustDateWrittenYyyy", zh: "{0} 须为 YYYY-MM-DD 格式的日期，不能是“{1}”。", en: "{0} must be a date written YYYY-MM-DD, not \"{1}\".")
    package static let realCalendarDate = MessageKey("realCalendarDate", zh: "{0}“{1}”不是真实存在的日期。", en: "{0} \"{1}\" is not a real calendar date.")
    // FieldSyncCore/Wire/WireRecord.swift
    package static let recordIdUuid = MessageKey("recordIdUuid", zh: "{1} 中的记录编号“{0}”不是 UUID。", en: "Record id \"{0}\" in {1} is not a UUID.")
    package static let recordCarriesEmptyVersion = MessageKey("recordCarriesEmptyVersion", zh: "{1} 中的记录 {0} 版本向量为空：它从未被写过。", en: "Record {0} in {1} carries an empty version vector: it was never written.")
    package static let versionVectorRecordNames = MessageKey("versionVectorRecordNames", zh: "记录 {0} 的版本向量含有“{1}”，它不是副本编号（UUID）。", en: "Version vector of record {0} names \"{1}\", which is not a replica id (a UUID).")
    package static let dotAppearsTwiceRecord = MessageKey("dotAppearsTwiceRecord", zh: "写入点 {0} 在记录 {3} 的 {1}.{2} 中出现了两次。", en: "Dot {0} appears twice in {1}.{2} of record {3}.")
    package static let textHoldsNul = MessageKey("textHoldsNul", zh: "记录 {1} 的 {0} 含有 NUL 字符，笔记本无法保存。", en: "{0} of record {1} holds a NUL character, which no laptop can keep.")
    package static let decimalTooLong = MessageKey("decimalTooLong", zh: "记录 {1} 的 {0} 是 {2}，超过 18 位数字，笔记本无法保存。", en: "{0} of record {1} is {2}, more than 18 digits, which no laptop can keep.")
    package static let dateOutsideCalendar = MessageKey("dateOutsideCalendar", zh: "记录 {1} 的 {0} 是 {2}，不在 1900 到 2200 年之间。", en: "{0} of record {1} is {2}, not between 1900 and 2200.")
    package static let deletedMustBeBool = MessageKey("deletedMustBeBool", zh: "记录 {1} 的 {0} 须为 true 或 false，不能为空。", en: "{0} of record {1} must be true or false, not null.")
    package static let recordTooManyFields = MessageKey("recordTooManyFields", zh: "记录 {0}/{1} 有 {2} 个字段，超过上限 {3}。", en: "Record {0}/{1} has {2} fields, more than the limit of {3}.")
    package static let recordTooManyEntries = MessageKey("recordTooManyEntries", zh: "记录 {0}/{1} 有 {2} 个字段值，超过上限 {3}。", en: "Record {0}/{1} has {2} field entries, more than the limit of {3}.")
    package static let recordTooManyWrites = MessageKey("recordTooManyWrites", zh: "记录 {0}/{1} 含 {2} 次不同的写入，超过上限 {3}。", en: "Record {0}/{1} names {2} distinct writes, more than the limit of {3}.")
    package static let recordUnknownFieldsTooLarge = MessageKey("recordUnknownFieldsTooLarge", zh: "记录 {0}/{1} 中本版本不认识的字段共 {2} 字节，超过上限 {3}。", en: "Record {0}/{1} carries {2} bytes of fields this version does not know, more than the limit of {3}.")
    package static let dotTwoStamps = MessageKey("dotTwoStamps", zh: "写入 {0} 在记录 {1}/{2} 中带有两个不同的时间戳。", en: "Write {0} carries two different stamps in record {1}/{2}.")
    package static let mustHoldValue = MessageKey("mustHoldValue", zh: "{0} 应为{1}值，不能是 {2}。", en: "{0} must hold a {1} value, not {2}.")
    // fieldsync/FieldSyncCommand.swift
    package static let set = MessageKey("set", zh: "尚未设置“{0}”。", en: "\"{0}\" is not set.")
    // FieldReplica Replica+Apply.swift
    package static let recordHasWriteTwo = MessageKey("recordHasWriteTwo", zh: "记录 {0}/{1} 的写入 {2} 带有 {3} 的两个不同值；发送它的数据库重复使用了写入编号（从备份恢复过？），必须换用新的副本编号。", en: "Record {0}/{1} has write {2} with two different values of {3}; the store that sent it reused its dots (restored from a backup?) and must take a new replica id.")
    // FieldSyncCore/Domain/CreditCode.swift
    package static let creditCodeHasCharacters = MessageKey("creditCodeHasCharacters", zh: "统一社会信用代码“{0}”有 {1} 位；应为 18 位。", en: "Credit code \"{0}\" has {1} characters; a unified social credit code has 18.")
    package static let creditCodeContainsWhich = MessageKey("creditCodeContainsWhich", zh: "统一社会信用代码“{0}”含有“{1}”，这个字符从不用于统一社会信用代码。", en: "Credit code \"{0}\" contains \"{1}\", which a unified social credit code never uses.")
    package static let creditCodeFailsCheck = MessageKey("creditCodeFailsCheck", zh: "统一社会信用代码“{0}”校验位不符：末位是 {1}，按校验应为 {2}。", en: "Credit code \"{0}\" fails its check character: it ends in {1}, the check gives {2}.")
    // FieldSyncCore/Values/FieldValue.swift
    package static let validDateBetween = MessageKey("validDateBetween", zh: "{0}-{1}-{2} 不是 1900 到 2200 年之间的有效日期。", en: "{0}-{1}-{2} is not a valid date between 1900 and 2200.")
    // FieldSyncCore/Wire/WireRecord.swift
    package static let entryRecordCoveredRecord = MessageKey("entryRecordCoveredRecord", zh: "记录 {3} 的 {1}.{2} 中的写入 {0} 不在该记录的版本向量之内。", en: "Entry {0} of {1}.{2} in record {3} is not covered by the record's version vector.")
    // CLI
    package static let field_acknowledged_at = MessageKey("field_acknowledged_at", zh: "响应时间", en: "acknowledged at")
    package static let field_added_on = MessageKey("field_added_on", zh: "添加日期", en: "added on")
    package static let field_address = MessageKey("field_address", zh: "地址", en: "address")
    package static let field_author = MessageKey("field_author", zh: "记录人", en: "author")
    package static let field_category = MessageKey("field_category", zh: "类别", en: "category")
    package static let field_certifications = MessageKey("field_certifications", zh: "资质", en: "certifications")
    package static let field_certified_on = MessageKey("field_certified_on", zh: "认定日期", en: "certified on")
    package static let field_cleared_on = MessageKey("field_cleared_on", zh: "解除日期", en: "cleared on")
    package static let field_commissioner = MessageKey("field_commissioner", zh: "科技专员", en: "commissioner")
    package static let field_contact = MessageKey("field_contact", zh: "联系人", en: "contact")
    package static let field_credit_code = MessageKey("field_credit_code", zh: "统一社会信用代码", en: "credit code")
    package static let field_date = MessageKey("field_date", zh: "日期", en: "date")
    package static let field_done_on = MessageKey("field_done_on", zh: "完成日期", en: "done on")
    package static let field_due = MessageKey("field_due", zh: "办结期限", en: "due")
    package static let field_end = MessageKey("field_end", zh: "结束日期", en: "end")
    package static let field_ends_on = MessageKey("field_ends_on", zh: "结束日期", en: "ends on")
    package static let field_enterprise = MessageKey("field_enterprise", zh: "企业", en: "enterprise")
    package static let field_funds = MessageKey("field_funds", zh: "资助经费(万元)", en: "funds")
    package static let field_industry = MessageKey("field_industry", zh: "行业", en: "industry")
    package static let field_ip_count = MessageKey("field_ip_count", zh: "知识产权数", en: "IP count")
    package static let field_joined_on = MessageKey("field_joined_on", zh: "入库日期", en: "joined on")
    package static let field_key = MessageKey("field_key", zh: "设置项", en: "key")
    package static let field_kind = MessageKey("field_kind", zh: "类别", en: "kind")
    package static let field_left_on = MessageKey("field_left_on", zh: "出库日期", en: "left on")
    package static let field_level = MessageKey("field_level", zh: "级别", en: "level")
    package static let field_light = MessageKey("field_light", zh: "预警灯", en: "light")
    package static let field_light_override = MessageKey("field_light_override", zh: "人工预警灯", en: "light override")
    package static let field_light_reason = MessageKey("field_light_reason", zh: "预警原因", en: "light reason")
    package static let field_milestone = MessageKey("field_milestone", zh: "节点", en: "milestone")
    package static let field_mode = MessageKey("field_mode", zh: "走访方式", en: "mode")
    package static let field_moved_on = MessageKey("field_moved_on", zh: "变更日期", en: "moved on")
    package static let field_name = MessageKey("field_name", zh: "名称", en: "name")
    package static let field_need = MessageKey("field_need", zh: "诉求", en: "need")
    package static let field_new_due = MessageKey("field_new_due", zh: "新计划日期", en: "new due")
    package static let field_note = MessageKey("field_note", zh: "备注", en: "note")
    package static let field_number = MessageKey("field_number", zh: "证书编号", en: "number")
    package static let field_observed_on = MessageKey("field_observed_on", zh: "观察日期", en: "observed on")
    package static let field_old_due = MessageKey("field_old_due", zh: "原计划日期", en: "old due")
    package static let field_owner = MessageKey("field_owner", zh: "责任人", en: "owner")
    package static let field_phone = MessageKey("field_phone", zh: "电话", en: "phone")
    package static let field_left_to = MessageKey("field_left_to", zh: "接任者", en: "handed over to")
    /// A commissioner's `left_on` (a pool's is the day the enterprise left the pool).
    package static let commissionerLeftOn = MessageKey("commissionerLeftOn", zh: "离任日期", en: "left office on")
    package static let field_pool = MessageKey("field_pool", zh: "培育库", en: "pool")
    package static let field_project = MessageKey("field_project", zh: "项目", en: "project")
    package static let field_raised_at = MessageKey("field_raised_at", zh: "提出时间", en: "raised at")
    package static let field_raised_on = MessageKey("field_raised_on", zh: "提出日期", en: "raised on")
    package static let field_rd_ratio = MessageKey("field_rd_ratio", zh: "研发投入占比", en: "R&D expense ratio")
    package static let field_reason = MessageKey("field_reason", zh: "理由", en: "reason")
    package static let field_replanned_on = MessageKey("field_replanned_on", zh: "调整日期", en: "replanned on")
    package static let field_resolved_at = MessageKey("field_resolved_at", zh: "解决时间", en: "resolved at")
    package static let field_revenue_growth = MessageKey("field_revenue_growth", zh: "营收增长率", en: "revenue growth")
    package static let field_round = MessageKey("field_round", zh: "轮次", en: "round")
    package static let field_satisfaction = MessageKey("field_satisfaction", zh: "满意度", en: "satisfaction")
    package static let field_stage = MessageKey("field_stage", zh: "培育阶段", en: "stage")
    package static let field_start = MessageKey("field_start", zh: "开始日期", en: "start")
    package static let field_starts_on = MessageKey("field_starts_on", zh: "开始日期", en: "starts on")
    package static let field_status = MessageKey("field_status", zh: "状态", en: "status")
    package static let field_status_change = MessageKey("field_status_change", zh: "状态变更", en: "status change")
    package static let field_summary = MessageKey("field_summary", zh: "摘要", en: "summary")
    package static let field_tech_staff_ratio = MessageKey("field_tech_staff_ratio", zh: "科技人员占比", en: "tech staff ratio")
    package static let field_text = MessageKey("field_text", zh: "内容", en: "text")
    package static let field_topics = MessageKey("field_topics", zh: "走访主题", en: "topics")
    package static let field_until = MessageKey("field_until", zh: "截止日期", en: "until")
    package static let field_value = MessageKey("field_value", zh: "取值", en: "value")
    package static let field_visit = MessageKey("field_visit", zh: "走访", en: "visit")
    package static let field_written_at = MessageKey("field_written_at", zh: "记录时间", en: "written at")
    package static let field_year = MessageKey("field_year", zh: "年度", en: "year")
    package static let field_id = MessageKey("field_id", zh: "编号", en: "id")
    package static let field_pools = MessageKey("field_pools", zh: "所在培育库", en: "pools")
    package static let field_outcomes = MessageKey("field_outcomes", zh: "培育成果", en: "outcomes")
    package static let field_conflicts = MessageKey("field_conflicts", zh: "冲突", en: "conflicts")
    package static let field_overdue = MessageKey("field_overdue", zh: "逾期", en: "overdue")
    package static let field_within_24h = MessageKey("field_within_24h", zh: "24小时响应", en: "within 24h")
    package static let field_notes = MessageKey("field_notes", zh: "办理记录", en: "notes")
    package static let field_assignment = MessageKey("field_assignment", zh: "分工", en: "assignment")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let pulledRecordUnreadable = MessageKey("pulledRecordUnreadable", zh: "服务器发来的这条记录无法读取（{0}），笔记本无法保存，已暂存一旁", en: "This record from the server cannot be read ({0}); the laptop cannot keep it and keeps it aside")

    package static let coreCatalogue: [MessageKey] = [
        .pulledRecordUnreadable,
        .verbatim, .year, .unknownTable, .mustWholeNumber, .mustExactDecimalSuch, .mustTrueFalse,
        .mustDateWrittenYyyy, .realCalendarDate, .recordIdUuid, .recordCarriesEmptyVersion,
        .versionVectorRecordNames, .dotAppearsTwiceRecord, .mustHoldValue, .dotTwoStamps, .recordTooManyFields, .recordTooManyEntries, .recordTooManyWrites, .recordUnknownFieldsTooLarge, .textHoldsNul, .decimalTooLong, .dateOutsideCalendar, .deletedMustBeBool, .set, .recordHasWriteTwo,
        .creditCodeHasCharacters, .creditCodeContainsWhich, .creditCodeFailsCheck, .validDateBetween,
        .entryRecordCoveredRecord, .field_acknowledged_at, .field_added_on, .field_address, .field_author,
        .field_category, .field_certifications, .field_certified_on, .field_cleared_on, .field_commissioner,
        .field_contact, .field_credit_code, .field_date, .field_done_on, .field_due, .field_end,
        .field_ends_on, .field_enterprise, .field_funds, .field_industry, .field_ip_count, .field_joined_on,
        .field_key, .field_kind, .field_left_on, .field_level, .field_light, .field_light_override,
        .field_light_reason, .field_milestone, .field_mode, .field_moved_on, .field_name, .field_need,
        .field_new_due, .field_note, .field_number, .field_observed_on, .field_old_due, .field_owner,
        .field_phone, .field_left_to, .commissionerLeftOn, .field_pool, .field_project, .field_raised_at, .field_raised_on, .field_rd_ratio,
        .field_reason, .field_replanned_on, .field_resolved_at, .field_revenue_growth, .field_round,
        .field_satisfaction, .field_stage, .field_start, .field_starts_on, .field_status,
        .field_status_change, .field_summary, .field_tech_staff_ratio, .field_text, .field_topics,
        .field_until, .field_value, .field_visit, .field_written_at, .field_year, .field_id, .field_pools,
        .field_outcomes, .field_conflicts, .field_overdue, .field_within_24h, .field_notes, .field_assignment,
    ]

    /// Labels of fields that one record type names as another uses the same name otherwise, by
    /// "table.field".
    package static let tableFieldLabels: [String: MessageKey] = ["commissioner.left_on": .commissionerLeftOn]

    /// The labels of record fields by field name (`credit_code` → 统一社会信用代码 / credit code).
    package static let fieldLabels: [String: MessageKey] = Dictionary(uniqueKeysWithValues: coreCatalogue
        .filter { $0.name.hasPrefix("field_") }.map { (String($0.name.dropFirst(6)), $0) })
}
