import Testing
import NianbaoReports
@testable import NianbaoFormats

/// Text holding HTML tables (pandoc's Markdown for tables with merged cells).
@Suite struct TextWithTablesReaderTests {
    static let text = """
    ## 二、主动公开政府信息情况
    <table>
    <tr><td colspan="4">第二十条第（五）项</td></tr>
    <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
    <tr><td>行政许可</td><td colspan="3">46984</td><td></td></tr>
    </table>
    其后的文字
    """

    @Test func readsTheTableAsAGridAndTheOtherLinesAsText() throws {
        #expect(TextWithTablesReader.applies(Self.text))
        let document = TextWithTablesReader.read(try SourceDecoder.decode(Array(Self.text.utf8)))
        guard document.blocks.count == 3, case .paragraph(let first, let at) = document.blocks[0],
              case .table(let table) = document.blocks[1], case .paragraph(let last, let lastAt) = document.blocks[2] else {
            Issue.record("unexpected blocks"); return
        }
        #expect(first == "## 二、主动公开政府信息情况" && at.line == 1)
        #expect(last == "其后的文字" && lastAt.line == 7)
        // The attribute `colspan="3"` is a span, never a figure; the figure keeps its file line.
        let licensing = try #require(table.rows[2].first { $0.text == "46984" })
        #expect(licensing.columnSpan == 3 && licensing.location.line == 5 && licensing.location.table == 1)
        #expect(table.rows[2].last?.text == "")
    }

    @Test func leavesTextWithoutATableToTheTextParser() {
        #expect(!TextWithTablesReader.applies("一、总体情况\n本年度 <b>无</b> 表格"))
        #expect(ReportReader.format(of: Array("一、总体情况\n<table></table>".utf8), fileName: "a.md") == .text)
    }
}
