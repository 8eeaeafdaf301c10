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

    /// A report of `Content/reports/`, or one of the crawler's text dumps kept as fixtures.
    static func seed(_ name: String) throws -> [UInt8] {
        let content = SiteFixtures.repository.appendingPathComponent("Content/reports/" + name)
        let dump = SiteFixtures.repository.appendingPathComponent("Tests/NianbaoReportsTests/Fixtures/pingtan-dumps/" + name)
        return [UInt8](try Data(contentsOf: FileManager.default.fileExists(atPath: content.path) ? content : dump))
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
        ("report.pdf", "Content/reports/report.pdf:1: 错误：无法打开这个 PDF 文件：文件中没有页面（文件可能下载不完整；请重新下载原文）"),
        ("scanned.pdf", "Content/reports/scanned.pdf:1: 错误：这个 PDF 共 1 页，都没有文字层（是扫描件或图片），读不出文字（请找到机关发布的文字版（网页或 Word），或先用文字识别（OCR）转成文字并逐一核对数字）"),
        ("report.docx", "Content/reports/report.docx:1: 错误：不像是政府信息公开工作年度报告：没有找到“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”等部分标题（请确认这是年度报告的全文；不是报告的文件请移出 reports 目录）"),
        ("archive.zip", "Content/reports/archive.zip:1: 错误：这是ZIP 压缩包（里面没有 Word 文档），nianbao 读不了（reports 目录只收文本、网页（.html）、Word（.docx）和 PDF 格式的报告；已跳过这个文件，其余报告照常生成）"),
        ("old.doc", "Content/reports/old.doc:1: 错误：这是旧版 Word（.doc）文件，无法直接读取（请用 Word 或 LibreOffice 打开，另存为 .docx 后放回 reports 目录）"),
        ("scan.png", "Content/reports/scan.png:1: 错误：这是PNG 图片，nianbao 读不了（reports 目录只收文本、网页（.html）、Word（.docx）和 PDF 格式的报告；已跳过这个文件，其余报告照常生成）"),
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

    @Test func aReportCutOffInTable3IsPublishedWithOneWarningPerProblem() async throws {
        let build = try await Self.build(["cut.txt": try Self.bytes("cut-in-table-3.txt")])
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/cut.txt:60: 警告：表三没有找到以下 17 行，这些行留空：“属于三类内部事务信息”“属于四类过程性信息”“属于行政执法案卷”“属于行政查询事项”“本机关不掌握相关政府信息”“没有现成信息需要另行制作”“补正后申请内容仍不明确”“信访举报投诉类申请”“重复申请”“要求提供公开出版物”“无正当理由大量反复申请”“要求行政机关确认或重新出具已获取信息”“申请人无正当理由逾期不补正”“申请人逾期未按收费通知要求缴纳费用”“其他”“总计”“结转下年度继续办理”（请核对原文表三的行标签；若原文在表中被截断，请补全文件）",
            "Content/reports/cut.txt:152: 警告：表三“保护第三方合法权益”行的数字排印时被折行、截断或少于该表其他行的栏数，只读到“1 0 0”，无法确定各数字所在的栏，已留空（请对照原件填写该行）",
            "Content/reports/cut.txt:154: 警告：文件到此结束，没有找到第四部分“政府信息公开行政复议、行政诉讼情况”、第五部分“存在的主要问题及改进情况”、第六部分“其他需要报告的事项”（文件可能不完整，请核对原文并补全；缺少部分的内容和数字留空）",
        ])
        #expect(build.summary.reports == 2)
        let page = try build.page("agencies/taianshi-taishanqu-xingzhengshenpifuwuju/2024/index.html")
        #expect(page.contains("原文中没有找到这一部分"))
        #expect(page.contains("文件到此结束"))
        // The rows read before the cut keep their figures; the rest are null, never 0.
        let json = try build.page("agencies/taianshi-taishanqu-xingzhengshenpifuwuju/2024/report.json")
        #expect(json.contains("\"total\": null"))
    }

    @Test func aReportWithoutTablesIsPublishedWithItsNarrative() async throws {
        let build = try await Self.build(["no-tables.txt": try Self.bytes("no-tables.txt")])
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/no-tables.txt:1: 警告：没有找到第二部分“主动公开政府信息情况”、第三部分“收到和处理政府信息公开申请情况”、第四部分“政府信息公开行政复议、行政诉讼情况”（缺少部分的内容和数字留空）"])
        #expect(build.summary.reports == 2)
        let page = try build.page("agencies/zhangdianqu-renminzhengfubangongshi/2024/index.html")
        #expect(page.contains("无法检查"))
    }

    @Test func hostileTextReachesNoPageAsMarkupOrCode() async throws {
        let build = try await Self.build(["hostile.txt": try Self.bytes("hostile.txt")])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: build.output).filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") }
        #expect(pages.count >= 10)
        for path in pages {
            // The theme's own script, the search, is the one script a page may have.
            let html = try build.page(path).replacing(/<script src="(\.\.\/)*assets\/search\.js" defer><\/script>/, with: "")
            for forbidden in ["<script", "<iframe", "<img", "<!--", "href=\"javascript:", "href=\"data:", "\u{202E}", "\u{2066}"] {
                #expect(!html.contains(forbidden), "\(path) contains \(forbidden)")
            }
        }
        let page = try build.page(try #require(pages.first { $0.contains("script-alert") && $0.hasSuffix("2024/index.html") }))
        #expect(page.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
        #expect(page.contains("模板语法{{agency}}、{{{bodyHTML}}}和{{#sections}}x{{/sections}}应原样显示"))
        #expect(page.contains("<a href=\"\">办事指南</a>"))
    }

    @Test func aTwentyMegabyteFileIsRefusedUnreadWithItsSize() async throws {
        let line = Array("政府信息公开工作年度报告正文。\n".utf8)
        let big = Array((0..<(20 * 1024 * 1024 / line.count + 1)).map { _ in line }.joined())
        let build = try await Self.build(["big.txt": big])
        defer { build.remove() }
        #expect(build.problems == ["Content/reports/big.txt:1: 错误：文件有 21 MB，超过了 16 MB 的上限；年度报告全文通常不到 1 MB（请确认放入的是报告本身，而不是合并的多份文件或其他资料）"])
        #expect(build.exists(Self.goodPage))
    }

    @Test func aTableOfOneHundredThousandLinesIsReadByItsLabels() async throws {
        var lines = String(decoding: try Self.seed("004_b87e4db93de93761.txt"), as: UTF8.self).components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("三、收到和处理政府信息公开申请情况") })
        lines.insert(contentsOf: (0..<100_000).map { "附表第\($0)行\t\($0 % 7)\t0\t0" }, at: heading + 1)
        let build = try await Self.build(["long.txt": Array(lines.joined(separator: "\n").utf8)])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        let original = try ReportParser.parse(try Self.seed("004_b87e4db93de93761.txt"), file: "x")
        let json = try build.page("agencies/taianshi-taishanqu-xingzhengshenpifuwuju/2024/report.json")
        #expect(json.contains("\"C3\""))
        let long = try ReportParser.parse(Array(lines.joined(separator: "\n").utf8), file: "x")
        #expect(long.applications.rows.map { $0.map(\.value) } == original.applications.rows.map { $0.map(\.value) })
        #expect(long.checks.allSatisfy { $0.passed == true })
    }

    @Test func symbolicLinksAreReportedAndNeverFollowed() async throws {
        let build = try await Self.build([:]) { root in
            let reports = root + "/Content/reports"
            try FileManager.default.createSymbolicLink(atPath: reports + "/outside.txt", withDestinationPath: "/etc/passwd")
            try FileManager.default.createDirectory(atPath: reports + "/sub", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: reports + "/sub/loop", withDestinationPath: "..")
        }
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/outside.txt:1: 错误：这是指向 /etc/passwd 的符号链接，未读取：为安全起见，nianbao 不跟随符号链接（请把文件本身复制到 reports 目录）",
            "Content/reports/sub/loop:1: 错误：这是指向 .. 的符号链接，未读取：为安全起见，nianbao 不跟随符号链接（请把文件本身复制到 reports 目录）",
        ])
        #expect(build.summary.reports == 1)
    }

    @Test func writesNothingOutsideTheOutputFolderAndLeavesContentAlone() async throws {
        var before: [String: Data] = [:]
        let build = try await Self.build(["hostile.txt": try Self.bytes("hostile.txt")]) { root in
            for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
                before[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        defer { build.remove() }
        var after: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: build.root) where !path.hasPrefix("Public") {
            after[path] = FileManager.default.contents(atPath: build.root + "/" + path)
        }
        #expect(after == before)
    }
}
