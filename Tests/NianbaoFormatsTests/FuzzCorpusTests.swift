import Foundation
import Testing
import NianbaoReports
import NianbaoFormats

/// Every input of the fuzzer's seed corpus, including each crash it once found
/// (`regression-*`), parses to a report or a `ReadError` — never a crash.
@Suite struct FuzzCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func theCorpusHoldsTheRegressions() {
        #expect(Self.inputs.count >= 30)
        #expect(Self.inputs.contains { $0.hasPrefix("regression-") })
    }

    @Test(arguments: inputs)
    func parsesWithoutCrashing(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        if let report = try? ReportReader.parse(bytes, file: name) {
            #expect(!report.json.rendered().isEmpty)
        }
    }
}
