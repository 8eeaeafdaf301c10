import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

/// `Content/reports/` may mix text, web pages, Word files and PDFs: all are built alike.
@Suite struct MixedFormatBuildTests {
    static let fixtures = SiteFixtures.repository.appendingPathComponent("Tests/NianbaoFormatsTests/Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func buildsASiteFromEveryFormatWithTheOriginalsLinked() async throws {
        let files: [String: [UInt8]] = [
            "zhangdian.docx": try Self.fixture("001_69cc43620935c919.docx"),
            "dongchangfu.html": try Self.fixture("002-word-gb2312.html"),
            "guanxian.pdf": try Self.fixture("003_38a0cde88c4c746e.pdf"),
            "taishan.htm": try Self.fixture("004-fragment.html"),
        ]
        let build = try await BadInputTests.build(files)  // with the text report 000 beside them
        defer { build.remove() }
        #expect(build.problems.isEmpty)
        #expect(build.summary.reports == 5)
        let expected: [(String, String, String)] = [
            ("zhangdianqu-renminzhengfubangongshi", "original.docx", "Word"),
            ("dongchangfuqu-renminzhengfubangongshi", "original.html.txt", "HTML"),
            ("guanxian-renminzhengfu", "original.pdf", "PDF"),
            ("taianshi-taishanqu-xingzhengshenpifuwuju", "original.htm.txt", "HTML"),
            ("liaochengshi-chipingqu-renminzhengfu", "original.txt", "text"),
        ]
        for (slug, original, format) in expected {
            let folder = "agencies/\(slug)/2024"
            let page = try build.page(folder + "/index.html")
            #expect(page.contains("href=\"\(original)\""), "\(slug)")
            #expect(try build.page(folder + "/report.json").contains("\"format\": \"\(format)\""), "\(slug)")
            #expect(page.contains("C1 通过"), "\(slug)")
        }
        // The original is published byte for byte.
        let copy = try Data(contentsOf: URL(fileURLWithPath: build.output + "/agencies/guanxian-renminzhengfu/2024/original.pdf"))
        #expect([UInt8](copy) == (try Self.fixture("003_38a0cde88c4c746e.pdf")))
    }

    /// A build holds reports without their narrative and source map, and loads them whole
    /// again for their own pages: the site must be the one made from whole reports.
    @Test func aBuildFromLightenedReportsWritesTheSameSiteAsOneFromWholeReports() async throws {
        let build = try await BadInputTests.build([
            "dongchangfu.html": try Self.fixture("002-word-gb2312.html"),
            "guanxian.pdf": try Self.fixture("003_38a0cde88c4c746e.pdf"),
        ])
        defer { build.remove() }
        let files = try await ContentLoader.load(content: build.content)
        let whole = try files.map { file in
            PublishedReport(report: try file.result.get(), original: .file(file.path), fileName: (file.path as NSString).lastPathComponent)
        }
        let site = await SiteBuilder.build(whole, config: SiteConfig(), theme: try SiteFixtures.theme())
        let written = try String(contentsOfFile: build.output + "/SHA256SUMS", encoding: .utf8)
        #expect(written == SiteFixtures.text(site, "SHA256SUMS"))
        #expect(try build.page("agencies/guanxian-renminzhengfu/2024/index.html").contains("title=\"原文第 2 页第 18 行\""))
    }

    @Test func aLightenedReportIsMadeWholeAgainEvenWithoutItsCacheEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-whole-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = Self.fixtures.appendingPathComponent("003_38a0cde88c4c746e.pdf").path
        let parsed = try ContentLoader.parseFile(path).result.get()
        let light = PublishedReport(report: parsed.lightened(), original: .file(path), fileName: "guanxian.pdf")
        #expect(light.report.sourceMap.isEmpty && light.report.sections.allSatisfy { $0.markdown.isEmpty })
        #expect(!parsed.sourceMap.isEmpty && parsed.sections.contains { !$0.markdown.isEmpty })
        let empty = ReportCache(folder: folder)
        #expect(empty.whole(light).json.rendered() == parsed.json.rendered())
        #expect(empty.whole(light).sourceMap == parsed.sourceMap)
    }

    @Test func namesPlacesInPDFAndWebPagesByPageOrTableCell() {
        var warning = Diagnostic(line: 40, "表三“重复申请”行没有找到数字", hint: "请核对原文该行")
        warning.location = DocumentLocation(page: 3, line: 12)
        #expect(Problem(file: "Content/reports/a.pdf", warning).description
                == "Content/reports/a.pdf: 第 3 页第 12 行: 警告：表三“重复申请”行没有找到数字（请核对原文该行）")
        warning.location = DocumentLocation(line: 318, table: 2, row: 14, column: 5)
        #expect(Problem(file: "Content/reports/a.html", warning).description
                == "Content/reports/a.html:318: 第 2 个表格第 14 行第 5 列: 警告：表三“重复申请”行没有找到数字（请核对原文该行）")
        #expect(warning.description == "第 2 个表格第 14 行第 5 列：表三“重复申请”行没有找到数字（请核对原文该行）")
    }
}
