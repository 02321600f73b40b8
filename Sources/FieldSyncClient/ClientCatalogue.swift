import FieldSyncCore

/// The sync client's words: why a sync stopped, in the reader's language.
extension MessageKey {
    // fieldsync/Commands/SyncCommand.swift
    package static let historyDiverged = MessageKey("historyDiverged", zh: "服务器以本机副本编号收到的记录与本数据库不一致：本数据库是副本或从备份恢复。", en: "The server's history for this laptop's replica id differs from this store's: the store is a copy or a restore.")
    package static let tokenOfAnotherLaptop = MessageKey("tokenOfAnotherLaptop", zh: "这个令牌已属于另一台笔记本的数据库；请向办公室申请本机自己的令牌，或请办公室运行 `fieldsync-server token rebind 令牌名称` 后再同步。", en: "This token belongs to another laptop's store; ask the office for a token of this laptop's own, or for `fieldsync-server token rebind TOKEN-NAME`, then sync again.")
    package static let laptopOfAnotherToken = MessageKey("laptopOfAnotherToken", zh: "本机登记在另一个令牌名下（例如离职专员的令牌）；请办公室用 `fieldsync-server token create --name 新名称 --role commissioner --takes-over 旧令牌名` 让新令牌接管本机，再同步。", en: "This laptop is registered under another token (a leaver's, say); ask the office to run `fieldsync-server token create --name NEW --role commissioner --takes-over OLD-TOKEN` so the new token takes this laptop over, then sync again.")
    package static let replicaKeyMismatch = MessageKey("replicaKeyMismatch", zh: "服务器记下的本机副本密钥与本数据库的不同：本数据库不能以这个副本编号同步；请联系办公室。", en: "The server holds another replica key for this laptop's replica id: this store cannot sync as it; contact the office.")
    package static let tooManyReplicas = MessageKey("tooManyReplicas", zh: "这个令牌登记的副本编号已达上限；请向办公室申请本机自己的令牌。", en: "This token has registered as many replica ids as it may; ask the office for a token of this laptop's own.")
    // FieldSyncClient/SyncEngine.swift
    package static let serverSAnswerWas = MessageKey("serverSAnswerWas", zh: "服务器的应答被截断或已损坏（{0}）。", en: "The server's answer was cut short or garbled ({0}).")
    package static let serverSCertificateCould = MessageKey("serverSCertificateCould", zh: "无法验证服务器证书（{0}）；请用 --cacert 给出办公室的 CA，切勿关闭验证。", en: "The server's certificate could not be verified ({0}); give the office CA with --cacert, never turn verification off.")
    package static let serverCannotReached = MessageKey("serverCannotReached", zh: "无法连接服务器 {0}（{1}）。", en: "The server at {0} cannot be reached ({1}).")
    package static let serverRefusedToken = MessageKey("serverRefusedToken", zh: "服务器拒绝了令牌：{0}", en: "The server refused the token: {0}")
    package static let tokenUnknownOrRevoked = MessageKey("tokenUnknownOrRevoked", zh: "服务器拒绝了令牌：该令牌不存在或已被撤销；请向办公室要新的令牌（fieldsync config set token）。", en: "The server refused the token: it is unknown or revoked; ask the office for a new one (fieldsync config set token).")
    package static let tryBatchSizeSmaller = MessageKey("tryBatchSizeSmaller", zh: "{0}（请用 --batch-size 设一个更小的数）", en: "{0} (try --batch-size with a smaller number)")
    package static let serverBusy = MessageKey("serverBusy", zh: "服务器繁忙：{0}", en: "The server is busy: {0}")
    package static let serverFailed = MessageKey("serverFailed", zh: "服务器出错：{0}", en: "The server failed: {0}")
    package static let serverRefusedRequest = MessageKey("serverRefusedRequest", zh: "服务器拒绝了请求：{0}", en: "The server refused the request: {0}")
    package static let cannotCreateLockFile = MessageKey("cannotCreateLockFile", zh: "无法创建锁文件 {0}。", en: "Cannot create the lock file {0}.")
    package static let anotherSyncStoreRunning = MessageKey("anotherSyncStoreRunning", zh: "本数据库的另一次同步正在进行；请等它结束后再试。", en: "Another sync of this store is running; try again when it has finished.")
    // CLI
    package static let serverProtocolMismatch = MessageKey("serverProtocolMismatch", zh: "服务器不接受本机的同步协议：{0}（请更新 FieldSync）。", en: "The server does not accept this laptop's sync protocol: {0} (update FieldSync).")
    package static let serverSaid = MessageKey("serverSaid", zh: "服务器答复：{0}", en: "The server says: {0}")
    package static let pullDidNotAdvance = MessageKey("pullDidNotAdvance", zh: "服务器对 {0} 之后的拉取答复“还有更多”，却停在 {1}，没有前进，同步已停止（该页未写入任何内容）。", en: "The server answered a pull after {0} with more to come but up to {1}: it does not move on, so the sync stops (nothing of that page was applied).")
    package static let answerTooLarge = MessageKey("answerTooLarge", zh: "服务器的应答超过 {0}，已拒绝，未写入任何内容。", en: "The server's answer exceeds {0}; it was refused and nothing of it applied.")
    package static let zoneMismatch = MessageKey("zoneMismatch", zh: "这台笔记本属于园区“{0}”，服务器拒绝了它：{1}", en: "This laptop belongs to zone {0}, and the server refuses it: {1}")
    package static let viewerCannotPush = MessageKey("viewerCannotPush", zh: "这台笔记本的令牌是查看者令牌：只能拉取园区数据，不能推送。", en: "This laptop's token is a viewer's: it may pull the zone but not push.")
    package static let viewerPulledButCannotPush = MessageKey("viewerPulledButCannotPush", zh: "已拉取 {0} 条记录；{1} 条本机修改未推送：这台笔记本的令牌是查看者令牌（请向办公室申请专员令牌）。", en: "Pulled {0} records; {1} local changes were not pushed: this laptop's token is a viewer's (ask the office for a commissioner's token).")

    /// Every key of this catalogue, for its test (``MessageKey/problems(_:neutral:)``).
    package static let syncCouldNotStart = MessageKey("syncCouldNotStart", zh: "同步未能进行：{0}", en: "The sync could not run: {0}")

    package static let clientCatalogue: [MessageKey] = [
        .syncCouldNotStart,
        .historyDiverged, .tokenOfAnotherLaptop, .laptopOfAnotherToken, .replicaKeyMismatch, .tooManyReplicas, .serverSAnswerWas,
        .serverSCertificateCould, .serverCannotReached, .serverRefusedToken, .tokenUnknownOrRevoked, .tryBatchSizeSmaller,
        .serverBusy, .serverFailed, .serverRefusedRequest,
        .cannotCreateLockFile, .anotherSyncStoreRunning, .serverProtocolMismatch, .serverSaid,
        .pullDidNotAdvance, .answerTooLarge, .zoneMismatch, .viewerCannotPush, .viewerPulledButCannotPush,
    ]
}
