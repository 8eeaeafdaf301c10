import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import NianbaoReports
@testable import NianbaoSite

@Suite struct ChartPageTests {
    static func svgs(in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<svg "), let end = rest[start.lowerBound...].range(of: "</svg>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    @Test func everySVGOnTheSiteIsWellFormedWithATitleAndADescription() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        var count = 0
        for file in result.files where file.path.hasSuffix(".html") {
            for svg in Self.svgs(in: String(decoding: file.bytes, as: UTF8.self)) {
                count += 1
                #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(file.path): SVG is not well-formed")
                #expect(svg.contains("<title id=") && svg.contains("<desc id=") && svg.contains("role=\"img\""), "\(file.path)")
            }
        }
        #expect(count >= 12 + 7 * 5)
    }

    @Test func chipingAgencyPageDrawsTheCountsFromItsNarrative() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        let page = try #require(SiteFixtures.text(result, "agencies/liaochengshi-chipingqu-renminzhengfu/index.html"))
        #expect(page.contains("依申请公开数（正文）"))
        #expect(page.contains("取自报告正文"))
        for year in 2019...2024 { #expect(page.contains("<th scope=\"row\">\(year)</th>")) }
    }

    @Test func pingtanAgencyPageShowsTheCrossYearChecks() async throws {
        let result = try await SiteFixtures.build(try await SiteFixtures.published())
        let page = try #require(SiteFixtures.text(result, "agencies/pingtanzongheshiyanqu/index.html"))
        #expect(page.contains("2024→2025 C6 通过"))
        #expect(page.contains("2019→2020 C7 无法检查"))
    }
}
