import FieldSyncCore

/// The CLI's words: help, headings, table columns, confirmations and the argument parser's errors.
extension MessageKey {
    // fieldsync/Commands/EnterpriseCommands.swift
    package static let hCharacterUnifiedSocialCredit = MessageKey("hCharacterUnifiedSocialCredit", zh: "18 位统一社会信用代码。", en: "The 18-character unified social credit code.")
    package static let hHighTechSmeProject = MessageKey("hHighTechSmeProject", zh: "高企库 | 科小库 | 项目库（或 high-tech | sme | project）", en: "high-tech | sme | project")
    package static let hAssignedCommissionerIdPrefix = MessageKey("hAssignedCommissionerIdPrefix", zh: "负责的科技专员（姓名、编号或编号前缀）。", en: "The assigned commissioner (id or prefix).")
    package static let hCertificationsCommaSeparated = MessageKey("hCertificationsCommaSeparated", zh: "资质，逗号分隔。", en: "Certifications, comma-separated.")
    package static let hIdIdPrefixCredit = MessageKey("hIdIdPrefixCredit", zh: "企业名称、编号、编号前缀（6 位以上）或统一社会信用代码。", en: "Id, id prefix (6+) or credit code.")
    package static let hCommissionerResponsibleFromDate = MessageKey("hCommissionerResponsibleFromDate", zh: "自 --date（默认今天）起负责的科技专员；之前各轮仍归原专员。", en: "The commissioner responsible from --date (default today); earlier rounds keep theirs.")
    package static let hDayNewCommissionerTakes = MessageKey("hDayNewCommissionerTakes", zh: "新专员接手的日期（YYYY-MM-DD，不晚于今天）。", en: "The day the new commissioner takes over (YYYY-MM-DD, not after today).")
    package static let hEnterprise = MessageKey("hEnterprise", zh: "企业。", en: "The enterprise.")
    package static let hSelectedCultivatingMatureApplying = MessageKey("hSelectedCultivatingMatureApplying", zh: "优选 | 培育 | 成熟 | 申报（或 selected | cultivating | mature | applying）", en: "selected | cultivating | mature | applying (or 优选/培育/成熟/申报)")
    package static let hYyyyMmDdDefault = MessageKey("hYyyyMmDdDefault", zh: "YYYY-MM-DD（默认今天）", en: "YYYY-MM-DD (default today)")
    package static let hHighTechTechSme = MessageKey("hHighTechTechSme", zh: "高新技术企业 | 科技型中小企业 | 小巨人 | 专精特新 | 其他（或 high-tech | tech-sme | little-giant | specialised-sme | other）", en: "high-tech | tech-sme | little-giant | specialised-sme | other")
    package static let hYyyyMmDdAfter = MessageKey("hYyyyMmDdAfter", zh: "YYYY-MM-DD，不晚于今天", en: "YYYY-MM-DD, not after today")
    package static let hCertificateNumber = MessageKey("hCertificateNumber", zh: "证书编号。", en: "The certificate number.")
    package static let hOnlyPoolSCurrent = MessageKey("hOnlyPoolSCurrent", zh: "只列该库当前的在库企业。", en: "Only this pool's current members.")
    package static let cmdCommissionerServiceTeam = MessageKey("cmdCommissionerServiceTeam", zh: "科技专员服务队伍。", en: "The commissioner service team.")
    package static let cmdAddCommissionerPrintsId = MessageKey("cmdAddCommissionerPrintsId", zh: "添加科技专员；打印其编号。", en: "Add a commissioner; prints the id.")
    package static let cmdListCommissioners = MessageKey("cmdListCommissioners", zh: "列出科技专员。", en: "List commissioners.")
    package static let cmdTechnologyEnterprisesTheirPools = MessageKey("cmdTechnologyEnterprisesTheirPools", zh: "科技企业及其所在培育库。", en: "Technology enterprises and their pools.")
    package static let cmdAddEnterprisePrintsId = MessageKey("cmdAddEnterprisePrintsId", zh: "添加企业；打印其编号。", en: "Add an enterprise; prints the id.")
    package static let cmdChangeEnterpriseSFields = MessageKey("cmdChangeEnterpriseSFields", zh: "修改企业信息。", en: "Change an enterprise's fields.")
    package static let cmdMovePoolEnterpriseAlong = MessageKey("cmdMovePoolEnterpriseAlong", zh: "推进入库企业的培育阶段：优选、培育、成熟、申报。", en: "Move a pool enterprise along its cultivation path: selected (优选), cultivating (培育), mature (成熟), applying (申报).")
    package static let cmdRecordOutcomeHighTech = MessageKey("cmdRecordOutcomeHighTech", zh: "记录培育成果：高新技术企业认定、科技型中小企业评价入库、小巨人、专精特新、其他。", en: "Record an outcome: high-tech (高新技术企业认定), tech-sme (科技型中小企业评价入库), little-giant, specialised-sme, other.")
    package static let cmdJoinLeaveIncubationPool = MessageKey("cmdJoinLeaveIncubationPool", zh: "企业入库或出库。", en: "Join or leave an incubation pool.")
    package static let cmdListEnterprises = MessageKey("cmdListEnterprises", zh: "列出企业。", en: "List enterprises.")
    package static let cmdShowOneEnterprise = MessageKey("cmdShowOneEnterprise", zh: "查看一家企业。", en: "Show one enterprise.")
    package static let cmdDeleteEnterpriseSyncedTombstone = MessageKey("cmdDeleteEnterpriseSyncedTombstone", zh: "删除企业（删除标记会同步）。", en: "Delete an enterprise (a synced tombstone).")
    // fieldsync/Commands/FieldWorkCommands.swift
    package static let hYyyyN = MessageKey("hYyyyN", zh: "轮次，写作 YYYY-N", en: "YYYY-N")
    package static let hYyyy = MessageKey("hYyyy", zh: "年份 YYYY", en: "YYYY")
    package static let hYyyyMmDd = MessageKey("hYyyyMmDd", zh: "日期 YYYY-MM-DD", en: "YYYY-MM-DD")
    package static let hYyyyNDefaultRound = MessageKey("hYyyyNDefaultRound", zh: "轮次 YYYY-N（默认：时间窗包含该日期的轮次）", en: "YYYY-N (default: the round whose window holds the date)")
    package static let hCommaSeparatedTopics = MessageKey("hCommaSeparatedTopics", zh: "走访主题，逗号分隔。", en: "Comma-separated topics.")
    package static let hText = MessageKey("hText", zh: "满意度 1-5", en: "1-5")
    package static let hNoteAppendedNeedS = MessageKey("hNoteAppendedNeedS", zh: "备注，追加到诉求的办理记录中。", en: "A note, appended to the need's notes.")
    package static let hOnlyNeedsUnansweredPast = MessageKey("hOnlyNeedsUnansweredPast", zh: "只列超过 24 小时未响应、或已过办结期限仍未解决的诉求。", en: "Only needs unanswered past 24 h, or past their due date and not yet resolved.")
    package static let hOnlyNeedsAnsweredLate = MessageKey("hOnlyNeedsAnsweredLate", zh: "只列超过 24 小时才响应、或超过 24 小时仍未响应的诉求。", en: "Only needs answered late (after 24 h) or still unanswered past 24 h.")
    package static let cmdThreeAnnualVisitRounds = MessageKey("cmdThreeAnnualVisitRounds", zh: "每年三轮全覆盖走访。", en: "The three annual visit rounds.")
    package static let cmdWhoVisitedWhoPer = MessageKey("cmdWhoVisitedWhoPer", zh: "按专员列出已走访和未走访的企业。", en: "Who is visited and who is not, per commissioner.")
    package static let cmdChangeRoundSDate = MessageKey("cmdChangeRoundSDate", zh: "修改某一轮在当年的时间窗。", en: "Change a round's date window for its year.")
    package static let cmdYearSRoundWindows = MessageKey("cmdYearSRoundWindows", zh: "当年各轮的时间窗。", en: "The year's round windows.")
    package static let cmdVisitsEnterprises = MessageKey("cmdVisitsEnterprises", zh: "企业走访。", en: "Visits to enterprises.")
    package static let cmdRecordVisitRoundInferred = MessageKey("cmdRecordVisitRoundInferred", zh: "记录一次走访；轮次由日期推定。", en: "Record a visit; the round is inferred from the date.")
    package static let hImportOverwrite = MessageKey("hImportOverwrite", zh: "也替换上次导入后被修改过的字段（默认保留并列出）。", en: "Also replace fields edited since the last import (kept and listed by default).")
    package static let hImportAssignDate = MessageKey("hImportAssignDate", zh: "“专员”列的分工生效日，YYYY-MM-DD（默认今天）；此前的轮次仍归原专员。", en: "The day the commissioner column's assignments take effect, YYYY-MM-DD (default today); earlier rounds keep whoever served them.")
    package static let importWouldChange = MessageKey("importWouldChange", zh: "将更改的字段：", en: "Fields that would change:")
    package static let importKept = MessageKey("importKept", zh: "保留了 {0} 个上次导入后被修改过的字段（要替换请加 --overwrite）：", en: "Kept {0} fields edited since the last import (add --overwrite to replace them):")
    package static let colEnterprise = MessageKey("colEnterprise", zh: "企业", en: "enterprise")
    package static let colFrom = MessageKey("colFrom", zh: "原值", en: "from")
    package static let colTo = MessageKey("colTo", zh: "新值", en: "to")
    package static let colHeld = MessageKey("colHeld", zh: "现值（保留）", en: "held (kept)")
    package static let colInFile = MessageKey("colInFile", zh: "文件中的值", en: "in the file")
    package static let commissionerNeeded = MessageKey("commissionerNeeded", zh: "请用 --commissioner 指定专员，或先用 fieldsync config set commissioner 姓名 设定本机的专员。", en: "Name the commissioner with --commissioner, or set this laptop's with fieldsync config set commissioner NAME.")
    package static let cmdAgenda = MessageKey("cmdAgenda", zh: "专员今天的待办：本轮未走访的企业、超时或过期的诉求、红黄灯项目。", en: "A commissioner's day: enterprises not yet visited this round, needs past 24 hours or past due, red and yellow projects.")
    package static let agendaHeading = MessageKey("agendaHeading", zh: "{0} 的待办 · {1} · {2}", en: "{0}'s day · {1} · {2}")
    package static let agendaRound = MessageKey("agendaRound", zh: "{0} 年第 {1} 轮", en: "round {1} of {0}")
    package static let agendaNoRound = MessageKey("agendaNoRound", zh: "不在走访轮次内", en: "between rounds")
    package static let agendaNothing = MessageKey("agendaNothing", zh: "今天没有待办。", en: "Nothing due today.")
    package static let agendaUnvisited = MessageKey("agendaUnvisited", zh: "本轮尚未走访的企业（{0}）", en: "Not yet visited this round ({0})")
    package static let agendaNeeds = MessageKey("agendaNeeds", zh: "待办诉求（{0}）", en: "Needs due ({0})")
    package static let agendaProjects = MessageKey("agendaProjects", zh: "预警项目（{0}）", en: "Projects at risk ({0})")
    package static let agendaVisitThisRound = MessageKey("agendaVisitThisRound", zh: "本轮内走访（上门为宜）", en: "visit this round (on-site if you can)")
    package static let agendaRespondNow = MessageKey("agendaRespondNow", zh: "超过 24 小时未响应：今天响应", en: "unanswered past 24 hours: respond today")
    package static let agendaFollowUp = MessageKey("agendaFollowUp", zh: "已过期限：跟进办理", en: "past its due date: follow it up")
    package static let colNext = MessageKey("colNext", zh: "下一步", en: "next step")
    package static let hOnlyCommissioners = MessageKey("hOnlyCommissioners", zh: "只列该专员的（姓名或编号）。", en: "Only this commissioner's (a name or id).")
    package static let hOnlyOwners = MessageKey("hOnlyOwners", zh: "只列该专员负责的诉求（姓名或编号）。", en: "Only needs this commissioner owns (a name or id).")
    package static let wroteFields = MessageKey("wroteFields", zh: "已更新 {0}：{1}。", en: "Updated {0}: {1}.")
    package static let resolvedField = MessageKey("resolvedField", zh: "已解决 {0} 的{1}冲突，取值“{2}”。", en: "Resolved the conflict on {1} of {0}: \"{2}\".")
    package static let settingWritten = MessageKey("settingWritten", zh: "区域设置 {0} 已设为 {1}（同步到所有笔记本）。", en: "Zone setting {0} set to {1} (synced to every laptop).")
    package static let hQuiet = MessageKey("hQuiet", zh: "不打印结果行。", en: "Print no result line.")
    package static let hOneOf = MessageKey("hOneOf", zh: "{0}（脚本也可用代码：{1}）", en: "{1}{0}")
    package static let cmdCorrectVisit = MessageKey("cmdCorrectVisit", zh: "更正已记录的走访（日期、方式、主题、摘要、满意度）。", en: "Correct a recorded visit (date, mode, topics, summary, satisfaction).")
    package static let cmdDeleteVisit = MessageKey("cmdDeleteVisit", zh: "删除走访（删除标记会同步，所有笔记本不再计入）。", en: "Delete a visit (a synced tombstone: no laptop counts it any more).")
    package static let cmdCorrectProject = MessageKey("cmdCorrectProject", zh: "更正项目（名称、级别、起止日期、资金）。", en: "Correct a project (name, level, dates, funds).")
    package static let hAgain = MessageKey("hAgain", zh: "同一天以同一方式再次走访同一企业（否则视为重复记录而拒绝）。", en: "The same enterprise visited again the same day in the same mode (otherwise refused as recorded twice).")
    package static let visitCorrected = MessageKey("visitCorrected", zh: "已更正走访 {0}。", en: "Visit {0} corrected.")
    package static let visitDeleted = MessageKey("visitDeleted", zh: "已删除走访 {0}。", en: "Visit {0} deleted.")
    package static let projectCorrected = MessageKey("projectCorrected", zh: "已更正项目 {0}。", en: "Project {0} corrected.")
    package static let cmdListVisits = MessageKey("cmdListVisits", zh: "列出走访。", en: "List visits.")
    package static let cmdNeedsRaisedEnterprisesChased = MessageKey("cmdNeedsRaisedEnterprisesChased", zh: "企业提出的诉求，跟踪到办结。", en: "Needs (诉求) raised by enterprises, chased to resolution.")
    package static let cmdTakeDownNeedPrints = MessageKey("cmdTakeDownNeedPrints", zh: "登记一条诉求；打印其编号。", en: "Take down a need; prints the id.")
    package static let cmdChangeStatusSummaryOwner = MessageKey("cmdChangeStatusSummaryOwner", zh: "修改状态、摘要、责任人或办结期限；追加办理记录。", en: "Change status, summary, owner or due date; append a note.")
    package static let cmdListNeeds = MessageKey("cmdListNeeds", zh: "列出诉求。", en: "List needs.")
    package static let cmdShowNeedNotes = MessageKey("cmdShowNeedNotes", zh: "查看一条诉求及其办理记录。", en: "Show a need with its notes.")
    package static let cmdDeleteNeedSyncedTombstone = MessageKey("cmdDeleteNeedSyncedTombstone", zh: "删除诉求（删除标记会同步）。", en: "Delete a need (a synced tombstone).")
    // fieldsync/Commands/ImportCommand.swift
    package static let supportedEncodingUseUtf = MessageKey("supportedEncodingUseUtf", zh: "不支持编码“{0}”；请用 utf-8 或 gbk。", en: "\"{0}\" is not a supported encoding; use utf-8 or gbk.")
    package static let cannotRead = MessageKey("cannotRead", zh: "无法读取 {0}。", en: "Cannot read {0}.")
    package static let validUtfIfExcel = MessageKey("validUtfIfExcel", zh: "{0} 不是有效的 UTF-8；如果是 Excel 保存的，请试试 --encoding gbk。", en: "{0} is not valid UTF-8; if Excel saved it, try --encoding gbk.")
    package static let validGbkText = MessageKey("validGbkText", zh: "{0} 不是有效的 GBK 文本。", en: "{0} is not valid GBK text.")
    package static let empty = MessageKey("empty", zh: "{0} 是空文件。", en: "{0} is empty.")
    package static let rowsAreInvalidFirst = MessageKey("rowsAreInvalidFirst", zh: "{1} 行中有 {0} 行无效（第一处：第 {2} 行：{3}）；未导入任何内容。请修正，或使用 --skip-invalid。", en: "{0} rows of {1} are invalid (first: line {2}: {3}); nothing was imported. Fix them, or use --skip-invalid.")
    package static let dryRunRowsWould = MessageKey("dryRunRowsWould", zh: "试运行：{1} 行中有 {0} 行会被拒绝（第一处：第 {2} 行：{3}）。", en: "Dry run: {0} rows of {1} would be rejected (first: line {2}: {3}).")
    package static let hCsvFile = MessageKey("hCsvFile", zh: "CSV 文件。", en: "The CSV file.")
    package static let hUtfGbk = MessageKey("hUtfGbk", zh: "utf-8 | gbk", en: "utf-8 | gbk")
    package static let hCheckEveryRowReport = MessageKey("hCheckEveryRowReport", zh: "逐行检查并报告；不写入任何内容。", en: "Check every row and report; write nothing.")
    package static let hImportValidRowsEven = MessageKey("hImportValidRowsEven", zh: "即使有无效行，也导入其余有效行。", en: "Import the valid rows even when some are invalid.")
    package static let cmdImportEnterprisesFromCsv = MessageKey("cmdImportEnterprisesFromCsv", zh: "从 CSV 导入企业（UTF-8 或 GBK，中文或英文表头）。", en: "Import enterprises from CSV (UTF-8 or GBK, Chinese or English headers).")
    // fieldsync/Commands/ProjectCommands.swift
    package static let fundsMustExactDecimal = MessageKey("fundsMustExactDecimal", zh: "资金须为精确小数，如 120.50，不能是“{0}”。", en: "Funds must be an exact decimal such as 120.50, not \"{0}\".")
    package static let pickMust = MessageKey("pickMust", zh: "--pick 须为 1 到 {0}，不能是 {1}。", en: "--pick must be 1 to {0}, not {1}.")
    package static let hFundsExactDecimalSuch = MessageKey("hFundsExactDecimalSuch", zh: "资金（万元），精确小数，如 120.50。", en: "Funds in 万元, an exact decimal such as 120.50.")
    package static let hProject = MessageKey("hProject", zh: "项目。", en: "The project.")
    package static let hNewMilestoneSName = MessageKey("hNewMilestoneSName", zh: "新节点的名称。", en: "A new milestone's name.")
    package static let hDueDateAddReplan = MessageKey("hDueDateAddReplan", zh: "计划日期（与 --add 或 --replan 一起用），须在项目起止期内。", en: "The due date (with --add or --replan), within the project's span.")
    package static let hMilestoneMarkDoneId = MessageKey("hMilestoneMarkDoneId", zh: "要标记完成的节点（名称或编号）。", en: "The milestone to mark done (id or name).")
    package static let hWhenWasDoneDefault = MessageKey("hWhenWasDoneDefault", zh: "完成日期（默认今天；不晚于今天）。", en: "When it was done (default today; never after today).")
    package static let hMilestoneRePlanId = MessageKey("hMilestoneRePlanId", zh: "要调整计划的节点（名称或编号）；需要 --due 和 --reason。", en: "The milestone to re-plan (id or name); needs --due and --reason.")
    package static let hWhyMilestoneRePlanned = MessageKey("hWhyMilestoneRePlanned", zh: "调整计划的理由。", en: "Why the milestone is re-planned.")
    package static let hYellowRedRaiseLight = MessageKey("hYellowRedRaiseLight", zh: "黄 | 红：自今天起调高预警灯（不能设为绿：绿灯由规则计算）。", en: "yellow | red: raise the light from today (green is refused: it is computed).")
    package static let hWhyLightRaised = MessageKey("hWhyLightRaised", zh: "调高预警灯的理由。", en: "Why the light is raised.")
    package static let hLastDayRaisedLight = MessageKey("hLastDayRaisedLight", zh: "人工预警的最后一天（默认：直到解除）。", en: "The last day the raised light holds (default: until cleared).")
    package static let hLiftFlagsForceFrom = MessageKey("hLiftFlagsForceFrom", zh: "自今天起解除正在生效的人工预警。", en: "Lift the flags in force from today.")
    package static let hNumberConflictsShowPrinted = MessageKey("hNumberConflictsShowPrinted", zh: "`conflicts show` 列出的序号。", en: "The number `conflicts show` printed.")
    package static let cmdFundedProjectsTheirEarly = MessageKey("cmdFundedProjectsTheirEarly", zh: "资助项目及其预警灯。", en: "Funded projects and their early-warning light.")
    package static let cmdAddFundedProjectPrints = MessageKey("cmdAddFundedProjectPrints", zh: "添加资助项目；打印其编号。", en: "Add a funded project; prints the id.")
    package static let cmdAddMilestonePrintsId = MessageKey("cmdAddMilestonePrintsId", zh: "添加节点（打印其编号）、标记节点完成，或调整节点计划（改计划日期并说明理由）。", en: "Add a milestone (prints its id), mark one done, or re-plan one (move its due date, with a reason).")
    package static let cmdShowRedYellowGreen = MessageKey("cmdShowRedYellowGreen", zh: "查看红黄绿预警灯及其原因、计划调整和人工预警；或调高预警灯（黄或红，须说明理由）。", en: "Show the red/yellow/green light with its reasons, re-plans and flags; or raise it (yellow or red, with a reason).")
    package static let cmdListProjectsTheirLights = MessageKey("cmdListProjectsTheirLights", zh: "列出项目及其预警灯。", en: "List projects with their lights.")
    package static let cmdConcurrentEditsWaitingPerson = MessageKey("cmdConcurrentEditsWaitingPerson", zh: "等待人来裁决的并发修改。", en: "Concurrent edits waiting for a person to decide.")
    package static let cmdListRecordsConflicts = MessageKey("cmdListRecordsConflicts", zh: "列出有冲突的记录。", en: "List records with conflicts.")
    package static let cmdShowRecordSConflicting = MessageKey("cmdShowRecordSConflicting", zh: "查看记录的冲突值，按序号供 --pick 选择。", en: "Show a record's conflicting values, numbered for --pick.")
    package static let cmdDecideConflictedFieldNew = MessageKey("cmdDecideConflictedFieldNew", zh: "裁决冲突字段：给出新值，或选择列出的某个值。", en: "Decide a conflicted field: a new value, or pick one of the shown values.")
    package static let cmdEveryVersionRecordWho = MessageKey("cmdEveryVersionRecordWho", zh: "记录的每个版本：谁、何时、改了什么。", en: "Every version of a record: who, when, what changed.")
    package static let morePersonMayRaiseLight = MessageKey("morePersonMayRaiseLight", zh: "人可以调高预警灯，不能调低：逾期节点完成或调整计划后，红灯项目自动回到绿灯。", en: "A person may raise a light, never lower one: a red project goes back to green when its late milestone is done or re-planned.")
    // fieldsync/Commands/ReportCommand.swift
    package static let cannotWrite = MessageKey("cannotWrite", zh: "无法写入 {0}：{1}", en: "Cannot write {0}: {1}")
    package static let validText = MessageKey("validText", zh: "{0} 不是有效的 {1} 文本。", en: "{0} is not valid {1} text.")
    package static let rowsAreInvalidFirst2 = MessageKey("rowsAreInvalidFirst2", zh: "{1} 行中有 {0} 行无效（第一处：第 {2} 行：{3}）；未导入任何内容。", en: "{0} rows of {1} are invalid (first: line {2}: {3}); nothing was imported.")
    package static let ipCountMust = MessageKey("ipCountMust", zh: "--ip-count 须 ≥ 0，不能是 {0}。", en: "--ip-count must be ≥ 0, not {0}.")
    package static let indicatorWeight = MessageKey("indicatorWeight", zh: "“{0}”不是“指标=权重”的形式。", en: "\"{0}\" is not indicator=weight.")
    package static let zoneSettingUse = MessageKey("zoneSettingUse", zh: "“{0}”不是园区设置；可用：{1}。", en: "\"{0}\" is not a zone setting; use {1}.")
    package static let hCoverageNeedsProjectsRanking = MessageKey("hCoverageNeedsProjectsRanking", zh: "coverage（走访覆盖）| needs（诉求）| projects（项目）| ranking（排名）| commissioners（专员绩效）| outcomes（培育成果）", en: "coverage | needs | projects | ranking | commissioners | outcomes")
    package static let hYearDefaultYear = MessageKey("hYearDefaultYear", zh: "年份（默认今年）。", en: "The year (default: this year).")
    package static let hTableCsvJsonHtml = MessageKey("hTableCsvJsonHtml", zh: "table | csv | json | html", en: "table | csv | json | html")
    package static let hWriteReportFileInstead = MessageKey("hWriteReportFileInstead", zh: "把报表写入该文件，而不是标准输出。", en: "Write the report to this file instead of stdout.")
    package static let hHowManyTopBottom = MessageKey("hHowManyTopBottom", zh: "排名前后各标出几名（排名报表）。", en: "How many top and bottom ranks to flag (ranking).")
    package static let hRDExpenseRevenue = MessageKey("hRDExpenseRevenue", zh: "研发投入占比：8.5% 或 0.085", en: "R&D expense / revenue: 8.5% or 0.085")
    package static let hOrFor = MessageKey("hOrFor", zh: "营收增长率：32% 或 0.32 表示增长 32%", en: "32% or 0.32 for +32%")
    package static let hIndicatorWeightEG = MessageKey("hIndicatorWeightEG", zh: "指标=权重，如 rd_ratio=0.4（可重复）", en: "indicator=weight, e.g. rd_ratio=0.4 (repeatable)")
    package static let hLightWarningDaysSatisfaction = MessageKey("hLightWarningDaysSatisfaction", zh: "light.warning_days（预警天数）| satisfaction.target（满意率目标）", en: "light.warning_days | satisfaction.target")
    package static let cmdOfficeReportsFromLocal = MessageKey("cmdOfficeReportsFromLocal", zh: "用本地副本出办公室报表：走访覆盖、诉求、项目、排名、专员绩效、培育成果。", en: "Office reports from the local replica: coverage, needs, projects, ranking, commissioners, outcomes.")
    package static let cmdYearlyEnterpriseIndicatorsRanking = MessageKey("cmdYearlyEnterpriseIndicatorsRanking", zh: "企业年度指标与排名权重。", en: "Yearly enterprise indicators and ranking weights.")
    package static let cmdImportIndicatorsFromCsv = MessageKey("cmdImportIndicatorsFromCsv", zh: "从 CSV 导入指标：统一社会信用代码/credit_code（或 企业）、年度/year、研发投入占比、营收增长率、知识产权数、科技人员占比（8.5% 或 0.085）。", en: "Import indicators from CSV: 统一社会信用代码/credit_code (or 企业), 年度/year, 研发投入占比, 营收增长率, 知识产权数, 科技人员占比 (8.5% or 0.085).")
    package static let cmdEnterEnterpriseSIndicators = MessageKey("cmdEnterEnterpriseSIndicators", zh: "录入企业某年的指标。", en: "Enter an enterprise's indicators for a year.")
    package static let cmdShowChangeRankingWeights = MessageKey("cmdShowChangeRankingWeights", zh: "查看或修改排名权重（存于副本中，会同步）。", en: "Show or change the ranking weights (stored in the replica, so they sync).")
    package static let cmdZoneSSyncedSettings = MessageKey("cmdZoneSSyncedSettings", zh: "规则所用的园区同步设置（light.warning_days、satisfaction.target）。", en: "The zone's synced settings the rules read (light.warning_days, satisfaction.target).")
    package static let cmdShowZoneSettingsTheir = MessageKey("cmdShowZoneSettingsTheir", zh: "查看园区设置及其取值。", en: "Show the zone settings and their values.")
    package static let cmdChangeZoneSettingSyncs = MessageKey("cmdChangeZoneSettingSyncs", zh: "修改园区设置（会同步到每台笔记本）。", en: "Change a zone setting (it syncs to every laptop).")
    package static let moreFormatsTableCjkAligned = MessageKey("moreFormatsTableCjkAligned", zh: "格式：table（中文对齐的表格）、csv（带 BOM 的 UTF-8，供 Excel 使用）、json、html（单个自包含文件，内嵌 SVG 图表）。", en: "Formats: table (CJK-aligned), csv (UTF-8 with BOM, for Excel), json, html (one self-contained file, inline SVG charts).")
    // fieldsync/Commands/SyncCommand.swift
    package static let serverSetRunFieldsync = MessageKey("serverSetRunFieldsync", zh: "尚未设置服务器；请运行 `fieldsync config set server URL` 或使用 --server。", en: "No server is set; run `fieldsync config set server URL` or pass --server.")
    package static let serverUrl = MessageKey("serverUrl", zh: "“{0}”不是服务器地址。", en: "\"{0}\" is not a server URL.")
    package static let tokenSetRunFieldsync = MessageKey("tokenSetRunFieldsync", zh: "尚未设置令牌；请运行 `fieldsync config set token 令牌` 或使用 --token。", en: "No token is set; run `fieldsync config set token TOKEN` or pass --token.")
    package static let hTokenFile = MessageKey("hTokenFile", zh: "从文件读取令牌（- 表示标准输入），令牌不必出现在命令行上。", en: "Read the token from a file (- for standard input), so it never appears on the command line.")
    package static let tokenFileCannotRead = MessageKey("tokenFileCannotRead", zh: "无法读取令牌文件 {0}（不存在、不可读、不是 UTF-8 文本，或大于 4 KiB）。", en: "The token file {0} cannot be read (missing, unreadable, not UTF-8 text, or larger than 4 KiB).")
    package static let tokenFileEmpty = MessageKey("tokenFileEmpty", zh: "令牌文件 {0} 是空的。", en: "The token file {0} is empty.")
    package static let plainHTTPToNonLoopback = MessageKey("plainHTTPToNonLoopback", zh: "警告：{0} 是明文 http，令牌和数据会不加密地经过网络；请让办公室改用 https。", en: "warning: {0} is plain http, so the token and the data cross the network unencrypted; ask the office for https.")
    package static let settingNotShown = MessageKey("settingNotShown", zh: "“{0}”不是可查看的设置；可查看：{1}。", en: "\"{0}\" is not a setting that can be shown; use one of: {1}.")
    package static let caFileCannotRead = MessageKey("caFileCannotRead", zh: "无法读取 CA 文件 {0}。", en: "The CA file {0} cannot be read.")
    package static let storeReusesWriteIds = MessageKey("storeReusesWriteIds", zh: "本数据库重复使用了服务器上已有其他内容的写入编号（是否从备份恢复过？）：{0} 现已换用新的副本编号 {1}；请再同步一次。", en: "This store reuses write ids the server already holds with other content (was it restored from a backup?): {0} It now has a new replica id {1}; run sync again.")
    package static let storeIsACopy = MessageKey("storeIsACopy", zh: "本数据库与服务器以同一副本编号收到的记录不一致，它是另一台笔记本数据库的副本（或从备份恢复）；它已换用新的副本编号 {0}，本机记录都保留；请再同步一次，两边的记录都会汇合。", en: "This store's history differs from what the server accepted under its replica id, so it is a copy of another laptop's store (or a restore); it now writes as new replica {0} and keeps every record; run sync again and both stores' records will meet.")
    package static let hServerUrlDefaultFieldsync = MessageKey("hServerUrlDefaultFieldsync", zh: "服务器地址（默认：`fieldsync config set server` 的设置）。", en: "The server URL (default: `fieldsync config set server`).")
    package static let hTokenDefaultFieldsyncConfig = MessageKey("hTokenDefaultFieldsyncConfig", zh: "令牌（默认：`fieldsync config set token` 的设置）。", en: "The token (default: `fieldsync config set token`).")
    package static let hRecordsPerRequest = MessageKey("hRecordsPerRequest", zh: "每次请求的记录数（默认：推送 2000，拉取 5000）。", en: "Records per request (default: 2,000 per push, 5,000 per pull page).")
    package static let hWireFormat = MessageKey("hWireFormat", zh: "传输格式：binary（协议 5，默认）或 json（协议 4，供尚未升级的服务器）。", en: "Body format: binary (protocol 5, the default) or json (protocol 4, for a server not yet upgraded).")
    package static let hPemFileCasTrust = MessageKey("hPemFileCasTrust", zh: "信任的 CA 证书（PEM 文件），代替系统证书库（如办公室自己的 CA）。", en: "A PEM file of CAs to trust instead of the system store (an office's own CA).")
    package static let hSecondsEachRequest = MessageKey("hSecondsEachRequest", zh: "每次请求的超时秒数。", en: "Seconds for each request.")
    package static let hAttemptsPerStepNetwork = MessageKey("hAttemptsPerStepNetwork", zh: "遇到网络错误或 5xx 时每一步的尝试次数。", en: "Attempts per step on network errors and 5xx.")
    package static let cmdPushLocalChangesPull = MessageKey("cmdPushLocalChangesPull", zh: "推送本机修改并拉取办公室的修改，分批进行，可断点续传。", en: "Push local changes and pull the office's, in resumable batches.")
    // fieldsync/FieldSyncCommand.swift
    package static let storeRunFieldsyncInit = MessageKey("storeRunFieldsyncInit", zh: "{0} 处没有数据库；请先运行 `fieldsync init --replica-name 名称`。", en: "No store at {0}; run `fieldsync init --replica-name NAME` first.")
    package static let fieldsyncNowRfcInstant = MessageKey("fieldsyncNowRfcInstant", zh: "FIELDSYNC_NOW={0} 不是 RFC 3339 时刻，如 2026-03-02T09:00:00Z。", en: "FIELDSYNC_NOW={0} is not an RFC 3339 instant such as 2026-03-02T09:00:00Z.")
    package static let replicaNameMustEmpty = MessageKey("replicaNameMustEmpty", zh: "副本名称不能为空。", en: "The replica name must not be empty.")
    package static let settingUseOne = MessageKey("settingUseOne", zh: "“{0}”不是设置项；可用：{1}。", en: "\"{0}\" is not a setting; use one of: {1}.")
    package static let serverUrlWriteLike = MessageKey("serverUrlWriteLike", zh: "“{0}”不是服务器地址；请写作 https://sync.example.org 或 http://127.0.0.1:8080 这样的形式。", en: "\"{0}\" is not a server URL; write it like https://sync.example.org or http://127.0.0.1:8080.")
    package static let hLocalStoreDefaultFieldsync = MessageKey("hLocalStoreDefaultFieldsync", zh: "本地数据库（默认：$FIELDSYNC_DB 或 ~/.local/share/fieldsync/fieldsync.db）。", en: "The local store (default: $FIELDSYNC_DB or ~/.local/share/fieldsync/fieldsync.db).")
    package static let hPrintOneJsonDocument = MessageKey("hPrintOneJsonDocument", zh: "输出一个 JSON 文档。", en: "Print one JSON document.")
    package static let hNameLaptopEG = MessageKey("hNameLaptopEG", zh: "这台笔记本的名称（如专员姓名）。", en: "A name for this laptop (e.g. the commissioner's name).")
    package static let hZone = MessageKey("hZone", zh: "园区。", en: "The zone.")
    package static let hServerTokenCacert = MessageKey("hServerTokenCacert", zh: "server | token | cacert | lang | commissioner", en: "server | token | cacert | lang | commissioner")
    package static let cmdTechnologyCommissionerSField = MessageKey("cmdTechnologyCommissionerSField", zh: "科技专员的外勤工具：完整的离线副本，与办公室同步。", en: "The technology commissioner's field tool: a full offline replica that syncs with the office.")
    package static let cmdCreateLocalStoreMint = MessageKey("cmdCreateLocalStoreMint", zh: "创建本地数据库，生成这台笔记本的副本编号。", en: "Create the local store and mint this laptop's replica id.")
    package static let cmdLocalSettings = MessageKey("cmdLocalSettings", zh: "本机设置。", en: "Local settings.")
    package static let cmdSetServerUrlToken = MessageKey("cmdSetServerUrlToken", zh: "设置服务器地址、令牌、CA 证书、界面语言（lang：zh | en）或使用本机的专员（commissioner）。", en: "Set the server URL, token, cacert, the language (lang: zh | en) or the commissioner working on this laptop.")
    package static let cmdPrintSetting = MessageKey("cmdPrintSetting", zh: "显示一项设置。", en: "Print a setting.")
    package static let cmdReplicaIdPendingChanges = MessageKey("cmdReplicaIdPendingChanges", zh: "副本、待同步修改、上次同步、未决冲突。", en: "Replica id, pending changes, last sync, open conflicts.")
    package static let moreStoreDbPathElse = MessageKey("moreStoreDbPathElse", zh: "数据库：--db 路径，否则 $FIELDSYNC_DB，否则 ~/.local/share/fieldsync/fieldsync.db。语言：--lang zh|en，否则 `fieldsync config set lang`，否则 $FIELDSYNC_LANG，否则 LC_ALL/LC_MESSAGES/LANG。", en: "Store: --db PATH, else $FIELDSYNC_DB, else ~/.local/share/fieldsync/fieldsync.db. Language: --lang zh|en, else `fieldsync config set lang`, else $FIELDSYNC_LANG, else LC_ALL/LC_MESSAGES/LANG.")
    // CLI
    package static let langMissing = MessageKey("langMissing", zh: "--lang 需要一个值：zh 或 en。", en: "--lang needs a value: zh or en.")
    package static let langUnknown = MessageKey("langUnknown", zh: "--lang 须为 zh 或 en，不能是“{0}”。", en: "--lang must be zh or en, not \"{0}\".")
    package static let usageError = MessageKey("usageError", zh: "{0}（见 `fieldsync help`）", en: "{0} (see `fieldsync help`)")
    package static let usageMissing = MessageKey("usageMissing", zh: "缺少参数 {0}。", en: "Missing expected argument {0}.")
    package static let usageUnknownOption = MessageKey("usageUnknownOption", zh: "未知选项 {0}。", en: "Unknown option {0}.")
    package static let usageUnexpected = MessageKey("usageUnexpected", zh: "多余的参数 {0}。", en: "Unexpected argument {0}.")
    package static let usageMissingValue = MessageKey("usageMissingValue", zh: "{0} 缺少取值。", en: "Missing value for {0}.")
    package static let usageInvalidValue = MessageKey("usageInvalidValue", zh: "{0} 对 {1} 无效。", en: "The value {0} is invalid for {1}.")
    package static let usageUnknownSubcommand = MessageKey("usageUnknownSubcommand", zh: "未知子命令 {0}。", en: "Unknown subcommand {0}.")
    package static let usageInvalid = MessageKey("usageInvalid", zh: "用法有误。", en: "Invalid usage.")
    package static let poolJoinOrLeave = MessageKey("poolJoinOrLeave", zh: "请只给出 --join 库 或 --leave 库 之一。", en: "Give exactly one of --join POOL or --leave POOL.")
    package static let markConflict = MessageKey("markConflict", zh: "⚠ 有冲突", en: "⚠ conflict")
    package static let listSeparator = MessageKey("listSeparator", zh: "；", en: "; ")
    package static let poolSpan = MessageKey("poolSpan", zh: "{0}（{1} 至 {2}）", en: "{0} (from {1} to {2})")
    package static let poolSince = MessageKey("poolSince", zh: "{0}（{1} 起）", en: "{0} (from {1})")
    package static let coverageLine = MessageKey("coverageLine", zh: "第 {0} 轮（{1} … {2}）：已走访 {3}/{4}，覆盖率 {5}%", en: "round {0} ({1} … {2}): {3}/{4} visited, {5}%")
    package static let colCommissioner = MessageKey("colCommissioner", zh: "科技专员", en: "commissioner")
    package static let colVisited = MessageKey("colVisited", zh: "已走访", en: "visited")
    package static let colOnSite = MessageKey("colOnSite", zh: "其中上门", en: "of which on site")
    package static let colDue = MessageKey("colDue", zh: "应走访", en: "due")
    package static let colNotVisited = MessageKey("colNotVisited", zh: "未走访企业", en: "not visited")
    package static let markOverdue = MessageKey("markOverdue", zh: "逾期", en: "overdue")
    package static let markLate = MessageKey("markLate", zh: "超24小时", en: "late (over 24 h)")
    package static let yes = MessageKey("yes", zh: "是", en: "yes")
    package static let no = MessageKey("no", zh: "否", en: "no")
    package static let hoursShort = MessageKey("hoursShort", zh: "{0} 小时", en: "{0} h")
    package static let onTime = MessageKey("onTime", zh: "按时（{0}）", en: "on time ({0})")
    package static let lateAnswered = MessageKey("lateAnswered", zh: "超24小时才响应（{0}）", en: "late ({0})")
    package static let lateUnanswered = MessageKey("lateUnanswered", zh: "超24小时未响应", en: "late: unanswered after 24 h")
    package static let waiting24h = MessageKey("waiting24h", zh: "待响应（仍在24小时内）", en: "waiting (still within 24 h)")
    package static let moreImportHeader = MessageKey("moreImportHeader", zh: "表头给出各列字段：名称/name、统一社会信用代码/credit_code、行业/industry、地址/address、联系人/contact、入库类型/pool、专员/commissioner、资质/certifications。统一社会信用代码已存在的行会更新该企业。只要有一行无效，整个文件都不导入（不写入任何内容），除非给出 --skip-invalid。", en: "The header row names the fields: 名称/name, 统一社会信用代码/credit_code, 行业/industry, 地址/address, 联系人/contact, 入库类型/pool, 专员/commissioner, 资质/certifications. A row whose credit code is already present updates that enterprise. Any invalid row rejects the whole file (nothing is written) unless --skip-invalid is given.")
    package static let importing = MessageKey("importing", zh: "导入", en: "importing")
    package static let importCounts = MessageKey("importCounts", zh: "新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", en: "added {0}, updated {1}, unchanged {2}, rejected {3}")
    package static let importCountsDryRun = MessageKey("importCountsDryRun", zh: "（试运行，未写入）将新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", en: "(dry run, nothing written) would be added {0}, updated {1}, unchanged {2}, rejected {3}")
    package static let importCountsNothing = MessageKey("importCountsNothing", zh: "（未写入）本将新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", en: "(nothing written) would be added {0}, updated {1}, unchanged {2}, rejected {3}")
    package static let indicatorCounts = MessageKey("indicatorCounts", zh: "新增 {0}，更新 {1}，拒绝 {2}", en: "added {0}, updated {1}, rejected {2}")
    package static let indicatorCountsNothing = MessageKey("indicatorCountsNothing", zh: "（未写入）新增 {0}，更新 {1}，拒绝 {2}", en: "(nothing written) added {0}, updated {1}, rejected {2}")
    package static let colLine = MessageKey("colLine", zh: "行号", en: "line")
    package static let colReason = MessageKey("colReason", zh: "原因", en: "reason")
    package static let moreSyncExitCodes = MessageKey("moreSyncExitCodes", zh: "退出码：0 完成（冲突是数据，不算失败），69 无法连接服务器，75 另一次同步持有锁或服务器繁忙，76 协议/结构版本不符或写入编号重复，77 未获授权。", en: "Exit codes: 0 done (conflicts are data, not failure), 69 server unreachable, 75 another sync holds the lock or the server is busy, 76 protocol/schema mismatch or reused dots, 77 not authorised.")
    package static let batchSizeRange = MessageKey("batchSizeRange", zh: "--batch-size 须为 1 到 5000，不能是 {0}。", en: "--batch-size must be 1 to 5000, not {0}.")
    package static let wireFormatChoice = MessageKey("wireFormatChoice", zh: "--wire 只能是 binary 或 json，不能是“{0}”。", en: "--wire must be binary or json, not \"{0}\".")
    package static let retriesAtLeastOne = MessageKey("retriesAtLeastOne", zh: "--retries 至少为 1。", en: "--retries must be at least 1.")
    package static let hConnectTimeout = MessageKey("hConnectTimeout", zh: "连接超时秒数。", en: "Seconds to wait for the connection.")
    package static let syncProgress = MessageKey("syncProgress", zh: "同步中：{0} ↑{1} ↓{2}", en: "syncing: {0} ↑{1} ↓{2}")
    package static let phasePush = MessageKey("phasePush", zh: "推送", en: "pushing")
    package static let phasePull = MessageKey("phasePull", zh: "拉取", en: "pulling")
    package static let phaseOther = MessageKey("phaseOther", zh: "处理", en: "working")
    package static let syncSummary = MessageKey("syncSummary", zh: "推送 {0}，拉取 {1}，冲突 {2}，服务器序号 {3}", en: "pushed {0}, pulled {1}, conflicts {2}, server at {3}")
    package static let formatUnknown = MessageKey("formatUnknown", zh: "--format 须为 table、csv、json 或 html，不能是“{0}”。", en: "--format must be table, csv, json or html, not \"{0}\".")
    package static let reportHeading = MessageKey("reportHeading", zh: "{0} · 截至 {1}", en: "{0} · as of {1}")
    package static let howComputed = MessageKey("howComputed", zh: "说明：", en: "How computed: ")
    package static let howComputedTitle = MessageKey("howComputedTitle", zh: "计算方法：", en: "How computed:")
    package static let milestoneOneOf = MessageKey("milestoneOneOf", zh: "请只给出以下之一：--add 名称 --due 日期、--done 节点、--replan 节点 --due 日期 --reason 理由。", en: "Give exactly one of --add NAME --due D, --done MILESTONE or --replan MILESTONE --due D --reason R.")
    package static let addNeedsDue = MessageKey("addNeedsDue", zh: "--add 需要 --due YYYY-MM-DD。", en: "--add needs --due YYYY-MM-DD.")
    package static let replanNeedsDueReason = MessageKey("replanNeedsDueReason", zh: "--replan 需要 --due YYYY-MM-DD 和 --reason 理由。", en: "--replan needs --due YYYY-MM-DD and --reason TEXT.")
    package static let setOrClear = MessageKey("setOrClear", zh: "请给出 --set 或 --clear，不能同时给出。", en: "Give --set or --clear, not both.")
    package static let reasonUntilWithSet = MessageKey("reasonUntilWithSet", zh: "--reason 和 --until 要与 --set 黄|红 一起用。", en: "--reason and --until go with --set yellow|red.")
    package static let byMilestones = MessageKey("byMilestones", zh: "（按节点：{0}）", en: " (computed: {0})")
    package static let replannedLine = MessageKey("replannedLine", zh: "{0} 调整计划 {1} → {2}：{3}", en: "{0} re-planned {1} → {2}: {3}")
    package static let colPeriod = MessageKey("colPeriod", zh: "起止", en: "period")
    package static let noConflicts = MessageKey("noConflicts", zh: "没有冲突", en: "no conflicts")
    package static let colKind = MessageKey("colKind", zh: "类别", en: "kind")
    package static let colRecord = MessageKey("colRecord", zh: "记录", en: "record")
    package static let colField = MessageKey("colField", zh: "字段", en: "field")
    package static let colValuesShownFirst = MessageKey("colValuesShownFirst", zh: "各方取值（首个为当前显示）及所属笔记本", en: "values (shown first), by laptop")
    package static let recordNoConflicts = MessageKey("recordNoConflicts", zh: "{0}：没有冲突", en: "{0}: no conflicts")
    package static let writtenOn = MessageKey("writtenOn", zh: "{0} 写入，第 {1} 次", en: "written on {0}, write {1}")
    package static let valueOrPick = MessageKey("valueOrPick", zh: "请只给出 --value 值 或 --pick 序号 之一。", en: "Give exactly one of --value VALUE or --pick N.")
    package static let originLocal = MessageKey("originLocal", zh: "本机写入", en: "written here")
    package static let originPulled = MessageKey("originPulled", zh: "同步拉取", en: "pulled")
    package static let unknownLaptop = MessageKey("unknownLaptop", zh: "笔记本 {0}", en: "laptop {0}")
    package static let laptopWithCommissioner = MessageKey("laptopWithCommissioner", zh: "{0}（{1}）", en: "{0} ({1})")
    package static let hInitCommissioner = MessageKey("hInitCommissioner", zh: "使用这台笔记本的科技专员（姓名或编号）。", en: "The commissioner working on this laptop (name or id).")
    package static let statusLaptop = MessageKey("statusLaptop", zh: "笔记本", en: "laptop")
    package static let statusReplica = MessageKey("statusReplica", zh: "副本编号", en: "replica id")
    package static let statusZone = MessageKey("statusZone", zh: "园区", en: "zone")
    package static let statusServer = MessageKey("statusServer", zh: "服务器", en: "server")
    package static let anotherServerAtAddress = MessageKey("anotherServerAtAddress", zh: "{0} 上的服务器与上次同步的不是同一台：本机已从头与它同步（未丢失任何记录）。", en: "The server at {0} is not the one this laptop synced with before: this laptop synced with it from the start (nothing was lost).")
    package static let statusQuarantined = MessageKey("statusQuarantined", zh: "已隔离的记录", en: "record kept aside")
    package static let syncQuarantined = MessageKey("syncQuarantined", zh: "有 {0} 条拉取的记录含有笔记本无法保存的值，已隔离（未应用）；请办公室修复，详见 fieldsync status。", en: "{0} pulled records hold values no laptop can keep and were kept aside (not applied); ask the office to repair them; see fieldsync status.")
    package static let statusPending = MessageKey("statusPending", zh: "待同步修改", en: "pending changes")
    package static let statusLastSync = MessageKey("statusLastSync", zh: "上次同步", en: "last sync")
    package static let statusConflicts = MessageKey("statusConflicts", zh: "冲突", en: "conflicts")
    package static let notSet = MessageKey("notSet", zh: "（未设置）", en: "(not set)")
    package static let never = MessageKey("never", zh: "从未", en: "never")
    package static let colIndicatorCode = MessageKey("colIndicatorCode", zh: "代码", en: "code")
    package static let colIndicator = MessageKey("colIndicator", zh: "指标", en: "indicator")
    package static let colWeight = MessageKey("colWeight", zh: "权重", en: "weight")
    package static let colSetting = MessageKey("colSetting", zh: "设置项", en: "setting")
    package static let colValue = MessageKey("colValue", zh: "取值", en: "value")
    package static let colDefault = MessageKey("colDefault", zh: "默认值", en: "default")
    package static let versionLine = MessageKey("versionLine", zh: "fieldsync {0}（科技专员外勤工具）", en: "fieldsync {0}")
    package static let lightHeadline = MessageKey("lightHeadline", zh: "{0}：{1}", en: "{0}: {1}")
    package static let notesHeading = MessageKey("notesHeading", zh: "办理记录：", en: "notes:")
    package static let apUsage = MessageKey("apUsage", zh: "用法：", en: "USAGE:")
    package static let apArguments = MessageKey("apArguments", zh: "参数：", en: "ARGUMENTS:")
    package static let apOptions = MessageKey("apOptions", zh: "选项：", en: "OPTIONS:")
    package static let apSubcommands = MessageKey("apSubcommands", zh: "子命令：", en: "SUBCOMMANDS:")
    package static let apOverview = MessageKey("apOverview", zh: "概述：", en: "OVERVIEW:")
    package static let apShowHelp = MessageKey("apShowHelp", zh: "显示帮助。", en: "Show help information.")
    package static let apShowVersion = MessageKey("apShowVersion", zh: "显示版本。", en: "Show the version.")
    package static let apSeeHelp = MessageKey("apSeeHelp", zh: "用 fieldsync help <子命令> 查看详细帮助。", en: "See 'fieldsync help <subcommand>' for detailed help.")
    package static let apDefault = MessageKey("apDefault", zh: "（默认：", en: "(default: ")
    package static let apValues = MessageKey("apValues", zh: "（可选值：", en: "(values: ")
    package static let hRecordRef = MessageKey("hRecordRef", zh: "记录：名称、编号或编号前缀（企业也可用统一社会信用代码）。", en: "The record: its name, id or id prefix (an enterprise also by credit code).")
    package static let hName = MessageKey("hName", zh: "名称。", en: "The name.")
    package static let hEnterpriseRef = MessageKey("hEnterpriseRef", zh: "企业：名称（或其独有的一部分）、统一社会信用代码或编号。", en: "The enterprise: name (or a part only it has), credit code or id.")
    package static let hSummary = MessageKey("hSummary", zh: "摘要。", en: "A short summary.")
    package static let hOwner = MessageKey("hOwner", zh: "责任专员（姓名或编号）。", en: "The commissioner who owns it (name or id).")
    package static let hIndustry = MessageKey("hIndustry", zh: "所属行业。", en: "The industry.")
    package static let hContact = MessageKey("hContact", zh: "联系人及电话。", en: "The contact person and phone.")
    package static let hAddress = MessageKey("hAddress", zh: "地址。", en: "The address.")
    package static let hValue = MessageKey("hValue", zh: "取值。", en: "The value.")
    package static let hYear = MessageKey("hYear", zh: "年度。", en: "The year.")
    package static let hVisitRef = MessageKey("hVisitRef", zh: "提出该诉求的走访（编号）。", en: "The visit it was raised on (id).")
    package static let hStatusFilter = MessageKey("hStatusFilter", zh: "只列该状态的诉求（待响应/已响应/办理中/已解决/已关闭/不予受理）。", en: "Only needs with this status (open, acknowledged, in-progress, resolved, closed, rejected).")
    package static let hStart = MessageKey("hStart", zh: "开始日期（YYYY-MM-DD）。", en: "The first day (YYYY-MM-DD).")
    package static let hEnd = MessageKey("hEnd", zh: "结束日期（YYYY-MM-DD）。", en: "The last day (YYYY-MM-DD).")
    package static let hPhone = MessageKey("hPhone", zh: "电话号码。", en: "The phone number.")
    package static let hNote = MessageKey("hNote", zh: "备注。", en: "A note.")
    package static let hField = MessageKey("hField", zh: "有冲突的字段（按 `conflicts show` 的写法）。", en: "The field in conflict (as `conflicts show` names it).")
    package static let hCommissionerRef = MessageKey("hCommissionerRef", zh: "科技专员：姓名或编号。", en: "The commissioner: name or id.")
    package static let hSettingKey = MessageKey("hSettingKey", zh: "设置项。", en: "The setting.")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let cliCatalogue: [MessageKey] = [
        .hCharacterUnifiedSocialCredit, .hHighTechSmeProject, .hAssignedCommissionerIdPrefix,
        .hCertificationsCommaSeparated, .hIdIdPrefixCredit, .hCommissionerResponsibleFromDate,
        .hDayNewCommissionerTakes, .hEnterprise, .hSelectedCultivatingMatureApplying, .hYyyyMmDdDefault,
        .hHighTechTechSme, .hYyyyMmDdAfter, .hCertificateNumber, .hOnlyPoolSCurrent,
        .cmdCommissionerServiceTeam, .cmdAddCommissionerPrintsId, .cmdListCommissioners,
        .cmdTechnologyEnterprisesTheirPools, .cmdAddEnterprisePrintsId, .cmdChangeEnterpriseSFields,
        .cmdMovePoolEnterpriseAlong, .cmdRecordOutcomeHighTech, .cmdJoinLeaveIncubationPool,
        .cmdListEnterprises, .cmdShowOneEnterprise, .cmdDeleteEnterpriseSyncedTombstone, .hYyyyN, .hYyyy,
        .hYyyyMmDd, .hYyyyNDefaultRound, .hCommaSeparatedTopics, .hText,
        .hNoteAppendedNeedS,
        .hOnlyNeedsUnansweredPast, .hOnlyNeedsAnsweredLate, .cmdThreeAnnualVisitRounds, .cmdWhoVisitedWhoPer,
        .cmdChangeRoundSDate, .cmdYearSRoundWindows, .cmdVisitsEnterprises, .cmdRecordVisitRoundInferred,
        .cmdListVisits, .hImportOverwrite, .hImportAssignDate, .hOneOf, .wroteFields, .resolvedField, .settingWritten, .hQuiet, .hOnlyCommissioners, .hOnlyOwners, .commissionerNeeded, .cmdAgenda, .agendaHeading, .agendaRound, .agendaNoRound, .agendaNothing, .agendaUnvisited,
        .agendaNeeds, .agendaProjects, .agendaVisitThisRound, .agendaRespondNow, .agendaFollowUp, .colNext, .importWouldChange, .importKept, .colEnterprise, .colFrom, .colTo,
        .colHeld, .colInFile, .cmdCorrectVisit, .cmdDeleteVisit, .cmdCorrectProject, .hAgain, .visitCorrected, .visitDeleted, .projectCorrected,
        .cmdNeedsRaisedEnterprisesChased, .cmdTakeDownNeedPrints,
        .cmdChangeStatusSummaryOwner, .cmdListNeeds, .cmdShowNeedNotes, .cmdDeleteNeedSyncedTombstone,
        .supportedEncodingUseUtf, .cannotRead, .validUtfIfExcel, .validGbkText, .empty, .rowsAreInvalidFirst,
        .dryRunRowsWould, .hCsvFile, .hUtfGbk, .hCheckEveryRowReport, .hImportValidRowsEven,
        .cmdImportEnterprisesFromCsv, .fundsMustExactDecimal, .pickMust,
        .hFundsExactDecimalSuch, .hProject, .hNewMilestoneSName, .hDueDateAddReplan, .hMilestoneMarkDoneId,
        .hWhenWasDoneDefault, .hMilestoneRePlanId, .hWhyMilestoneRePlanned, .hYellowRedRaiseLight,
        .hWhyLightRaised, .hLastDayRaisedLight, .hLiftFlagsForceFrom, .hNumberConflictsShowPrinted,
        .cmdFundedProjectsTheirEarly, .cmdAddFundedProjectPrints, .cmdAddMilestonePrintsId,
        .cmdShowRedYellowGreen, .cmdListProjectsTheirLights, .cmdConcurrentEditsWaitingPerson,
        .cmdListRecordsConflicts, .cmdShowRecordSConflicting, .cmdDecideConflictedFieldNew,
        .cmdEveryVersionRecordWho, .morePersonMayRaiseLight, .cannotWrite, .validText, .rowsAreInvalidFirst2,
        .ipCountMust, .indicatorWeight, .zoneSettingUse, .hCoverageNeedsProjectsRanking, .hYearDefaultYear,
        .hTableCsvJsonHtml, .hWriteReportFileInstead, .hHowManyTopBottom, .hRDExpenseRevenue, .hOrFor,
        .hIndicatorWeightEG, .hLightWarningDaysSatisfaction, .cmdOfficeReportsFromLocal,
        .cmdYearlyEnterpriseIndicatorsRanking, .cmdImportIndicatorsFromCsv, .cmdEnterEnterpriseSIndicators,
        .cmdShowChangeRankingWeights, .cmdZoneSSyncedSettings, .cmdShowZoneSettingsTheir,
        .cmdChangeZoneSettingSyncs, .moreFormatsTableCjkAligned, .serverSetRunFieldsync, .serverUrl,
        .tokenSetRunFieldsync, .hTokenFile, .tokenFileCannotRead, .tokenFileEmpty, .plainHTTPToNonLoopback,
        .settingNotShown, .caFileCannotRead, .storeReusesWriteIds, .storeIsACopy, .hServerUrlDefaultFieldsync,
        .hTokenDefaultFieldsyncConfig, .hRecordsPerRequest, .hWireFormat, .hPemFileCasTrust,
        .hSecondsEachRequest, .hAttemptsPerStepNetwork, .cmdPushLocalChangesPull, .storeRunFieldsyncInit,
        .fieldsyncNowRfcInstant, .replicaNameMustEmpty, .settingUseOne, .serverUrlWriteLike,
        .hLocalStoreDefaultFieldsync, .hPrintOneJsonDocument, .hNameLaptopEG, .hZone, .hServerTokenCacert,
        .cmdTechnologyCommissionerSField, .cmdCreateLocalStoreMint, .cmdLocalSettings, .cmdSetServerUrlToken,
        .cmdPrintSetting, .cmdReplicaIdPendingChanges, .moreStoreDbPathElse, .langMissing, .langUnknown,
        .usageError, .usageMissing, .usageUnknownOption, .usageUnexpected, .usageMissingValue,
        .usageInvalidValue, .usageUnknownSubcommand, .usageInvalid, .poolJoinOrLeave, .markConflict,
        .listSeparator, .poolSpan, .poolSince, .coverageLine, .colCommissioner, .colVisited, .colOnSite,
        .colDue, .colNotVisited, .markOverdue, .markLate, .yes, .no, .hoursShort, .onTime, .lateAnswered,
        .lateUnanswered, .waiting24h, .moreImportHeader, .importing, .importCounts, .importCountsDryRun,
        .importCountsNothing, .indicatorCounts, .indicatorCountsNothing, .colLine, .colReason,
        .moreSyncExitCodes, .batchSizeRange, .wireFormatChoice, .retriesAtLeastOne, .hConnectTimeout,
        .syncProgress, .phasePush, .phasePull, .phaseOther, .syncSummary, .formatUnknown, .reportHeading,
        .howComputed, .howComputedTitle, .milestoneOneOf, .addNeedsDue, .replanNeedsDueReason, .setOrClear,
        .reasonUntilWithSet, .byMilestones, .replannedLine, .colPeriod, .noConflicts, .colKind, .colRecord,
        .colField, .colValuesShownFirst, .recordNoConflicts, .writtenOn, .valueOrPick, .originLocal,
        .originPulled, .unknownLaptop, .laptopWithCommissioner, .hInitCommissioner, .statusLaptop,
        .statusReplica, .statusZone, .statusServer, .statusPending, .anotherServerAtAddress, .statusQuarantined, .syncQuarantined, .statusLastSync, .statusConflicts,
        .notSet, .never, .colIndicatorCode, .colIndicator, .colWeight, .colSetting, .colValue, .colDefault,
        .versionLine, .lightHeadline, .notesHeading, .apUsage, .apArguments, .apOptions, .apSubcommands,
        .apOverview, .apShowHelp, .apShowVersion, .apSeeHelp, .apDefault, .apValues, .hRecordRef, .hName,
        .hEnterpriseRef, .hSummary, .hOwner, .hIndustry, .hContact, .hAddress, .hValue, .hYear, .hVisitRef,
        .hStatusFilter, .hStart, .hEnd, .hPhone, .hNote, .hField, .hCommissionerRef, .hSettingKey,
    ]
}
