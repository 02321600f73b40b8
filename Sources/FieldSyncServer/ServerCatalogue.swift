import FieldSyncCore

/// The words of the server's rules that a laptop shows its reader (a refused push names its record).
extension MessageKey {
    // FieldReplica Replica+Apply.swift
    package static let recordCarriesEntryWritten = MessageKey("recordCarriesEntryWritten", zh: "记录 {0}/{1} 带有 {3} 的写入 {2}，由另一个副本写入且服务器从未收到过；推送被拒绝。", en: "Record {0}/{1} carries entry {2} of {3}, written by another replica and never held by the server; the push is refused.")
    package static let recordSaysReplicaMade = MessageKey("recordSaysReplicaMade", zh: "记录 {0}/{1} 称副本 {2} 对它写了 {3} 次，但服务器已收到 {4} 次：本数据库是从备份恢复的，推送前必须换用新的副本编号。", en: "Record {0}/{1} says replica {2} made {3} writes to it, but the server already holds {4}: this store was restored from a backup and must take a new replica id before it pushes.")
    // CLI
    package static let counterOfAnotherReplica = MessageKey("counterOfAnotherReplica", zh: "记录 {0}/{1} 称副本 {2} 对它写了 {3} 次，但服务器只知道 {4} 次：只有副本自己能增加自己的计数；推送被拒绝。", en: "Record {0}/{1} says replica {2} made {3} writes to it, but the server knows of {4}: only a replica may raise its own counter; the push is refused.")
    package static let counterTooLarge = MessageKey("counterTooLarge", zh: "记录 {0}/{1} 称一个副本写了 {2} 次，超过任何笔记本可能的次数；推送被拒绝。", en: "Record {0}/{1} claims {2} writes by one replica, more than any laptop can make; the push is refused.")
    package static let laptopRecordOfAnother = MessageKey("laptopRecordOfAnother", zh: "笔记本记录 {0} 只能由该笔记本自己写入，副本 {1} 不能修改它；推送被拒绝。", en: "The laptop record {0} is written by that laptop only; replica {1} may not change it. The push is refused.")
    package static let fieldOmitted = MessageKey("fieldOmitted", zh: "记录 {0}/{1} 的状态已包含字段 {2} 的写入 {3}，却没有带上该字段：这会在所有笔记本上抹掉它；推送被拒绝。", en: "Record {0}/{1} has seen write {3} of {2} but leaves the field out: that would erase it on every laptop. The push is refused.")
    package static let entryRestamped = MessageKey("entryRestamped", zh: "记录 {0}/{1} 的写入 {2}（字段 {3}）带有与服务器所存不同的时间戳：写入一旦保存就不可更改；推送被拒绝。", en: "Record {0}/{1} carries write {2} of {3} with another stamp than the server holds: a write never changes once stored. The push is refused.")
    package static let pushBodyMalformed = MessageKey("pushBodyMalformed", zh: "推送内容有误：{0}", en: "The push body is malformed: {0}")
    package static let hlcInTheFuture = MessageKey("hlcInTheFuture", zh: "记录 {0}/{1} 的字段 {2} 带有比服务器时钟快三年以上的写入时间；请检查笔记本时钟。推送被拒绝。", en: "Record {0}/{1} carries a write to {2} stamped more than three years ahead of the server clock; check the laptop clock. The push is refused.")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let serverCatalogue: [MessageKey] = [
        .recordCarriesEntryWritten, .recordSaysReplicaMade, .counterOfAnotherReplica, .counterTooLarge,
        .hlcInTheFuture, .laptopRecordOfAnother, .entryRestamped, .fieldOmitted, .pushBodyMalformed,
    ] + repairCatalogue + serverCommandCatalogue
}

extension MessageKey {
    // fieldsync-server record show|purge (RecordRepair.swift)
    package static let repairStampAhead = MessageKey("repairStampAhead", zh: "记录 {0}/{1} 的字段 {2} 的写入 {3} 的时间戳比服务器时钟快三年以上。", en: "Record {0}/{1} holds write {3} of {2} stamped more than three years ahead of the server clock.")
    package static let repairNothingToDo = MessageKey("repairNothingToDo", zh: "记录 {0}/{1} 没有违反任何规则，无需修复（要删除它请加 --delete）。", en: "Record {0}/{1} breaks no rule: there is nothing to repair (add --delete to delete it).")
    package static let repairNoRecord = MessageKey("repairNoRecord", zh: "区域 {0} 中没有记录 {1}/{2}。", en: "Zone {0} holds no record {1}/{2}.")
    package static let repairChangedMeanwhile = MessageKey("repairChangedMeanwhile", zh: "记录 {0}/{1} 在修复期间被推送修改了；请重新查看后再修复。", en: "Record {0}/{1} changed while it was being repaired; show it again and repeat the repair.")

    /// Every key of the repair's words, for the catalogue's test.
    package static let repairCatalogue: [MessageKey] = [.repairStampAhead, .repairNothingToDo, .repairNoRecord, .repairChangedMeanwhile]
}

extension MessageKey {
    // fieldsync-server's own help (ServerCommand.swift), in both languages.
    package static let srvAbstract = MessageKey("srvAbstract", zh: "FieldSync 中心同步服务器。", en: "FieldSync's central sync server.")
    package static let srvHDb = MessageKey("srvHDb", zh: "内置存储的文件（默认：$FIELDSYNC_SERVER_DB 或 ./fieldsync-server.db）。", en: "The embedded store's file (default: $FIELDSYNC_SERVER_DB or ./fieldsync-server.db).")
    package static let srvHDatabase = MessageKey("srvHDatabase", zh: "PostgreSQL 存储：postgres://user@host:port/database[?sslmode=disable|prefer|require]（也可用 $FIELDSYNC_DATABASE_URL）。密码来自 $FIELDSYNC_DATABASE_PASSWORD 或 --database-password-file，绝不写在网址里。", en: "A PostgreSQL store: postgres://user@host:port/database[?sslmode=disable|prefer|require] (also $FIELDSYNC_DATABASE_URL). The password comes from $FIELDSYNC_DATABASE_PASSWORD or --database-password-file, never this URL.")
    package static let srvHPasswordFile = MessageKey("srvHPasswordFile", zh: "存放数据库密码的文件（取第一行）。", en: "A file holding the database password (its first line).")
    package static let srvServe = MessageKey("srvServe", zh: "提供同步接口（就绪后 GET /health 可用）；收到 SIGTERM 时完成正在处理的批次后停止。", en: "Serve the sync API (GET /health when ready); SIGTERM finishes the batch in flight and stops.")
    package static let srvHPort = MessageKey("srvHPort", zh: "0 表示自动选一个空闲端口，并打印所选端口。", en: "0 picks a free port; the chosen one is printed.")
    package static let srvHMaxBody = MessageKey("srvHMaxBody", zh: "请求体的最大大小（MiB）。", en: "Largest request body, in MiB.")
    package static let srvHMaxPushes = MessageKey("srvHMaxPushes", zh: "同时合并的推送数；更多的推送会被告知稍后重试（503）。", en: "Pushes merged at once; more are told to retry (503).")
    package static let srvHIdle = MessageKey("srvHIdle", zh: "连接无数据多少秒后关闭。", en: "Seconds a connection may stay silent before it is closed.")
    package static let srvHMetricsListen = MessageKey("srvHMetricsListen", zh: "仅本机回环地址 HOST:PORT（端口 0 自动选择），无需令牌即可 GET /metrics，供本机的监控采集；主地址上的 /metrics 需要管理员令牌。", en: "A loopback HOST:PORT (port 0 picks one) serving GET /metrics without a token, for a scraper on this machine; on the main address /metrics needs an admin token.")
    package static let srvHBodyTimeout = MessageKey("srvHBodyTimeout", zh: "推送被接纳后，其请求体须在多少秒内全部到达（超时回 408）。", en: "Seconds a push's whole body may take to arrive once admitted (408 after).")
    package static let srvHTlsCert = MessageKey("srvHTlsCert", zh: "PEM 证书链；与 --tls-key 一起使用时提供 HTTPS。", en: "PEM certificate chain; with --tls-key, serve HTTPS.")
    package static let srvHTlsKey = MessageKey("srvHTlsKey", zh: "--tls-cert 对应的 PEM 私钥。", en: "PEM private key of --tls-cert.")
    package static let srvToken = MessageKey("srvToken", zh: "访问令牌（只保存哈希）。", en: "Access tokens (stored hashed).")
    package static let srvTokenCreate = MessageKey("srvTokenCreate", zh: "创建令牌；令牌只打印这一次。", en: "Create a token; it is printed once.")
    package static let srvHRole = MessageKey("srvHRole", zh: "admin（管理员）| commissioner（科技专员）| viewer（只读）", en: "admin | commissioner | viewer")
    package static let srvHTakesOver = MessageKey("srvHTakesOver", zh: "同一区内一个已撤销的令牌，其笔记本（副本编号与密钥）转给新令牌：离任专员的笔记本用新令牌即可同步最后的工作。", en: "A revoked token of the same zone whose laptops (replica ids and keys) pass to this one: a leaver's laptop then syncs its last work with the new token.")
    package static let srvTokenList = MessageKey("srvTokenList", zh: "列出令牌（从不显示令牌本身）。", en: "List tokens (never their secrets).")
    package static let srvTokenRevoke = MessageKey("srvTokenRevoke", zh: "按名称撤销令牌。", en: "Revoke a token by name.")
    package static let srvTokenRebind = MessageKey("srvTokenRebind", zh: "允许某令牌的下一台新笔记本在没有旧存储的情况下登记（笔记本连同数据丢失时）。", en: "Let a token's next new laptop register without its old store (a laptop lost with its data).")
    package static let srvRecord = MessageKey("srvRecord", zh: "查看或修复任何笔记本都无法读取的已存记录（管理员，在服务器主机上）。", en: "Inspect or repair a stored record no laptop can read (admin, on the server's host).")
    package static let srvHRecordId = MessageKey("srvHRecordId", zh: "记录编号（UUID）。", en: "The record's id (a UUID).")
    package static let srvHZone = MessageKey("srvHZone", zh: "记录所在的区。", en: "The zone holding the record.")
    package static let srvRecordShow = MessageKey("srvRecordShow", zh: "按原样打印已存记录、它违反的规则以及修复记录。", en: "Print a stored record as it is, the rules it breaks, and its repairs.")
    package static let srvHShowJson = MessageKey("srvHShowJson", zh: "输出 JSON：{zone, table, id, seq, origin, record, problems, repairs}。", en: "Print JSON: {zone, table, id, seq, origin, record, problems, repairs}.")
    package static let srvRecordPurge = MessageKey("srvRecordPurge", zh: "以服务器修复副本的身份修复已存记录（留审计记录）；各笔记本下次同步时取得修复后的记录。", en: "Repair a stored record as the server's repair replica (audited); laptops take it on their next sync.")
    package static let srvHBy = MessageKey("srvHBy", zh: "由谁修复（记入审计）。", en: "Who repairs it (kept in the audit).")
    package static let srvHReason = MessageKey("srvHReason", zh: "修复原因（记入审计）。", en: "Why (kept in the audit).")
    package static let srvHDelete = MessageKey("srvHDelete", zh: "同时删除该记录。", en: "Also delete the record.")
    package static let srvMigrate = MessageKey("srvMigrate", zh: "把 PostgreSQL 存储的结构升级到本版本（Schema/server/postgres/）；内置存储在打开时自行升级。", en: "Bring a PostgreSQL store's schema to this build's (Schema/server/postgres/); the embedded store migrates itself on opening.")
    package static let srvMigrateStore = MessageKey("srvMigrateStore", zh: "把整个服务器存储（令牌、副本、各区及其序号）复制到一个空存储。", en: "Copy a whole server store (tokens, replicas, every zone with its sequences) into an empty one.")
    package static let srvHFrom = MessageKey("srvHFrom", zh: "复制来源存储（SQLite 文件）。", en: "The store to copy from (a SQLite file).")
    package static let srvHTo = MessageKey("srvHTo", zh: "复制目标存储：新的 SQLite 文件，或 postgres://…（密码取自 $FIELDSYNC_DATABASE_PASSWORD）。", en: "The store to copy into: a new SQLite file, or postgres://… (password from $FIELDSYNC_DATABASE_PASSWORD).")
    package static let srvHTargetPasswordFile = MessageKey("srvHTargetPasswordFile", zh: "存放目标数据库密码的文件。", en: "A file holding the target database's password.")
    package static let srvExport = MessageKey("srvExport", zh: "按序号顺序把一个区的记录打印为 JSON 行（{\"seq\", \"record\"}）。", en: "Print a zone's records as JSON lines ({\"seq\", \"record\"}), in sequence order.")
    package static let srvHAfter = MessageKey("srvHAfter", zh: "只输出此序号之后的记录。", en: "Only records after this sequence.")
    package static let srvHRecordTable = MessageKey("srvHRecordTable", zh: "记录所在的表：{0}。", en: "The record's table: {0}.")
    package static let srvApUsage = MessageKey("srvApUsage", zh: "用法：", en: "USAGE:")
    package static let srvApArguments = MessageKey("srvApArguments", zh: "参数：", en: "ARGUMENTS:")
    package static let srvApOptions = MessageKey("srvApOptions", zh: "选项：", en: "OPTIONS:")
    package static let srvApSubcommands = MessageKey("srvApSubcommands", zh: "子命令：", en: "SUBCOMMANDS:")
    package static let srvApOverview = MessageKey("srvApOverview", zh: "概述：", en: "OVERVIEW:")
    package static let srvApShowHelp = MessageKey("srvApShowHelp", zh: "显示帮助。", en: "Show help information.")
    package static let srvApShowVersion = MessageKey("srvApShowVersion", zh: "显示版本。", en: "Show the version.")
    package static let srvApSeeHelp = MessageKey("srvApSeeHelp", zh: "用 fieldsync-server help <子命令> 查看详细帮助。", en: "See 'fieldsync-server help <subcommand>' for detailed help.")
    package static let srvApDefault = MessageKey("srvApDefault", zh: "（默认：", en: "(default: ")

    package static let srvDiscussion1 = MessageKey("srvDiscussion1", zh: "令牌的副本是它首次同步所用的存储，以及该存储换用的编号和副本，由存储的副本密钥证明。重新初始化的笔记本（新的 `fieldsync init`）密钥不同，会被拒绝；执行 `token rebind NAME` 后，NAME 的下一个新副本可免证明登记一次。令牌原有的副本仍归它。若旧笔记本被盗，请撤销该令牌并另建新令牌。", en: "A token's replicas are the store it first synced from and that store's rotations and copies, proven by the store's replica key. A laptop set up afresh (a new `fieldsync init`) has another key and is refused; after `token rebind NAME` the next new replica of NAME is registered once without that proof. The token's earlier replicas stay its own. If the old laptop was stolen, revoke the token and create a new one instead.")
    package static let srvDiscussion2 = MessageKey("srvDiscussion2", zh: "在取值规则与上限生效之前存下的记录（名称含 NUL、19 位金额、9999 年的日期、数万次写入）会被每台拉取它的笔记本搁置。`record show` 按原样打印它及其违反的每条规则和修复记录；`record purge` 以服务器修复副本的身份改写它（每个坏字段改回其正常取值中显示的那个，或清空），记下由谁、为何修复，各笔记本下次同步时取得修复后的记录。", en: "A record stored before the value rule and the caps (a NUL in a name, a 19-digit amount, a date in year 9999, tens of thousands of writes) is kept aside by every laptop that pulls it. `record show` prints it as stored with every rule it breaks and the repairs made to it; `record purge` rewrites it as the server's repair replica (each bad field back to the value shown among its good entries, or empty), audited with who and why, and every laptop takes the repaired record on its next sync.")
    package static let srvDiscussion3 = MessageKey("srvDiscussion3", zh: "--from 是内置存储（服务器结构，或早期的笔记本格式文件均可）；--to 是新的 SQLite 文件，或已迁移的空 postgres:// 数据库。序号保持不变，笔记本的检查点仍然有效，无需重新拉取。请先停止服务器。", en: "--from is an embedded store (either layout: the server schema, or the earlier laptop-format files); --to is a new SQLite file or a migrated, empty postgres:// database. Sequences are kept, so laptops' checkpoints stay valid and nobody re-pulls. Stop the server first.")

    package static let srvHTokenName = MessageKey("srvHTokenName", zh: "令牌的名称（人名或用途，如 张伟、夜间任务）。", en: "The token's name (a person or a job, e.g. 张伟).")

    package static let srvApSeeHelpFor = MessageKey("srvApSeeHelpFor", zh: "用 fieldsync-server help {0} <子命令> 查看详细帮助。", en: "See 'fieldsync-server help {0} <subcommand>' for detailed help.")

    package static let srvNoTable = MessageKey("srvNoTable", zh: "没有表“{0}”；可用的表：{1}。", en: "There is no table \"{0}\"; tables: {1}.")
    package static let srvNotRecordID = MessageKey("srvNotRecordID", zh: "“{0}”不是记录编号（应为 UUID，如 0b7c6f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f）。", en: "\"{0}\" is not a record id (a UUID such as 0b7c6f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f).")
    package static let srvPlainText = MessageKey("srvPlainText", zh: "{0}“{1}”须为 1 到 512 个字符的普通文字。", en: "{0} \"{1}\" must be 1 to 512 characters of plain text.")
    package static let srvBreaksNoRule = MessageKey("srvBreaksNoRule", zh: "未违反任何规则", en: "breaks no rule")
    package static let srvBreaksRules = MessageKey("srvBreaksRules", zh: "违反 {0} 条规则：", en: "breaks {0} rule(s):")
    package static let srvRepairedAt = MessageKey("srvRepairedAt", zh: "{0} 由 {1} 修复（序号 {2}）：{3}", en: "repair at {0} by {1} (seq {2}): {3}")
    package static let srvDeletedAt = MessageKey("srvDeletedAt", zh: "{0} 由 {1} 删除（序号 {2}）：{3}", en: "delete at {0} by {1} (seq {2}): {3}")
    package static let srvPurgeRepaired = MessageKey("srvPurgeRepaired", zh: "已修复 {0}，序号 {1}；它违反的 {2} 条规则：", en: "repaired {0} at seq {1}; {2} rule(s) it broke:")
    package static let srvPurgeDeleted = MessageKey("srvPurgeDeleted", zh: "已删除 {0}，序号 {1}；它违反的 {2} 条规则：", en: "deleted {0} at seq {1}; {2} rule(s) it broke:")

    /// Every key of the server command's words.
    package static let serverCommandCatalogue: [MessageKey] = [
        .srvDiscussion1, .srvDiscussion2, .srvDiscussion3, .srvHTokenName, .srvNoTable, .srvNotRecordID, .srvPlainText, .srvBreaksNoRule,
        .srvBreaksRules, .srvRepairedAt, .srvDeletedAt, .srvPurgeRepaired, .srvPurgeDeleted, .srvApSeeHelpFor, .srvAbstract, .srvHDb, .srvHDatabase, .srvHPasswordFile, .srvServe, .srvHPort, .srvHMaxBody, .srvHMaxPushes, .srvHIdle, .srvHMetricsListen, .srvHBodyTimeout, .srvHTlsCert, .srvHTlsKey, .srvToken, .srvTokenCreate, .srvHRole, .srvHTakesOver, .srvTokenList, .srvTokenRevoke, .srvTokenRebind, .srvRecord, .srvHRecordId, .srvHZone, .srvRecordShow, .srvHShowJson, .srvRecordPurge, .srvHBy, .srvHReason, .srvHDelete, .srvMigrate, .srvMigrateStore, .srvHFrom, .srvHTo, .srvHTargetPasswordFile, .srvExport, .srvHAfter, .srvHRecordTable, .srvApUsage, .srvApArguments, .srvApOptions, .srvApSubcommands, .srvApOverview, .srvApShowHelp, .srvApShowVersion, .srvApSeeHelp, .srvApDefault,
    ]
}
