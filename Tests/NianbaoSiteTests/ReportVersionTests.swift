import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

/// Several files for one agency and year, and the front matter that settles which is the report.
@Suite struct ReportVersionTests {
    static let seed = "002_9d017863089d3b5a.txt"
    static let folder = "agencies/dongchangfuqu-renminzhengfubangongshi/2024"

    static func original() throws -> String { String(decoding: try BadInputTests.seed(seed), as: UTF8.self) }

    /// The seed with its first narrative sentence changed, as a corrected edition would be.
    static func edited(frontMatter: String? = nil) throws -> [UInt8] {
        var text = try original().replacingOccurrences(of: "东昌府区紧紧围绕", with: "东昌府区（更正版）紧紧围绕")
        if let frontMatter { text = "+++\n" + frontMatter + "\n+++\n" + text }
        return Array(text.utf8)
    }

    @Test func twoDifferentFilesForOneAgencyAndYearAreAnErrorNamingBoth() async throws {
        let build = try await BadInputTests.build(["a.txt": try BadInputTests.seed(Self.seed), "b.txt": try Self.edited()])
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/a.txt:1: 错误：与 Content/reports/b.txt 是同一机关（东昌府区人民政府办公室）同一年度（2024）的不同报告，只发布了 a.txt（若其中一份是更正版，请在它开头加上前置信息 supersedes = \"a.txt\"；否则请删除多余的一份）"])
        let page = try build.page(Self.folder + "/index.html")
        #expect(page.contains("reports 目录中还有同一机关同一年度的另一份不同报告（b.txt），尚未说明哪一份为准；本页显示的是 a.txt。"))
        #expect(!page.contains("更正版"))
    }

    @Test func aCorrectionPublishesBothAndLinksThem() async throws {
        let build = try await BadInputTests.build([
            "a.txt": try BadInputTests.seed(Self.seed),
            "b.txt": try Self.edited(frontMatter: "supersedes = \"a.txt\"  # 更正了附表"),
        ])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        let current = try build.page(Self.folder + "/index.html")
        #expect(current.contains("更正版"))
        #expect(current.contains("本报告是更正后的版本。更正前：<a href=\"v1/index.html\">更正前的第 1 版（a.txt）</a>"))
        let earlier = try build.page(Self.folder + "/v1/index.html")
        #expect(!earlier.contains("更正版"))
        #expect(earlier.contains("这是更正前的版本，已被更正后的报告取代：<a href=\"../index.html\">查看更正后的报告（b.txt）</a>"))
        #expect(build.exists(Self.folder + "/v1/original.txt") && build.exists(Self.folder + "/v1/report.json"))
        // The open data holds the report once: the correction.
        let data = try build.page("data/reports.json")
        #expect(data.components(separatedBy: "/reports/b.txt\"").count == 2)
        #expect(!data.contains("/reports/a.txt\""))
        let json = try build.page(Self.folder + "/report.json")
        #expect(json.contains("\"supersedes\": \"a.txt\""))
    }

    @Test func aChainOfCorrectionsKeepsEveryVersionInOrder() async throws {
        var third = try Self.original().replacingOccurrences(of: "东昌府区紧紧围绕", with: "东昌府区（第二次更正）紧紧围绕")
        third = "+++\nsupersedes = \"b.txt\"\n+++\n" + third
        let build = try await BadInputTests.build([
            "a.txt": try BadInputTests.seed(Self.seed),
            "b.txt": try Self.edited(frontMatter: "supersedes = \"a.txt\""),
            "c.txt": Array(third.utf8),
        ])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        #expect(try build.page(Self.folder + "/index.html").contains("第二次更正"))
        #expect(try build.page(Self.folder + "/v1/original.txt") == Self.original())
        #expect(try build.page(Self.folder + "/v2/index.html").contains("（更正版）"))
    }

    @Test func aCorrectionNamingAMissingFileIsAnErrorAtItsLine() async throws {
        let build = try await BadInputTests.build([
            "a.txt": try BadInputTests.seed(Self.seed),
            "b.txt": try Self.edited(frontMatter: "# 更正\nsupersedes = \"a-old.txt\""),
        ])
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/a.txt:1: 错误：与 Content/reports/b.txt 是同一机关（东昌府区人民政府办公室）同一年度（2024）的不同报告，只发布了 a.txt（若其中一份是更正版，请在它开头加上前置信息 supersedes = \"a.txt\"；否则请删除多余的一份）",
            "Content/reports/b.txt:3: 错误：前置信息 supersedes 指向的 a-old.txt 不在 reports 目录中（或无法读取）（写被更正的那份文件在 reports 目录下的文件名，例如 supersedes = \"2024-old.txt\"）",
        ])
    }

    @Test func frontMatterOverridesAgencyYearRegionAndSource() async throws {
        let matter = """
        agency = "聊城市东昌府区人民政府办公室"
        year = 2023
        region = "山东省/聊城市/东昌府区"
        source = "https://www.dongchangfu.gov.cn/art/2024/1.html"
        """
        let build = try await BadInputTests.build(["b.txt": try Self.edited(frontMatter: matter)])
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        let folder = "agencies/liaochengshi-dongchangfuqu-renminzhengfubangongshi/2023"
        let json = try build.page(folder + "/report.json")
        #expect(json.contains("\"agency\": \"聊城市东昌府区人民政府办公室\""))
        #expect(json.contains("\"year\": 2023"))
        #expect(json.contains("\"url\": \"https://www.dongchangfu.gov.cn/art/2024/1.html\""))
        let regions = try FileManager.default.subpathsOfDirectory(atPath: build.output + "/regions")
        #expect(regions.contains { $0.contains("dongchangfu") })
        // Line numbers stay those of the file: the front matter's five lines are kept blank.
        let report = try ReportParser.parse(try Self.edited(frontMatter: matter), file: "b.txt")
        let plain = try ReportParser.parse(try Self.edited(), file: "b.txt")
        #expect(report.applications.rows[0][0].line == plain.applications.rows[0][0].line.map { $0 + 6 })
    }

    @Test func aFrontMatterMistakeIsAWarningAtItsLineAndTheRestIsRead() async throws {
        let build = try await BadInputTests.build(["b.txt": try Self.edited(frontMatter: "year = 二〇二四\ncolour = \"red\"\nagency = 东昌府区")])
        defer { build.remove() }
        #expect(build.problems == [
            "Content/reports/b.txt:2: 警告：前置信息中的 year 应为四位年份数字，而不是“二〇二四”，已忽略（例如 year = 2024）",
            "Content/reports/b.txt:3: 警告：前置信息中有未知的键“colour”，已忽略（可用的键：agency、year、region、source、supersedes）",
            "Content/reports/b.txt:4: 警告：前置信息中 agency 的值应写在英文双引号中，已忽略（例如 agency = \"…\"）",
        ])
        #expect(build.exists(Self.folder + "/index.html"))
    }
}
