import FieldReplica
import FieldSyncCore
import Testing

@Suite struct ReplicaCatalogueTests {
    @Test func everyWordOfTheEngineHasBothLanguages() {
        let problems = MessageKey.problems(MessageKey.replicaCatalogue)
        #expect(problems.isEmpty && !MessageKey.replicaCatalogue.isEmpty, "\(problems)")
    }
}
