// The message catalogue: every user-facing text of the CLI and the library, in Simplified Chinese
// and English. `{0}`, `{1}` … are the arguments, in either order. Tests check every key has both
// languages with the same placeholders, and that no user-facing literal is left outside (see
// Tests/FieldSyncCoreTests/CatalogueTests.swift). Keep keys grouped by where they are used.

public enum MessageKey: String, CaseIterable, Sendable {
    /// A text shown as it is (another program's words inside a catalogued sentence).
    case verbatim

    // FieldStore/Domain/Import.swift
    case headerRowMustName
    case nameEmpty
    case creditCodeEmpty
    case creditCodeAlreadyAppears
    case headerRowMustName2
    case yearYear
    case ipCountCount
    // FieldStore/Domain/Lookup.swift
    case creditCodeMatchesEnterprises
    case tooShortNameRecord
    case recordHasId
    case prefixMatchesSeveralRecords
    // FieldStore/Domain/Operations+Needs.swift
    case dueDateBeforeNeed
    case needHasId
    case nothingUpdateGiveStatus
    case projectWouldEndBefore
    case fundsMustNegative
    case projectHasId
    case completionDateAfterToday
    case completionDateBeforeProject
    case hasField
    case fieldConflict
    // FieldStore/Domain/Operations+Visits.swift
    case roundWouldEndBefore
    case roundSWindowMust
    case roundWouldOverlapRound
    case roundWouldComeOut
    case roundCoversCheckYear
    case satisfactionMust
    case visitDateAfterToday
    case visitDateOutsideRound
    // FieldStore/Domain/Operations.swift
    case enterpriseNeedsNameName
    case enterpriseNeedsCreditCode
    case creditCodeAlreadyRegistered
    case nothingUpdateGiveLeast
    case dateDatesAssignmentGive
    case creditCodeAlreadyRegistered2
    case enterprisePool
    case leavingDateBeforeJoining
    case mustEmpty
    case phoneNumber
    // FieldStore/Domain/Programme+Assignments.swift
    case assignmentDateAfterToday
    // FieldStore/Domain/Programme+Lights.swift
    case raisingLightNeedsReason
    case untilBeforeToday
    case projectHasFlagForce
    case milestoneProject
    case milestoneDoneAlreadyOnly
    case milestoneHasDueDate
    case milestoneAlreadyDue
    case projectHasMilestonesNamed
    case milestoneDoesBelongProject
    case outsideProjectSSpan
    // FieldStore/Domain/Programme+Outcomes.swift
    case stageDateAfterToday
    case enterprisePoolStagesAre
    case enterpriseWasCertifiedHigh
    case certificationDateAfterToday
    // FieldStore/Domain/Programme+Settings.swift
    case wholeNumberDays
    // FieldStore/Domain/Reports.swift
    case reportYear
    case topMust
    case reportUse
    case rankingIndicatorUse
    case weightMustNumberFrom
    case leastOneRankingWeight
    case year
    case giveLeastOneIndicator
    // FieldStore/Domain/Vocabulary.swift
    case useOne
    case roundRoundsAreYyyy
    case roundWriteYyyyN
    case roundRoundsAreYyyy2
    case numberWriteRatio
    // FieldStore/Store/Replica+Apply.swift
    case storeInitialised
    // FieldStore/Store/Replica.swift
    case cannotCreateStoreCheck
    case storeAlreadyInitialisedKeeps
    case storeInitialisedRunFieldsync
    case mustHold
    // FieldStore/Store/StoreError.swift
    case storeDamaged
    case readOnlyNothingWas
    case diskHoldingFullNothing
    case cannotOpenedCheckFolder
    case couldWrittenNothingWas
    case anotherProcessUsingStore
    case damagedFieldsyncStore
    case sqliteFailed
    // FieldStore/Sync/RowCodec.swift
    case unknownTable
    // FieldSyncCore/Values/FieldValue.swift
    case mustWholeNumber
    case mustExactDecimalSuch
    case mustTrueFalse
    case mustDateWrittenYyyy
    case realCalendarDate
    // FieldSyncCore/Wire/WireRecord.swift
    case recordIdUuid
    case recordCarriesEmptyVersion
    case versionVectorRecordNames
    case dotAppearsTwiceRecord
    case mustHoldValue
    // fieldsync/Commands/EnterpriseCommands.swift
    case hCharacterUnifiedSocialCredit
    case hHighTechSmeProject
    case hAssignedCommissionerIdPrefix
    case hCertificationsCommaSeparated
    case hIdIdPrefixCredit
    case hCommissionerResponsibleFromDate
    case hDayNewCommissionerTakes
    case hEnterprise
    case hSelectedCultivatingMatureApplying
    case hYyyyMmDdDefault
    case hHighTechTechSme
    case hYyyyMmDdAfter
    case hCertificateNumber
    case hOnlyPoolSCurrent
    case cmdCommissionerServiceTeam
    case cmdAddCommissionerPrintsId
    case cmdListCommissioners
    case cmdTechnologyEnterprisesTheirPools
    case cmdAddEnterprisePrintsId
    case cmdChangeEnterpriseSFields
    case cmdMovePoolEnterpriseAlong
    case cmdRecordOutcomeHighTech
    case cmdJoinLeaveIncubationPool
    case cmdListEnterprises
    case cmdShowOneEnterprise
    case cmdDeleteEnterpriseSyncedTombstone
    // fieldsync/Commands/FieldWorkCommands.swift
    case hYyyyN
    case hYyyy
    case hYyyyMmDd
    case hYyyyNDefaultRound
    case hSitePhoneVideo
    case hCommaSeparatedTopics
    case hText
    case hPolicyProjectApplicationCertification
    case hOpenAcknowledgedProgressResolved
    case hNoteAppendedNeedS
    case hOnlyNeedsUnansweredPast
    case hOnlyNeedsAnsweredLate
    case cmdThreeAnnualVisitRounds
    case cmdWhoVisitedWhoPer
    case cmdChangeRoundSDate
    case cmdYearSRoundWindows
    case cmdVisitsEnterprises
    case cmdRecordVisitRoundInferred
    case cmdListVisits
    case cmdNeedsRaisedEnterprisesChased
    case cmdTakeDownNeedPrints
    case cmdChangeStatusSummaryOwner
    case cmdListNeeds
    case cmdShowNeedNotes
    case cmdDeleteNeedSyncedTombstone
    // fieldsync/Commands/ImportCommand.swift
    case supportedEncodingUseUtf
    case cannotRead
    case validUtfIfExcel
    case validGbkText
    case empty
    case rowsAreInvalidFirst
    case dryRunRowsWould
    case hCsvFile
    case hUtfGbk
    case hCheckEveryRowReport
    case hImportValidRowsEven
    case cmdImportEnterprisesFromCsv
    // fieldsync/Commands/ProjectCommands.swift
    case fundsMustExactDecimal
    case pickMust
    case hNationalRegionCity
    case hFundsExactDecimalSuch
    case hProject
    case hNewMilestoneSName
    case hDueDateAddReplan
    case hMilestoneMarkDoneId
    case hWhenWasDoneDefault
    case hMilestoneRePlanId
    case hWhyMilestoneRePlanned
    case hYellowRedRaiseLight
    case hWhyLightRaised
    case hLastDayRaisedLight
    case hLiftFlagsForceFrom
    case hNumberConflictsShowPrinted
    case cmdFundedProjectsTheirEarly
    case cmdAddFundedProjectPrints
    case cmdAddMilestonePrintsId
    case cmdShowRedYellowGreen
    case cmdListProjectsTheirLights
    case cmdConcurrentEditsWaitingPerson
    case cmdListRecordsConflicts
    case cmdShowRecordSConflicting
    case cmdDecideConflictedFieldNew
    case cmdEveryVersionRecordWho
    case morePersonMayRaiseLight
    // fieldsync/Commands/ReportCommand.swift
    case cannotWrite
    case validText
    case rowsAreInvalidFirst2
    case ipCountMust
    case indicatorWeight
    case zoneSettingUse
    case hCoverageNeedsProjectsRanking
    case hYearDefaultYear
    case hTableCsvJsonHtml
    case hZhEnDefaultFrom
    case hWriteReportFileInstead
    case hHowManyTopBottom
    case hRDExpenseRevenue
    case hOrFor
    case hIndicatorWeightEG
    case hLightWarningDaysSatisfaction
    case cmdOfficeReportsFromLocal
    case cmdYearlyEnterpriseIndicatorsRanking
    case cmdImportIndicatorsFromCsv
    case cmdEnterEnterpriseSIndicators
    case cmdShowChangeRankingWeights
    case cmdZoneSSyncedSettings
    case cmdShowZoneSettingsTheir
    case cmdChangeZoneSettingSyncs
    case moreFormatsTableCjkAligned
    // fieldsync/Commands/SyncCommand.swift
    case serverSetRunFieldsync
    case serverUrl
    case tokenSetRunFieldsync
    case hTokenFile
    case tokenFileCannotRead
    case tokenFileEmpty
    case plainHTTPToNonLoopback
    case settingNotShown
    case caFileCannotRead
    case storeReusesWriteIds
    case storeIsACopy
    case historyDiverged
    case tokenOfAnotherLaptop
    case replicaKeyMismatch
    case tooManyReplicas
    case storeCouldNotBeCopied
    case hServerUrlDefaultFieldsync
    case hTokenDefaultFieldsyncConfig
    case hRecordsPerRequest
    case hWireFormat
    case hPemFileCasTrust
    case hSecondsEachRequest
    case hAttemptsPerStepNetwork
    case cmdPushLocalChangesPull
    // fieldsync/FieldSyncCommand.swift
    case storeRunFieldsyncInit
    case fieldsyncNowRfcInstant
    case required
    case replicaNameMustEmpty
    case settingUseOne
    case serverUrlWriteLike
    case set
    case hLocalStoreDefaultFieldsync
    case hPrintOneJsonDocument
    case hNameLaptopEG
    case hZone
    case hServerTokenCacert
    case cmdTechnologyCommissionerSField
    case cmdCreateLocalStoreMint
    case cmdLocalSettings
    case cmdSetServerUrlToken
    case cmdPrintSetting
    case cmdReplicaIdPendingChanges
    case moreStoreDbPathElse
    // FieldSyncClient/SyncEngine.swift
    case serverSAnswerWas
    case serverSCertificateCould
    case serverCannotReached
    case serverRefusedToken
    case tryBatchSizeSmaller
    case serverBusy
    case serverFailed
    case serverRefusedRequest
    case backgroundRequestFinishedWithout
    case cannotCreateLockFile
    case anotherSyncStoreRunning
    // FieldStore/Domain/Operations+Needs.swift
    case laptopSClockBefore
    // FieldStore/Domain/Programme+Lights.swift
    case lightMilestonesPersonMay
    // FieldStore/Domain/Programme+Settings.swift
    case validGiveNumberFrom
    // FieldStore/Domain/Vocabulary.swift
    case outsideWriteRatioBare
    // FieldStore/Store/Replica+Apply.swift
    case recordCarriesEntryWritten
    case recordSaysReplicaMade
    case recordHasWriteTwo
    // FieldStore/Sync/MetaCodec.swift
    case syncMetadataNamesUnknown
    case syncMetadataDamaged
    case syncMetadataUnknownFormat
    case syncMetadataNamesField
    case syncMetadataNamesEvent
    // FieldStore/Sync/RowCodec.swift
    case columnHoldsBlob
    case setColumnHolds
    // FieldSyncCore/Domain/CreditCode.swift
    case creditCodeHasCharacters
    case creditCodeContainsWhich
    case creditCodeFailsCheck
    // FieldSyncCore/Values/FieldValue.swift
    case validDateBetween
    // FieldSyncCore/Wire/WireRecord.swift
    case entryRecordCoveredRecord
    // CLI
    case serverProtocolMismatch
    case serverSaid
    case langMissing
    case langUnknown
    case usageError
    case usageMissing
    case usageUnknownOption
    case usageUnexpected
    case usageMissingValue
    case usageInvalidValue
    case usageUnknownSubcommand
    case usageInvalid
    case wordPool
    case wordNeedStatus
    case wordCertificationKind
    case wordLight
    case wordNeedCategory
    case wordProjectLevel
    case wordStage
    case wordVisitMode
    case wordCommissioner
    case wordEnterprise
    case wordProject
    case wordMilestone
    case wordNeed
    case wordVisit
    case wordRecord
    case lookupEmpty
    case lookupAmbiguousPrefix
    case lookupAmbiguous
    case lookupUnknown
    case lookupUnknownID
    case needCannotBecomeAllowed
    case wordNone
    case offsetQuarterHours
    case field_acknowledged_at
    case field_added_on
    case field_address
    case field_author
    case field_category
    case field_certifications
    case field_certified_on
    case field_cleared_on
    case field_commissioner
    case field_contact
    case field_credit_code
    case field_date
    case field_done_on
    case field_due
    case field_end
    case field_ends_on
    case field_enterprise
    case field_funds
    case field_industry
    case field_ip_count
    case field_joined_on
    case field_key
    case field_kind
    case field_left_on
    case field_level
    case field_light
    case field_light_override
    case field_light_reason
    case field_milestone
    case field_mode
    case field_moved_on
    case field_name
    case field_need
    case field_new_due
    case field_note
    case field_number
    case field_observed_on
    case field_old_due
    case field_owner
    case field_phone
    case field_pool
    case field_project
    case field_raised_at
    case field_raised_on
    case field_rd_ratio
    case field_reason
    case field_replanned_on
    case field_resolved_at
    case field_revenue_growth
    case field_round
    case field_satisfaction
    case field_stage
    case field_start
    case field_starts_on
    case field_status
    case field_status_change
    case field_summary
    case field_tech_staff_ratio
    case field_text
    case field_topics
    case field_until
    case field_value
    case field_visit
    case field_written_at
    case field_year
    case field_id
    case field_pools
    case field_outcomes
    case field_conflicts
    case field_overdue
    case field_within_24h
    case field_notes
    case field_assignment
    case poolJoinOrLeave
    case markConflict
    case listSeparator
    case poolSpan
    case poolSince
    case coverageLine
    case colCommissioner
    case colVisited
    case colOnSite
    case colDue
    case colNotVisited
    case unassigned
    case markOverdue
    case markLate
    case yes
    case no
    case hoursShort
    case onTime
    case lateAnswered
    case lateUnanswered
    case waiting24h
    case moreImportHeader
    case importing
    case importCounts
    case importCountsDryRun
    case importCountsNothing
    case indicatorCounts
    case indicatorCountsNothing
    case colLine
    case colReason
    case moreSyncExitCodes
    case batchSizeRange
    case wireFormatChoice
    case retriesAtLeastOne
    case hConnectTimeout
    case syncProgress
    case phasePush
    case phasePull
    case phaseOther
    case syncSummary
    case formatUnknown
    case reportHeading
    case howComputed
    case howComputedTitle
    case milestoneOneOf
    case addNeedsDue
    case replanNeedsDueReason
    case setOrClear
    case reasonUntilWithSet
    case byMilestones
    case replannedLine
    case colPeriod
    case noConflicts
    case colKind
    case colRecord
    case colField
    case colValuesShownFirst
    case recordNoConflicts
    case writtenOn
    case valueOrPick
    case originLocal
    case originPulled
    case unknownLaptop
    case laptopWithCommissioner
    case hInitCommissioner
    case statusLaptop
    case statusReplica
    case statusZone
    case statusServer
    case statusPending
    case statusLastSync
    case statusConflicts
    case notSet
    case never
    case colIndicatorCode
    case colIndicator
    case colWeight
    case colSetting
    case colValue
    case colDefault
    case versionLine
    case lightHeadline
    case notesHeading
    case reportRoundN
    case reportRound
    case reportCommissioner
    case reportVisited
    case reportOnSite
    case reportDue
    case reportPercent
    case reportNotVisited
    case reportCoverage
    case reportVisited2
    case reportDue2
    case reportPercent2
    case reportOnSite2
    case reportId
    case reportEnterprise
    case reportCategory
    case reportStatus
    case reportDue3
    case reportOwner
    case reportSummary
    case reportNeeds
    case reportRaised
    case reportAcknowledgedWithin24h
    case reportLate
    case reportMedianHoursToAcknowledge
    case reportMedianHoursToResolve
    case reportOverdue
    case reportByCategory
    case reportCategory2
    case reportTotal
    case reportByStatus
    case reportStatus2
    case reportCount
    case reportLate2
    case reportId2
    case reportEnterprise2
    case reportRaisedAt
    case reportHoursToAcknowledge
    case reportStatus3
    case reportSummary2
    case reportOverdue2
    case reportProjects
    case reportRed
    case reportYellow
    case reportGreen
    case reportBackToGreen
    case reportReplans
    case reportWarnings
    case reportId3
    case reportProject
    case reportEnterprise3
    case reportLight
    case reportReason
    case reportBackToGreen2
    case reportId4
    case reportProject2
    case reportEnterprise4
    case reportGreenOn
    case reportRank
    case reportEnterprise5
    case reportScore
    case reportNPoints
    case reportFlag
    case reportRanking
    case reportRankingDate
    case reportWeightN
    case reportCommissioner2
    case reportSatisfactionRateN
    case reportBelowTargetN
    case reportSatisfactionRate
    case reportCommissioners
    case reportSatisfactionRate2
    case reportSatisfactionTarget
    case reportBelowTarget
    case reportRatedVisits
    case reportCommissioners2
    case reportCommissioner3
    case reportCoverage1
    case reportCoverage2
    case reportCoverage3
    case reportNeeds2
    case reportAcknowledgedWithin24h2
    case reportResolved
    case reportBackToGreen3
    case reportVisits
    case reportRatedVisits2
    case reportSatisfactionRate3
    case reportBelowTarget2
    case reportSatisfactionByRound
    case reportPool
    case reportEnterprises
    case reportCertified
    case reportNoStage
    case reportOutcomes
    case reportHighTechCertified
    case reportTechSmeRegistered
    case reportOtherCertified
    case reportStageMoves
    case reportProjectsFunded
    case reportFundsGranted
    case reportStages
    case reportCertifications
    case reportEnterprise6
    case reportKind
    case reportDate
    case reportNumber
    case reportCommissioner4
    case reportByCommissioner
    case reportCommissioner5
    case reportStageMoves2
    case reportHighTechCertified2
    case reportTechSmeRegistered2
    case reportProjectsFunded2
    case reportFundsGranted2
    case reportRule
    case reportRule2
    case reportRule3
    case reportRule4
    case reportRule5
    case reportRule6
    case lightReasonOverdue
    case lightReasonDueSoon
    case lightReasonEndedUndone
    case lightReasonFlagged
    case lightReasonFlaggedUntil
    case reportTop
    case reportBottom
    case apUsage
    case apArguments
    case apOptions
    case apSubcommands
    case apOverview
    case apShowHelp
    case apShowVersion
    case apSeeHelp
    case apDefault
    case apValues
    case hRecordRef
    case hName
    case hEnterpriseRef
    case hSummary
    case hOwner
    case hIndustry
    case hContact
    case hAddress
    case hValue
    case hYear
    case hVisitRef
    case hStatusFilter
    case hStart
    case hEnd
    case hPhone
    case hNote
    case hField
    case hCommissionerRef
    case hSettingKey
    case pullDidNotAdvance
    case answerTooLarge
    case counterOfAnotherReplica
    case counterTooLarge
    case hlcInTheFuture
    case controlCharacterInText
    case zoneMismatch
    case viewerCannotPush
    case viewerPulledButCannotPush
    case viewerLaptopReadOnly

    /// (Chinese, English).
    public var templates: (zh: String, en: String) {
        switch self {
        case .verbatim: return ("{0}", "{0}")
        case .headerRowMustName: return ("表头至少要有 名称/name 和 统一社会信用代码/credit_code 两列；现有：{0}。", "The header row must name at least 名称/name and 统一社会信用代码/credit_code; it has: {0}.")
        case .nameEmpty: return ("名称为空", "the name is empty")
        case .creditCodeEmpty: return ("统一社会信用代码为空", "the credit code is empty")
        case .creditCodeAlreadyAppears: return ("统一社会信用代码 {0} 已在第 {1} 行出现", "credit code {0} already appears on line {1}")
        case .headerRowMustName2: return ("表头要有 年度/year 和 统一社会信用代码/credit_code（或 企业/enterprise）两列；现有：{0}。", "The header row must name 年度/year and 统一社会信用代码/credit_code (or 企业/enterprise); it has: {0}.")
        case .yearYear: return ("年度“{0}”不是年份", "year \"{0}\" is not a year")
        case .ipCountCount: return ("知识产权数“{0}”不是个数", "ip_count \"{0}\" is not a count")
        case .creditCodeMatchesEnterprises: return ("统一社会信用代码 {0} 对应 {1} 家企业（{2}）；请改用编号。", "Credit code {0} matches {1} enterprises ({2}); use an id.")
        case .tooShortNameRecord: return ("“{0}”太短，无法指明记录：请给出编号的至少 6 个字符。", "\"{0}\" is too short to name a record: give at least 6 characters of its id.")
        case .recordHasId: return ("没有编号为“{0}”的记录。", "No record has the id \"{0}\".")
        case .prefixMatchesSeveralRecords: return ("编号前缀“{0}”对应多条记录；请多输入几位。", "The prefix \"{0}\" matches several records; type more of the id.")
        case .dueDateBeforeNeed: return ("办结期限 {0} 早于诉求提出日（{1}）。", "Due date {0} is before the need is raised ({1}).")
        case .needHasId: return ("没有编号为“{0}”的诉求。", "No need has the id \"{0}\".")
        case .nothingUpdateGiveStatus: return ("没有可更新的内容：请给出 --status、--summary、--owner、--due 或 --note。", "Nothing to update: give --status, --summary, --owner, --due or --note.")
        case .projectWouldEndBefore: return ("项目结束日（{0}）早于开始日（{1}）。", "The project would end ({0}) before it starts ({1}).")
        case .fundsMustNegative: return ("资金不能为负数：{0}。", "Funds must not be negative, not {0}.")
        case .projectHasId: return ("没有编号为“{0}”的项目。", "No project has the id \"{0}\".")
        case .completionDateAfterToday: return ("完成日期 {0} 晚于今天（{1}）；节点完成后再标记。", "Completion date {0} is after today ({1}); mark a milestone done once it is done.")
        case .completionDateBeforeProject: return ("完成日期 {0} 早于项目开始日（{1}）。", "Completion date {0} is before the project started ({1}).")
        case .hasField: return ("{0} 没有字段“{1}”。", "{0} has no field \"{1}\".")
        case .fieldConflict: return ("{1} 的字段 {0} 没有冲突。", "Field {0} of {1} is not in conflict.")
        case .roundWouldEndBefore: return ("第 {0} 轮的结束日（{1}）早于开始日（{2}）。", "Round {0} would end ({1}) before it starts ({2}).")
        case .roundSWindowMust: return ("第 {0} 轮的时间窗（{1} 至 {2}）必须在 {3} 年之内。", "Round {0}'s window ({1} to {2}) must lie within {3}.")
        case .roundWouldOverlapRound: return ("第 {0} 轮（{1}…{2}）与第 {3} 轮（{4}…{5}）重叠。", "Round {0} ({1}…{2}) would overlap round {3} ({4}…{5}).")
        case .roundWouldComeOut: return ("第 {0} 轮（{1}…{2}）与第 {3} 轮（{4}…{5}）先后顺序颠倒。", "Round {0} ({1}…{2}) would come out of order with round {3} ({4}…{5}).")
        case .roundCoversCheckYear: return ("{0} 年没有哪一轮包含 {1}；请检查当年各轮的时间窗。", "No round of {0} covers {1}; check the year's round windows.")
        case .satisfactionMust: return ("满意度须为 1 到 5，不能是 {0}。", "Satisfaction must be 1 to 5, not {0}.")
        case .visitDateAfterToday: return ("走访日期 {0} 晚于今天（{1}）；走访发生后再记录。", "Visit date {0} is after today ({1}); record a visit once it has happened.")
        case .visitDateOutsideRound: return ("走访日期 {0} 不在第 {1} 轮（{2} 至 {3}）之内。", "Visit date {0} is outside round {1} ({2} to {3}).")
        case .enterpriseNeedsNameName: return ("企业需要名称（--name）。", "An enterprise needs a name (--name).")
        case .enterpriseNeedsCreditCode: return ("企业需要统一社会信用代码（--credit-code）。", "An enterprise needs a credit code (--credit-code).")
        case .creditCodeAlreadyRegistered: return ("统一社会信用代码 {0} 已登记为企业 {1}；请改为更新该企业。", "Credit code {0} is already registered as enterprise {1}; update it instead.")
        case .nothingUpdateGiveLeast: return ("没有可更新的内容：请至少给出一个要修改的字段。", "Nothing to update: give at least one field to change.")
        case .dateDatesAssignmentGive: return ("--date 是分工的生效日：请与 --commissioner 一起使用。", "--date dates an assignment: give it with --commissioner.")
        case .creditCodeAlreadyRegistered2: return ("统一社会信用代码 {0} 已登记为企业 {1}。", "Credit code {0} is already registered as enterprise {1}.")
        case .enterprisePool: return ("企业 {0} 不在{1}中。", "Enterprise {0} is not in the {1} pool.")
        case .leavingDateBeforeJoining: return ("出库日期 {0} 早于入库日期 {1}。", "Leaving date {0} is before the joining date {1}.")
        case .mustEmpty: return ("{0}不能为空。", "The {0} must not be empty.")
        case .phoneNumber: return ("“{0}”不是电话号码。", "\"{0}\" is not a phone number.")
        case .assignmentDateAfterToday: return ("分工生效日 {0} 晚于今天（{1}）；生效后再记录。", "Assignment date {0} is after today ({1}); record an assignment once it takes effect.")
        case .raisingLightNeedsReason: return ("调高预警灯需要说明理由（--reason）。", "Raising a light needs a reason (--reason).")
        case .untilBeforeToday: return ("--until {0} 早于今天（{1}）。", "--until {0} is before today ({1}).")
        case .projectHasFlagForce: return ("项目 {0} 没有正在生效的人工预警可解除。", "Project {0} has no flag in force to clear.")
        case .milestoneProject: return ("项目 {1} 中没有节点“{0}”。", "No milestone \"{0}\" in project {1}.")
        case .milestoneDoneAlreadyOnly: return ("节点 {0} 已完成；只有未完成的节点才能调整计划。", "Milestone {0} is done already; only an undone milestone can be re-planned.")
        case .milestoneHasDueDate: return ("节点 {0} 没有计划日期可调整。", "Milestone {0} has no due date to move.")
        case .milestoneAlreadyDue: return ("节点 {0} 的计划日期已是 {1}。", "Milestone {0} is already due {1}.")
        case .projectHasMilestonesNamed: return ("项目有 {0} 个名为 {1} 的节点（{2}）；请改用编号。", "Project has {0} milestones named {1} ({2}); use an id.")
        case .milestoneDoesBelongProject: return ("节点 {0} 不属于该项目。", "Milestone {0} does not belong to this project.")
        case .outsideProjectSSpan: return ("{0} {1} 不在项目起止期（{2} 至 {3}）之内。", "{0} {1} is outside the project's span ({2} to {3}).")
        case .stageDateAfterToday: return ("阶段日期 {0} 晚于今天（{1}）。", "Stage date {0} is after today ({1}).")
        case .enterprisePoolStagesAre: return ("企业 {0} 在 {1} 不在任何库中；培育阶段只适用于入库企业（enterprise pool --join）。", "Enterprise {0} is in no pool on {1}; stages are for pool enterprises (enterprise pool --join).")
        case .enterpriseWasCertifiedHigh: return ("企业 {0} 已于 {1} 认定为高新技术企业：培育路径已结束。", "Enterprise {0} was certified high-tech on {1}: its cultivation path has ended.")
        case .certificationDateAfterToday: return ("认定日期 {0} 晚于今天（{1}）。", "Certification date {0} is after today ({1}).")
        case .wholeNumberDays: return ("“{0}”不是整数天数。", "\"{0}\" is not a whole number of days.")
        case .reportYear: return ("{0} 不是可出报表的年份。", "{0} is not a report year.")
        case .topMust: return ("--top 须为 1 到 100，不能是 {0}。", "--top must be 1 to 100, not {0}.")
        case .reportUse: return ("“{0}”不是报表；可用：{1}。", "\"{0}\" is not a report; use {1}.")
        case .rankingIndicatorUse: return ("“{0}”不是排名指标；可用：{1}。", "\"{0}\" is not a ranking indicator; use {1}.")
        case .weightMustNumberFrom: return ("{0} 的权重须为 0 到 1000 的数，不能是 {1}。", "The weight of {0} must be a number from 0 to 1000, not {1}.")
        case .leastOneRankingWeight: return ("至少要有一个排名权重大于 0。", "At least one ranking weight must be above 0.")
        case .year: return ("{0} 不是年份。", "{0} is not a year.")
        case .giveLeastOneIndicator: return ("请至少给出一个指标。", "Give at least one indicator.")
        case .useOne: return ("“{0}”不是有效的{1}；可用：{2}。", "\"{0}\" is not a {1}; use one of: {2}.")
        case .roundRoundsAreYyyy: return ("{0}-{1} 不是轮次：轮次写作 YYYY-1、YYYY-2 或 YYYY-3。", "{0}-{1} is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
        case .roundWriteYyyyN: return ("“{0}”不是轮次；请写作 YYYY-N，例如 2026-2。", "\"{0}\" is not a round; write it YYYY-N, e.g. 2026-2.")
        case .roundRoundsAreYyyy2: return ("“{0}”不是轮次：轮次写作 YYYY-1、YYYY-2 或 YYYY-3。", "\"{0}\" is not a round: rounds are YYYY-1, YYYY-2 or YYYY-3.")
        case .numberWriteRatio: return ("{0}“{1}”不是数；比率请写作 8.5% 或 0.085。", "{0} \"{1}\" is not a number; write a ratio as 8.5% or 0.085.")
        case .storeInitialised: return ("{0} 处的数据库尚未初始化。", "The store at {0} is not initialised.")
        case .cannotCreateStoreCheck: return ("无法在 {0} 创建数据库；请检查该文件夹是否可写。", "Cannot create the store at {0}; check that the folder is writable.")
        case .storeAlreadyInitialisedKeeps: return ("{0} 处的数据库已初始化；保留原有副本编号。", "The store at {0} is already initialised; it keeps its replica id.")
        case .storeInitialisedRunFieldsync: return ("{0} 处的数据库尚未初始化；请先运行 `fieldsync init --replica-name 名称`。", "The store at {0} is not initialised; run `fieldsync init --replica-name NAME` first.")
        case .mustHold: return ("{0}.{1} 应为{2}，不能是“{3}”。", "{0}.{1} must hold a {2}, not \"{3}\".")
        case .storeDamaged: return ("数据库已损坏：{0}", "The store is damaged: {0}")
        case .readOnlyNothingWas: return ("数据库 {0} 只读，未写入任何内容。请检查文件权限以及磁盘是否以可写方式挂载。", "The store {0} is read-only; nothing was written. Check the file's permissions and that its disk is mounted writable.")
        case .diskHoldingFullNothing: return ("{0} 所在磁盘已满，未写入任何内容。请清理空间后重试。", "The disk holding {0} is full; nothing was written. Free some space and try again.")
        case .cannotOpenedCheckFolder: return ("无法打开数据库 {0}（{1}）；请检查其文件夹权限。", "The store {0} cannot be opened ({1}); check its folder's permissions.")
        case .couldWrittenNothingWas: return ("数据库 {0} 写入失败（{1}），未写入任何内容。请检查磁盘。", "The store {0} could not be written ({1}); nothing was written. Check the disk.")
        case .anotherProcessUsingStore: return ("另一个进程正在使用数据库；请稍后重试。", "Another process is using the store; try again in a moment.")
        case .damagedFieldsyncStore: return ("数据库文件 {0} 已损坏，或不是 FieldSync 数据库（{1}）。", "The store file {0} is damaged or is not a FieldSync store ({1}).")
        case .sqliteFailed: return ("SQLite 出错：{0}，语句 `{1}`。", "SQLite failed: {0} in `{1}`.")
        case .unknownTable: return ("未知的表“{0}”。", "Unknown table \"{0}\".")
        case .mustWholeNumber: return ("{0} 须为整数，不能是“{1}”。", "{0} must be a whole number, not \"{1}\".")
        case .mustExactDecimalSuch: return ("{0} 须为精确小数，如 120.50，不能是“{1}”。", "{0} must be an exact decimal such as 120.50, not \"{1}\".")
        case .mustTrueFalse: return ("{0} 须为 true 或 false，不能是“{1}”。", "{0} must be true or false, not \"{1}\".")
        case .mustDateWrittenYyyy: return ("{0} 须为 YYYY-MM-DD 格式的日期，不能是“{1}”。", "{0} must be a date written YYYY-MM-DD, not \"{1}\".")
        case .realCalendarDate: return ("{0}“{1}”不是真实存在的日期。", "{0} \"{1}\" is not a real calendar date.")
        case .recordIdUuid: return ("{1} 中的记录编号“{0}”不是 UUID。", "Record id \"{0}\" in {1} is not a UUID.")
        case .recordCarriesEmptyVersion: return ("{1} 中的记录 {0} 版本向量为空：它从未被写过。", "Record {0} in {1} carries an empty version vector: it was never written.")
        case .versionVectorRecordNames: return ("记录 {0} 的版本向量含有“{1}”，它不是副本编号（UUID）。", "Version vector of record {0} names \"{1}\", which is not a replica id (a UUID).")
        case .dotAppearsTwiceRecord: return ("写入点 {0} 在记录 {3} 的 {1}.{2} 中出现了两次。", "Dot {0} appears twice in {1}.{2} of record {3}.")
        case .mustHoldValue: return ("{0} 应为{1}值，不能是 {2}。", "{0} must hold a {1} value, not {2}.")
        case .hCharacterUnifiedSocialCredit: return ("18 位统一社会信用代码。", "The 18-character unified social credit code.")
        case .hHighTechSmeProject: return ("高企库 | 科小库 | 项目库（或 high-tech | sme | project）", "high-tech | sme | project")
        case .hAssignedCommissionerIdPrefix: return ("负责的科技专员（姓名、编号或编号前缀）。", "The assigned commissioner (id or prefix).")
        case .hCertificationsCommaSeparated: return ("资质，逗号分隔。", "Certifications, comma-separated.")
        case .hIdIdPrefixCredit: return ("企业名称、编号、编号前缀（6 位以上）或统一社会信用代码。", "Id, id prefix (6+) or credit code.")
        case .hCommissionerResponsibleFromDate: return ("自 --date（默认今天）起负责的科技专员；之前各轮仍归原专员。", "The commissioner responsible from --date (default today); earlier rounds keep theirs.")
        case .hDayNewCommissionerTakes: return ("新专员接手的日期（YYYY-MM-DD，不晚于今天）。", "The day the new commissioner takes over (YYYY-MM-DD, not after today).")
        case .hEnterprise: return ("企业。", "The enterprise.")
        case .hSelectedCultivatingMatureApplying: return ("优选 | 培育 | 成熟 | 申报（或 selected | cultivating | mature | applying）", "selected | cultivating | mature | applying (or 优选/培育/成熟/申报)")
        case .hYyyyMmDdDefault: return ("YYYY-MM-DD（默认今天）", "YYYY-MM-DD (default today)")
        case .hHighTechTechSme: return ("高新技术企业 | 科技型中小企业 | 小巨人 | 专精特新 | 其他（或 high-tech | tech-sme | little-giant | specialised-sme | other）", "high-tech | tech-sme | little-giant | specialised-sme | other")
        case .hYyyyMmDdAfter: return ("YYYY-MM-DD，不晚于今天", "YYYY-MM-DD, not after today")
        case .hCertificateNumber: return ("证书编号。", "The certificate number.")
        case .hOnlyPoolSCurrent: return ("只列该库当前的在库企业。", "Only this pool's current members.")
        case .cmdCommissionerServiceTeam: return ("科技专员服务队伍。", "The commissioner service team.")
        case .cmdAddCommissionerPrintsId: return ("添加科技专员；打印其编号。", "Add a commissioner; prints the id.")
        case .cmdListCommissioners: return ("列出科技专员。", "List commissioners.")
        case .cmdTechnologyEnterprisesTheirPools: return ("科技企业及其所在培育库。", "Technology enterprises and their pools.")
        case .cmdAddEnterprisePrintsId: return ("添加企业；打印其编号。", "Add an enterprise; prints the id.")
        case .cmdChangeEnterpriseSFields: return ("修改企业信息。", "Change an enterprise's fields.")
        case .cmdMovePoolEnterpriseAlong: return ("推进入库企业的培育阶段：优选、培育、成熟、申报。", "Move a pool enterprise along its cultivation path: selected (优选), cultivating (培育), mature (成熟), applying (申报).")
        case .cmdRecordOutcomeHighTech: return ("记录培育成果：高新技术企业认定、科技型中小企业评价入库、小巨人、专精特新、其他。", "Record an outcome: high-tech (高新技术企业认定), tech-sme (科技型中小企业评价入库), little-giant, specialised-sme, other.")
        case .cmdJoinLeaveIncubationPool: return ("企业入库或出库。", "Join or leave an incubation pool.")
        case .cmdListEnterprises: return ("列出企业。", "List enterprises.")
        case .cmdShowOneEnterprise: return ("查看一家企业。", "Show one enterprise.")
        case .cmdDeleteEnterpriseSyncedTombstone: return ("删除企业（删除标记会同步）。", "Delete an enterprise (a synced tombstone).")
        case .hYyyyN: return ("轮次，写作 YYYY-N", "YYYY-N")
        case .hYyyy: return ("年份 YYYY", "YYYY")
        case .hYyyyMmDd: return ("日期 YYYY-MM-DD", "YYYY-MM-DD")
        case .hYyyyNDefaultRound: return ("轮次 YYYY-N（默认：时间窗包含该日期的轮次）", "YYYY-N (default: the round whose window holds the date)")
        case .hSitePhoneVideo: return ("上门 | 电话 | 视频（或 on-site | phone | video）", "on-site | phone | video")
        case .hCommaSeparatedTopics: return ("走访主题，逗号分隔。", "Comma-separated topics.")
        case .hText: return ("满意度 1-5", "1-5")
        case .hPolicyProjectApplicationCertification: return ("政策 | 项目申报 | 资质认定 | 融资 | 人才 | 场地 | 技术 | 其他（或英文代码）", "policy | project-application | certification | financing | talent | space | technology | other")
        case .hOpenAcknowledgedProgressResolved: return ("待响应 | 已响应 | 办理中 | 已解决 | 已关闭 | 不予受理（或英文代码）", "open | acknowledged | in-progress | resolved | closed | rejected")
        case .hNoteAppendedNeedS: return ("备注，追加到诉求的办理记录中。", "A note, appended to the need's notes.")
        case .hOnlyNeedsUnansweredPast: return ("只列超过 24 小时未响应、或已过办结期限仍未解决的诉求。", "Only needs unanswered past 24 h, or past their due date and not yet resolved.")
        case .hOnlyNeedsAnsweredLate: return ("只列超过 24 小时才响应、或超过 24 小时仍未响应的诉求。", "Only needs answered late (after 24 h) or still unanswered past 24 h.")
        case .cmdThreeAnnualVisitRounds: return ("每年三轮全覆盖走访。", "The three annual visit rounds.")
        case .cmdWhoVisitedWhoPer: return ("按专员列出已走访和未走访的企业。", "Who is visited and who is not, per commissioner.")
        case .cmdChangeRoundSDate: return ("修改某一轮在当年的时间窗。", "Change a round's date window for its year.")
        case .cmdYearSRoundWindows: return ("当年各轮的时间窗。", "The year's round windows.")
        case .cmdVisitsEnterprises: return ("企业走访。", "Visits to enterprises.")
        case .cmdRecordVisitRoundInferred: return ("记录一次走访；轮次由日期推定。", "Record a visit; the round is inferred from the date.")
        case .cmdListVisits: return ("列出走访。", "List visits.")
        case .cmdNeedsRaisedEnterprisesChased: return ("企业提出的诉求，跟踪到办结。", "Needs (诉求) raised by enterprises, chased to resolution.")
        case .cmdTakeDownNeedPrints: return ("登记一条诉求；打印其编号。", "Take down a need; prints the id.")
        case .cmdChangeStatusSummaryOwner: return ("修改状态、摘要、责任人或办结期限；追加办理记录。", "Change status, summary, owner or due date; append a note.")
        case .cmdListNeeds: return ("列出诉求。", "List needs.")
        case .cmdShowNeedNotes: return ("查看一条诉求及其办理记录。", "Show a need with its notes.")
        case .cmdDeleteNeedSyncedTombstone: return ("删除诉求（删除标记会同步）。", "Delete a need (a synced tombstone).")
        case .supportedEncodingUseUtf: return ("不支持编码“{0}”；请用 utf-8 或 gbk。", "\"{0}\" is not a supported encoding; use utf-8 or gbk.")
        case .cannotRead: return ("无法读取 {0}。", "Cannot read {0}.")
        case .validUtfIfExcel: return ("{0} 不是有效的 UTF-8；如果是 Excel 保存的，请试试 --encoding gbk。", "{0} is not valid UTF-8; if Excel saved it, try --encoding gbk.")
        case .validGbkText: return ("{0} 不是有效的 GBK 文本。", "{0} is not valid GBK text.")
        case .empty: return ("{0} 是空文件。", "{0} is empty.")
        case .rowsAreInvalidFirst: return ("{1} 行中有 {0} 行无效（第一处：第 {2} 行：{3}）；未导入任何内容。请修正，或使用 --skip-invalid。", "{0} rows of {1} are invalid (first: line {2}: {3}); nothing was imported. Fix them, or use --skip-invalid.")
        case .dryRunRowsWould: return ("试运行：{1} 行中有 {0} 行会被拒绝（第一处：第 {2} 行：{3}）。", "Dry run: {0} rows of {1} would be rejected (first: line {2}: {3}).")
        case .hCsvFile: return ("CSV 文件。", "The CSV file.")
        case .hUtfGbk: return ("utf-8 | gbk", "utf-8 | gbk")
        case .hCheckEveryRowReport: return ("逐行检查并报告；不写入任何内容。", "Check every row and report; write nothing.")
        case .hImportValidRowsEven: return ("即使有无效行，也导入其余有效行。", "Import the valid rows even when some are invalid.")
        case .cmdImportEnterprisesFromCsv: return ("从 CSV 导入企业（UTF-8 或 GBK，中文或英文表头）。", "Import enterprises from CSV (UTF-8 or GBK, Chinese or English headers).")
        case .fundsMustExactDecimal: return ("资金须为精确小数，如 120.50，不能是“{0}”。", "Funds must be an exact decimal such as 120.50, not \"{0}\".")
        case .pickMust: return ("--pick 须为 1 到 {0}，不能是 {1}。", "--pick must be 1 to {0}, not {1}.")
        case .hNationalRegionCity: return ("国家级 | 自治区级 | 市级（或 national | region | city）", "national | region | city")
        case .hFundsExactDecimalSuch: return ("资金（万元），精确小数，如 120.50。", "Funds in 万元, an exact decimal such as 120.50.")
        case .hProject: return ("项目。", "The project.")
        case .hNewMilestoneSName: return ("新节点的名称。", "A new milestone's name.")
        case .hDueDateAddReplan: return ("计划日期（与 --add 或 --replan 一起用），须在项目起止期内。", "The due date (with --add or --replan), within the project's span.")
        case .hMilestoneMarkDoneId: return ("要标记完成的节点（名称或编号）。", "The milestone to mark done (id or name).")
        case .hWhenWasDoneDefault: return ("完成日期（默认今天；不晚于今天）。", "When it was done (default today; never after today).")
        case .hMilestoneRePlanId: return ("要调整计划的节点（名称或编号）；需要 --due 和 --reason。", "The milestone to re-plan (id or name); needs --due and --reason.")
        case .hWhyMilestoneRePlanned: return ("调整计划的理由。", "Why the milestone is re-planned.")
        case .hYellowRedRaiseLight: return ("黄 | 红：自今天起调高预警灯（不能设为绿：绿灯由规则计算）。", "yellow | red: raise the light from today (green is refused: it is computed).")
        case .hWhyLightRaised: return ("调高预警灯的理由。", "Why the light is raised.")
        case .hLastDayRaisedLight: return ("人工预警的最后一天（默认：直到解除）。", "The last day the raised light holds (default: until cleared).")
        case .hLiftFlagsForceFrom: return ("自今天起解除正在生效的人工预警。", "Lift the flags in force from today.")
        case .hNumberConflictsShowPrinted: return ("`conflicts show` 列出的序号。", "The number `conflicts show` printed.")
        case .cmdFundedProjectsTheirEarly: return ("资助项目及其预警灯。", "Funded projects and their early-warning light.")
        case .cmdAddFundedProjectPrints: return ("添加资助项目；打印其编号。", "Add a funded project; prints the id.")
        case .cmdAddMilestonePrintsId: return ("添加节点（打印其编号）、标记节点完成，或调整节点计划（改计划日期并说明理由）。", "Add a milestone (prints its id), mark one done, or re-plan one (move its due date, with a reason).")
        case .cmdShowRedYellowGreen: return ("查看红黄绿预警灯及其原因、计划调整和人工预警；或调高预警灯（黄或红，须说明理由）。", "Show the red/yellow/green light with its reasons, re-plans and flags; or raise it (yellow or red, with a reason).")
        case .cmdListProjectsTheirLights: return ("列出项目及其预警灯。", "List projects with their lights.")
        case .cmdConcurrentEditsWaitingPerson: return ("等待人来裁决的并发修改。", "Concurrent edits waiting for a person to decide.")
        case .cmdListRecordsConflicts: return ("列出有冲突的记录。", "List records with conflicts.")
        case .cmdShowRecordSConflicting: return ("查看记录的冲突值，按序号供 --pick 选择。", "Show a record's conflicting values, numbered for --pick.")
        case .cmdDecideConflictedFieldNew: return ("裁决冲突字段：给出新值，或选择列出的某个值。", "Decide a conflicted field: a new value, or pick one of the shown values.")
        case .cmdEveryVersionRecordWho: return ("记录的每个版本：谁、何时、改了什么。", "Every version of a record: who, when, what changed.")
        case .morePersonMayRaiseLight: return ("人可以调高预警灯，不能调低：逾期节点完成或调整计划后，红灯项目自动回到绿灯。", "A person may raise a light, never lower one: a red project goes back to green when its late milestone is done or re-planned.")
        case .cannotWrite: return ("无法写入 {0}：{1}", "Cannot write {0}: {1}")
        case .validText: return ("{0} 不是有效的 {1} 文本。", "{0} is not valid {1} text.")
        case .rowsAreInvalidFirst2: return ("{1} 行中有 {0} 行无效（第一处：第 {2} 行：{3}）；未导入任何内容。", "{0} rows of {1} are invalid (first: line {2}: {3}); nothing was imported.")
        case .ipCountMust: return ("--ip-count 须 ≥ 0，不能是 {0}。", "--ip-count must be ≥ 0, not {0}.")
        case .indicatorWeight: return ("“{0}”不是“指标=权重”的形式。", "\"{0}\" is not indicator=weight.")
        case .zoneSettingUse: return ("“{0}”不是园区设置；可用：{1}。", "\"{0}\" is not a zone setting; use {1}.")
        case .hCoverageNeedsProjectsRanking: return ("coverage（走访覆盖）| needs（诉求）| projects（项目）| ranking（排名）| commissioners（专员绩效）| outcomes（培育成果）", "coverage | needs | projects | ranking | commissioners | outcomes")
        case .hYearDefaultYear: return ("年份（默认今年）。", "The year (default: this year).")
        case .hTableCsvJsonHtml: return ("table | csv | json | html", "table | csv | json | html")
        case .hZhEnDefaultFrom: return ("zh | en（默认：系统语言）。", "zh | en (default: from the system locale).")
        case .hWriteReportFileInstead: return ("把报表写入该文件，而不是标准输出。", "Write the report to this file instead of stdout.")
        case .hHowManyTopBottom: return ("排名前后各标出几名（排名报表）。", "How many top and bottom ranks to flag (ranking).")
        case .hRDExpenseRevenue: return ("研发投入占比：8.5% 或 0.085", "R&D expense / revenue: 8.5% or 0.085")
        case .hOrFor: return ("营收增长率：32% 或 0.32 表示增长 32%", "32% or 0.32 for +32%")
        case .hIndicatorWeightEG: return ("指标=权重，如 rd_ratio=0.4（可重复）", "indicator=weight, e.g. rd_ratio=0.4 (repeatable)")
        case .hLightWarningDaysSatisfaction: return ("light.warning_days（预警天数）| satisfaction.target（满意率目标）", "light.warning_days | satisfaction.target")
        case .cmdOfficeReportsFromLocal: return ("用本地副本出办公室报表：走访覆盖、诉求、项目、排名、专员绩效、培育成果。", "Office reports from the local replica: coverage, needs, projects, ranking, commissioners, outcomes.")
        case .cmdYearlyEnterpriseIndicatorsRanking: return ("企业年度指标与排名权重。", "Yearly enterprise indicators and ranking weights.")
        case .cmdImportIndicatorsFromCsv: return ("从 CSV 导入指标：统一社会信用代码/credit_code（或 企业）、年度/year、研发投入占比、营收增长率、知识产权数、科技人员占比（8.5% 或 0.085）。", "Import indicators from CSV: 统一社会信用代码/credit_code (or 企业), 年度/year, 研发投入占比, 营收增长率, 知识产权数, 科技人员占比 (8.5% or 0.085).")
        case .cmdEnterEnterpriseSIndicators: return ("录入企业某年的指标。", "Enter an enterprise's indicators for a year.")
        case .cmdShowChangeRankingWeights: return ("查看或修改排名权重（存于副本中，会同步）。", "Show or change the ranking weights (stored in the replica, so they sync).")
        case .cmdZoneSSyncedSettings: return ("规则所用的园区同步设置（light.warning_days、satisfaction.target）。", "The zone's synced settings the rules read (light.warning_days, satisfaction.target).")
        case .cmdShowZoneSettingsTheir: return ("查看园区设置及其取值。", "Show the zone settings and their values.")
        case .cmdChangeZoneSettingSyncs: return ("修改园区设置（会同步到每台笔记本）。", "Change a zone setting (it syncs to every laptop).")
        case .moreFormatsTableCjkAligned: return ("格式：table（中文对齐的表格）、csv（带 BOM 的 UTF-8，供 Excel 使用）、json、html（单个自包含文件，内嵌 SVG 图表）。", "Formats: table (CJK-aligned), csv (UTF-8 with BOM, for Excel), json, html (one self-contained file, inline SVG charts).")
        case .serverSetRunFieldsync: return ("尚未设置服务器；请运行 `fieldsync config set server URL` 或使用 --server。", "No server is set; run `fieldsync config set server URL` or pass --server.")
        case .serverUrl: return ("“{0}”不是服务器地址。", "\"{0}\" is not a server URL.")
        case .hTokenFile: return ("从文件读取令牌（- 表示标准输入），令牌不必出现在命令行上。", "Read the token from a file (- for standard input), so it never appears on the command line.")
        case .tokenFileCannotRead: return ("无法读取令牌文件 {0}（不存在、不可读、不是 UTF-8 文本，或大于 4 KiB）。", "The token file {0} cannot be read (missing, unreadable, not UTF-8 text, or larger than 4 KiB).")
        case .tokenFileEmpty: return ("令牌文件 {0} 是空的。", "The token file {0} is empty.")
        case .plainHTTPToNonLoopback: return ("警告：{0} 是明文 http，令牌和数据会不加密地经过网络；请让办公室改用 https。", "warning: {0} is plain http, so the token and the data cross the network unencrypted; ask the office for https.")
        case .settingNotShown: return ("“{0}”不是可查看的设置；可查看：{1}。", "\"{0}\" is not a setting that can be shown; use one of: {1}.")
        case .tokenSetRunFieldsync: return ("尚未设置令牌；请运行 `fieldsync config set token 令牌` 或使用 --token。", "No token is set; run `fieldsync config set token TOKEN` or pass --token.")
        case .caFileCannotRead: return ("无法读取 CA 文件 {0}。", "The CA file {0} cannot be read.")
        case .storeCouldNotBeCopied: return ("无法把数据库复制到 {0}：{1}。", "The store could not be copied to {0}: {1}.")
        case .historyDiverged: return ("服务器以本机副本编号收到的记录与本数据库不一致：本数据库是副本或从备份恢复。", "The server's history for this laptop's replica id differs from this store's: the store is a copy or a restore.")
        case .tokenOfAnotherLaptop: return ("这个令牌已属于另一台笔记本的数据库；请向办公室申请本机自己的令牌，或请办公室运行 `fieldsync-server token rebind 令牌名称` 后再同步。", "This token belongs to another laptop's store; ask the office for a token of this laptop's own, or for `fieldsync-server token rebind TOKEN-NAME`, then sync again.")
        case .replicaKeyMismatch: return ("服务器记下的本机副本密钥与本数据库的不同：本数据库不能以这个副本编号同步；请联系办公室。", "The server holds another replica key for this laptop's replica id: this store cannot sync as it; contact the office.")
        case .tooManyReplicas: return ("这个令牌登记的副本编号已达上限；请向办公室申请本机自己的令牌。", "This token has registered as many replica ids as it may; ask the office for a token of this laptop's own.")
        case .storeIsACopy: return ("本数据库与服务器以同一副本编号收到的记录不一致，它是另一台笔记本数据库的副本（或从备份恢复）；它已换用新的副本编号 {0}，本机记录都保留；请再同步一次，两边的记录都会汇合。", "This store's history differs from what the server accepted under its replica id, so it is a copy of another laptop's store (or a restore); it now writes as new replica {0} and keeps every record; run sync again and both stores' records will meet.")
        case .storeReusesWriteIds: return ("本数据库重复使用了服务器上已有其他内容的写入编号（是否从备份恢复过？）：{0} 现已换用新的副本编号 {1}；请再同步一次。", "This store reuses write ids the server already holds with other content (was it restored from a backup?): {0} It now has a new replica id {1}; run sync again.")
        case .hServerUrlDefaultFieldsync: return ("服务器地址（默认：`fieldsync config set server` 的设置）。", "The server URL (default: `fieldsync config set server`).")
        case .hTokenDefaultFieldsyncConfig: return ("令牌（默认：`fieldsync config set token` 的设置）。", "The token (default: `fieldsync config set token`).")
        case .hRecordsPerRequest: return ("每次请求的记录数（默认：推送 2000，拉取 5000）。", "Records per request (default: 2,000 per push, 5,000 per pull page).")
        case .hWireFormat: return ("传输格式：binary（协议 5，默认）或 json（协议 4，供尚未升级的服务器）。", "Body format: binary (protocol 5, the default) or json (protocol 4, for a server not yet upgraded).")
        case .hPemFileCasTrust: return ("信任的 CA 证书（PEM 文件），代替系统证书库（如办公室自己的 CA）。", "A PEM file of CAs to trust instead of the system store (an office's own CA).")
        case .hSecondsEachRequest: return ("每次请求的超时秒数。", "Seconds for each request.")
        case .hAttemptsPerStepNetwork: return ("遇到网络错误或 5xx 时每一步的尝试次数。", "Attempts per step on network errors and 5xx.")
        case .cmdPushLocalChangesPull: return ("推送本机修改并拉取办公室的修改，分批进行，可断点续传。", "Push local changes and pull the office's, in resumable batches.")
        case .storeRunFieldsyncInit: return ("{0} 处没有数据库；请先运行 `fieldsync init --replica-name 名称`。", "No store at {0}; run `fieldsync init --replica-name NAME` first.")
        case .fieldsyncNowRfcInstant: return ("FIELDSYNC_NOW={0} 不是 RFC 3339 时刻，如 2026-03-02T09:00:00Z。", "FIELDSYNC_NOW={0} is not an RFC 3339 instant such as 2026-03-02T09:00:00Z.")
        case .required: return ("必须给出 {0}。", "{0} is required.")
        case .replicaNameMustEmpty: return ("副本名称不能为空。", "The replica name must not be empty.")
        case .settingUseOne: return ("“{0}”不是设置项；可用：{1}。", "\"{0}\" is not a setting; use one of: {1}.")
        case .serverUrlWriteLike: return ("“{0}”不是服务器地址；请写作 https://sync.example.org 或 http://127.0.0.1:8080 这样的形式。", "\"{0}\" is not a server URL; write it like https://sync.example.org or http://127.0.0.1:8080.")
        case .set: return ("尚未设置“{0}”。", "\"{0}\" is not set.")
        case .hLocalStoreDefaultFieldsync: return ("本地数据库（默认：$FIELDSYNC_DB 或 ~/.local/share/fieldsync/fieldsync.db）。", "The local store (default: $FIELDSYNC_DB or ~/.local/share/fieldsync/fieldsync.db).")
        case .hPrintOneJsonDocument: return ("输出一个 JSON 文档。", "Print one JSON document.")
        case .hNameLaptopEG: return ("这台笔记本的名称（如专员姓名）。", "A name for this laptop (e.g. the commissioner's name).")
        case .hZone: return ("园区。", "The zone.")
        case .hServerTokenCacert: return ("server | token | cacert | lang | commissioner", "server | token | cacert | lang | commissioner")
        case .cmdTechnologyCommissionerSField: return ("科技专员的外勤工具：完整的离线副本，与办公室同步。", "The technology commissioner's field tool: a full offline replica that syncs with the office.")
        case .cmdCreateLocalStoreMint: return ("创建本地数据库，生成这台笔记本的副本编号。", "Create the local store and mint this laptop's replica id.")
        case .cmdLocalSettings: return ("本机设置。", "Local settings.")
        case .cmdSetServerUrlToken: return ("设置服务器地址、令牌、CA 证书、界面语言（lang：zh | en）或使用本机的专员（commissioner）。", "Set the server URL, token, cacert, the language (lang: zh | en) or the commissioner working on this laptop.")
        case .cmdPrintSetting: return ("显示一项设置。", "Print a setting.")
        case .cmdReplicaIdPendingChanges: return ("副本、待同步修改、上次同步、未决冲突。", "Replica id, pending changes, last sync, open conflicts.")
        case .moreStoreDbPathElse: return ("数据库：--db 路径，否则 $FIELDSYNC_DB，否则 ~/.local/share/fieldsync/fieldsync.db。语言：--lang zh|en，否则 `fieldsync config set lang`，否则 $FIELDSYNC_LANG，否则 LC_ALL/LC_MESSAGES/LANG。", "Store: --db PATH, else $FIELDSYNC_DB, else ~/.local/share/fieldsync/fieldsync.db. Language: --lang zh|en, else `fieldsync config set lang`, else $FIELDSYNC_LANG, else LC_ALL/LC_MESSAGES/LANG.")
        case .serverSAnswerWas: return ("服务器的应答被截断或已损坏（{0}）。", "The server's answer was cut short or garbled ({0}).")
        case .serverSCertificateCould: return ("无法验证服务器证书（{0}）；请用 --cacert 给出办公室的 CA，切勿关闭验证。", "The server's certificate could not be verified ({0}); give the office CA with --cacert, never turn verification off.")
        case .serverCannotReached: return ("无法连接服务器 {0}（{1}）。", "The server at {0} cannot be reached ({1}).")
        case .serverRefusedToken: return ("服务器拒绝了令牌：{0}", "The server refused the token: {0}")
        case .tryBatchSizeSmaller: return ("{0}（请用 --batch-size 设一个更小的数）", "{0} (try --batch-size with a smaller number)")
        case .serverBusy: return ("服务器繁忙：{0}", "The server is busy: {0}")
        case .serverFailed: return ("服务器出错：{0}", "The server failed: {0}")
        case .serverRefusedRequest: return ("服务器拒绝了请求：{0}", "The server refused the request: {0}")
        case .backgroundRequestFinishedWithout: return ("后台请求结束时没有结果。", "A background request finished without a result.")
        case .cannotCreateLockFile: return ("无法创建锁文件 {0}。", "Cannot create the lock file {0}.")
        case .anotherSyncStoreRunning: return ("本数据库的另一次同步正在进行；请等它结束后再试。", "Another sync of this store is running; try again when it has finished.")
        case .laptopSClockBefore: return ("本机时钟（{0}）早于诉求提出时间（{1}）：响应不能早于诉求；请检查时钟。", "This laptop's clock ({0}) is before the need was raised ({1}): a response cannot precede the need; check the clock.")
        case .lightMilestonesPersonMay: return ("按节点计算预警灯为{0}；人只能调高预警灯，不能调低：请完成节点或调整节点计划。", "The light is {0} by its milestones; a person may raise a light, never lower it: finish or re-plan the milestone instead.")
        case .validGiveNumberFrom: return ("“{0}”不是有效的{1}：请给出 {2} 到 {3} 之间的数。", "\"{0}\" is not a valid {1}: give a number from {2} to {3}.")
        case .outsideWriteRatioBare: return ("{0}“{1}”超出 {2}%…{3}%；比率请写作 8.5% 或 0.085（单写 8.5 表示 850%）。", "{0} \"{1}\" is outside {2}%…{3}%; write a ratio as 8.5% or 0.085 (a bare 8.5 would mean 850%).")
        case .recordCarriesEntryWritten: return ("记录 {0}/{1} 带有 {3} 的写入 {2}，由另一个副本写入且服务器从未收到过；推送被拒绝。", "Record {0}/{1} carries entry {2} of {3}, written by another replica and never held by the server; the push is refused.")
        case .recordSaysReplicaMade: return ("记录 {0}/{1} 称副本 {2} 对它写了 {3} 次，但服务器已收到 {4} 次：本数据库是从备份恢复的，推送前必须换用新的副本编号。", "Record {0}/{1} says replica {2} made {3} writes to it, but the server already holds {4}: this store was restored from a backup and must take a new replica id before it pushes.")
        case .recordHasWriteTwo: return ("记录 {0}/{1} 的写入 {2} 带有 {3} 的两个不同值；发送它的数据库重复使用了写入编号（从备份恢复过？），必须换用新的副本编号。", "Record {0}/{1} has write {2} with two different values of {3}; the store that sent it reused its dots (restored from a backup?) and must take a new replica id.")
        case .syncMetadataDamaged: return ("同步元数据已损坏：{0}。", "the sync metadata is damaged: {0}.")
        case .syncMetadataNamesUnknown: return ("同步元数据引用了未知副本 #{0}。", "sync metadata names unknown replica #{0}.")
        case .syncMetadataUnknownFormat: return ("同步元数据的格式版本未知。", "sync metadata of an unknown format version.")
        case .syncMetadataNamesField: return ("同步元数据引用了字段 #{0}。", "sync metadata names field #{0}.")
        case .syncMetadataNamesEvent: return ("同步元数据引用了写入 #{0}。", "sync metadata names event #{0}.")
        case .columnHoldsBlob: return ("列 {0} 存有二进制数据。", "column {0} holds a blob.")
        case .setColumnHolds: return ("集合列存有 {0}。", "a set column holds {0}.")
        case .creditCodeHasCharacters: return ("统一社会信用代码“{0}”有 {1} 位；应为 18 位。", "Credit code \"{0}\" has {1} characters; a unified social credit code has 18.")
        case .creditCodeContainsWhich: return ("统一社会信用代码“{0}”含有“{1}”，这个字符从不用于统一社会信用代码。", "Credit code \"{0}\" contains \"{1}\", which a unified social credit code never uses.")
        case .creditCodeFailsCheck: return ("统一社会信用代码“{0}”校验位不符：末位是 {1}，按校验应为 {2}。", "Credit code \"{0}\" fails its check character: it ends in {1}, the check gives {2}.")
        case .validDateBetween: return ("{0}-{1}-{2} 不是 1900 到 2200 年之间的有效日期。", "{0}-{1}-{2} is not a valid date between 1900 and 2200.")
        case .entryRecordCoveredRecord: return ("记录 {3} 的 {1}.{2} 中的写入 {0} 不在该记录的版本向量之内。", "Entry {0} of {1}.{2} in record {3} is not covered by the record's version vector.")
        case .serverProtocolMismatch: return ("服务器不接受本机的同步协议：{0}（请更新 FieldSync）。", "The server does not accept this laptop's sync protocol: {0} (update FieldSync).")
        case .serverSaid: return ("服务器答复：{0}", "The server says: {0}")
        case .langMissing: return ("--lang 需要一个值：zh 或 en。", "--lang needs a value: zh or en.")
        case .langUnknown: return ("--lang 须为 zh 或 en，不能是“{0}”。", "--lang must be zh or en, not \"{0}\".")
        case .usageError: return ("{0}（见 `fieldsync help`）", "{0} (see `fieldsync help`)")
        case .usageMissing: return ("缺少参数 {0}。", "Missing expected argument {0}.")
        case .usageUnknownOption: return ("未知选项 {0}。", "Unknown option {0}.")
        case .usageUnexpected: return ("多余的参数 {0}。", "Unexpected argument {0}.")
        case .usageMissingValue: return ("{0} 缺少取值。", "Missing value for {0}.")
        case .usageInvalidValue: return ("{0} 对 {1} 无效。", "The value {0} is invalid for {1}.")
        case .usageUnknownSubcommand: return ("未知子命令 {0}。", "Unknown subcommand {0}.")
        case .usageInvalid: return ("用法有误。", "Invalid usage.")
        case .wordPool: return ("培育库", "pool")
        case .wordNeedStatus: return ("诉求状态", "need status")
        case .wordCertificationKind: return ("认定类别", "certification kind")
        case .wordLight: return ("预警灯", "light")
        case .wordNeedCategory: return ("诉求类别", "need category")
        case .wordProjectLevel: return ("项目级别", "project level")
        case .wordStage: return ("培育阶段", "stage")
        case .wordVisitMode: return ("走访方式", "visit mode")
        case .wordCommissioner: return ("科技专员", "commissioner")
        case .wordEnterprise: return ("企业", "enterprise")
        case .wordProject: return ("项目", "project")
        case .wordMilestone: return ("节点", "milestone")
        case .wordNeed: return ("诉求", "need")
        case .wordVisit: return ("走访", "visit")
        case .wordRecord: return ("{0} 记录", "{0} record")
        case .lookupEmpty: return ("请指明{0}：给出名称或编号。", "Name the {0}: give its name or id.")
        case .lookupAmbiguousPrefix: return ("编号前缀“{0}”对应多个{1}（{2}）；请多输入几位。", "The prefix \"{0}\" fits several {1} records ({2}); type more of the id.")
        case .lookupAmbiguous: return ("“{0}”对应 {1} 个{2}：{3}；请改用编号。", "\"{0}\" fits {1} {2} records: {3}; give the id instead.")
        case .lookupUnknown: return ("没有名称或编号为“{1}”的{0}。", "No {0} has the name or id \"{1}\".")
        case .lookupUnknownID: return ("没有编号为“{1}”的{0}。", "No {0} has the id \"{1}\".")
        case .needCannotBecomeAllowed: return ("“{0}”的诉求不能改为“{1}”；下一步可以是：{2}。", "A need that is {0} cannot become {1}; allowed next: {2}.")
        case .wordNone: return ("无", "none")
        case .offsetQuarterHours: return ("time.utc_offset 须为整点或刻钟（8、6、5.5、5.75），不能是“{0}”。", "time.utc_offset must be whole hours or quarter hours (8, 6, 5.5, 5.75), not \"{0}\".")
        case .field_acknowledged_at: return ("响应时间", "acknowledged at")
        case .field_added_on: return ("添加日期", "added on")
        case .field_address: return ("地址", "address")
        case .field_author: return ("记录人", "author")
        case .field_category: return ("类别", "category")
        case .field_certifications: return ("资质", "certifications")
        case .field_certified_on: return ("认定日期", "certified on")
        case .field_cleared_on: return ("解除日期", "cleared on")
        case .field_commissioner: return ("科技专员", "commissioner")
        case .field_contact: return ("联系人", "contact")
        case .field_credit_code: return ("统一社会信用代码", "credit code")
        case .field_date: return ("日期", "date")
        case .field_done_on: return ("完成日期", "done on")
        case .field_due: return ("办结期限", "due")
        case .field_end: return ("结束日期", "end")
        case .field_ends_on: return ("结束日期", "ends on")
        case .field_enterprise: return ("企业", "enterprise")
        case .field_funds: return ("资助经费(万元)", "funds")
        case .field_industry: return ("行业", "industry")
        case .field_ip_count: return ("知识产权数", "IP count")
        case .field_joined_on: return ("入库日期", "joined on")
        case .field_key: return ("设置项", "key")
        case .field_kind: return ("类别", "kind")
        case .field_left_on: return ("出库日期", "left on")
        case .field_level: return ("级别", "level")
        case .field_light: return ("预警灯", "light")
        case .field_light_override: return ("人工预警灯", "light override")
        case .field_light_reason: return ("预警原因", "light reason")
        case .field_milestone: return ("节点", "milestone")
        case .field_mode: return ("走访方式", "mode")
        case .field_moved_on: return ("变更日期", "moved on")
        case .field_name: return ("名称", "name")
        case .field_need: return ("诉求", "need")
        case .field_new_due: return ("新计划日期", "new due")
        case .field_note: return ("备注", "note")
        case .field_number: return ("证书编号", "number")
        case .field_observed_on: return ("观察日期", "observed on")
        case .field_old_due: return ("原计划日期", "old due")
        case .field_owner: return ("责任人", "owner")
        case .field_phone: return ("电话", "phone")
        case .field_pool: return ("培育库", "pool")
        case .field_project: return ("项目", "project")
        case .field_raised_at: return ("提出时间", "raised at")
        case .field_raised_on: return ("提出日期", "raised on")
        case .field_rd_ratio: return ("研发投入占比", "R&D expense ratio")
        case .field_reason: return ("理由", "reason")
        case .field_replanned_on: return ("调整日期", "replanned on")
        case .field_resolved_at: return ("解决时间", "resolved at")
        case .field_revenue_growth: return ("营收增长率", "revenue growth")
        case .field_round: return ("轮次", "round")
        case .field_satisfaction: return ("满意度", "satisfaction")
        case .field_stage: return ("培育阶段", "stage")
        case .field_start: return ("开始日期", "start")
        case .field_starts_on: return ("开始日期", "starts on")
        case .field_status: return ("状态", "status")
        case .field_status_change: return ("状态变更", "status change")
        case .field_summary: return ("摘要", "summary")
        case .field_tech_staff_ratio: return ("科技人员占比", "tech staff ratio")
        case .field_text: return ("内容", "text")
        case .field_topics: return ("走访主题", "topics")
        case .field_until: return ("截止日期", "until")
        case .field_value: return ("取值", "value")
        case .field_visit: return ("走访", "visit")
        case .field_written_at: return ("记录时间", "written at")
        case .field_year: return ("年度", "year")
        case .field_id: return ("编号", "id")
        case .field_pools: return ("所在培育库", "pools")
        case .field_outcomes: return ("培育成果", "outcomes")
        case .field_conflicts: return ("冲突", "conflicts")
        case .field_overdue: return ("逾期", "overdue")
        case .field_within_24h: return ("24小时响应", "within 24h")
        case .field_notes: return ("办理记录", "notes")
        case .field_assignment: return ("分工", "assignment")
        case .poolJoinOrLeave: return ("请只给出 --join 库 或 --leave 库 之一。", "Give exactly one of --join POOL or --leave POOL.")
        case .markConflict: return ("⚠ 有冲突", "⚠ conflict")
        case .listSeparator: return ("；", "; ")
        case .poolSpan: return ("{0}（{1} 至 {2}）", "{0} (from {1} to {2})")
        case .poolSince: return ("{0}（{1} 起）", "{0} (from {1})")
        case .coverageLine: return ("第 {0} 轮（{1} … {2}）：已走访 {3}/{4}，覆盖率 {5}%", "round {0} ({1} … {2}): {3}/{4} visited, {5}%")
        case .colCommissioner: return ("科技专员", "commissioner")
        case .colVisited: return ("已走访", "visited")
        case .colOnSite: return ("其中上门", "of which on site")
        case .colDue: return ("应走访", "due")
        case .colNotVisited: return ("未走访企业", "not visited")
        case .unassigned: return ("（未分配）", "(unassigned)")
        case .markOverdue: return ("逾期", "overdue")
        case .markLate: return ("超24小时", "late (over 24 h)")
        case .yes: return ("是", "yes")
        case .no: return ("否", "no")
        case .hoursShort: return ("{0} 小时", "{0} h")
        case .onTime: return ("按时（{0}）", "on time ({0})")
        case .lateAnswered: return ("超24小时才响应（{0}）", "late ({0})")
        case .lateUnanswered: return ("超24小时未响应", "late: unanswered after 24 h")
        case .waiting24h: return ("待响应（仍在24小时内）", "waiting (still within 24 h)")
        case .moreImportHeader: return ("表头给出各列字段：名称/name、统一社会信用代码/credit_code、行业/industry、地址/address、联系人/contact、入库类型/pool、专员/commissioner、资质/certifications。统一社会信用代码已存在的行会更新该企业。只要有一行无效，整个文件都不导入（不写入任何内容），除非给出 --skip-invalid。", "The header row names the fields: 名称/name, 统一社会信用代码/credit_code, 行业/industry, 地址/address, 联系人/contact, 入库类型/pool, 专员/commissioner, 资质/certifications. A row whose credit code is already present updates that enterprise. Any invalid row rejects the whole file (nothing is written) unless --skip-invalid is given.")
        case .importing: return ("导入", "importing")
        case .importCounts: return ("新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", "added {0}, updated {1}, unchanged {2}, rejected {3}")
        case .importCountsDryRun: return ("（试运行，未写入）将新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", "(dry run, nothing written) would be added {0}, updated {1}, unchanged {2}, rejected {3}")
        case .importCountsNothing: return ("（未写入）本将新增 {0}，更新 {1}，未变 {2}，拒绝 {3}", "(nothing written) would be added {0}, updated {1}, unchanged {2}, rejected {3}")
        case .indicatorCounts: return ("新增 {0}，更新 {1}，拒绝 {2}", "added {0}, updated {1}, rejected {2}")
        case .indicatorCountsNothing: return ("（未写入）新增 {0}，更新 {1}，拒绝 {2}", "(nothing written) added {0}, updated {1}, rejected {2}")
        case .colLine: return ("行号", "line")
        case .colReason: return ("原因", "reason")
        case .moreSyncExitCodes: return ("退出码：0 完成（冲突是数据，不算失败），69 无法连接服务器，75 另一次同步持有锁或服务器繁忙，76 协议/结构版本不符或写入编号重复，77 未获授权。", "Exit codes: 0 done (conflicts are data, not failure), 69 server unreachable, 75 another sync holds the lock or the server is busy, 76 protocol/schema mismatch or reused dots, 77 not authorised.")
        case .batchSizeRange: return ("--batch-size 须为 1 到 5000，不能是 {0}。", "--batch-size must be 1 to 5000, not {0}.")
        case .wireFormatChoice: return ("--wire 只能是 binary 或 json，不能是“{0}”。", "--wire must be binary or json, not \"{0}\".")
        case .retriesAtLeastOne: return ("--retries 至少为 1。", "--retries must be at least 1.")
        case .hConnectTimeout: return ("连接超时秒数。", "Seconds to wait for the connection.")
        case .syncProgress: return ("同步中：{0} ↑{1} ↓{2}", "syncing: {0} ↑{1} ↓{2}")
        case .phasePush: return ("推送", "pushing")
        case .phasePull: return ("拉取", "pulling")
        case .phaseOther: return ("处理", "working")
        case .syncSummary: return ("推送 {0}，拉取 {1}，冲突 {2}，服务器序号 {3}", "pushed {0}, pulled {1}, conflicts {2}, server at {3}")
        case .formatUnknown: return ("--format 须为 table、csv、json 或 html，不能是“{0}”。", "--format must be table, csv, json or html, not \"{0}\".")
        case .reportHeading: return ("{0} · 截至 {1}", "{0} · as of {1}")
        case .howComputed: return ("说明：", "How computed: ")
        case .howComputedTitle: return ("计算方法：", "How computed:")
        case .milestoneOneOf: return ("请只给出以下之一：--add 名称 --due 日期、--done 节点、--replan 节点 --due 日期 --reason 理由。", "Give exactly one of --add NAME --due D, --done MILESTONE or --replan MILESTONE --due D --reason R.")
        case .addNeedsDue: return ("--add 需要 --due YYYY-MM-DD。", "--add needs --due YYYY-MM-DD.")
        case .replanNeedsDueReason: return ("--replan 需要 --due YYYY-MM-DD 和 --reason 理由。", "--replan needs --due YYYY-MM-DD and --reason TEXT.")
        case .setOrClear: return ("请给出 --set 或 --clear，不能同时给出。", "Give --set or --clear, not both.")
        case .reasonUntilWithSet: return ("--reason 和 --until 要与 --set 黄|红 一起用。", "--reason and --until go with --set yellow|red.")
        case .byMilestones: return ("（按节点：{0}）", " (computed: {0})")
        case .replannedLine: return ("{0} 调整计划 {1} → {2}：{3}", "{0} re-planned {1} → {2}: {3}")
        case .colPeriod: return ("起止", "period")
        case .noConflicts: return ("没有冲突", "no conflicts")
        case .colKind: return ("类别", "kind")
        case .colRecord: return ("记录", "record")
        case .colField: return ("字段", "field")
        case .colValuesShownFirst: return ("各方取值（首个为当前显示）及所属笔记本", "values (shown first), by laptop")
        case .recordNoConflicts: return ("{0}：没有冲突", "{0}: no conflicts")
        case .writtenOn: return ("{0} 写入，第 {1} 次", "written on {0}, write {1}")
        case .valueOrPick: return ("请只给出 --value 值 或 --pick 序号 之一。", "Give exactly one of --value VALUE or --pick N.")
        case .originLocal: return ("本机写入", "written here")
        case .originPulled: return ("同步拉取", "pulled")
        case .unknownLaptop: return ("笔记本 {0}", "laptop {0}")
        case .laptopWithCommissioner: return ("{0}（{1}）", "{0} ({1})")
        case .hInitCommissioner: return ("使用这台笔记本的科技专员（姓名或编号）。", "The commissioner working on this laptop (name or id).")
        case .statusLaptop: return ("笔记本", "laptop")
        case .statusReplica: return ("副本编号", "replica id")
        case .statusZone: return ("园区", "zone")
        case .statusServer: return ("服务器", "server")
        case .statusPending: return ("待同步修改", "pending changes")
        case .statusLastSync: return ("上次同步", "last sync")
        case .statusConflicts: return ("冲突", "conflicts")
        case .notSet: return ("（未设置）", "(not set)")
        case .never: return ("从未", "never")
        case .colIndicatorCode: return ("代码", "code")
        case .colIndicator: return ("指标", "indicator")
        case .colWeight: return ("权重", "weight")
        case .colSetting: return ("设置项", "setting")
        case .colValue: return ("取值", "value")
        case .colDefault: return ("默认值", "default")
        case .versionLine: return ("fieldsync {0}（科技专员外勤工具）", "fieldsync {0}")
        case .lightHeadline: return ("{0}：{1}", "{0}: {1}")
        case .notesHeading: return ("办理记录：", "notes:")
        case .reportRoundN: return ("第{2}轮 {0}（按 {1} 的分工）", "Round {2}: {0} (assignments of {1})")
        case .reportRound: return ("轮次", "round")
        case .reportCommissioner: return ("专员", "commissioner")
        case .reportVisited: return ("已走访", "visited")
        case .reportOnSite: return ("其中上门", "of which on site")
        case .reportDue: return ("应走访", "due")
        case .reportPercent: return ("覆盖率", "coverage")
        case .reportNotVisited: return ("未走访企业", "not visited")
        case .reportCoverage: return ("{0}年走访覆盖", "Visit coverage {0}")
        case .reportVisited2: return ("已走访(家次)", "visits done")
        case .reportDue2: return ("应走访(家次)", "visits due")
        case .reportPercent2: return ("全年覆盖率", "coverage")
        case .reportOnSite2: return ("其中上门(家次)", "of which on site")
        case .reportId: return ("编号", "id")
        case .reportEnterprise: return ("企业", "enterprise")
        case .reportCategory: return ("类别", "category")
        case .reportStatus: return ("状态", "status")
        case .reportDue3: return ("期限", "due")
        case .reportOwner: return ("责任人", "owner")
        case .reportSummary: return ("摘要", "summary")
        case .reportNeeds: return ("{0}年企业诉求", "Enterprise needs {0}")
        case .reportRaised: return ("诉求总数", "needs raised")
        case .reportAcknowledgedWithin24h: return ("24小时内响应率", "acknowledged within 24 h")
        case .reportLate: return ("超24小时响应或未响应", "answered late or unanswered past 24 h")
        case .reportMedianHoursToAcknowledge: return ("响应时长中位数(小时)", "median hours to acknowledge")
        case .reportMedianHoursToResolve: return ("解决时长中位数(小时)", "median hours to resolve")
        case .reportOverdue: return ("逾期诉求", "overdue")
        case .reportByCategory: return ("按类别与状态", "By category and status")
        case .reportCategory2: return ("类别", "category")
        case .reportTotal: return ("合计", "total")
        case .reportByStatus: return ("按状态", "By status")
        case .reportStatus2: return ("状态", "status")
        case .reportCount: return ("数量", "count")
        case .reportLate2: return ("未在24小时内响应", "Not acknowledged within 24 h")
        case .reportId2: return ("编号", "id")
        case .reportEnterprise2: return ("企业", "enterprise")
        case .reportRaisedAt: return ("提出时间", "raised at")
        case .reportHoursToAcknowledge: return ("响应时长(小时)", "hours to acknowledge")
        case .reportStatus3: return ("状态", "status")
        case .reportSummary2: return ("摘要", "summary")
        case .reportOverdue2: return ("逾期诉求", "Overdue needs")
        case .reportProjects: return ("{0}年科技项目红黄绿灯", "Project early warning {0}")
        case .reportRed: return ("红灯", "red")
        case .reportYellow: return ("黄灯", "yellow")
        case .reportGreen: return ("绿灯", "green")
        case .reportBackToGreen: return ("本年转为绿灯", "brought back to green")
        case .reportReplans: return ("本年调整计划次数", "milestones re-planned")
        case .reportWarnings: return ("红灯与黄灯项目", "Red and yellow projects")
        case .reportId3: return ("编号", "id")
        case .reportProject: return ("项目", "project")
        case .reportEnterprise3: return ("企业", "enterprise")
        case .reportLight: return ("灯", "light")
        case .reportReason: return ("原因", "reason")
        case .reportBackToGreen2: return ("本年转为绿灯的项目", "Projects brought back to green")
        case .reportId4: return ("编号", "id")
        case .reportProject2: return ("项目", "project")
        case .reportEnterprise4: return ("企业", "enterprise")
        case .reportGreenOn: return ("转绿日期", "green again on")
        case .reportRank: return ("名次", "rank")
        case .reportEnterprise5: return ("企业", "enterprise")
        case .reportScore: return ("总分", "score")
        case .reportNPoints: return ("{0}得分", "{0} points")
        case .reportFlag: return ("标记", "flag")
        case .reportRanking: return ("{0}年入库企业动态监测排名", "Dynamic ranking of pool enterprises {0}")
        case .reportRankingDate: return ("排名日期", "ranking date")
        case .reportWeightN: return ("权重 {0}", "weight {0}")
        case .reportCommissioner2: return ("专员", "commissioner")
        case .reportSatisfactionRateN: return ("第{0}轮满意率", "round {0} satisfaction")
        case .reportBelowTargetN: return ("第{0}轮低于目标", "round {0} below target")
        case .reportSatisfactionRate: return ("全年满意率", "year satisfaction")
        case .reportCommissioners: return ("{0}年科技专员绩效", "Commissioner performance {0}")
        case .reportSatisfactionRate2: return ("企业满意率(4-5分)", "satisfaction rate (rated 4-5)")
        case .reportSatisfactionTarget: return ("满意率目标", "satisfaction target")
        case .reportBelowTarget: return ("低于目标", "below target")
        case .reportRatedVisits: return ("评分走访数", "rated visits")
        case .reportCommissioners2: return ("专员绩效", "Performance")
        case .reportCommissioner3: return ("专员", "commissioner")
        case .reportCoverage1: return ("第1轮覆盖", "round 1 coverage")
        case .reportCoverage2: return ("第2轮覆盖", "round 2 coverage")
        case .reportCoverage3: return ("第3轮覆盖", "round 3 coverage")
        case .reportNeeds2: return ("诉求数", "needs")
        case .reportAcknowledgedWithin24h2: return ("24小时响应率", "acknowledged in 24 h")
        case .reportResolved: return ("已解决", "resolved")
        case .reportBackToGreen3: return ("转绿项目", "projects back to green")
        case .reportVisits: return ("走访数", "visits")
        case .reportRatedVisits2: return ("评分走访", "rated visits")
        case .reportSatisfactionRate3: return ("满意率", "satisfaction rate")
        case .reportBelowTarget2: return ("低于目标", "below target")
        case .reportSatisfactionByRound: return ("分轮满意率", "Satisfaction by round")
        case .reportPool: return ("库", "pool")
        case .reportEnterprises: return ("在库企业", "enterprises")
        case .reportCertified: return ("已认定高企", "certified high-tech")
        case .reportNoStage: return ("未定阶段", "no stage")
        case .reportOutcomes: return ("{0}年培育成效", "Cultivation outcomes {0}")
        case .reportHighTechCertified: return ("认定高新技术企业", "certified high-tech")
        case .reportTechSmeRegistered: return ("评价入库科技型中小企业", "registered tech SMEs")
        case .reportOtherCertified: return ("其他认定", "other certifications")
        case .reportStageMoves: return ("阶段变动", "stage moves")
        case .reportProjectsFunded: return ("立项项目", "projects funded")
        case .reportFundsGranted: return ("资助经费(万元)", "funds granted (10k yuan)")
        case .reportStages: return ("各库培育阶段（{0}）", "Stages by pool ({0})")
        case .reportCertifications: return ("本年认定", "Certifications this year")
        case .reportEnterprise6: return ("企业", "enterprise")
        case .reportKind: return ("类别", "kind")
        case .reportDate: return ("日期", "date")
        case .reportNumber: return ("证书编号", "number")
        case .reportCommissioner4: return ("专员", "commissioner")
        case .reportByCommissioner: return ("按专员", "By commissioner")
        case .reportCommissioner5: return ("专员", "commissioner")
        case .reportStageMoves2: return ("阶段变动", "stage moves")
        case .reportHighTechCertified2: return ("认定高企", "certified high-tech")
        case .reportTechSmeRegistered2: return ("科小入库", "tech SMEs registered")
        case .reportProjectsFunded2: return ("立项项目", "projects funded")
        case .reportFundsGranted2: return ("资助经费(万元)", "funds granted (10k yuan)")
        case .reportRule: return ("应走访：本轮窗口内（至评价日）在任一库中的企业，归属评价日（本轮最后一天，进行中的轮次为今天）负责的专员；任何方式的走访都计入覆盖，另列上门数。", "Due: enterprises in a pool during the round's window (up to the day it is judged on), counted for the commissioner responsible on that day (the round's last day, or today while under way). A visit of any mode counts; on-site visits are shown apart.")
        case .reportRule2: return ("24小时响应率 = 24小时内首次响应的诉求 ÷ 24小时期限已到的诉求（提出不足24小时且未响应的不计）；响应时间早于提出时间视为未按时。", "Acknowledged within 24 h = needs first answered within 24 h ÷ needs whose 24 h are over (unanswered needs younger than 24 h are left out); a response stamped before the raise counts as not on time.")
        case .reportRule3: return ("红灯：有节点逾期未完成，或项目已结束仍有节点未完成；黄灯：有未完成节点在预警期内到期，或经人工预警；其余为绿灯。转绿：本年内某日为红/黄灯、其后某日为绿灯的项目（每个项目计一次），按当日的节点、计划调整与预警记录逐日推算。", "Red: a milestone past due and undone, or the project ended with milestones undone. Yellow: an undone milestone due within the warning window, or raised by a person. Green otherwise. Brought back to green: red or yellow on some day of the year and green on a later day (once per project), computed day by day from the milestones, re-plans and flags as they stood.")
        case .reportRule4: return ("参与排名：排名日期当天在库的企业。每项指标在本库内按最小—最大归一（最小0、最大1，全库相同则为1，缺数据为0），乘以该项权重占权重合计的比例再乘100得该项得分；总分为各项得分之和（满分100）。同分按企业名称排序。权重：{0}。", "Ranked: enterprises in the pool on the ranking date. Each indicator is min–max normalised within the pool (lowest 0, highest 1; 1 when all are equal; 0 when missing), times its weight's share of the total weight, times 100: its points. The score is the sum of the points (at most 100). Ties are ordered by name. Weights: {0}.")
        case .reportRule5: return ("满意率 = 评为4或5分的走访 ÷ 有评分的走访（按走访专员计）；低于目标：满意率低于区设目标（默认97%）。诉求计入提出当日负责的专员（已指定责任人的计入责任人）；转绿项目计入转绿当日负责该企业的专员。", "Satisfaction rate = visits rated 4 or 5 ÷ rated visits (by the visiting commissioner); below target: under the zone's target (97 % by default). A need counts for its owner, else the commissioner responsible for its enterprise on the day it was raised; a project brought back to green counts for the commissioner responsible on the day it turned green.")
        case .reportRule6: return ("认定、阶段变动按其日期计入当年，计入当日负责该企业的专员；立项项目按开始日期计入当年；阶段为评价日的阶段，已认定高企的企业结束培育。", "Certifications and stage moves count in the year of their date, for the commissioner responsible on that day; projects count in the year they start. Stages are as of the report's day; a high-tech certification ends the cultivation path.")
        case .lightReasonOverdue: return ("节点“{0}”应于 {1} 完成，尚未完成", "milestone {0} was due {1} and is not done")
        case .lightReasonDueSoon: return ("节点“{0}”将于 {1} 到期", "milestone {0} is due {1}")
        case .lightReasonEndedUndone: return ("项目已于 {0} 结束，仍有节点未完成", "the project ended {0} with milestones undone")
        case .lightReasonFlagged: return ("人工预警（{0}）：{1}", "raised to {0} by a person: {1}")
        case .lightReasonFlaggedUntil: return ("人工预警（{0}）：{1}，至 {2}", "raised to {0} by a person: {1} (until {2})")
        case .reportTop: return ("前{0}名", "top {0}")
        case .reportBottom: return ("后{0}名", "bottom {0}")
        case .apUsage: return ("用法：", "USAGE:")
        case .apArguments: return ("参数：", "ARGUMENTS:")
        case .apOptions: return ("选项：", "OPTIONS:")
        case .apSubcommands: return ("子命令：", "SUBCOMMANDS:")
        case .apOverview: return ("概述：", "OVERVIEW:")
        case .apShowHelp: return ("显示帮助。", "Show help information.")
        case .apShowVersion: return ("显示版本。", "Show the version.")
        case .apSeeHelp: return ("用 fieldsync help <子命令> 查看详细帮助。", "See 'fieldsync help <subcommand>' for detailed help.")
        case .apDefault: return ("（默认：", "(default: ")
        case .apValues: return ("（可选值：", "(values: ")
        case .hRecordRef: return ("记录：名称、编号或编号前缀（企业也可用统一社会信用代码）。", "The record: its name, id or id prefix (an enterprise also by credit code).")
        case .hName: return ("名称。", "The name.")
        case .hEnterpriseRef: return ("企业：名称（或其独有的一部分）、统一社会信用代码或编号。", "The enterprise: name (or a part only it has), credit code or id.")
        case .hSummary: return ("摘要。", "A short summary.")
        case .hOwner: return ("责任专员（姓名或编号）。", "The commissioner who owns it (name or id).")
        case .hIndustry: return ("所属行业。", "The industry.")
        case .hContact: return ("联系人及电话。", "The contact person and phone.")
        case .hAddress: return ("地址。", "The address.")
        case .hValue: return ("取值。", "The value.")
        case .hYear: return ("年度。", "The year.")
        case .hVisitRef: return ("提出该诉求的走访（编号）。", "The visit it was raised on (id).")
        case .hStatusFilter: return ("只列该状态的诉求（待响应/已响应/办理中/已解决/已关闭/不予受理）。", "Only needs with this status (待响应/已响应/办理中/已解决/已关闭/不予受理).")
        case .hStart: return ("开始日期（YYYY-MM-DD）。", "The first day (YYYY-MM-DD).")
        case .hEnd: return ("结束日期（YYYY-MM-DD）。", "The last day (YYYY-MM-DD).")
        case .hPhone: return ("电话号码。", "The phone number.")
        case .hNote: return ("备注。", "A note.")
        case .hField: return ("有冲突的字段（按 `conflicts show` 的写法）。", "The field in conflict (as `conflicts show` names it).")
        case .hCommissionerRef: return ("科技专员：姓名或编号。", "The commissioner: name or id.")
        case .hSettingKey: return ("设置项。", "The setting.")
        case .pullDidNotAdvance: return ("服务器对 {0} 之后的拉取答复“还有更多”，却停在 {1}，没有前进，同步已停止（该页未写入任何内容）。", "The server answered a pull after {0} with more to come but up to {1}: it does not move on, so the sync stops (nothing of that page was applied).")
        case .answerTooLarge: return ("服务器的应答超过 {0}，已拒绝，未写入任何内容。", "The server's answer exceeds {0}; it was refused and nothing of it applied.")
        case .counterOfAnotherReplica: return ("记录 {0}/{1} 称副本 {2} 对它写了 {3} 次，但服务器只知道 {4} 次：只有副本自己能增加自己的计数；推送被拒绝。", "Record {0}/{1} says replica {2} made {3} writes to it, but the server knows of {4}: only a replica may raise its own counter; the push is refused.")
        case .counterTooLarge: return ("记录 {0}/{1} 称一个副本写了 {2} 次，超过任何笔记本可能的次数；推送被拒绝。", "Record {0}/{1} claims {2} writes by one replica, more than any laptop can make; the push is refused.")
        case .hlcInTheFuture: return ("记录 {0}/{1} 的字段 {2} 带有比服务器时钟快三年以上的写入时间；请检查笔记本时钟。推送被拒绝。", "Record {0}/{1} carries a write to {2} stamped more than three years ahead of the server clock; check the laptop clock. The push is refused.")
        case .controlCharacterInText: return ("{0}含有控制字符（“{1}”）；请去掉转义序列等控制字符后再输入。", "{0} holds a control character (\"{1}\"); type it without escape sequences or other control characters.")
        case .zoneMismatch: return ("这台笔记本属于园区“{0}”，服务器拒绝了它：{1}", "This laptop belongs to zone {0}, and the server refuses it: {1}")
        case .viewerCannotPush: return ("这台笔记本的令牌是查看者令牌：只能拉取园区数据，不能推送。", "This laptop's token is a viewer's: it may pull the zone but not push.")
        case .viewerPulledButCannotPush: return ("已拉取 {0} 条记录；{1} 条本机修改未推送：这台笔记本的令牌是查看者令牌（请向办公室申请专员令牌）。", "Pulled {0} records; {1} local changes were not pushed: this laptop's token is a viewer's (ask the office for a commissioner's token).")
        case .viewerLaptopReadOnly: return ("这台笔记本使用查看者令牌同步：只能查看园区数据，不能录入（请向办公室申请专员令牌）。", "This laptop syncs with a viewer's token: it shows the zone but records nothing (ask the office for a commissioner's token).")
        }
    }
}
