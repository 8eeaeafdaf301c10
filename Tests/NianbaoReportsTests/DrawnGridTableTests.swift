import Testing
@testable import NianbaoReports

/// Tables drawn with `+-|` (pandoc 3's grid tables, which keep merged cells), read by the
/// positions of their borders. Expected figures are written from the tables as drawn.
@Suite struct DrawnGridTableTests {
    /// Table 4 as pandoc 3 draws a page's merged header, with the two litigation groups in
    /// the other order than the template's: the spans place every figure under its group.
    static let review = """
        +----------+----------+----------+----------+------+----------+----------+----------+----------+------+----------+----------+----------+----------+------+
        | 行政复议                                         | 行政诉讼                                                                                            |
        +----------+----------+----------+----------+------+--------------------------------------------------+--------------------------------------------------+
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 复议后起诉                                       | 未经复议直接起诉                                 |
        |          |          |          |          |      +----------+----------+----------+----------+------+----------+----------+----------+----------+------+
        |          |          |          |          |      | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        +==========+==========+==========+==========+======+==========+==========+==========+==========+======+==========+==========+==========+==========+======+
        | 2        | 0        | 0        | 0        | 2    | 0        | 0        | 1        | 0        | 1    | 3        | 1        | 0        | 0        | 4    |
        +----------+----------+----------+----------+------+----------+----------+----------+----------+------+----------+----------+----------+----------+------+
        """

    @Test func mergedHeaderCellsKeepTheirSpansAndPlaceEachGroup() throws {
        let lines = Self.review.split(separator: "\n").map(String.init)
        let (grid, next) = try #require(DrawnGridTable.read(lines, from: 0))
        #expect(next == lines.count)
        #expect(grid.columnCount == 15 && grid.rows.count == 4)
        // 行政诉讼 over ten columns, 结果维持 of 行政复议 over the two header rows below it.
        #expect(grid[0, 14].text == "行政诉讼" && grid[0, 14].isContinuation && grid[0, 5].originColumn == 5)
        #expect(grid[2, 0].text == "结果维持" && grid[2, 0].originRow == 1)
        #expect(grid[3, 9].text == "1" && grid[3, 9].line == 8)
        let read = try #require(GridReviewReader.read(grid))
        #expect(read.table.administrativeReview.cells.map(\.value) == [2, 0, 0, 0, 2])
        #expect(read.table.litigationAfterReview.cells.map(\.value) == [0, 0, 1, 0, 1])
        #expect(read.table.litigationDirect.cells.map(\.value) == [3, 1, 0, 0, 4])
    }

    /// A label merged over two rows whose text goes on below the separator that the cells
    /// beside it draw, and a figure a Word run split in two (`[4]{…}[6]{…}`): one cell each.
    @Test func aCellOverSeveralRowsIsOneCellWithAllItsText() throws {
        let lines = """
            +------------+----------+------+
            | （四）无法 | 1.本机关 | [4]{ |
            | 提供       | 不掌握   | .x}[ |
            |            |          | 6]{. |
            |            |          | x}   |
            |            +----------+------+
            |            | 2.重复   | 0    |
            +------------+----------+------+
            """.split(separator: "\n").map(String.init)
        let (grid, _) = try #require(DrawnGridTable.read(lines, from: 0))
        #expect(grid.rows.count == 2 && grid.columnCount == 3)
        #expect(grid[0, 0].text == "（四）无法提供" && grid[1, 0].isContinuation && grid[1, 0].text == "（四）无法提供")
        #expect(grid[0, 1].text == "1.本机关不掌握")
        #expect(grid[0, 2].text == "46")
        #expect(grid[1, 2].text == "0" && grid[1, 2].line == 7)
    }

    /// A table whose writer counted a Han character one column wide: its borders do not line
    /// up with ours, so it is not read by position (never a figure from a neighbour's column).
    @Test func aTableWhoseBordersDoNotLineUpIsNotReadByPosition() {
        let lines = """
            +------+------+------+
            | 规章 | 0    | 0    |
            +------+------+------+
            | 行政规范性文件 | 1 | 2 |
            +------+------+------+
            """.split(separator: "\n").map(String.init)
        #expect(DrawnGridTable.read(lines, from: 0) == nil)
        let narrow = """
            +------+----+----+
            | 规章   | 0  | 0  |
            +------+----+----+
            | 许可   | 12 | 3  |
            +------+----+----+
            """.split(separator: "\n").map(String.init)
        #expect(DrawnGridTable.read(narrow, from: 0) == nil)
    }

    /// A merged region that is not a rectangle cannot be a cell: the table is refused.
    @Test func aRegionThatIsNoRectangleRefusesTheTable() {
        let lines = """
            +----+----+
            | a    b  |
            +----+    +
            | c  | d  |
            +----+----+
            """.split(separator: "\n").map(String.init)
        #expect(DrawnGridTable.read(lines, from: 0) == nil)
    }

    @Test func pandocDisplayWidthsCountHanAndFullWidthFormsTwice() {
        #expect(DisplayWidth.of("行政复议" as Substring) == 8)
        #expect(DisplayWidth.of("（一）A1" as Substring) == 8)
        #expect(DisplayWidth.of("“三安全一稳定”" as Substring) == 14)  // quotes are "ambiguous": one
        #expect(DisplayWidth.of("ｅ\u{301}" as Substring) == 2)
    }
}
