import Testing
@testable import NianbaoReports

/// Tables ruled by dashes (pandoc's simple and multiline tables). Expected figures are
/// written from the tables as drawn.
@Suite struct DashRuleTableTests {
    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// pandoc 2's headerless simple table of table 4 (a page's merged header cells written in
    /// their first column), its header printing 总计 first: read by position and by header.
    @Test func aSimpleTableIsReadByThePositionsOfItsDashes() throws {
        let table = Self.lines("""
              -------- -------- -------- -------- -------- ---------------- -------- -------- -------- -------- ---------- -------- -------- -------- --------
              行政复议                                     行政诉讼
              总计     结果维持 结果纠正 其他结果 尚未审结 未经复议直接起诉                                     复议后起诉
                                                           总计             结果维持 结果纠正 其他结果 尚未审结 总计       结果维持 结果纠正 其他结果 尚未审结
              3        2        0        1        0        10               8        0        2                 2                            0        2
              -------- -------- -------- -------- -------- ---------------- -------- -------- -------- -------- ---------- -------- -------- -------- --------
            """)
        let (grid, next) = try #require(DashRuleTable.read(table, from: 0))
        #expect(next == table.count)
        #expect(grid.columnCount == 15 && grid.rows.count == 4)
        #expect(grid[3, 9].isBlank && grid[3, 14].text == "2")
        let read = try #require(GridReviewReader.read(grid))
        #expect(read.table.administrativeReview.cells.map(\.value) == [2, 0, 1, 0, 3])
        #expect(read.table.litigationDirect.cells.map(\.value) == [8, 0, 2, 0, 10])
        // Blank cells in a table that prints figures elsewhere are zeros.
        #expect(read.table.litigationAfterReview.cells.map(\.value) == [0, 0, 0, 2, 2])
    }

    /// A multiline table: a header over lines, rows divided by blank lines, a label wrapped
    /// inside its column (its lines join), and a right-aligned figure column.
    @Test func aMultilineTableJoinsEachCellsLines() throws {
        let table = Self.lines("""
              -----------------------------------------
              信息内容           本年制发      现行有效
                                     件数          件数
              ---------------- ---------- -------------
              规章                      0             0

              行政规范性                4            14
              文件
              -----------------------------------------
            """)
        let (grid, _) = try #require(DashRuleTable.read(table, from: 0))
        #expect(grid.rows.map { $0.map(\.text) } == [["信息内容", "本年制发件数", "现行有效件数"], ["规章", "0", "0"],
                                                    ["行政规范性文件", "4", "14"]])
        #expect(grid[2, 2].line == 7)
    }

    /// A figure standing across two columns' dashes, or a column whose cells share no
    /// alignment (a writer that counted a Han character one column wide): not read at all.
    @Test func aTableWhoseTextDoesNotFitItsDashesIsRefused() {
        let across = Self.lines("""
              ------ ----- -----
              规章   0     0
              许可     12   3
              ------ ----- -----
            """)
        #expect(DashRuleTable.read(across, from: 0) == nil)
        let shifted = Self.lines("""
              -------------- ----- -----
              规章           0     0
              行政规范性文件  1     2
              -------------- ----- -----
            """)
        #expect(DashRuleTable.read(shifted, from: 0) == nil)
    }

    /// Markdown of a Word page (pandoc `gfm`): raw HTML runs, entities and pandoc spans are
    /// markup, removed from lines and cells; a plain-text report keeps `<script>` as printed.
    @Test func markdownMarkupIsRemovedButPlainTextKeepsWhatItPrints() {
        #expect(InlineMarkup.plain(#"<span lang="EN-US" style="font-family:&quot;Times&quot;">2024</span>年"#) == "2024年")
        #expect(InlineMarkup.plain("[东昌府区]{style=\"font-size:22.0pt\"}[ 2024 ]{lang=\"EN-US\"}年") == "东昌府区 2024 年")
        #expect(InlineMarkup.plain("::: {.WordSection1 style=\"layout-grid:15.6pt\"}") == "")
        #expect(InlineMarkup.plain("小于<5%，《关于印发<格式>的通知》&c") == "小于<5%，《关于印发<格式>的通知》&c")
        #expect(InlineMarkup.plain("A&nbsp;B&#x4E00;&#20108;<!-- x --><br/>") == "A B一二")
        #expect(InlineMarkup.cell(#"<span style="x">4</span><span>6</span>\."#) == "46.")
        #expect(MarkdownFile.isMarkdown(file: "a.md", text: ""))
        #expect(MarkdownFile.isMarkdown(file: "a.txt", text: "x\n|---|---|\n"))
        #expect(!MarkdownFile.isMarkdown(file: "a.txt", text: "<script>alert(1)</script>\n| a | b |"))
    }
}
