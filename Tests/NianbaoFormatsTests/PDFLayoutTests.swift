import Testing
@testable import NianbaoFormats

/// The PDF layout rules on glyphs placed by hand: 10 pt Han glyphs, 5 pt digits.
@Suite struct PDFLayoutTests {
    /// Glyphs for `text` starting at `x` on the line whose top is `y`.
    static func glyphs(_ text: String, x: Double, y: Double) -> [PDFGlyph] {
        var position = x
        return text.map { character in
            let width = character.isHan || character.isCJKPunctuation ? 10.0 : 5.0
            defer { position += width }
            return PDFGlyph(character: character, x1: position, y1: y, x2: position + width, y2: y + 13)
        }
    }

    /// A row's figures in columns 40 pt apart from x = 300.
    static func figures(_ values: [String], y: Double) -> [PDFGlyph] {
        values.enumerated().flatMap { glyphs($1, x: 300 + 40 * Double($0), y: y) }
    }

    static func text(_ glyphs: [PDFGlyph]) -> [String] {
        PDFLayout.rows(PDFLayout.lines(PopplerText.Page(number: 1, width: 595, height: 842, glyphs: glyphs))).map(\.text)
    }

    @Test func readsRowsInPositionOrderWhateverTheStoredOrder() {
        let stored = Self.figures(["3", "0"], y: 120) + Self.glyphs("重复申请", x: 60, y: 120)
            + Self.figures(["5", "1"], y: 100) + Self.glyphs("予以公开", x: 60, y: 100)
        #expect(Self.text(stored.reversed()) == ["予以公开\t5\t1", "重复申请\t3\t0"])
    }

    @Test func joinsALabelWrappedOverLinesToTheFiguresBesideIt() {
        // Lines of one cell 1.5 pt apart; cells 8 pt apart; figures centred on the cell.
        let glyphs = Self.glyphs("1.属于国家秘密", x: 60, y: 80) + Self.figures(["0", "0"], y: 80)
            + Self.glyphs("5.要求行政机关确认或", x: 60, y: 101) + Self.glyphs("重新出具已获取信息", x: 60, y: 115.5)
            + Self.figures(["2", "2"], y: 108)
        #expect(Self.text(glyphs) == ["1.属于国家秘密\t0\t0", "5.要求行政机关确认或重新出具已获取信息\t2\t2"])
    }

    @Test func writesAMergedLabelCellAtItsFirstRowWithoutInterleaving() {
        // 「（三）不予公开」 set one line under another in a narrow column beside two rows.
        let glyphs = Self.glyphs("（三）", x: 60, y: 100) + Self.glyphs("1.属于国家秘密", x: 100, y: 100) + Self.figures(["0"], y: 100)
            + Self.glyphs("不予公", x: 60, y: 114.5) + Self.glyphs("开", x: 60, y: 129)
            + Self.glyphs("2.其他法律行政法规禁止公开", x: 100, y: 129) + Self.figures(["1"], y: 129)
        #expect(Self.text(glyphs) == ["（三）不予公开 1.属于国家秘密\t0", "2.其他法律行政法规禁止公开\t1"])
    }

    @Test func splitsAFigureSetApartFromItsLabelButNotAutospaceInText() {
        var row = Self.glyphs("行政规范性文件", x: 60, y: 100)
        row += Self.glyphs("5", x: row.last!.x2 + 6, y: 100)
        var prose = Self.glyphs("收到申请", x: 60, y: 140)
        prose += Self.glyphs("28", x: prose.last!.x2 + 2.5, y: 140)
        prose += Self.glyphs("件。", x: prose.last!.x2 + 2.5, y: 140)
        #expect(Self.text(row + prose) == ["行政规范性文件\t5", "收到申请28件。"])
    }

    @Test func leavesAHeaderRowBetweenTablesAlone() {
        let glyphs = Self.glyphs("行政许可", x: 60, y: 100) + Self.figures(["0"], y: 100)
            + Self.glyphs("第二十条第（六）项", x: 120, y: 121)
            + Self.glyphs("信息内容", x: 60, y: 142) + Self.glyphs("本年处理决定数量", x: 290, y: 142)
            + Self.glyphs("行政处罚", x: 60, y: 163) + Self.figures(["0"], y: 163)
        #expect(Self.text(glyphs) == ["行政许可\t0", "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t0"])
    }
}
