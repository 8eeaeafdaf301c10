import Foundation
import Testing
import NianbaoReports
@testable import NianbaoFormats

/// The seven real 平潭 web pages published in `Content/reports/` (a TRS CMS page each, with
/// real `<table>` markup) parse to their golden JSON, and agree with the crawler's text dump
/// of the same report wherever the dump can be read: two sources, one set of figures.
@Suite struct RealPageGoldenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let reports = repository.appendingPathComponent("Content/reports")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let dumpGolden = repository.appendingPathComponent("Tests/NianbaoReportsTests/Golden")

    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    static func parse(_ name: String) throws -> Report {
        try ReportReader.parse([UInt8](try Data(contentsOf: reports.appendingPathComponent(name))), file: "Content/reports/\(name)")
    }

    @Test func theDemoSiteIsTheSevenPingtanPages() {
        #expect(Self.pages == (2019...2025).map { "pingtan-\($0).html" })
    }

    /// `NIANBAO_RECORD=1` rewrites the golden files instead.
    @Test(arguments: pages)
    func parsesThePageToItsGoldenJSON(_ name: String) throws {
        let text = try Self.parse(name).json.rendered() + "\n"
        let url = Self.golden.appendingPathComponent(name + ".json")
        if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "\(name) differs from its golden JSON")
    }

    /// Every figure of the page is read (the pages print every cell), no warning is given,
    /// and each figure the dump's golden JSON has is the page's figure too.
    @Test(arguments: pages)
    func everyFigureIsReadAndAgreesWithTheDump(_ name: String) throws {
        let report = try Self.parse(name)
        #expect(report.warnings.isEmpty, "\(name): \(report.warnings.map(\.description))")
        let page = try #require(try JSONSerialization.jsonObject(with: Data(report.json.rendered().utf8)) as? [String: Any])
        let dumpURL = Self.dumpGolden.appendingPathComponent(name.replacingOccurrences(of: ".html", with: ".json"))
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dumpURL)) as? [String: Any])
        var pageCells: [String: Any] = [:], dumpCells: [String: Any] = [:]
        for key in ["activeDisclosure", "reviewAndLitigation"] {
            Self.flatten(key, page[key], into: &pageCells)
            Self.flatten(key, dump[key], into: &dumpCells)
        }
        Self.flatten("rows", (page["applications"] as? [String: Any])?["rows"], into: &pageCells)
        Self.flatten("rows", (dump["applications"] as? [String: Any])?["rows"], into: &dumpCells)
        let template = page["template"] as? String
        for (path, value) in dumpCells where !(value is NSNull) {
            #expect(pageCells[path].map { "\($0)" } == "\(value)", "\(name) \(path): page \(String(describing: pageCells[path])), dump \(value)")
        }
        // Null only where the template has no such figure (2019: rows 21–22, the 2021 columns).
        let nulls = pageCells.filter { $0.value is NSNull }.map(\.key).filter { path in
            !(template == "2019" && (path.contains("noCorrection") || path.contains("unpaidFees")))
        }
        let templateKeys = template == "2019" ? ["issued", "repealed", "inForce", "fees"] : ["made", "published", "Items", "otherServices", "procurement"]
        #expect(nulls.filter { path in !templateKeys.contains { path.contains($0) } }.isEmpty, "\(name): \(nulls.sorted())")
    }

    static func flatten(_ prefix: String, _ value: Any?, into cells: inout [String: Any]) {
        switch value {
        case let object as [String: Any]: for (key, inner) in object { flatten(prefix + "." + key, inner, into: &cells) }
        case let array as [Any]: for (index, inner) in array.enumerated() { flatten(prefix + "[\(index)]", inner, into: &cells) }
        default: cells[prefix] = value ?? NSNull()
        }
    }
}
