import FieldSyncCore

// The words of the report renderer and the office's dashboard, in both languages.
extension MessageKey {
    package static let reportHeading = MessageKey("reportHeading", zh: "{0} · 截至 {1}", en: "{0} · as of {1}")
    package static let howComputed = MessageKey("howComputed", zh: "说明：", en: "How computed: ")
    package static let howComputedTitle = MessageKey("howComputedTitle", zh: "计算方法：", en: "How computed:")
    package static let chartTarget = MessageKey("chartTarget", zh: "目标 {0}", en: "target {0}")
    package static let versusPrevious = MessageKey("versusPrevious", zh: "（较前{0}年 {1}，前期 {2}）", en: " ({1} on the previous {0} year(s): {2})")
    package static let versusPreviousNone = MessageKey("versusPreviousNone", zh: "（前{0}年 {1}）", en: " (previous {0} year(s): {1})")
    package static let listSeparatorReport = MessageKey("listSeparatorReport", zh: "、", en: ", ")
    package static let reportYes = MessageKey("reportYes", zh: "是", en: "yes")
    package static let reportNo = MessageKey("reportNo", zh: "否", en: "no")

    /// Every key of this catalogue, for its test.
    package static let reportsCatalogue: [MessageKey] = [
        .reportHeading, .howComputed, .howComputedTitle, .chartTarget, .versusPrevious, .versusPreviousNone, .listSeparatorReport, .reportYes, .reportNo,
    ]
}
