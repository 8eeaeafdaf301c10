import Foundation
import Testing
@testable import NianbaoReports

/// Paths of the repository's test inputs, found from this file so that
/// re-recording writes into the source tree.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let reports = repository.appendingPathComponent("Content/reports")
    static let golden = testsFolder.appendingPathComponent("Golden")
    static let handMade = testsFolder.appendingPathComponent("Fixtures")

    /// The crawler's text dumps of the 平潭 pages (`../shared/corpus/pingtan/`), kept as fixtures:
    /// `Content/reports/` publishes the pages themselves.
    static let dumps = testsFolder.appendingPathComponent("Fixtures/pingtan-dumps")

    /// The real reports in text: the seeds in `Content/reports/` and the 平潭 dumps.
    static var realReportNames: [String] {
        let seeds = (try? FileManager.default.contentsOfDirectory(atPath: reports.path))?.filter { $0.hasSuffix(".txt") } ?? []
        let dumps = (try? FileManager.default.contentsOfDirectory(atPath: dumps.path))?.filter { $0.hasSuffix(".txt") } ?? []
        return (seeds + dumps).sorted()
    }

    /// The real web pages in `Content/reports/`.
    static var realPageNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: reports.path))?.filter { $0.hasSuffix(".html") }.sorted() ?? []
    }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Parses a real report exactly as `nianbao parse Content/reports/NAME` does (a dump from
    /// its fixture folder, under its own path).
    static func parseReal(_ name: String) throws -> Report {
        if FileManager.default.fileExists(atPath: reports.appendingPathComponent(name).path) {
            return try ReportParser.parse(bytes(reports.appendingPathComponent(name)), file: "Content/reports/\(name)")
        }
        return try ReportParser.parse(bytes(dumps.appendingPathComponent(name)),
                                      file: "Tests/NianbaoReportsTests/Fixtures/pingtan-dumps/\(name)")
    }
}

/// Compares text with a golden file; `NIANBAO_RECORD=1` rewrites the file instead.
func assertMatchesGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Fixtures.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != text + "\n" {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = (text + "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
        let line = first?.offset ?? min(a.count, b.count)
        Issue.record("\(name) differs from golden at line \(line + 1):\n- \(line < a.count ? String(a[line]) : "")\n+ \(line < b.count ? String(b[line]) : "")",
                     sourceLocation: sourceLocation)
    }
}

/// Parses inline text (a test's hand-made layout).
func parse(_ text: String) throws -> Report { try ReportParser.parse(text: text, file: "inline.txt") }
