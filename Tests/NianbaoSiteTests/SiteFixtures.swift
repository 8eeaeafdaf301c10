import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

enum SiteFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("Content").path
    static let themes = repository.appendingPathComponent("Themes").path
    static let golden = testsFolder.appendingPathComponent("Golden")

    static func theme() throws -> Theme { try Theme.load(themes: themes, name: "default") }

    /// The real reports of `Content/reports/`, as `nianbao build` reads them.
    static func published() async throws -> [PublishedReport] {
        let files = try await ContentLoader.load(content: "Content", root: repository.path)
        return try files.map { file in
            let report = try file.result.get()
            let bytes = [UInt8](try Data(contentsOf: repository.appendingPathComponent(file.path)))
            return PublishedReport(report: report, original: bytes, fileName: (file.path as NSString).lastPathComponent)
        }
    }

    static func build(_ reports: [PublishedReport], config: SiteConfig = SiteConfig()) async throws -> SiteBuilder.Result {
        await SiteBuilder.build(reports, config: config, theme: try theme())
    }

    static func text(_ result: SiteBuilder.Result, _ path: String) -> String? {
        result.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}

/// Compares text with a golden file; `NIANBAO_RECORD=1` rewrites the file instead.
func assertMatchesSiteGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = SiteFixtures.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("\(name) differs from golden at line \(line + 1):\n- \(line < a.count ? String(a[line]) : "")\n+ \(line < b.count ? String(b[line]) : "")",
                     sourceLocation: sourceLocation)
    }
}
