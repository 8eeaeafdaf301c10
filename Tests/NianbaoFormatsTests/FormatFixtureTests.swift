import Foundation
import Testing
import NianbaoReports
@testable import NianbaoFormats

/// Every HTML, Word and PDF fixture made from a seed report must read to that seed's
/// golden figures: the golden JSON of the text version, never the fixture's own output.
@Suite struct FormatFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NianbaoReportsTests/Golden")

    /// Fixture files named after a seed (`002-word-gb2312.html`, `000_efb035f696e87f51.pdf`).
    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { [".html", ".htm", ".docx", ".pdf"].contains(where: $0.hasSuffix) && $0.first?.isNumber == true }
            .sorted()
    }

    /// The keys whose values must match the golden JSON exactly.
    static let keys = ["agency", "year", "region", "template", "activeDisclosure", "applications", "reviewAndLitigation"]

    static func goldenFile(for fixture: String) throws -> URL {
        let seed = String(fixture.prefix(3))
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: golden.path).first { $0.hasPrefix(seed) })
        return golden.appendingPathComponent(name)
    }

    @Test func thereAreFixturesOfEveryFormat() {
        for suffix in [".html", ".docx", ".pdf"] {
            #expect(Self.fixtures.filter { $0.hasSuffix(suffix) }.count >= 3, "\(suffix)")
        }
    }

    @Test(arguments: fixtures)
    func readsTheFixtureToItsSeedsGoldenFigures(_ fixture: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(fixture)))
        let report = try ReportReader.parse(bytes, file: fixture)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(report.json.rendered().utf8)) as? [String: Any])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: try Self.goldenFile(for: fixture))) as? [String: Any])
        for key in Self.keys {
            let same = NSDictionary(dictionary: [key: parsed[key] ?? NSNull()]).isEqual(to: [key: expected[key] ?? NSNull()])
            #expect(same, "\(fixture): \(key) differs:\n\(String(describing: parsed[key]))\nexpected \(String(describing: expected[key]))")
        }
        let checks = (parsed["checks"] as? [[String: Any]] ?? []).map { "\($0["rule"]!)=\($0["passed"]!)" }
        let goldenChecks = (expected["checks"] as? [[String: Any]] ?? []).map { "\($0["rule"]!)=\($0["passed"]!)" }
        #expect(checks == goldenChecks, "\(fixture)")
        #expect(report.warnings.isEmpty, "\(fixture): \(report.warnings.map(\.description))")
    }
}
