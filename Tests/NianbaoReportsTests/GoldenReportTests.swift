import Testing
@testable import NianbaoReports

/// Every real report parses to its golden JSON, each number of which was
/// checked by hand against the source file.
@Suite struct GoldenReportTests {
    @Test(arguments: Fixtures.realReportNames)
    func parsesRealReportToItsGoldenJSON(_ name: String) throws {
        let report = try Fixtures.parseReal(name)
        try assertMatchesGolden(report.json.rendered(), named: name.replacingOccurrences(of: ".txt", with: ".json"))
    }

    @Test func allTwelveRealReportsAreFixtures() {
        #expect(Fixtures.realReportNames.count == 12)
    }

    @Test(arguments: Fixtures.realReportNames)
    func everyEmptyTableCellOfARealReportIsExplained(_ name: String) throws {
        // A null figure is allowed only with a warning saying why, or where the template has no such row.
        let report = try Fixtures.parseReal(name)
        let unreadable = report.applications.rows.flatMap { $0 }.filter { $0.status == .unreadable }
            + report.reviewAndLitigation.groups.flatMap(\.cells).filter { $0.status == .unreadable }
        if !unreadable.isEmpty { #expect(!report.warnings.isEmpty) }
        let missing = report.applications.rows.enumerated().filter { $0.element.contains { $0.status == .missing } }.map(\.offset)
        if report.template == .y2019 {
            #expect(missing == [ApplicationRow.noCorrection.rawValue, ApplicationRow.unpaidFees.rawValue])
        } else {
            #expect(missing.isEmpty)
        }
    }

    @Test func seedsSplitRegionDownToTheCounty() throws {
        let expected: [String: Region] = [
            "000_efb035f696e87f51.txt": Region(province: "山东省", city: "聊城市", county: "茌平区"),
            "001_69cc43620935c919.txt": Region(province: "山东省", city: "淄博市", county: "张店区"),
            "002_9d017863089d3b5a.txt": Region(province: "山东省", city: "聊城市", county: "东昌府区"),
            "003_38a0cde88c4c746e.txt": Region(province: "山东省", city: "聊城市", county: "冠县"),
            "004_b87e4db93de93761.txt": Region(province: "山东省", city: "泰安市", county: "泰山区"),
        ]
        for (name, region) in expected {
            #expect(try Fixtures.parseReal(name).metadata.region == region, "\(name)")
        }
    }
}
