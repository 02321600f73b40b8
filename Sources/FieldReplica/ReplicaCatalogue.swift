import FieldSyncCore

/// The words of the replica engine: its errors (a damaged, read-only or full store, a reused dot, an uninitialised store).
extension MessageKey {
    // FieldProgramme (was Domain/) Operations+Needs.swift
    package static let hasField = MessageKey("hasField", zh: "{0} 没有字段“{1}”。", en: "{0} has no field \"{1}\".")
    // FieldReplica Replica+Apply.swift
    package static let storeInitialised = MessageKey("storeInitialised", zh: "{0} 处的数据库尚未初始化。", en: "The store at {0} is not initialised.")
    // FieldReplica Replica.swift
    package static let cannotCreateStoreCheck = MessageKey("cannotCreateStoreCheck", zh: "无法在 {0} 创建数据库；请检查该文件夹是否可写。", en: "Cannot create the store at {0}; check that the folder is writable.")
    package static let storeAlreadyInitialisedKeeps = MessageKey("storeAlreadyInitialisedKeeps", zh: "{0} 处的数据库已初始化；保留原有副本编号。", en: "The store at {0} is already initialised; it keeps its replica id.")
    package static let storeInitialisedRunFieldsync = MessageKey("storeInitialisedRunFieldsync", zh: "{0} 处的数据库尚未初始化；请先运行 `fieldsync init --replica-name 名称`。", en: "The store at {0} is not initialised; run `fieldsync init --replica-name NAME` first.")
    package static let mustHold = MessageKey("mustHold", zh: "{0}.{1} 应为{2}，不能是“{3}”。", en: "{0}.{1} must hold a {2}, not \"{3}\".")
    // FieldReplica StoreError.swift
    package static let storeDamaged = MessageKey("storeDamaged", zh: "数据库已损坏：{0}", en: "The store is damaged: {0}")
    package static let readOnlyNothingWas = MessageKey("readOnlyNothingWas", zh: "数据库 {0} 只读，未写入任何内容。请检查文件权限以及磁盘是否以可写方式挂载。", en: "The store {0} is read-only; nothing was written. Check the file's permissions and that its disk is mounted writable.")
    package static let diskHoldingFullNothing = MessageKey("diskHoldingFullNothing", zh: "{0} 所在磁盘已满，未写入任何内容。请清理空间后重试。", en: "The disk holding {0} is full; nothing was written. Free some space and try again.")
    package static let cannotOpenedCheckFolder = MessageKey("cannotOpenedCheckFolder", zh: "无法打开数据库 {0}（{1}）；请检查其文件夹权限。", en: "The store {0} cannot be opened ({1}); check its folder's permissions.")
    package static let couldWrittenNothingWas = MessageKey("couldWrittenNothingWas", zh: "数据库 {0} 写入失败（{1}），未写入任何内容。请检查磁盘。", en: "The store {0} could not be written ({1}); nothing was written. Check the disk.")
    package static let anotherProcessUsingStore = MessageKey("anotherProcessUsingStore", zh: "另一个进程正在使用数据库；请稍后重试。", en: "Another process is using the store; try again in a moment.")
    package static let damagedFieldsyncStore = MessageKey("damagedFieldsyncStore", zh: "数据库文件 {0} 已损坏，或不是 FieldSync 数据库（{1}）。", en: "The store file {0} is damaged or is not a FieldSync store ({1}).")
    package static let sqliteFailed = MessageKey("sqliteFailed", zh: "SQLite 出错：{0}，语句 `{1}`。", en: "SQLite failed: {0} in `{1}`.")
    // fieldsync/Commands/SyncCommand.swift
    package static let storeCouldNotBeCopied = MessageKey("storeCouldNotBeCopied", zh: "无法把数据库复制到 {0}：{1}。", en: "The store could not be copied to {0}: {1}.")
    // FieldReplica MetaCodec.swift
    package static let syncMetadataNamesUnknown = MessageKey("syncMetadataNamesUnknown", zh: "同步元数据引用了未知副本 #{0}。", en: "sync metadata names unknown replica #{0}.")
    package static let syncMetadataDamaged = MessageKey("syncMetadataDamaged", zh: "同步元数据已损坏：{0}。", en: "the sync metadata is damaged: {0}.")
    package static let syncMetadataUnknownFormat = MessageKey("syncMetadataUnknownFormat", zh: "同步元数据的格式版本未知。", en: "sync metadata of an unknown format version.")
    package static let syncMetadataNamesField = MessageKey("syncMetadataNamesField", zh: "同步元数据引用了字段 #{0}。", en: "sync metadata names field #{0}.")
    package static let syncMetadataNamesEvent = MessageKey("syncMetadataNamesEvent", zh: "同步元数据引用了写入 #{0}。", en: "sync metadata names event #{0}.")
    // FieldReplica RowCodec.swift
    package static let columnHoldsBlob = MessageKey("columnHoldsBlob", zh: "列 {0} 存有二进制数据。", en: "column {0} holds a blob.")
    package static let setColumnHolds = MessageKey("setColumnHolds", zh: "集合列存有 {0}。", en: "a set column holds {0}.")
    // CLI
    package static let controlCharacterInText = MessageKey("controlCharacterInText", zh: "{0}含有控制字符（“{1}”）；请去掉转义序列等控制字符后再输入。", en: "{0} holds a control character (\"{1}\"); type it without escape sequences or other control characters.")
    package static let viewerLaptopReadOnly = MessageKey("viewerLaptopReadOnly", zh: "这台笔记本使用查看者令牌同步：只能查看园区数据，不能录入（请向办公室申请专员令牌）。", en: "This laptop syncs with a viewer's token: it shows the zone but records nothing (ask the office for a commissioner's token).")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let replicaCatalogue: [MessageKey] = [
        .hasField, .storeInitialised, .cannotCreateStoreCheck, .storeAlreadyInitialisedKeeps,
        .storeInitialisedRunFieldsync, .mustHold, .storeDamaged, .readOnlyNothingWas, .diskHoldingFullNothing,
        .cannotOpenedCheckFolder, .couldWrittenNothingWas, .anotherProcessUsingStore, .damagedFieldsyncStore,
        .sqliteFailed, .storeCouldNotBeCopied, .syncMetadataNamesUnknown, .syncMetadataDamaged,
        .syncMetadataUnknownFormat, .syncMetadataNamesField, .syncMetadataNamesEvent, .columnHoldsBlob,
        .setColumnHolds, .controlCharacterInText, .viewerLaptopReadOnly,
    ]
}
