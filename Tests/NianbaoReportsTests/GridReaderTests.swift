import Testing
@testable import NianbaoReports

/// The grid readers on small hand-built grids, each a trait of real producers.
@Suite struct GridReaderTests {
    typealias TableCell = DocumentModel.TableCell

    static func cell(_ text: String, _ column: Int, rowSpan: Int = 1, columnSpan: Int = 1) -> TableCell {
        TableCell(text, location: DocumentLocation(table: 1, row: 1, column: column), rowSpan: rowSpan, columnSpan: columnSpan)
    }

    static func grid(_ rows: [[TableCell]]) -> TableGrid {
        TableGrid(DocumentModel.Table(rows: rows), lines: rows.enumerated().map { r, row in row.map { _ in r + 1 } })
    }

    static let header = [cell("", 1, columnSpan: 2)] + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
        .enumerated().map { cell($1, $0 + 3) }

    /// Found by the grid property test (seed 5639148102163367407): blank rows right under a
    /// header repeated after a page break were taken for more header, and the figures of
    /// `1.申请人无正当理由逾期不补正` were then read as `3.其他`'s.
    @Test func aBlankNumberedRowUnderARepeatedHeaderIsARowNotHeader() throws {
        let blanks = (3...9).map { Self.cell("", $0) }
        let grid = Self.grid([
            Self.header,
            [Self.cell("（三）不予公开", 1), Self.cell("2.其他法律行政法规禁止公开", 2)] + blanks,
            [Self.cell("（六）其他处理", 1, rowSpan: 2), Self.cell("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2)]
                + ["", "", "", "9", "", "", "9"].enumerated().map { Self.cell($1, $0 + 3) },
            [Self.cell("3.其他", 2)] + blanks,
        ])
        let result = try #require(GridApplicationsReader.read(grid, template: .y2021))
        #expect(result.table[.noCorrection].map(\.value) == [0, 0, 0, 9, 0, 0, 9])
        #expect(result.table[.other].map(\.value) == [0, 0, 0, 0, 0, 0, nil])
        #expect(result.table[.legallyProhibited].map(\.value) == [0, 0, 0, 0, 0, 0, nil])
        #expect(result.table[.other][0].status == .blankAsZero)
        #expect(result.table[.other][6].status == .blank)
    }

    /// A blank is 0 where the table prints figures elsewhere; a blank total is unknown.
    @Test func blankCellsAreZeroButABlankTotalIsUnknown() throws {
        let grid = Self.grid([
            Self.header,
            [Self.cell("一、本年新收政府信息公开申请数量", 1, columnSpan: 2)]
                + ["5", "", "", "\u{00A0}", "", "1", ""].enumerated().map { Self.cell($1, $0 + 3) },
        ])
        let result = try #require(GridApplicationsReader.read(grid, template: .y2021))
        #expect(result.table[.newRequests].map(\.value) == [5, 0, 0, 0, 0, 1, nil])
        #expect(result.warnings.contains { $0.message.contains("合计栏原表空白") })
    }

    /// Columns are found by their headers, in whatever order they stand.
    @Test func columnsAreReadByTheirHeadersNotTheirOrder() throws {
        let names = ["总计", "其他", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"]
        let grid = Self.grid([
            [Self.cell("", 1, columnSpan: 2)] + names.enumerated().map { Self.cell($1, $0 + 3) },
            [Self.cell("一、本年新收政府信息公开申请数量", 1, columnSpan: 2)]
                + ["10", "3", "7", "0", "0", "0", "0"].enumerated().map { Self.cell($1, $0 + 3) },
        ])
        let result = try #require(GridApplicationsReader.read(grid, template: .y2021))
        #expect(result.table[.newRequests].map(\.value) == [7, 0, 0, 0, 0, 3, 10])
    }

    /// Two figures in one cell are never split or guessed into columns.
    @Test func aCellWithTwoFiguresIsUnreadableWithAWarning() throws {
        let grid = Self.grid([
            Self.header,
            [Self.cell("二、上年结转政府信息公开申请数量", 1, columnSpan: 2)]
                + ["1 2", "0", "0", "0", "0", "0", "3"].enumerated().map { Self.cell($1, $0 + 3) },
        ])
        let result = try #require(GridApplicationsReader.read(grid, template: .y2021))
        #expect(result.table[.carriedOver][0].value == nil)
        #expect(result.table[.carriedOver][0].status == .unreadable)
        #expect(result.warnings.contains { $0.message.contains("不是一个数字") })
    }

    /// Text tables: a row with fewer figures than the others is not guessed into columns.
    @Test func aShortTabSeparatedRowIsBrokenNotShifted() throws {
        let lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                     "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
                     "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t1\t6",
                     "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t1\t"]
        let grids = TextGrids.grids(lines)
        let grid = try #require(grids.first)
        let result = try #require(GridApplicationsReader.read(grid, template: .y2021))
        #expect(result.table[.newRequests].map(\.value) == [5, 0, 0, 0, 0, 1, 6])
        #expect(result.table[.carriedOver].allSatisfy { $0.value == nil })
        #expect(result.warnings.contains { $0.message.contains("“上年结转政府信息公开申请数量”行") })
    }

    /// Kangxi radicals in a PDF's text layer are read as the characters they stand for.
    @Test func kangxiRadicalsAreOrdinaryCharacters() {
        #expect(CompatibilityFolding.normalise("⼀、本年新收") == "一、本年新收")
        #expect(CompatibilityFolding.normalise("⾏政") == "行政")
        #expect(CompatibilityFolding.normalise("（一）") == "（一）")
    }
}

extension GridReaderTests {
    /// A text table's header that stands over its columns (one header row, every column in
    /// it) names them in any order; one that lost its spans, in another order than the
    /// template's, cannot place them: the table is null with a warning, never read in the
    /// template's order.
    @Test func aTextTableWithColumnsInAnotherOrderIsReadByAFullHeaderOrElseNull() throws {
        let full = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                    "\t总计\t其他\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构",
                    "一、本年新收政府信息公开申请数量\t6\t1\t5\t0\t0\t0\t0",
                    "二、上年结转政府信息公开申请数量\t1\t0\t1\t0\t0\t0\t0"]
        let fullGrid = try #require(TextGrids.grids(full).first)
        let read = try #require(GridApplicationsReader.read(fullGrid, template: .y2021))
        #expect(read.table[.newRequests].map(\.value) == [5, 0, 0, 0, 0, 1, 6])

        let spansLost = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                         "\t总计\t法人或其他组织\t自然人",
                         "\t\t其他\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t",
                         "一、本年新收政府信息公开申请数量\t6\t1\t0\t0\t0\t0\t5",
                         "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"]
        let lostGrid = try #require(TextGrids.grids(spansLost).first)
        let refused = try #require(GridApplicationsReader.read(lostGrid, template: .y2021))
        #expect(refused.table.rows.flatMap { $0 }.allSatisfy { $0.value == nil })
        #expect(refused.warnings.contains { $0.message.contains("顺序不同") })
    }
}
