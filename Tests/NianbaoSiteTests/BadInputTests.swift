import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

/// The bad-input collection (`BadInput/`): each case is built beside a good report,
/// and must give exactly the expected problems while the good report is still published.
@Suite struct BadInputTests {
    static let folder = SiteFixtures.testsFolder.appendingPathComponent("BadInput")
    static let good = "000_efb035f696e87f51.txt"

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func seed(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: SiteFixtures.repository.appendingPathComponent("Content/reports/" + name)))
    }

    /// A temporary `Content/` holding the good report and `files`, built into `Public/` beside it.
    struct Build {
        let root: String
        let summary: SiteBuild.Summary
        var content: String { root + "/Content" }
        var output: String { root + "/Public" }

        /// Problems as printed, with the temporary folder shown as the user would see it.
        var problems: [String] { summary.problems.map { $0.description.replacingOccurrences(of: root + "/", with: "") } }

        func page(_ path: String) throws -> String { try String(contentsOfFile: output + "/" + path, encoding: .utf8) }
        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }
        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static func build(_ files: [String: [UInt8]], withGood: Bool = true,
                      prepare: (String) throws -> Void = { _ in }) async throws -> Build {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-bad-\(UUID().uuidString)").path
        let reports = root + "/Content/reports"
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        var all = files
        if withGood { all[good] = try seed(good) }
        for (name, bytes) in all { try Data(bytes).write(to: URL(fileURLWithPath: reports + "/" + name)) }
        try prepare(root)
        let options = SiteBuild.Options(content: root + "/Content", themes: SiteFixtures.themes, theme: nil,
                                        output: root + "/Public", baseURL: nil, force: false)
        let summary = try await SiteBuild.run(options)
        return Build(root: root, summary: summary)
    }

    /// The good report's page, which every case must leave published.
    static let goodPage = "agencies/liaochengshi-chipingqu-renminzhengfu/2024/index.html"

    @Test(arguments: [
        ("empty.txt", "Content/reports/empty.txt:1: 错误：文件是空的，没有可读的内容（请放入报告全文，或删除这个文件）"),
        ("report.pdf", "Content/reports/report.pdf:1: 错误：这是PDF文件，不是文本：请先转换为文本（UTF-8）再放入 reports 目录（已跳过这个文件，其余报告照常生成）"),
        ("report.docx", "Content/reports/report.docx:1: 错误：这是ZIP（可能是 .docx）文件，不是文本：请先转换为文本（UTF-8）再放入 reports 目录（已跳过这个文件，其余报告照常生成）"),
        ("scan.png", "Content/reports/scan.png:1: 错误：这是PNG 图片文件，不是文本：请先转换为文本（UTF-8）再放入 reports 目录（已跳过这个文件，其余报告照常生成）"),
        ("not-a-report.txt", "Content/reports/not-a-report.txt:1: 错误：不像是政府信息公开工作年度报告：没有找到“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”等部分标题（请确认这是年度报告的全文；不是报告的文件请移出 reports 目录）"),
    ])
    func refusesAnUnreadableFileWithOneErrorAndBuildsTheRest(name: String, expected: String) async throws {
        let build = try await Self.build([name: try Self.bytes(name)])
        defer { build.remove() }
        #expect(build.problems == [expected])
        #expect(build.summary.reports == 1)
        #expect(build.exists(Self.goodPage))
    }

    @Test(arguments: ["002-gb18030.txt", "002-utf16.txt", "002-crlf.txt"])
    func readsAnotherEncodingOrLineEndingToTheSameNumbers(name: String) async throws {
        let build = try await Self.build([name: try Self.bytes(name)])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        let original = try ReportParser.parse(try Self.seed("002_9d017863089d3b5a.txt"), file: "x")
        let copy = try ReportParser.parse(try Self.bytes(name), file: "x")
        #expect(copy.applications == original.applications)
        #expect(copy.activeDisclosure == original.activeDisclosure)
        #expect(copy.reviewAndLitigation == original.reviewAndLitigation)
        #expect(copy.metadata.agency == original.metadata.agency)
        let json = try build.page("agencies/dongchangfuqu-renminzhengfubangongshi/2024/report.json")
        #expect(json.contains("\"encoding\": \"\(copy.source.encoding)\""))
    }
}
