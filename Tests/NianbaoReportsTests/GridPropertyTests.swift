import Foundation
import Testing
@testable import NianbaoReports

/// Random consistent tables 2, 3 and 4, laid out as the grids a format reader yields
/// (`DocumentModel` tables with merged cells), in many variations of the official
/// layout, parsed through `ReportParser.parse(document:bytes:file:)`.
///
/// The expected figures are written down from the generated data by the blank rule
/// before parsing: a blank non-total cell of a table that prints a number is 0; a blank
/// total is null; a table that prints no number is null throughout. Every parsed figure
/// must be the expected one, or null with a warning in the report: never another value.
///
/// A failure names the case's seed; `NIANBAO_GRID_SEED=<seed> swift test --filter
/// GridPropertyTests` runs that case alone and prints its grids; `NIANBAO_GRID_CASES=<n>`
/// runs n cases instead of 200.
@Suite struct GridPropertyTests {
    static let caseCount = 200
    static let baseSeed: UInt64 = 0x4E42_4752_4944_0000

    @Test func randomGridsReadBackExactlyOrNullWithWarning() throws {
        let only = ProcessInfo.processInfo.environment["NIANBAO_GRID_SEED"].flatMap { UInt64($0) }
        let count = ProcessInfo.processInfo.environment["NIANBAO_GRID_CASES"].flatMap { UInt64($0) } ?? UInt64(Self.caseCount)
        let seeds = only.map { [$0] } ?? (0..<count).map { Self.baseSeed &+ $0 }
        var exact = 0, nulls = 0, wrong = 0, expectedNulls = 0
        var nullsByVariation: [String: Int] = [:]
        var nullCells: [String] = []
        for seed in seeds {
            let generated = GridReportCase(seed: seed)
            if only != nil { generated.dump().split(separator: "\n").forEach { print($0) } }
            let report = try ReportParser.parse(document: generated.document, bytes: Array("grid \(seed)".utf8),
                                                file: "grid-\(seed).docx")
            let parsed = GridReportCase.values(of: report)
            var wrongCells: [String] = []
            var caseNulls: [String] = []
            for (slot, got) in zip(generated.slots, parsed) {
                switch (slot.expected, got) {
                case (nil, nil): expectedNulls += 1
                case (let expected?, let got?) where expected == got: exact += 1
                case (_?, nil): nulls += 1; caseNulls.append(slot.path)
                default: wrong += 1; wrongCells.append("\(slot.path): expected \(slot.expected ?? "null"), parsed \(got ?? "null")")
                }
            }
            if only != nil {
                print("seed \(seed): \(caseNulls.count) null where a value was expected: \(caseNulls.joined(separator: ", "))")
                for warning in report.warnings { print("  warning: \(warning.message)") }
            }
            #expect(wrongCells.isEmpty, """
                seed \(seed) [\(generated.variations)]: \(wrongCells.count) wrong figure(s) — \
                \(wrongCells.joined(separator: "; ")) (rerun with NIANBAO_GRID_SEED=\(seed) to print the grids)
                """)
            if !caseNulls.isEmpty {
                #expect(!report.warnings.isEmpty, """
                    seed \(seed) [\(generated.variations)]: \(caseNulls.count) figure(s) null without any warning — \
                    \(caseNulls.prefix(20).joined(separator: ", ")) (rerun with NIANBAO_GRID_SEED=\(seed))
                    """)
                nullsByVariation[generated.variations, default: 0] += caseNulls.count
                let expectedValues = Dictionary(generated.slots.map { ($0.path, $0.expected ?? "null") }, uniquingKeysWith: { a, _ in a })
                nullCells += caseNulls.map { "seed \(seed) \($0) (expected \(expectedValues[$0] ?? "?"))" }
            }
        }
        let expectedValues = exact + nulls + wrong
        print("GridPropertyTests: \(seeds.count) cases, \(expectedValues) expected non-null figures: " +
              "\(exact) exact, \(nulls) null, \(wrong) wrong; \(expectedNulls) expected nulls read as null")
        for (variation, count) in nullsByVariation.sorted(by: { $0.value > $1.value }).prefix(10) {
            print("  \(count) null in case [\(variation)]")
        }
        #expect(wrong == 0, "\(wrong) figures parsed as another value than the expected one (see the seeds above)")
        #expect(Double(exact) >= 0.99 * Double(expectedValues), """
            only \(exact) of \(expectedValues) expected figures read exactly, \(nulls) null; first nulls: \
            \(nullCells.prefix(30).joined(separator: "; "))
            """)
    }
}

// MARK: - Random numbers

/// SplitMix64: a fixed seed gives the same case on every platform.
private struct GridRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<n.
    mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + int(range.count) }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, int(i + 1)) }
        return items
    }

    /// A count as tables print them: mostly zero, often small, sometimes larger.
    mutating func count() -> Int {
        switch int(10) {
        case 0..<5: return 0
        case 5..<8: return int(in: 1...9)
        default: return int(in: 1...150)
        }
    }
}

// MARK: - One generated case

/// One figure of the three tables: its JSON path, what it is, how it is printed, and
/// what the parser must read.
private struct GridSlot {
    var path: String
    /// The figure's true value, as the parser writes it (`12`, `123.45`).
    var truth: String
    var isTotal: Bool
    /// The cell's text: `truth`, or for a zero a blank.
    var printed: String = ""
    /// By the blank rule: nil for a blank total or a blank in a table that prints no number.
    var expected: String? = nil

    var isBlank: Bool { printed.unicodeScalars.allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "\n" } }
}

/// A cell of a table being laid out: its top-left position and spans.
private struct LaidCell {
    var row: Int
    var column: Int
    var rowSpan = 1
    var columnSpan = 1
    var text: String
}

private struct GridReportCase {
    let seed: UInt64
    /// Table 2 (10 figures), table 3 (25 × 7, row-major), table 4 (15), in this order.
    var slots: [GridSlot] = []
    var document: DocumentModel
    /// What the case varies, for failure messages.
    var variations: String
    var tables: [(name: String, table: DocumentModel.Table)] = []

    static let table2Paths = ["rules.issued", "rules.repealed", "rules.inForce",
                              "normativeDocuments.issued", "normativeDocuments.repealed", "normativeDocuments.inForce",
                              "licensing", "penalties", "coercion", "fees"].map { "activeDisclosure." + $0 }
    static let table3Offset = 10
    static let table4Offset = 10 + 25 * 7

    static let applicantHeaders = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    static let outcomeGroups: [(title: String, items: [String])] = [
        ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                      "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
        ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
        ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                      "5.要求行政机关确认或重新出具已获取信息"]),
        ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
    ]
    static let outcomeHeaders = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

    init(seed: UInt64) {
        self.seed = seed
        var rng = GridRandom(seed: seed)
        var notes: [String] = []

        // 1. Consistent figures.
        var slots: [GridSlot] = []
        let table2 = (0..<9).map { index -> Int in
            index < 6 ? rng.count() : (rng.chance(0.3) ? 0 : rng.int(in: 1...60_000))
        }
        for (index, value) in table2.enumerated() {
            slots.append(GridSlot(path: Self.table2Paths[index], truth: String(value), isTotal: false))
        }
        let fee: String
        switch rng.int(4) {
        case 0: fee = "0"
        case 1: fee = String(rng.int(in: 1...900))
        default: fee = "\(rng.int(100_000)).\((0..<rng.int(in: 1...6)).map { _ in String(rng.int(10)) }.joined())"
        }
        slots.append(GridSlot(path: Self.table2Paths[9], truth: fee, isTotal: false))

        var table3 = Array(repeating: Array(repeating: 0, count: 7), count: 25)
        for column in 0..<6 where rng.chance(0.65) {
            for row in rng.shuffled(Array(2...22)).prefix(rng.int(in: 1...6)) {
                table3[row][column] = rng.count() + 1
            }
            let total = (2...22).reduce(0) { $0 + table3[$1][column] }
            table3[23][column] = total
            table3[24][column] = rng.chance(0.5) ? 0 : rng.int(in: 0...6)
            table3[1][column] = rng.chance(0.5) ? 0 : rng.int(in: 0...min(6, total + table3[24][column]))
            table3[0][column] = total + table3[24][column] - table3[1][column]
        }
        for row in 0..<25 { table3[row][6] = table3[row][0..<6].reduce(0, +) }
        for row in ApplicationRow.allCases {
            for column in 0..<7 {
                slots.append(GridSlot(path: "applications.rows.\(row.key)[\(Applications.columns[column])]",
                                      truth: String(table3[row.rawValue][column]),
                                      isTotal: column == 6 || row == .totalProcessed))
            }
        }

        let blankTable4 = rng.chance(0.06)
        var table4: [Int] = []
        for _ in 0..<3 {
            let outcomes = (0..<4).map { _ in blankTable4 || rng.chance(0.5) ? 0 : rng.int(in: 0...14) }
            table4 += outcomes + [outcomes.reduce(0, +)]
        }
        for (index, value) in table4.enumerated() {
            slots.append(GridSlot(path: "reviewAndLitigation.\(ReviewAndLitigation.groupKeys[index / 5]).\(ReviewAndLitigation.Outcomes.keys[index % 5])",
                                  truth: String(value), isTotal: index % 5 == 4))
        }

        // 3a. Zeros printed blank, never a figure that is not zero.
        let blankRate = rng.pick([0.0, 0.3, 0.7, 1.0])
        let blankTexts = rng.chance(0.5) ? [rng.pick(["", "\u{00A0}", " "])] : ["", "\u{00A0}", " "]
        notes.append("blank zeros \(blankRate) as \(blankTexts.map { "\"\($0.unicodeScalars.map { $0 == "\u{00A0}" ? "\\u{A0}" : String($0) }.joined())\"" }.joined(separator: "|"))")
        for index in slots.indices {
            let zero = slots[index].truth == "0"
            let forced = blankTable4 && index >= Self.table4Offset
            slots[index].printed = zero && (forced || rng.chance(blankRate)) ? rng.pick(blankTexts) : slots[index].truth
        }
        if blankTable4 { notes.append("table 4 wholly blank") }

        // 4. Expected values by the blank rule, table by table.
        for range in [0..<Self.table3Offset, Self.table3Offset..<Self.table4Offset, Self.table4Offset..<slots.count] {
            let printsNumber = slots[range].contains { !$0.isBlank }
            for index in range {
                let slot = slots[index]
                slots[index].expected = !slot.isBlank ? slot.truth : (printsNumber && !slot.isTotal ? "0" : nil)
            }
        }
        self.slots = slots

        // 3d. Header text split over lines inside a cell.
        let splitRate = rng.pick([0.0, 0.0, 0.4, 0.8])
        if splitRate > 0 { notes.append("headers split \(splitRate)") }
        func header(_ text: String) -> String {
            let scalars = Array(text.unicodeScalars)
            guard scalars.count >= 2, rng.chance(splitRate) else { return text }
            var cut = rng.int(in: 1...(scalars.count - 1))
            if rng.chance(0.2) && scalars.count >= 4 { cut = scalars.count / 2 }
            var view = String.UnicodeScalarView(scalars[..<cut])
            view.append("\n")
            view.append(contentsOf: scalars[cut...])
            return String(view)
        }

        // Table 2, the 2021 template's layout.
        var t2: [LaidCell] = []
        let mergedSingles = rng.chance(0.5)
        notes.append(mergedSingles ? "t2 merged" : "t2 unmerged")
        func t2Row(_ cells: [(String, Int)]) {
            let row = (t2.map(\.row).max() ?? -1) + 1
            var column = 0
            for (text, span) in cells {
                t2.append(LaidCell(row: row, column: column, columnSpan: span, text: text))
                column += span
            }
        }
        func t2Single(_ label: String, _ text: String) {
            t2Row(mergedSingles ? [(label, 1), (text, 3)] : [(label, 1), (text, 1), ("", 1), ("", 1)])
        }
        func t2Head(_ text: String) {
            t2Row(mergedSingles ? [(header("信息内容"), 1), (header(text), 3)] : [(header("信息内容"), 1), (header(text), 1), ("", 1), ("", 1)])
        }
        let p = slots.map(\.printed)
        t2Row([("第二十条第（一）项", 4)])
        t2Row([(header("信息内容"), 1), (header("本年制发件数"), 1), (header("本年废止件数"), 1), (header("现行有效件数"), 1)])
        t2Row([("规章", 1), (p[0], 1), (p[1], 1), (p[2], 1)])
        t2Row([("行政规范性文件", 1), (p[3], 1), (p[4], 1), (p[5], 1)])
        t2Row([("第二十条第（五）项", 4)])
        t2Head("本年处理决定数量")
        t2Single("行政许可", p[6])
        t2Row([("第二十条第（六）项", 4)])
        t2Head("本年处理决定数量")
        t2Single("行政处罚", p[7])
        t2Single("行政强制", p[8])
        t2Row([("第二十条第（八）项", 4)])
        t2Head("本年收费金额（单位：万元）")
        t2Single("行政事业性收费", p[9])

        // Table 3: header rows, then 25 rows of labels and figures.
        var t3: [LaidCell] = []
        let officialHeader = rng.chance(0.6)
        let mergedLabels = rng.chance(0.5)
        let labelWidth = mergedLabels ? 3 : 1
        // Grid column labelWidth + j holds applicant column order[j].
        var order: [Int]
        if officialHeader {
            let organisations = rng.shuffled([1, 2, 3, 4, 5])
            order = rng.shuffled([[0], organisations, [6]]).flatMap { $0 }
        } else {
            order = rng.shuffled(Array(0..<7))
        }
        if rng.chance(0.3) { order = Array(0..<7) }
        let headerRows = officialHeader ? 3 : 1
        notes.append("t3 \(officialHeader ? "3 header rows" : "1 header row") order \(order.map(String.init).joined()) labels \(mergedLabels ? "merged" : "flat")")
        let corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
        if officialHeader {
            t3.append(LaidCell(row: 0, column: 0, rowSpan: 3, columnSpan: labelWidth, text: header(corner)))
            t3.append(LaidCell(row: 0, column: labelWidth, columnSpan: 7, text: header("申请人情况")))
            var column = labelWidth
            var seenOrganisations = false
            for applicant in order {
                if applicant == 0 || applicant == 6 {
                    t3.append(LaidCell(row: 1, column: column, rowSpan: 2, text: header(Self.applicantHeaders[applicant])))
                } else {
                    if !seenOrganisations {
                        t3.append(LaidCell(row: 1, column: column, columnSpan: 5, text: header("法人或其他组织")))
                        seenOrganisations = true
                    }
                    t3.append(LaidCell(row: 2, column: column, text: header(Self.applicantHeaders[applicant])))
                }
                column += 1
            }
        } else {
            t3.append(LaidCell(row: 0, column: 0, columnSpan: labelWidth, text: header(rng.pick(["", "项目", corner]))))
            for (j, applicant) in order.enumerated() {
                t3.append(LaidCell(row: 0, column: labelWidth + j, text: header(Self.applicantHeaders[applicant])))
            }
        }
        // Labels: row index → (column, rowSpan, columnSpan, text) cells.
        var labels: [[LaidCell]] = Array(repeating: [], count: 25)
        let results = "三、本年度办理结果"
        func label(_ row: Int, _ column: Int, span: Int = 1, rows: Int = 1, _ text: String) {
            labels[row].append(LaidCell(row: row, column: column, rowSpan: rows, columnSpan: span, text: text))
        }
        if mergedLabels {
            label(0, 0, span: 3, "一、本年新收政府信息公开申请数量")
            label(1, 0, span: 3, "二、上年结转政府信息公开申请数量")
            label(2, 0, rows: 22, results)
            label(2, 1, span: 2, "（一）予以公开")
            label(3, 1, span: 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
            var row = 4
            for group in Self.outcomeGroups {
                label(row, 1, rows: group.items.count, group.title)
                for item in group.items { label(row, 2, item); row += 1 }
            }
            label(23, 1, span: 2, "（七）总计")
            label(24, 0, span: 3, "四、结转下年度继续办理")
        } else {
            let space = rng.pick(["", " ", "\n"])
            label(0, 0, "一、本年新收政府信息公开申请数量")
            label(1, 0, "二、上年结转政府信息公开申请数量")
            label(2, 0, results + space + "（一）予以公开")
            label(3, 0, results + space + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
            var row = 4
            for group in Self.outcomeGroups {
                for item in group.items { label(row, 0, results + group.title + space + item); row += 1 }
            }
            label(23, 0, results + space + "（七）总计")
            label(24, 0, "四、结转下年度继续办理")
        }
        for row in 0..<25 {
            for cell in labels[row] {
                var cell = cell
                cell.row += headerRows
                t3.append(cell)
            }
            for (j, applicant) in order.enumerated() {
                t3.append(LaidCell(row: headerRows + row, column: labelWidth + j,
                                   text: slots[Self.table3Offset + row * 7 + applicant].printed))
            }
        }

        // 3e. Table 3 split in two at a data row, with or without its header repeated.
        var t3Parts: [[LaidCell]] = [t3]
        if rng.chance(0.35) {
            let at = rng.int(in: 1...24)
            let repeatHeader = rng.chance(0.5)
            let keepText = rng.chance(0.5)
            notes.append("t3 split before data row \(at)\(repeatHeader ? " header repeated" : "")\(keepText ? " merged labels repeated" : "")")
            let first = Self.slice(t3, 0..<(headerRows + at), keepText: keepText)
            var second = Self.slice(t3, (headerRows + at)..<(headerRows + 25), keepText: keepText)
            if repeatHeader {
                second = Self.slice(t3, 0..<headerRows, keepText: true)
                    + second.map { var cell = $0; cell.row += headerRows; return cell }
            }
            t3Parts = [first, second]
        }

        // Table 4: 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), outcomes in any order.
        var t4: [LaidCell] = []
        let reviewFirst = rng.chance(0.7)
        let litigationOrder = rng.chance(0.7) ? [1, 2] : [2, 1]
        let outcomeOrders = (0..<3).map { _ in rng.chance(0.5) ? Array(0..<5) : rng.shuffled(Array(0..<5)) }
        notes.append("t4 \(reviewFirst ? "review first" : "litigation first") \(litigationOrder.map(String.init).joined()) outcomes \(outcomeOrders.map { $0.map(String.init).joined() }.joined(separator: "/"))")
        let reviewStart = reviewFirst ? 0 : 10, litigationStart = reviewFirst ? 5 : 0
        t4.append(LaidCell(row: 0, column: reviewStart, columnSpan: 5, text: header("行政复议")))
        t4.append(LaidCell(row: 0, column: litigationStart, columnSpan: 10, text: header("行政诉讼")))
        var figureColumns: [(column: Int, index: Int)] = []
        for (k, outcome) in outcomeOrders[0].enumerated() {
            t4.append(LaidCell(row: 1, column: reviewStart + k, rowSpan: 2, text: header(Self.outcomeHeaders[outcome])))
            figureColumns.append((reviewStart + k, outcome))
        }
        for (s, group) in litigationOrder.enumerated() {
            let start = litigationStart + 5 * s
            t4.append(LaidCell(row: 1, column: start, columnSpan: 5, text: header(group == 1 ? "未经复议直接起诉" : "复议后起诉")))
            for (k, outcome) in outcomeOrders[group].enumerated() {
                t4.append(LaidCell(row: 2, column: start + k, text: header(Self.outcomeHeaders[outcome])))
                figureColumns.append((start + k, group * 5 + outcome))
            }
        }
        for (column, index) in figureColumns {
            t4.append(LaidCell(row: 3, column: column, text: slots[Self.table4Offset + index].printed))
        }

        // 2. The document.
        var blocks: [DocumentModel.Block] = []
        var paragraph = 0
        func addParagraph(_ text: String) {
            paragraph += 1
            blocks.append(.paragraph(text, DocumentLocation(paragraph: paragraph)))
        }
        var tableCount = 0
        var tables: [(name: String, table: DocumentModel.Table)] = []
        func addTable(_ name: String, _ cells: [LaidCell]) {
            tableCount += 1
            let table = Self.table(cells, index: tableCount)
            tables.append((name, table))
            blocks.append(.table(table))
        }
        addParagraph("某某县人民政府2024年政府信息公开工作年度报告")
        addParagraph("本报告由某某县人民政府办公室编制，统计期限为2024年1月1日至2024年12月31日。")
        addParagraph("一、总体情况")
        addParagraph("2024年，某某县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，政府信息公开工作有序推进。")
        addParagraph("二、主动公开政府信息情况")
        addTable("表二", t2)
        addParagraph("三、收到和处理政府信息公开申请情况")
        for (index, part) in t3Parts.enumerated() { addTable(index == 0 ? "表三" : "表三（续）", part) }
        addParagraph("四、政府信息公开行政复议、行政诉讼情况")
        addTable("表四", t4)
        addParagraph("五、存在的主要问题及改进情况")
        addParagraph("政府信息公开工作还存在一些不足，下一步将进一步规范公开流程。")
        addParagraph("六、其他需要报告的事项")
        addParagraph("本年度未收取信息处理费。")
        self.tables = tables
        document = DocumentModel(blocks: blocks, format: "Word", encoding: "UTF-8")
        variations = notes.joined(separator: ", ")
    }

    /// The rows `range` of a laid-out table, moved to start at row 0; a cell merged from
    /// above the range starts again at its first row, keeping its text or blank.
    static func slice(_ cells: [LaidCell], _ range: Range<Int>, keepText: Bool) -> [LaidCell] {
        cells.compactMap { cell in
            let low = max(cell.row, range.lowerBound), high = min(cell.row + cell.rowSpan, range.upperBound)
            guard low < high else { return nil }
            var part = cell
            part.row = low - range.lowerBound
            part.rowSpan = high - low
            if low != cell.row && !keepText { part.text = "" }
            return part
        }
    }

    /// A format reader's table: each row lists the cells that start in it, left to right,
    /// each with its 1-based grid column.
    static func table(_ cells: [LaidCell], index: Int) -> DocumentModel.Table {
        let rowCount = (cells.map { $0.row }.max() ?? -1) + 1
        var rows = Array(repeating: [DocumentModel.TableCell](), count: rowCount)
        for cell in cells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            rows[cell.row].append(DocumentModel.TableCell(cell.text,
                location: DocumentLocation(table: index, row: cell.row + 1, column: cell.column + 1),
                rowSpan: cell.rowSpan, columnSpan: cell.columnSpan))
        }
        return DocumentModel.Table(rows: rows)
    }

    /// The parsed figures in the order of `slots`.
    static func values(of report: Report) -> [String?] {
        let active = report.activeDisclosure
        var values: [String?] = [active.rules.issued, active.rules.repealed, active.rules.inForce,
                                 active.normativeDocuments.issued, active.normativeDocuments.repealed,
                                 active.normativeDocuments.inForce, active.licensing, active.penalties, active.coercion]
            .map { $0.value.map(String.init) }
        values.append(active.fees.value?.text)
        for row in ApplicationRow.allCases {
            values += report.applications[row].map { $0.value.map(String.init) }
        }
        values += report.reviewAndLitigation.groups.flatMap(\.cells).map { $0.value.map(String.init) }
        return values
    }

    /// The case's grids, one cell a line, for reproducing a failure.
    func dump() -> String {
        var lines = ["seed \(seed): \(variations)"]
        for (name, table) in tables {
            lines.append("\(name):")
            for (r, row) in table.rows.enumerated() {
                let cells = row.map { cell -> String in
                    let span = cell.rowSpan > 1 || cell.columnSpan > 1 ? "[\(cell.rowSpan)×\(cell.columnSpan)]" : ""
                    let text = cell.text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\u{00A0}", with: "⍽")
                    return "c\(cell.location.column ?? 0)\(span)“\(text)”"
                }
                lines.append("  r\(r + 1): " + cells.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
