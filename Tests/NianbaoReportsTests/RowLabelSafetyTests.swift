import Testing
@testable import NianbaoReports

/// Grid rows whose label cannot say which row of the table they are: each comes from a
/// LibreOffice PDF that once gave a wrong figure. Figures written from the table drawn here.
@Suite struct RowLabelSafetyTests {
    static func cell(_ text: String, _ column: Int) -> DocumentModel.TableCell {
        DocumentModel.TableCell(text, location: DocumentLocation(table: 1, row: 1, column: column))
    }

    /// Table 三 with one label column: the header and then `rows` (label, seven figures).
    static func read(_ rows: [(String, [String])]) throws -> ApplicationsReader.Result {
        let header = [Self.cell("", 1)] + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
            .enumerated().map { Self.cell($1, $0 + 2) }
        let body = rows.map { label, figures in [Self.cell(label, 1)] + figures.enumerated().map { Self.cell($1, $0 + 2) } }
        let all = [header] + body
        let grid = TableGrid(DocumentModel.Table(rows: all), lines: all.enumerated().map { r, row in row.map { _ in r + 1 } })
        return try #require(GridApplicationsReader.read(grid, template: .y2021))
    }

    static let blank = Array(repeating: "", count: 7)

    @Test func aLabelHoldingTwoRowsLabelsIsNeitherRow() throws {
        let read = try Self.read([("一、本年新收政府信息公开申请数量", ["5", "0", "0", "0", "0", "0", "5"]),
                                  ("二、上年结转政府信息公开申请数量 （一）予以公开", ["3", "0", "0", "0", "0", "0", "3"])])
        #expect(read.table[.newRequests].map(\.value) == [5, 0, 0, 0, 0, 0, 5])
        #expect(read.table[.carriedOver].allSatisfy { $0.value == nil })
        #expect(read.table[.disclosed].allSatisfy { $0.value == nil })
    }

    /// `其他` inside a longer label, or in a label that prints another row's list number.
    @Test func aShortLabelInsideALongerOneOrUnderAnotherNumberIsNotThatRow() throws {
        let read = try Self.read([("一、本年新收政府信息公开申请数量", ["5", "0", "0", "0", "0", "0", "5"]),
                                  ("情形，不计其他情形", ["4", "0", "0", "0", "0", "0", "4"]),
                                  ("（六）申请其他处2.申请人逾期未按收费理通知要求缴纳费用", ["1", "0", "0", "0", "0", "0", "1"]),
                                  ("3.其他", ["2", "0", "0", "0", "0", "0", "2"])])
        #expect(read.table[.other].map(\.value) == [2, 0, 0, 0, 0, 0, 2])
        #expect(GridRowLabels.listNumbers("（六）申请其他处2.申请人逾期") == [2])
        #expect(GridRowLabels.listNumbers("2024年 3、其他 10.5") == [3])
    }

    /// The first line of a wrapped label with blanks beside it, its figures on a later line:
    /// its blanks are not zeros.
    @Test func aLabelFragmentOverBlanksIsNoRowOfZeros() throws {
        let read = try Self.read([("一、本年新收政府信息公开申请数量", ["5", "0", "0", "0", "0", "0", "5"]),
                                  ("（二）部分公开（区", Self.blank),
                                  ("分处理的，只计这一", Self.blank),
                                  ("情形，不计其他情形）", ["18", "0", "0", "0", "0", "0", "18"])])
        #expect(read.table[.partiallyDisclosed].allSatisfy { $0.value == nil })
        let balanced = try Self.read([("一、本年新收政府信息公开申请数量", ["5", "0", "0", "0", "0", "0", "5"]),
                                      ("（二）部分公开", Self.blank),
                                      ("（区分处理的，只计这一情形，不计其他情形）", ["18", "0", "0", "0", "0", "0", "18"])])
        #expect(balanced.table[.partiallyDisclosed].allSatisfy { $0.value == nil })
        // A blank row among labelled rows is a row of zeros, as the blank rule says.
        let zeros = try Self.read([("一、本年新收政府信息公开申请数量", ["5", "0", "0", "0", "0", "0", "5"]),
                                   ("二、上年结转政府信息公开申请数量", Self.blank),
                                   ("（一）予以公开", ["5", "0", "0", "0", "0", "0", "5"])])
        #expect(zeros.table[.carriedOver].map(\.value) == [0, 0, 0, 0, 0, 0, nil])
    }

    /// A label that ends in figures (a PDF's first figure columns read into the label cell).
    @Test func figuresInsideTheLabelCellLeaveTheRowEmpty() throws {
        let read = try Self.read([("一、本年新收政府信息公开申请数量 135 3", ["", "", "0", "0", "0", "0", "132"])])
        #expect(read.table[.newRequests].allSatisfy { $0.value == nil })
        #expect(read.warnings.contains { $0.message.contains("135 3") })
    }
}
