import FieldProgramme
import FieldSyncCore
import Testing

/// The programme's words: both languages, the same arguments, rendered in either order.
@Suite struct ProgrammeCatalogueTests {
    @Test func everyWordOfTheProgrammeHasBothLanguages() {
        let problems = MessageKey.problems(MessageKey.programmeCatalogue)
        #expect(problems.isEmpty, "\(problems)")
        #expect(MessageKey.programmeCatalogue.count > 200)
    }

    @Test func messagesRenderTheirArgumentsInEitherOrder() {
        let m = Message(.roundWouldOverlapRound, "2026-2", "2026-05-01", "2026-08-31", "2026-3", "2026-08-01", "2026-12-31")
        #expect(m.render(.en) == "Round 2026-2 (2026-05-01…2026-08-31) would overlap round 2026-3 (2026-08-01…2026-12-31).")
        #expect(m.render(.zh) == "第 2026-2 轮（2026-05-01…2026-08-31）与第 2026-3 轮（2026-08-01…2026-12-31）重叠。")
        // A word given in both languages follows the message's language.
        let w = Message(.useOne, "飞鸽", Message(.wordVisitMode), Bilingual(zh: "上门、电话、视频", en: "on-site, phone, video"))
        #expect(w.render(.zh) == "“飞鸽”不是有效的走访方式；可用：上门、电话、视频。")
        #expect(w.render(.en) == "\"飞鸽\" is not a visit mode; use one of: on-site, phone, video.")
        // A brace that is not a placeholder is kept.
        #expect(Message.verbatim("{x} {9}").render(.en) == "{x} {9}")
    }
}
