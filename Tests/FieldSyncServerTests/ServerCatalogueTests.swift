import FieldSyncCore
import FieldSyncServer
import Testing

@Suite struct ServerCatalogueTests {
    @Test func everyWordOfTheServerHasBothLanguages() {
        let problems = MessageKey.problems(MessageKey.serverCatalogue)
        #expect(problems.isEmpty && !MessageKey.serverCatalogue.isEmpty, "\(problems)")
    }
}
