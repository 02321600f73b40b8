import FieldSyncClient
import FieldSyncCore
import Testing

@Suite struct ClientCatalogueTests {
    @Test func everyWordOfTheClientHasBothLanguages() {
        let problems = MessageKey.problems(MessageKey.clientCatalogue)
        #expect(problems.isEmpty && !MessageKey.clientCatalogue.isEmpty, "\(problems)")
    }
}
