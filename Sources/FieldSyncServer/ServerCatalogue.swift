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
    ] + repairCatalogue
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
