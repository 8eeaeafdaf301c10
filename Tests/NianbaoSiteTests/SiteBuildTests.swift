import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

@Suite struct SiteBuildTests {
    @Test func buildsTheFixtureContentToTheExpectedPaths() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        try assertMatchesSiteGolden(result.files.map(\.path).joined(separator: "\n") + "\n", named: "site-paths.txt")
        #expect(result.problems.isEmpty)
    }

    @Test func rendersAReportPageAsItsGolden() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        let page = try #require(SiteFixtures.text(result, "agencies/liaochengshi-chipingqu-renminzhengfu/2024/index.html"))
        try assertMatchesSiteGolden(page, named: "report-chiping-2024.html")
    }

    @Test func rendersTheAgencyIndexAsItsGolden() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        try assertMatchesSiteGolden(try #require(SiteFixtures.text(result, "agencies/index.html")), named: "agencies.html")
    }

    @Test func publishesEachReportsJSONIdenticalToParse() async throws {
        let reports = try await SiteFixtures.published()
        let result = try await SiteFixtures.build(reports)
        let json = try #require(SiteFixtures.text(result, "agencies/pingtanzongheshiyanqu/2021/report.json"))
        let parsed = reports.first { $0.report.source.file == "Content/reports/pingtan-2021.html" }!
        #expect(json == parsed.report.json.rendered() + "\n")
    }

    @Test func everyInternalLinkResolvesAndNothingLoadsFromOutside() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published(), config: {
            var config = SiteConfig(); config.baseURL = "https://example.org/nianbao/"; return config
        }())
        let paths = Set(result.files.map(\.path))
        var checked = 0
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for (attribute, link) in LinkScanner.links(in: html) {
                // 404.html links absolutely to the site's own base URL: resolve those from the root.
                let base = "https://example.org/nianbao/"
                let target = link.hasPrefix(base) ? RelativePath.link(from: file.path, to: String(link.dropFirst(base.count))) : link
                if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:") {
                    #expect(attribute == "href" && !html.contains("<link rel=\"stylesheet\" href=\"\(target)"),
                            "\(file.path) loads \(target) from outside")
                    continue
                }
                let resolved = LinkScanner.resolve(target, from: file.path)
                let exists = paths.contains(resolved)
                #expect(exists, "\(file.path): \(target) → \(resolved) is not in the site")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let reports = try await SiteFixtures.published()
        let first = try await SiteFixtures.build(reports)
        let second = try await SiteFixtures.build(reports.reversed())
        #expect(first.files == second.files)
    }

    @Test func listsEveryFileInSHA256SUMS() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        let sums = try #require(SiteFixtures.text(result, "SHA256SUMS"))
        let lines = sums.split(separator: "\n")
        #expect(lines.count == result.files.count - 1)
        let css = result.files.first { $0.path == "assets/style.css" }!
        #expect(lines.contains("\(SHA256.hex(css.bytes))  assets/style.css"))
    }

    @Test func writesCSVWithBOMAndOneRowPerReport() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        let csv = try #require(result.files.first { $0.path == "data/reports.csv" })
        #expect(Array(csv.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(rows.count == 13)
        #expect(rows[0].hasPrefix("agency,year,province,city,county,template"))
        #expect(rows.contains { $0.hasPrefix("聊城市茌平区人民政府,2024,山东省,聊城市,茌平区,2021") })
    }

    @Test func escapesHostileTextFromAReport() async throws {
        let text = """
        某县人民政府2024年政府信息公开工作年度报告
        一、总体情况
        <script>alert('x')</script>点击[这里](javascript:alert(1))查看{{siteTitle}}和\u{202E}反向文字。
        二、主动公开政府信息情况
        规章\t0\t0\t0
        """
        let report = try ReportParser.parse(text: text, file: "Content/reports/evil.txt")
        let result = try await SiteFixtures.build([PublishedReport(report: report, original: Array(text.utf8), fileName: "evil.txt")])
        let page = try #require(result.files.first { $0.path.hasSuffix("/2024/index.html") }.map { String(decoding: $0.bytes, as: UTF8.self) })
            .replacing(/<script src="(\.\.\/)*assets\/search\.js" defer><\/script>/, with: "")
        #expect(!page.contains("<script"), "\(page.components(separatedBy: "<script").dropFirst().first?.prefix(200) ?? "")")
        #expect(!page.contains("javascript:"))
        #expect(page.contains("{{siteTitle}}"))
        #expect(!page.contains("\u{202E}"))
    }

    @Test func publishesOneOfTwoIdenticalFilesAndNamesTheOther() async throws {
        let reports = try await SiteFixtures.published()
        var copy = reports[0]
        copy.report.source.file = "Content/reports/zzz-copy.txt"
        let result = try await SiteFixtures.build(reports + [copy])
        #expect(result.problems.map(\.description) == [
            "Content/reports/zzz-copy.txt:1: 警告：与 \(reports[0].report.source.file) 内容完全相同，只发布了一份（可以删除其中一份）"])
    }
}

/// Finds `href`/`src` values in HTML and resolves relative ones against the page.
enum LinkScanner {
    static func links(in html: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for attribute in ["href", "src"] {
            var rest = Substring(html)
            while let range = rest.range(of: " \(attribute)=\"") {
                rest = rest[range.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append((attribute, String(rest[..<end])))
                rest = rest[end...]
            }
        }
        return found
    }

    static func resolve(_ target: String, from page: String) -> String {
        let clean = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if clean.isEmpty { return page }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in clean.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
