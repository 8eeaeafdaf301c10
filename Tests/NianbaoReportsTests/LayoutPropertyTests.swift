import Testing
@testable import NianbaoReports

/// Random consistent tables, written in four layouts, read back to the same
/// numbers — or, where digits run together admit several readings, to empty
/// cells with a warning. Never to a wrong number.
@Suite struct LayoutPropertyTests {
    @Test(arguments: ReportLayout.Style.allCases)
    func randomConsistentTablesReadBackExactlyOrAreFlagged(_ style: ReportLayout.Style) throws {
        var rng = SplitMix64(seed: 2024)
        var exact = 0, flagged = 0
        for _ in 0..<60 {
            let layout = ReportLayout.random(&rng)
            let report = try parse(layout.text(style))
            for row in ApplicationRow.allCases {
                let cells = report.applications[row]
                if cells.allSatisfy({ $0.value != nil }) {
                    #expect(cells.map(\.value) == layout.table3[row.rawValue].map { $0 }, "\(style) \(row.key)")
                    exact += 1
                } else {
                    #expect(style == .runTogether, "\(style) \(row.key) unread")
                    #expect(cells.allSatisfy { $0.value == nil && $0.status == .unreadable })
                    #expect(report.warnings.contains { $0.message.contains(row.label) }, "\(row.key) null without warning")
                    flagged += 1
                }
            }
            let table4 = report.reviewAndLitigation.groups.flatMap(\.cells)
            if table4.allSatisfy({ $0.value != nil }) {
                #expect(table4.map(\.value) == layout.table4.map { $0 })
            } else {
                #expect(style == .runTogether)
                #expect(report.warnings.contains { $0.message.contains("表四") })
            }
            let active = report.activeDisclosure
            if style != .runTogether {
                #expect(active.licensing.value == layout.table2.licensing)
                #expect(active.coercion.value == layout.table2.coercion)
                #expect(active.fees.value?.text == layout.table2.fees)
                #expect([active.normativeDocuments.issued, active.normativeDocuments.repealed, active.normativeDocuments.inForce]
                    .map(\.value) == layout.table2.documents.map { $0 })
            } else {
                for cell in [active.licensing, active.penalties, active.coercion] {
                    #expect(cell.value == nil || [layout.table2.licensing, layout.table2.penalties, layout.table2.coercion].contains(cell.value!))
                }
            }
            if style != .runTogether {
                #expect(report.checks.prefix(4).allSatisfy { $0.passed == true })
            }
        }
        if style == .runTogether { #expect(exact > flagged) } else { #expect(flagged == 0) }
    }
}
