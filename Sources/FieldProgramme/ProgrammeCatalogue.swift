import FieldSyncCore

/// The programme's words: its vocabulary (pools, modes, statuses, lights, stages …), its refusals, its reports' titles, columns and notes.
extension MessageKey {
    // FieldProgramme (was Domain/) Import.swift
    package static let headerRowMustName = MessageKey("headerRowMustName", zh: "表头至少要有 名称/name 和 统一社会信用代码/credit_code 两列；现有：{0}。", en: "The header row must name at least 名称/name and 统一社会信用代码/credit_code; it has: {0}.")
    package static let nameEmpty = MessageKey("nameEmpty", zh: "名称为空", en: "the name is empty")
    package static let creditCodeEmpty = MessageKey("creditCodeEmpty", zh: "统一社会信用代码为空", en: "the credit code is empty")
    package static let creditCodeAlreadyAppears = MessageKey("creditCodeAlreadyAppears", zh: "统一社会信用代码 {0} 已在第 {1} 行出现", en: "credit code {0} already appears on line {1}")
    package static let headerRowMustName2 = MessageKey("headerRowMustName2", zh: "表头要有 年度/year 和 统一社会信用代码/credit_code（或 企业/enterprise）两列；现有：{0}。", en: "The header row must name 年度/year and 统一社会信用代码/credit_code (or 企业/enterprise); it has: {0}.")
    package static let yearYear = MessageKey("yearYear", zh: "年度“{0}”不是年份", en: "year \"{0}\" is not a year")
    package static let ipCountCount = MessageKey("ipCountCount", zh: "知识产权数“{0}”不是个数", en: "ip_count \"{0}\" is not a count")
    // FieldProgramme (was Domain/) Lookup.swift
    package static let recordHasId = MessageKey("recordHasId", zh: "没有编号为“{0}”的记录。", en: "No record has the id \"{0}\".")
    package static let prefixMatchesSeveralRecords = MessageKey("prefixMatchesSeveralRecords", zh: "编号前缀“{0}”对应多条记录；请多输入几位。", en: "The prefix \"{0}\" matches several records; type more of the id.")
    // FieldProgramme (was Domain/) Operations+Needs.swift
    package static let dueDateBeforeNeed = MessageKey("dueDateBeforeNeed", zh: "办结期限 {0} 早于诉求提出日（{1}）。", en: "Due date {0} is before the need is raised ({1}).")
    package static let needHasId = MessageKey("needHasId", zh: "没有编号为“{0}”的诉求。", en: "No need has the id \"{0}\".")
    package static let nothingUpdateGiveStatus = MessageKey("nothingUpdateGiveStatus", zh: "没有可更新的内容：请给出 --status、--summary、--owner、--due 或 --note。", en: "Nothing to update: give --status, --summary, --owner, --due or --note.")
    package static let projectWouldEndBefore = MessageKey("projectWouldEndBefore", zh: "项目结束日（{0}）早于开始日（{1}）。", en: "The project would end ({0}) before it starts ({1}).")
    package static let fundsMustNegative = MessageKey("fundsMustNegative", zh: "资金不能为负数：{0}。", en: "Funds must not be negative, not {0}.")
    package static let projectHasId = MessageKey("projectHasId", zh: "没有编号为“{0}”的项目。", en: "No project has the id \"{0}\".")
    package static let completionDateAfterToday = MessageKey("completionDateAfterToday", zh: "完成日期 {0} 晚于今天（{1}）；节点完成后再标记。", en: "Completion date {0} is after today ({1}); mark a milestone done once it is done.")
    package static let completionDateBeforeProject = MessageKey("completionDateBeforeProject", zh: "完成日期 {0} 早于项目开始日（{1}）。", en: "Completion date {0} is before the project started ({1}).")
    package static let fieldConflict = MessageKey("fieldConflict", zh: "{1} 的字段 {0} 没有冲突。", en: "Field {0} of {1} is not in conflict.")
    // FieldProgramme (was Domain/) Operations+Visits.swift
    package static let roundWouldEndBefore = MessageKey("roundWouldEndBefore", zh: "第 {0} 轮的结束日（{1}）早于开始日（{2}）。", en: "Round {0} would end ({1}) before it starts ({2}).")
    package static let roundSWindowMust = MessageKey("roundSWindowMust", zh: "第 {0} 轮的时间窗（{1} 至 {2}）必须在 {3} 年之内。", en: "Round {0}'s window ({1} to {2}) must lie within {3}.")
    package static let roundWouldOverlapRound = MessageKey("roundWouldOverlapRound", zh: "第 {0} 轮（{1}…{2}）与第 {3} 轮（{4}…{5}）重叠。", en: "Round {0} ({1}…{2}) would overlap round {3} ({4}…{5}).")
    package static let roundWouldComeOut = MessageKey("roundWouldComeOut", zh: "第 {0} 轮（{1}…{2}）与第 {3} 轮（{4}…{5}）先后顺序颠倒。", en: "Round {0} ({1}…{2}) would come out of order with round {3} ({4}…{5}).")
    package static let roundCoversCheckYear = MessageKey("roundCoversCheckYear", zh: "{0} 年没有哪一轮包含 {1}；请检查当年各轮的时间窗。", en: "No round of {0} covers {1}; check the year's round windows.")
    package static let satisfactionMust = MessageKey("satisfactionMust", zh: "满意度须为 1 到 5，不能是 {0}。", en: "Satisfaction must be 1 to 5, not {0}.")
    package static let visitAlreadyRecorded = MessageKey("visitAlreadyRecorded", zh: "这次走访已经记录过（{0}，{1}，编号 {2}…）；如确是同一天再次走访，请加 --again；要更正已记录的走访，用 fieldsync visit update。", en: "This visit is already recorded ({0}, {1}, id {2}…); if it truly happened again that day, add --again; to correct the one recorded, use fieldsync visit update.")
    package static let nothingToCorrectVisit = MessageKey("nothingToCorrectVisit", zh: "没有可更正的内容：请给出 --date、--mode、--topics、--summary 或 --satisfaction。", en: "Nothing to correct: give --date, --mode, --topics, --summary or --satisfaction.")
    package static let visitHasId = MessageKey("visitHasId", zh: "没有编号为“{0}”的走访。", en: "No visit has the id \"{0}\".")
    package static let nothingToCorrectProject = MessageKey("nothingToCorrectProject", zh: "没有可更正的内容：请给出 --name、--level、--start、--end 或 --funds。", en: "Nothing to correct: give --name, --level, --start, --end or --funds.")
    package static let milestoneOutsideNewSpan = MessageKey("milestoneOutsideNewSpan", zh: "里程碑“{0}”的截止日期 {1} 不在更正后的项目期限 {2} 至 {3} 内；请先调整该里程碑。", en: "Milestone \"{0}\" is due {1}, outside the corrected project span {2} to {3}; re-plan that milestone first.")
    package static let visitDateAfterToday = MessageKey("visitDateAfterToday", zh: "走访日期 {0} 晚于今天（{1}）；走访发生后再记录。", en: "Visit date {0} is after today ({1}); record a visit once it has happened.")
    package static let visitDateOutsideRound = MessageKey("visitDateOutsideRound", zh: "走访日期 {0} 不在第 {1} 轮（{2} 至 {3}）之内。", en: "Visit date {0} is outside round {1} ({2} to {3}).")
    // FieldProgramme (was Domain/) Operations.swift
    package static let enterpriseNeedsNameName = MessageKey("enterpriseNeedsNameName", zh: "企业需要名称（--name）。", en: "An enterprise needs a name (--name).")
    package static let enterpriseNeedsCreditCode = MessageKey("enterpriseNeedsCreditCode", zh: "企业需要统一社会信用代码（--credit-code）。", en: "An enterprise needs a credit code (--credit-code).")
    package static let creditCodeAlreadyRegistered = MessageKey("creditCodeAlreadyRegistered", zh: "统一社会信用代码 {0} 已登记为企业 {1}；请改为更新该企业。", en: "Credit code {0} is already registered as enterprise {1}; update it instead.")
    package static let nothingUpdateGiveLeast = MessageKey("nothingUpdateGiveLeast", zh: "没有可更新的内容：请至少给出一个要修改的字段。", en: "Nothing to update: give at least one field to change.")
    package static let dateDatesAssignmentGive = MessageKey("dateDatesAssignmentGive", zh: "--date 是分工的生效日：请与 --commissioner 一起使用。", en: "--date dates an assignment: give it with --commissioner.")
    package static let creditCodeAlreadyRegistered2 = MessageKey("creditCodeAlreadyRegistered2", zh: "统一社会信用代码 {0} 已登记为企业 {1}。", en: "Credit code {0} is already registered as enterprise {1}.")
    package static let enterprisePool = MessageKey("enterprisePool", zh: "企业 {0} 不在{1}中。", en: "Enterprise {0} is not in the {1} pool.")
    package static let leavingDateBeforeJoining = MessageKey("leavingDateBeforeJoining", zh: "出库日期 {0} 早于入库日期 {1}。", en: "Leaving date {0} is before the joining date {1}.")
    package static let mustEmpty = MessageKey("mustEmpty", zh: "{0}不能为空。", en: "The {0} must not be empty.")
    package static let phoneNumber = MessageKey("phoneNumber", zh: "“{0}”不是电话号码。", en: "\"{0}\" is not a phone number.")
    // FieldProgramme (was Domain/) Programme+Assignments.swift
    package static let assignmentDateAfterToday = MessageKey("assignmentDateAfterToday", zh: "分工生效日 {0} 晚于今天（{1}）；生效后再记录。", en: "Assignment date {0} is after today ({1}); record an assignment once it takes effect.")
    // FieldProgramme (was Domain/) Programme+Lights.swift
    package static let raisingLightNeedsReason = MessageKey("raisingLightNeedsReason", zh: "调高预警灯需要说明理由（--reason）。", en: "Raising a light needs a reason (--reason).")
    package static let untilBeforeToday = MessageKey("untilBeforeToday", zh: "--until {0} 早于今天（{1}）。", en: "--until {0} is before today ({1}).")
    package static let projectHasFlagForce = MessageKey("projectHasFlagForce", zh: "项目 {0} 没有正在生效的人工预警可解除。", en: "Project {0} has no flag in force to clear.")
    package static let milestoneProject = MessageKey("milestoneProject", zh: "项目 {1} 中没有节点“{0}”。", en: "No milestone \"{0}\" in project {1}.")
    package static let milestoneDoneAlreadyOnly = MessageKey("milestoneDoneAlreadyOnly", zh: "节点 {0} 已完成；只有未完成的节点才能调整计划。", en: "Milestone {0} is done already; only an undone milestone can be re-planned.")
    package static let milestoneHasDueDate = MessageKey("milestoneHasDueDate", zh: "节点 {0} 没有计划日期可调整。", en: "Milestone {0} has no due date to move.")
    package static let milestoneAlreadyDue = MessageKey("milestoneAlreadyDue", zh: "节点 {0} 的计划日期已是 {1}。", en: "Milestone {0} is already due {1}.")
    package static let projectHasMilestonesNamed = MessageKey("projectHasMilestonesNamed", zh: "项目有 {0} 个名为 {1} 的节点（{2}）；请改用编号。", en: "Project has {0} milestones named {1} ({2}); use an id.")
    package static let milestoneDoesBelongProject = MessageKey("milestoneDoesBelongProject", zh: "节点 {0} 不属于该项目。", en: "Milestone {0} does not belong to this project.")
    package static let outsideProjectSSpan = MessageKey("outsideProjectSSpan", zh: "{0} {1} 不在项目起止期（{2} 至 {3}）之内。", en: "{0} {1} is outside the project's span ({2} to {3}).")
    // FieldProgramme (was Domain/) Programme+Outcomes.swift
    package static let stageDateAfterToday = MessageKey("stageDateAfterToday", zh: "阶段日期 {0} 晚于今天（{1}）。", en: "Stage date {0} is after today ({1}).")
    package static let enterprisePoolStagesAre = MessageKey("enterprisePoolStagesAre", zh: "企业 {0} 在 {1} 不在任何库中；培育阶段只适用于入库企业（enterprise pool --join）。", en: "Enterprise {0} is in no pool on {1}; stages are for pool enterprises (enterprise pool --join).")
    package static let enterpriseWasCertifiedHigh = MessageKey("enterpriseWasCertifiedHigh", zh: "企业 {0} 已于 {1} 认定为高新技术企业：培育路径已结束。", en: "Enterprise {0} was certified high-tech on {1}: its cultivation path has ended.")
    package static let certificationDateAfterToday = MessageKey("certificationDateAfterToday", zh: "认定日期 {0} 晚于今天（{1}）。", en: "Certification date {0} is after today ({1}).")
    // FieldProgramme (was Domain/) Programme+Settings.swift
    package static let wholeNumberDays = MessageKey("wholeNumberDays", zh: "“{0}”不是整数天数。", en: "\"{0}\" is not a whole number of days.")
    // FieldProgramme (was Domain/) Reports.swift
    package static let reportYear = MessageKey("reportYear", zh: "{0} 不是可出报表的年份。", en: "{0} is not a report year.")
    package static let topMust = MessageKey("topMust", zh: "--top 须为 1 到 100，不能是 {0}。", en: "--top must be 1 to 100, not {0}.")
    package static let reportKindWords = MessageKey("reportKindWords", zh: "覆盖、诉求、项目、排名、专员、成效", en: "coverage, needs, projects, ranking, commissioners, outcomes")
    package static let reportUse = MessageKey("reportUse", zh: "“{0}”不是报表；可用：{1}。", en: "\"{0}\" is not a report; use {1}.")
    package static let rankingIndicatorUse = MessageKey("rankingIndicatorUse", zh: "“{0}”不是排名指标；可用：{1}。", en: "\"{0}\" is not a ranking indicator; use {1}.")
    package static let weightMustNumberFrom = MessageKey("weightMustNumberFrom", zh: "{0} 的权重须为 0 到 1000 的数，不能是 {1}。", en: "The weight of {0} must be a number from 0 to 1000, not {1}.")
    package static let leastOneRankingWeight = MessageKey("leastOneRankingWeight", zh: "至少要有一个排名权重大于 0。", en: "At least one ranking weight must be above 0.")
    package static let giveLeastOneIndicator = MessageKey("giveLeastOneIndicator", zh: "请至少给出一个指标。", en: "Give at least one indicator.")
    // FieldProgramme (was Domain/) Vocabulary.swift
    package static let useOne = MessageKey("useOne", zh: "“{0}”不是有效的{1}；可用：{2}。", en: "\"{0}\" is not a {1}; use one of: {2}.")
    package static let roundRoundsAreYyyy = MessageKey("roundRoundsAreYyyy", zh: "{0}-{1} 不是轮次：轮次写作 YYYY-1、YYYY-2 或 YYYY-3。", en: "{0}-{1} is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
    package static let roundWriteYyyyN = MessageKey("roundWriteYyyyN", zh: "“{0}”不是轮次；请写作 YYYY-N，例如 2026-2。", en: "\"{0}\" is not a round; write it YYYY-N, e.g. 2026-2.")
    package static let roundRoundsAreYyyy2 = MessageKey("roundRoundsAreYyyy2", zh: "“{0}”不是轮次：轮次写作 YYYY-1、YYYY-2 或 YYYY-3。", en: "\"{0}\" is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
    package static let numberWriteRatio = MessageKey("numberWriteRatio", zh: "{0}“{1}”不是数；比率请写作 8.5% 或 0.085。", en: "{0} \"{1}\" is not a number; write a ratio as 8.5% or 0.085.")
    // fieldsync/FieldSyncCommand.swift
    package static let required = MessageKey("required", zh: "必须给出 {0}。", en: "{0} is required.")
    // FieldProgramme (was Domain/) Operations+Needs.swift
    package static let laptopSClockBefore = MessageKey("laptopSClockBefore", zh: "本机时钟（{0}）早于诉求提出时间（{1}）：响应不能早于诉求；请检查时钟。", en: "This laptop's clock ({0}) is before the need was raised ({1}): a response cannot precede the need; check the clock.")
    // FieldProgramme (was Domain/) Programme+Lights.swift
    package static let lightMilestonesPersonMay = MessageKey("lightMilestonesPersonMay", zh: "按节点计算预警灯为{0}；人只能调高预警灯，不能调低：请完成节点或调整节点计划。", en: "The light is {0} by its milestones; a person may raise a light, never lower it: finish or re-plan the milestone instead.")
    // FieldProgramme (was Domain/) Programme+Settings.swift
    package static let validGiveNumberFrom = MessageKey("validGiveNumberFrom", zh: "“{0}”不是有效的{1}：请给出 {2} 到 {3} 之间的数。", en: "\"{0}\" is not a valid {1}: give a number from {2} to {3}.")
    // FieldProgramme (was Domain/) Vocabulary.swift
    package static let outsideWriteRatioBare = MessageKey("outsideWriteRatioBare", zh: "{0}“{1}”超出 {2}%…{3}%；比率请写作 8.5% 或 0.085（单写 8.5 表示 850%）。", en: "{0} \"{1}\" is outside {2}%…{3}%; write a ratio as 8.5% or 0.085 (a bare 8.5 would mean 850%).")
    // CLI
    package static let wordPool = MessageKey("wordPool", zh: "培育库", en: "pool")
    package static let wordNeedStatus = MessageKey("wordNeedStatus", zh: "诉求状态", en: "need status")
    package static let wordCertificationKind = MessageKey("wordCertificationKind", zh: "认定类别", en: "certification kind")
    package static let wordLight = MessageKey("wordLight", zh: "预警灯", en: "light")
    package static let wordNeedCategory = MessageKey("wordNeedCategory", zh: "诉求类别", en: "need category")
    package static let wordProjectLevel = MessageKey("wordProjectLevel", zh: "项目级别", en: "project level")
    package static let wordStage = MessageKey("wordStage", zh: "培育阶段", en: "stage")
    package static let wordVisitMode = MessageKey("wordVisitMode", zh: "走访方式", en: "visit mode")
    package static let wordCommissioner = MessageKey("wordCommissioner", zh: "科技专员", en: "commissioner")
    package static let wordEnterprise = MessageKey("wordEnterprise", zh: "企业", en: "enterprise")
    package static let wordProject = MessageKey("wordProject", zh: "项目", en: "project")
    package static let wordMilestone = MessageKey("wordMilestone", zh: "节点", en: "milestone")
    package static let wordNeed = MessageKey("wordNeed", zh: "诉求", en: "need")
    package static let wordVisit = MessageKey("wordVisit", zh: "走访", en: "visit")
    package static let wordRecord = MessageKey("wordRecord", zh: "{0} 记录", en: "{0} record")
    package static let lookupEmpty = MessageKey("lookupEmpty", zh: "请指明{0}：给出名称或编号。", en: "Name the {0}: give its name or id.")
    package static let lookupAmbiguousPrefix = MessageKey("lookupAmbiguousPrefix", zh: "编号前缀“{0}”对应多个{1}（{2}）；请多输入几位。", en: "The prefix \"{0}\" fits several {1} records ({2}); type more of the id.")
    package static let lookupAmbiguous = MessageKey("lookupAmbiguous", zh: "“{0}”对应 {1} 个{2}：{3}；请改用编号。", en: "\"{0}\" fits {1} {2} records: {3}; give the id instead.")
    package static let lookupUnknown = MessageKey("lookupUnknown", zh: "没有名称或编号为“{1}”的{0}。", en: "No {0} has the name or id \"{1}\".")
    package static let lookupUnknownID = MessageKey("lookupUnknownID", zh: "没有编号为“{1}”的{0}。", en: "No {0} has the id \"{1}\".")
    package static let needCannotBecomeAllowed = MessageKey("needCannotBecomeAllowed", zh: "“{0}”的诉求不能改为“{1}”；下一步可以是：{2}。", en: "A need that is {0} cannot become {1}; allowed next: {2}.")
    package static let wordNone = MessageKey("wordNone", zh: "无", en: "none")
    package static let offsetQuarterHours = MessageKey("offsetQuarterHours", zh: "time.utc_offset 须为整点或刻钟（8、6、5.5、5.75），不能是“{0}”。", en: "time.utc_offset must be whole hours or quarter hours (8, 6, 5.5, 5.75), not \"{0}\".")
    package static let unassigned = MessageKey("unassigned", zh: "（未分配）", en: "(unassigned)")
    package static let reportRoundN = MessageKey("reportRoundN", zh: "第{2}轮 {0}（按 {1} 的分工）", en: "Round {2}: {0} (assignments of {1})")
    package static let reportRound = MessageKey("reportRound", zh: "轮次", en: "round")
    package static let reportCommissioner = MessageKey("reportCommissioner", zh: "专员", en: "commissioner")
    package static let reportVisited = MessageKey("reportVisited", zh: "已走访", en: "visited")
    package static let reportOnSite = MessageKey("reportOnSite", zh: "其中上门", en: "of which on site")
    package static let reportDue = MessageKey("reportDue", zh: "应走访", en: "due")
    package static let reportPercent = MessageKey("reportPercent", zh: "覆盖率", en: "coverage")
    package static let reportNotVisited = MessageKey("reportNotVisited", zh: "未走访企业", en: "not visited")
    package static let reportCoverage = MessageKey("reportCoverage", zh: "{0}年走访覆盖", en: "Visit coverage {0}")
    package static let reportVisited2 = MessageKey("reportVisited2", zh: "已走访(家次)", en: "visits done")
    package static let reportDue2 = MessageKey("reportDue2", zh: "应走访(家次)", en: "visits due")
    package static let reportPercent2 = MessageKey("reportPercent2", zh: "全年覆盖率", en: "coverage")
    package static let reportOnSite2 = MessageKey("reportOnSite2", zh: "其中上门(家次)", en: "of which on site")
    package static let reportId = MessageKey("reportId", zh: "编号", en: "id")
    package static let reportEnterprise = MessageKey("reportEnterprise", zh: "企业", en: "enterprise")
    package static let reportCategory = MessageKey("reportCategory", zh: "类别", en: "category")
    package static let reportStatus = MessageKey("reportStatus", zh: "状态", en: "status")
    package static let reportDue3 = MessageKey("reportDue3", zh: "期限", en: "due")
    package static let reportOwner = MessageKey("reportOwner", zh: "责任人", en: "owner")
    package static let reportSummary = MessageKey("reportSummary", zh: "摘要", en: "summary")
    package static let reportNeeds = MessageKey("reportNeeds", zh: "{0}年企业诉求", en: "Enterprise needs {0}")
    package static let reportRaised = MessageKey("reportRaised", zh: "诉求总数", en: "needs raised")
    package static let reportAcknowledgedWithin24h = MessageKey("reportAcknowledgedWithin24h", zh: "24小时内响应率", en: "acknowledged within 24 h")
    package static let reportLate = MessageKey("reportLate", zh: "超24小时响应或未响应", en: "answered late or unanswered past 24 h")
    package static let reportMedianHoursToAcknowledge = MessageKey("reportMedianHoursToAcknowledge", zh: "响应时长中位数(小时)", en: "median hours to acknowledge")
    package static let reportMedianHoursToResolve = MessageKey("reportMedianHoursToResolve", zh: "解决时长中位数(小时)", en: "median hours to resolve")
    package static let reportOverdue = MessageKey("reportOverdue", zh: "逾期诉求", en: "overdue")
    package static let reportByCategory = MessageKey("reportByCategory", zh: "按类别与状态", en: "By category and status")
    package static let reportCategory2 = MessageKey("reportCategory2", zh: "类别", en: "category")
    package static let reportTotal = MessageKey("reportTotal", zh: "合计", en: "total")
    package static let reportByStatus = MessageKey("reportByStatus", zh: "按状态", en: "By status")
    package static let reportStatus2 = MessageKey("reportStatus2", zh: "状态", en: "status")
    package static let reportCount = MessageKey("reportCount", zh: "数量", en: "count")
    package static let reportLate2 = MessageKey("reportLate2", zh: "未在24小时内响应", en: "Not acknowledged within 24 h")
    package static let reportId2 = MessageKey("reportId2", zh: "编号", en: "id")
    package static let reportEnterprise2 = MessageKey("reportEnterprise2", zh: "企业", en: "enterprise")
    package static let reportRaisedAt = MessageKey("reportRaisedAt", zh: "提出时间", en: "raised at")
    package static let reportHoursToAcknowledge = MessageKey("reportHoursToAcknowledge", zh: "响应时长(小时)", en: "hours to acknowledge")
    package static let reportStatus3 = MessageKey("reportStatus3", zh: "状态", en: "status")
    package static let reportSummary2 = MessageKey("reportSummary2", zh: "摘要", en: "summary")
    package static let reportOverdue2 = MessageKey("reportOverdue2", zh: "逾期诉求", en: "Overdue needs")
    package static let reportProjects = MessageKey("reportProjects", zh: "{0}年科技项目红黄绿灯", en: "Project early warning {0}")
    package static let reportRed = MessageKey("reportRed", zh: "红灯", en: "red")
    package static let reportYellow = MessageKey("reportYellow", zh: "黄灯", en: "yellow")
    package static let reportGreen = MessageKey("reportGreen", zh: "绿灯", en: "green")
    package static let reportBackToGreen = MessageKey("reportBackToGreen", zh: "本年转为绿灯", en: "brought back to green")
    package static let reportReplans = MessageKey("reportReplans", zh: "本年调整计划次数", en: "milestones re-planned")
    package static let reportWarnings = MessageKey("reportWarnings", zh: "红灯与黄灯项目", en: "Red and yellow projects")
    package static let reportId3 = MessageKey("reportId3", zh: "编号", en: "id")
    package static let reportProject = MessageKey("reportProject", zh: "项目", en: "project")
    package static let reportEnterprise3 = MessageKey("reportEnterprise3", zh: "企业", en: "enterprise")
    package static let reportLight = MessageKey("reportLight", zh: "灯", en: "light")
    package static let reportReason = MessageKey("reportReason", zh: "原因", en: "reason")
    package static let reportBackToGreen2 = MessageKey("reportBackToGreen2", zh: "本年转为绿灯的项目", en: "Projects brought back to green")
    package static let reportId4 = MessageKey("reportId4", zh: "编号", en: "id")
    package static let reportProject2 = MessageKey("reportProject2", zh: "项目", en: "project")
    package static let reportEnterprise4 = MessageKey("reportEnterprise4", zh: "企业", en: "enterprise")
    package static let reportGreenOn = MessageKey("reportGreenOn", zh: "转绿日期", en: "green again on")
    package static let reportRank = MessageKey("reportRank", zh: "名次", en: "rank")
    package static let reportEnterprise5 = MessageKey("reportEnterprise5", zh: "企业", en: "enterprise")
    package static let reportScore = MessageKey("reportScore", zh: "总分", en: "score")
    package static let reportNPoints = MessageKey("reportNPoints", zh: "{0}得分", en: "{0} points")
    package static let reportFlag = MessageKey("reportFlag", zh: "标记", en: "flag")
    package static let reportRanking = MessageKey("reportRanking", zh: "{0}年入库企业动态监测排名", en: "Dynamic ranking of pool enterprises {0}")
    package static let reportRankingDate = MessageKey("reportRankingDate", zh: "排名日期", en: "ranking date")
    package static let reportWeightN = MessageKey("reportWeightN", zh: "权重 {0}", en: "weight {0}")
    package static let reportCommissioner2 = MessageKey("reportCommissioner2", zh: "专员", en: "commissioner")
    package static let reportSatisfactionRateN = MessageKey("reportSatisfactionRateN", zh: "第{0}轮满意率", en: "round {0} satisfaction")
    package static let reportBelowTargetN = MessageKey("reportBelowTargetN", zh: "第{0}轮低于目标", en: "round {0} below target")
    package static let reportSatisfactionRate = MessageKey("reportSatisfactionRate", zh: "全年满意率", en: "year satisfaction")
    package static let reportCommissioners = MessageKey("reportCommissioners", zh: "{0}年科技专员绩效", en: "Commissioner performance {0}")
    package static let reportSatisfactionRate2 = MessageKey("reportSatisfactionRate2", zh: "企业满意率(4-5分)", en: "satisfaction rate (rated 4-5)")
    package static let reportSatisfactionTarget = MessageKey("reportSatisfactionTarget", zh: "满意率目标", en: "satisfaction target")
    package static let reportBelowTarget = MessageKey("reportBelowTarget", zh: "低于目标", en: "below target")
    package static let reportRatedVisits = MessageKey("reportRatedVisits", zh: "评分走访数", en: "rated visits")
    package static let reportCommissioners2 = MessageKey("reportCommissioners2", zh: "专员绩效", en: "Performance")
    package static let reportCommissioner3 = MessageKey("reportCommissioner3", zh: "专员", en: "commissioner")
    package static let reportCoverage1 = MessageKey("reportCoverage1", zh: "第1轮覆盖", en: "round 1 coverage")
    package static let reportCoverage2 = MessageKey("reportCoverage2", zh: "第2轮覆盖", en: "round 2 coverage")
    package static let reportCoverage3 = MessageKey("reportCoverage3", zh: "第3轮覆盖", en: "round 3 coverage")
    package static let reportNeeds2 = MessageKey("reportNeeds2", zh: "诉求数", en: "needs")
    package static let reportAcknowledgedWithin24h2 = MessageKey("reportAcknowledgedWithin24h2", zh: "24小时响应率", en: "acknowledged in 24 h")
    package static let reportResolved = MessageKey("reportResolved", zh: "已解决", en: "resolved")
    package static let reportBackToGreen3 = MessageKey("reportBackToGreen3", zh: "转绿项目", en: "projects back to green")
    package static let reportVisits = MessageKey("reportVisits", zh: "走访数", en: "visits")
    package static let reportRatedVisits2 = MessageKey("reportRatedVisits2", zh: "评分走访", en: "rated visits")
    package static let reportSatisfactionRate3 = MessageKey("reportSatisfactionRate3", zh: "满意率", en: "satisfaction rate")
    package static let reportBelowTarget2 = MessageKey("reportBelowTarget2", zh: "低于目标", en: "below target")
    package static let reportSatisfactionByRound = MessageKey("reportSatisfactionByRound", zh: "分轮满意率", en: "Satisfaction by round")
    package static let reportPool = MessageKey("reportPool", zh: "库", en: "pool")
    package static let reportEnterprises = MessageKey("reportEnterprises", zh: "在库企业", en: "enterprises")
    package static let reportCertified = MessageKey("reportCertified", zh: "已认定高企", en: "certified high-tech")
    package static let reportNoStage = MessageKey("reportNoStage", zh: "未定阶段", en: "no stage")
    package static let reportOutcomes = MessageKey("reportOutcomes", zh: "{0}年培育成效", en: "Cultivation outcomes {0}")
    package static let reportHighTechCertified = MessageKey("reportHighTechCertified", zh: "认定高新技术企业", en: "certified high-tech")
    package static let reportTechSmeRegistered = MessageKey("reportTechSmeRegistered", zh: "评价入库科技型中小企业", en: "registered tech SMEs")
    package static let reportOtherCertified = MessageKey("reportOtherCertified", zh: "其他认定", en: "other certifications")
    package static let reportStageMoves = MessageKey("reportStageMoves", zh: "阶段变动", en: "stage moves")
    package static let reportProjectsFunded = MessageKey("reportProjectsFunded", zh: "立项项目", en: "projects funded")
    package static let reportFundsGranted = MessageKey("reportFundsGranted", zh: "资助经费(万元)", en: "funds granted (10k yuan)")
    package static let reportStages = MessageKey("reportStages", zh: "各库培育阶段（{0}）", en: "Stages by pool ({0})")
    package static let reportCertifications = MessageKey("reportCertifications", zh: "本年认定", en: "Certifications this year")
    package static let reportEnterprise6 = MessageKey("reportEnterprise6", zh: "企业", en: "enterprise")
    package static let reportKind = MessageKey("reportKind", zh: "类别", en: "kind")
    package static let reportDate = MessageKey("reportDate", zh: "日期", en: "date")
    package static let reportNumber = MessageKey("reportNumber", zh: "证书编号", en: "number")
    package static let reportCommissioner4 = MessageKey("reportCommissioner4", zh: "专员", en: "commissioner")
    package static let reportByCommissioner = MessageKey("reportByCommissioner", zh: "按专员", en: "By commissioner")
    package static let reportCommissioner5 = MessageKey("reportCommissioner5", zh: "专员", en: "commissioner")
    package static let reportStageMoves2 = MessageKey("reportStageMoves2", zh: "阶段变动", en: "stage moves")
    package static let reportHighTechCertified2 = MessageKey("reportHighTechCertified2", zh: "认定高企", en: "certified high-tech")
    package static let reportTechSmeRegistered2 = MessageKey("reportTechSmeRegistered2", zh: "科小入库", en: "tech SMEs registered")
    package static let reportProjectsFunded2 = MessageKey("reportProjectsFunded2", zh: "立项项目", en: "projects funded")
    package static let reportFundsGranted2 = MessageKey("reportFundsGranted2", zh: "资助经费(万元)", en: "funds granted (10k yuan)")
    package static let reportRule = MessageKey("reportRule", zh: "应走访：本轮窗口内（至评价日）在任一库中的企业，归属评价日（本轮最后一天，进行中的轮次为今天）负责的专员；任何方式的走访都计入覆盖，另列上门数。", en: "Due: enterprises in a pool during the round's window (up to the day it is judged on), counted for the commissioner responsible on that day (the round's last day, or today while under way). A visit of any mode counts; on-site visits are shown apart.")
    package static let reportRule2 = MessageKey("reportRule2", zh: "24小时响应率 = 24小时内首次响应的诉求 ÷ 24小时期限已到的诉求（提出不足24小时且未响应的不计）；响应时间早于提出时间视为未按时。", en: "Acknowledged within 24 h = needs first answered within 24 h ÷ needs whose 24 h are over (unanswered needs younger than 24 h are left out); a response stamped before the raise counts as not on time.")
    package static let reportRule3 = MessageKey("reportRule3", zh: "红灯（已经滞后）：有节点逾期未完成，或项目已结束仍有节点未完成；黄灯（可能滞后）：有未完成节点最近一次报告的进度比已用时间比例低出超过容差（区设置，默认 20 个百分点），或经人工预警；其余为绿灯，未报进度的节点不算滞后。帮扶转绿：连续的红/黄灯日子以本年某个绿灯日结束，且其间有红灯日或进度滞后的黄灯日；仅因人工预警的黄灯不计。", en: "Red (lagging): a milestone past due and undone, or the project ended with milestones undone. Yellow (likely to lag): an undone milestone's latest reported progress is more than the tolerance (a zone setting, 20 points by default) below the share of its time gone, or a person raised it. Green otherwise; a milestone with no progress reported is not behind. A rescue: a run of red or yellow days ended by a green day in the year that held a red day or a behind-schedule yellow day; a yellow from a person's raise alone does not count.")
    package static let reportRule4 = MessageKey("reportRule4", zh: "参与排名：排名日期当天在库的企业。每项指标在本库内按最小—最大归一（最小0、最大1，全库相同则为1，缺数据为0），乘以该项权重占权重合计的比例再乘100得该项得分；总分为各项得分之和（满分100）。同分按企业名称排序。权重：{0}。", en: "Ranked: enterprises in the pool on the ranking date. Each indicator is min–max normalised within the pool (lowest 0, highest 1; 1 when all are equal; 0 when missing), times its weight's share of the total weight, times 100: its points. The score is the sum of the points (at most 100). Ties are ordered by name. Weights: {0}.")
    package static let reportRule5 = MessageKey("reportRule5", zh: "满意率 = 评为4或5分的走访 ÷ 有评分的走访（按走访专员计）；低于目标：满意率低于区设目标（默认97%）。诉求计入提出当日负责的专员（已指定责任人的计入责任人）；帮扶转绿（红灯或进度滞后的黄灯回到绿灯）计入转绿当日负责该企业的专员。", en: "Satisfaction rate = visits rated 4 or 5 ÷ rated visits (by the visiting commissioner); below target: under the zone's target (97 % by default). A need counts for its owner, else the commissioner responsible for its enterprise on the day it was raised; a rescue (red, or yellow from lagging progress, back to green) counts for the commissioner responsible on the day it turned green.")
    package static let reportRule6 = MessageKey("reportRule6", zh: "认定、阶段变动按其日期计入当年，计入当日负责该企业的专员；立项项目按开始日期计入当年；阶段为评价日的阶段，已认定高企的企业结束培育。", en: "Certifications and stage moves count in the year of their date, for the commissioner responsible on that day; projects count in the year they start. Stages are as of the report's day; a high-tech certification ends the cultivation path.")
    package static let lightReasonOverdue = MessageKey("lightReasonOverdue", zh: "节点“{0}”应于 {1} 完成，尚未完成", en: "milestone {0} was due {1} and is not done")
    package static let lightReasonDueSoon = MessageKey("lightReasonDueSoon", zh: "节点“{0}”将于 {1} 到期", en: "milestone {0} is due {1}")
    package static let lightReasonEndedUndone = MessageKey("lightReasonEndedUndone", zh: "项目已于 {0} 结束，仍有节点未完成", en: "the project ended {0} with milestones undone")
    package static let lightReasonFlagged = MessageKey("lightReasonFlagged", zh: "人工预警（{0}）：{1}", en: "raised to {0} by a person: {1}")
    package static let lightReasonFlaggedUntil = MessageKey("lightReasonFlaggedUntil", zh: "人工预警（{0}）：{1}，至 {2}", en: "raised to {0} by a person: {1} (until {2})")
    package static let reportTop = MessageKey("reportTop", zh: "前{0}名", en: "top {0}")
    package static let reportBottom = MessageKey("reportBottom", zh: "后{0}名", en: "bottom {0}")

    package static let recordLeftOutUnreadable = MessageKey("recordLeftOutUnreadable", zh: "{0} {1} 无法读取，已略去：{2}", en: "{0} {1} cannot be read and is left out: {2}")

    package static let amountMustPositive = MessageKey("amountMustPositive", zh: "金额须大于 0，不能是 {0}。", en: "The amount must be above 0, not {0}.")
    package static let outcomeDateAfterToday = MessageKey("outcomeDateAfterToday", zh: "日期 {0} 晚于今天（{1}）。", en: "The date {0} is after today ({1}).")
    package static let wordAwardGrade = MessageKey("wordAwardGrade", zh: "获奖等级", en: "grade")
    package static let reportFinancing = MessageKey("reportFinancing", zh: "融资到位（万元）", en: "financing secured (万元)")
    package static let reportAwards = MessageKey("reportAwards", zh: "获奖数", en: "awards")
    package static let reportPrizeFunds = MessageKey("reportPrizeFunds", zh: "奖金（万元）", en: "prize money (万元)")
    package static let reportAwardsByGrade = MessageKey("reportAwardsByGrade", zh: "按等级的获奖", en: "Awards by grade")
    package static let reportGrade = MessageKey("reportGrade", zh: "等级", en: "grade")
    package static let reportMajorProjects = MessageKey("reportMajorProjects", zh: "重大专项", en: "major special projects")
    package static let reportLittleGiant = MessageKey("reportLittleGiant", zh: "专精特新“小巨人”/科技小巨人认定", en: "little giants certified")
    package static let reportFirstSet = MessageKey("reportFirstSet", zh: "首台（套）认定", en: "first sets certified")
    package static let reportByLevel = MessageKey("reportByLevel", zh: "按级别的项目与资金", en: "Projects and funds by level")
    package static let reportLevel = MessageKey("reportLevel", zh: "级别", en: "level")
    package static let perfCoverage = MessageKey("perfCoverage", zh: "全年走访覆盖率", en: "year's coverage")
    package static let perfOnSite = MessageKey("perfOnSite", zh: "上门走访占比", en: "on-site share")
    package static let perfResponse = MessageKey("perfResponse", zh: "24小时响应率", en: "24-hour response")
    package static let perfResolved = MessageKey("perfResolved", zh: "诉求解决率", en: "needs resolved")
    package static let perfRescues = MessageKey("perfRescues", zh: "帮扶转绿次数", en: "projects rescued")
    package static let perfSatisfaction = MessageKey("perfSatisfaction", zh: "满意率", en: "satisfaction")
    package static let reportPerformanceScore = MessageKey("reportPerformanceScore", zh: "专员绩效得分与名次", en: "Commissioners' score and rank")
    package static let perfIndicatorUse = MessageKey("perfIndicatorUse", zh: "“{0}”不是绩效指标；可用：{1}。", en: "\"{0}\" is not a performance indicator; use {1}.")
    package static let reportRankNew = MessageKey("reportRankNew", zh: "新进", en: "new")
    package static let reportPreviousRank = MessageKey("reportPreviousRank", zh: "上年名次", en: "last year's rank")
    package static let reportMovement = MessageKey("reportMovement", zh: "升降", en: "movement")
    package static let reportSupport = MessageKey("reportSupport", zh: "本年激励/帮扶", en: "support this year")
    package static let wordSupportKind = MessageKey("wordSupportKind", zh: "跟进方式", en: "support kind")
    package static let supportDateAfterToday = MessageKey("supportDateAfterToday", zh: "激励/帮扶日期 {0} 晚于今天（{1}）。", en: "The support's date {0} is after today ({1}).")
    package static let reportOnSiteFollowupRate = MessageKey("reportOnSiteFollowupRate", zh: "上门跟进率", en: "on-site follow-up rate")
    package static let reportMedianDaysToOnSite = MessageKey("reportMedianDaysToOnSite", zh: "至首次上门天数（中位数）", en: "median days to the first on-site visit")
    package static let reportLedger = MessageKey("reportLedger", zh: "诉求台账", en: "Needs ledger")
    package static let reportAcknowledgedAt = MessageKey("reportAcknowledgedAt", zh: "响应时间", en: "acknowledged")
    package static let reportResolvedAt = MessageKey("reportResolvedAt", zh: "解决时间", en: "resolved")
    package static let reportOnSiteFollowups = MessageKey("reportOnSiteFollowups", zh: "上门跟进次数", en: "on-site follow-ups")
    package static let needOfAnotherEnterprise = MessageKey("needOfAnotherEnterprise", zh: "诉求“{0}”属于另一家企业，不能由这次走访跟进。", en: "The need \"{0}\" belongs to another enterprise; this visit cannot follow it up.")
    package static let visitBeforeNeed = MessageKey("visitBeforeNeed", zh: "走访日期 {0} 早于诉求“{1}”的提出日期 {2}。", en: "The visit of {0} is before the need \"{1}\" was raised ({2}).")
    package static let greenNeverByHand = MessageKey("greenNeverByHand", zh: "绿灯从不手工设定：该项目按里程碑已是绿灯；要解除人工预警请用 --clear。", en: "Green is never set by hand: the project is green by its milestones already; use --clear to lift a flag.")
    package static let greenNotByHand = MessageKey("greenNotByHand", zh: "{0}不能手工改为绿灯：请把逾期的里程碑标为完成（project milestone --done），或调整计划（project milestone --replan M --due D --reason R）。", en: "A {0} light cannot be set to green by hand: mark the late milestone done (project milestone --done) or re-plan it (project milestone --replan M --due D --reason R).")
    package static let nothingToUpdateCommissioner = MessageKey("nothingToUpdateCommissioner", zh: "没有要修改的内容：请给出 --name 或 --phone。", en: "Nothing to update: give --name or --phone.")
    package static let leaveDateAfterToday = MessageKey("leaveDateAfterToday", zh: "离任日期 {0} 晚于今天（{1}）。", en: "The leaving date {0} is after today ({1}).")
    package static let commissionerAlreadyLeft = MessageKey("commissionerAlreadyLeft", zh: "{0} 已于 {1} 离任。", en: "{0} already left on {1}.")
    package static let leaveToSelf = MessageKey("leaveToSelf", zh: "{0} 不能把工作交接给自己。", en: "{0} cannot hand over to themselves.")
    package static let leaveToLeaver = MessageKey("leaveToLeaver", zh: "接任者 {0} 已于 {1} 离任。", en: "The successor {0} left on {1}.")
    package static let commissionerLeftBy = MessageKey("commissionerLeftBy", zh: "{0} 已于 {1} 离任：{2} 起不能再记为其走访、诉求或分管企业。", en: "{0} left on {1}: from {2} no visit, need or enterprise can be theirs.")

    package static let lightReasonBehind = MessageKey("lightReasonBehind", zh: "节点“{0}”进度 {1}%，时间已过 {2}%（{3} 到期），可能滞后", en: "milestone {0} is {1} % done with {2} % of its time gone (due {3}): likely to lag")
    package static let lightReasonNoProgress = MessageKey("lightReasonNoProgress", zh: "节点“{0}”将于 {1} 到期，未报进度", en: "milestone {0} is due {1}; no progress reported")
    package static let progressPercentRange = MessageKey("progressPercentRange", zh: "进度 {0} 不在 0–100 之间：请填写完成的百分比，如 60。", en: "Progress {0} is not within 0–100: give the percentage done, e.g. 60.")
    package static let progressBeforeStart = MessageKey("progressBeforeStart", zh: "进度日期 {0} 早于项目开始日（{1}）。", en: "Progress date {0} is before the project started ({1}).")
    package static let progressAfterToday = MessageKey("progressAfterToday", zh: "进度日期 {0} 晚于今天（{1}）；进度在报告之后再记录。", en: "Progress date {0} is after today ({1}); record progress once it is reported.")
    package static let progressMilestoneDone = MessageKey("progressMilestoneDone", zh: "节点“{0}”已于 {1} 完成，不再报进度。", en: "Milestone {0} was done on {1}; it takes no more progress reports.")
    package static let progressBeforeAdded = MessageKey("progressBeforeAdded", zh: "进度日期 {0} 早于节点“{1}”的添加日期（{2}）。", en: "Progress date {0} is before milestone {1} was added ({2}).")
    package static let reportRescuedProjects = MessageKey("reportRescuedProjects", zh: "帮扶转绿项目", en: "projects rescued")
    package static let reportRescueEpisodes = MessageKey("reportRescueEpisodes", zh: "帮扶转绿次数", en: "rescues")
    package static let reportRescues = MessageKey("reportRescues", zh: "本年帮扶转绿（红灯或进度滞后的黄灯回到绿灯）", en: "Rescues this year (red, or yellow from lagging progress, back to green)")
    package static let reportRaisedOnly = MessageKey("reportRaisedOnly", zh: "仅因人工预警而转绿（不计为帮扶转绿）", en: "Back to green from a person's raise alone (not counted as rescues)")
    package static let reportWorst = MessageKey("reportWorst", zh: "最重灯色", en: "worst")
    package static let reportWarnedFrom = MessageKey("reportWarnedFrom", zh: "预警起始", en: "warned from")
    package static let reportHow = MessageKey("reportHow", zh: "转绿方式", en: "how")
    package static let reportResponsible = MessageKey("reportResponsible", zh: "负责专员", en: "commissioner")
    package static let howReplan = MessageKey("howReplan", zh: "调整计划", en: "re-plan")
    package static let howMilestoneDone = MessageKey("howMilestoneDone", zh: "完成节点", en: "milestone done")
    package static let howProgress = MessageKey("howProgress", zh: "进度赶上", en: "progress caught up")
    package static let howFlagLifted = MessageKey("howFlagLifted", zh: "人工预警解除", en: "raise lifted")
    package static let howOther = MessageKey("howOther", zh: "其他", en: "other")
    package static let reportLightsByMonth = MessageKey("reportLightsByMonth", zh: "各月末红黄绿灯项目数", en: "Lights at each month's end")
    package static let reportMonth = MessageKey("reportMonth", zh: "月份", en: "month")

    package static let spanEndsBeforeStart = MessageKey("spanEndsBeforeStart", zh: "时间段的结束年份 {0} 早于开始年份 {1}。", en: "The span's end year {0} is before its start year {1}.")
    package static let spanOnlyOutcomes = MessageKey("spanOnlyOutcomes", zh: "只有培育成效报表（outcomes）可以按时间段（--from/--to）统计，{0} 报表请用 --year。", en: "Only the outcomes report covers a span (--from/--to); use --year for the {0} report.")
    package static let reportOutcomesSpan = MessageKey("reportOutcomesSpan", zh: "{0}—{1}年培育成效", en: "Outcomes {0}–{1}")
    package static let reportComparison = MessageKey("reportComparison", zh: "与前{0}年比较", en: "Against the previous {0} year(s)")
    package static let reportFigure = MessageKey("reportFigure", zh: "指标", en: "figure")
    package static let reportNow = MessageKey("reportNow", zh: "本期", en: "this span")
    package static let reportPrevious = MessageKey("reportPrevious", zh: "前期", en: "previous span")
    package static let reportGrowth = MessageKey("reportGrowth", zh: "增长", en: "growth")
    package static let reportProjectsByLevel = MessageKey("reportProjectsByLevel", zh: "各级立项项目", en: "projects by level")
    package static let reportFundsByLevel = MessageKey("reportFundsByLevel", zh: "各级资助经费（万元）", en: "funds by level (万元)")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let programmeCatalogue: [MessageKey] = [
        .spanEndsBeforeStart, .spanOnlyOutcomes, .reportOutcomesSpan, .reportComparison, .reportFigure, .reportNow, .reportPrevious, .reportGrowth,
        .reportProjectsByLevel, .reportFundsByLevel,
        .lightReasonBehind, .lightReasonNoProgress, .progressPercentRange, .progressBeforeStart, .progressAfterToday, .progressMilestoneDone,
        .progressBeforeAdded, .reportRescuedProjects, .reportRescueEpisodes, .reportRescues, .reportRaisedOnly, .reportWorst, .reportWarnedFrom,
        .reportHow, .reportResponsible, .howReplan, .howMilestoneDone, .howProgress, .howFlagLifted, .howOther, .reportLightsByMonth, .reportMonth,
        .recordLeftOutUnreadable, .amountMustPositive, .outcomeDateAfterToday, .wordAwardGrade, .reportFinancing, .reportAwards, .reportPrizeFunds,
        .reportAwardsByGrade, .reportGrade, .reportMajorProjects, .reportLittleGiant, .reportFirstSet, .reportByLevel, .reportLevel, .perfCoverage, .perfOnSite, .perfResponse, .perfResolved, .perfRescues, .perfSatisfaction, .reportPerformanceScore,
        .perfIndicatorUse, .reportRankNew, .reportPreviousRank, .reportMovement, .reportSupport, .wordSupportKind, .supportDateAfterToday,
        .reportOnSiteFollowupRate, .reportMedianDaysToOnSite, .reportLedger, .reportAcknowledgedAt, .reportResolvedAt,
        .reportOnSiteFollowups, .needOfAnotherEnterprise, .visitBeforeNeed, .greenNeverByHand, .greenNotByHand, .nothingToUpdateCommissioner, .leaveDateAfterToday, .commissionerAlreadyLeft, .leaveToSelf,
        .leaveToLeaver, .commissionerLeftBy,
        .headerRowMustName, .nameEmpty, .creditCodeEmpty, .creditCodeAlreadyAppears, .headerRowMustName2,
        .yearYear, .ipCountCount, .recordHasId, .prefixMatchesSeveralRecords, .dueDateBeforeNeed, .needHasId,
        .nothingUpdateGiveStatus, .projectWouldEndBefore, .fundsMustNegative, .projectHasId,
        .completionDateAfterToday, .completionDateBeforeProject, .fieldConflict, .roundWouldEndBefore,
        .roundSWindowMust, .roundWouldOverlapRound, .roundWouldComeOut, .roundCoversCheckYear,
        .satisfactionMust, .visitAlreadyRecorded, .nothingToCorrectVisit, .visitHasId, .nothingToCorrectProject, .milestoneOutsideNewSpan, .visitDateAfterToday, .visitDateOutsideRound, .enterpriseNeedsNameName,
        .enterpriseNeedsCreditCode, .creditCodeAlreadyRegistered, .nothingUpdateGiveLeast,
        .dateDatesAssignmentGive, .creditCodeAlreadyRegistered2, .enterprisePool, .leavingDateBeforeJoining,
        .mustEmpty, .phoneNumber, .assignmentDateAfterToday, .raisingLightNeedsReason, .untilBeforeToday,
        .projectHasFlagForce, .milestoneProject, .milestoneDoneAlreadyOnly, .milestoneHasDueDate,
        .milestoneAlreadyDue, .projectHasMilestonesNamed, .milestoneDoesBelongProject, .outsideProjectSSpan,
        .stageDateAfterToday, .enterprisePoolStagesAre, .enterpriseWasCertifiedHigh,
        .certificationDateAfterToday, .wholeNumberDays, .reportYear, .topMust, .reportKindWords, .reportUse,
        .rankingIndicatorUse, .weightMustNumberFrom, .leastOneRankingWeight, .giveLeastOneIndicator, .useOne,
        .roundRoundsAreYyyy, .roundWriteYyyyN, .roundRoundsAreYyyy2, .numberWriteRatio, .required,
        .laptopSClockBefore, .lightMilestonesPersonMay, .validGiveNumberFrom, .outsideWriteRatioBare,
        .wordPool, .wordNeedStatus, .wordCertificationKind, .wordLight, .wordNeedCategory, .wordProjectLevel,
        .wordStage, .wordVisitMode, .wordCommissioner, .wordEnterprise, .wordProject, .wordMilestone,
        .wordNeed, .wordVisit, .wordRecord, .lookupEmpty, .lookupAmbiguousPrefix, .lookupAmbiguous,
        .lookupUnknown, .lookupUnknownID, .needCannotBecomeAllowed, .wordNone, .offsetQuarterHours,
        .unassigned, .reportRoundN, .reportRound, .reportCommissioner, .reportVisited, .reportOnSite,
        .reportDue, .reportPercent, .reportNotVisited, .reportCoverage, .reportVisited2, .reportDue2,
        .reportPercent2, .reportOnSite2, .reportId, .reportEnterprise, .reportCategory, .reportStatus,
        .reportDue3, .reportOwner, .reportSummary, .reportNeeds, .reportRaised, .reportAcknowledgedWithin24h,
        .reportLate, .reportMedianHoursToAcknowledge, .reportMedianHoursToResolve, .reportOverdue,
        .reportByCategory, .reportCategory2, .reportTotal, .reportByStatus, .reportStatus2, .reportCount,
        .reportLate2, .reportId2, .reportEnterprise2, .reportRaisedAt, .reportHoursToAcknowledge,
        .reportStatus3, .reportSummary2, .reportOverdue2, .reportProjects, .reportRed, .reportYellow,
        .reportGreen, .reportBackToGreen, .reportReplans, .reportWarnings, .reportId3, .reportProject,
        .reportEnterprise3, .reportLight, .reportReason, .reportBackToGreen2, .reportId4, .reportProject2,
        .reportEnterprise4, .reportGreenOn, .reportRank, .reportEnterprise5, .reportScore, .reportNPoints,
        .reportFlag, .reportRanking, .reportRankingDate, .reportWeightN, .reportCommissioner2,
        .reportSatisfactionRateN, .reportBelowTargetN, .reportSatisfactionRate, .reportCommissioners,
        .reportSatisfactionRate2, .reportSatisfactionTarget, .reportBelowTarget, .reportRatedVisits,
        .reportCommissioners2, .reportCommissioner3, .reportCoverage1, .reportCoverage2, .reportCoverage3,
        .reportNeeds2, .reportAcknowledgedWithin24h2, .reportResolved, .reportBackToGreen3, .reportVisits,
        .reportRatedVisits2, .reportSatisfactionRate3, .reportBelowTarget2, .reportSatisfactionByRound,
        .reportPool, .reportEnterprises, .reportCertified, .reportNoStage, .reportOutcomes,
        .reportHighTechCertified, .reportTechSmeRegistered, .reportOtherCertified, .reportStageMoves,
        .reportProjectsFunded, .reportFundsGranted, .reportStages, .reportCertifications, .reportEnterprise6,
        .reportKind, .reportDate, .reportNumber, .reportCommissioner4, .reportByCommissioner,
        .reportCommissioner5, .reportStageMoves2, .reportHighTechCertified2, .reportTechSmeRegistered2,
        .reportProjectsFunded2, .reportFundsGranted2, .reportRule, .reportRule2, .reportRule3, .reportRule4,
        .reportRule5, .reportRule6, .lightReasonOverdue, .lightReasonDueSoon, .lightReasonEndedUndone,
        .lightReasonFlagged, .lightReasonFlaggedUntil, .reportTop, .reportBottom,
    ]
}
