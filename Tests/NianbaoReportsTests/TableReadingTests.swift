import Testing
@testable import NianbaoReports

@Suite struct ValueTokenizerTests {
    func kinds(_ text: String) -> [ValueToken.Kind] {
        ValueTokenizer.tokens(Array(text.unicodeScalars.map(\.folded))[...]).map(\.kind)
    }

    @Test func separatesFiguresByWhitespaceAndKeepsRunsTogether() {
        #expect(kinds("132\t0 0\n3") == [.number("132"), .number("0"), .number("0"), .number("3")])
        #expect(kinds("21710000218") == [.number("21710000218")])
    }

    @Test func removesThousandsSeparatorsAndKeepsDecimals() {
        #expect(kinds("33,253.597335") == [.number("33253.597335")])
        #expect(kinds("1,2345") == [.number("1"), .text, .number("2345")])
    }

    @Test func startsANewFigureAtASign() {
        #expect(kinds("2648-18538") == [.number("2648"), .number("-18538")])
        #expect(kinds("＋5") == [.number("5")])
    }

    @Test func readsFullWidthDigits() {
        #expect(kinds("１２　３") == [.number("12"), .number("3")])
    }

    @Test func marksNotApplicableCells() {
        #expect(kinds("/ — - 不适用 3") == [.notApplicable("/"), .notApplicable("—"), .notApplicable("-"),
                                          .notApplicable("不适用"), .number("3")])
    }

    @Test func attachesAParenthesisedNoteToTheFigureBeforeIt() {
        let text = Array("1\n（2025年1月1日生效）\n2".unicodeScalars.map(\.folded))
        let tokens = ValueTokenizer.tokens(text[...])
        #expect(tokens.map(\.kind) == [.number("1"), .number("2")])
        #expect(tokens[0].note == 2..<15)
    }

    @Test func treatsANumberingInParenthesesAsText() {
        #expect(kinds("5（三）不予公开") == [.number("5"), .text])
    }
}

@Suite struct RunSplitterTests {
    let c1 = RunSplitter(kinds: Array(repeating: .integer, count: 7), groupSize: 7, lastIsSum: true)

    func values(_ text: String) -> [ValueToken] {
        ValueTokenizer.tokens(Array(text.unicodeScalars)[...]).filter(\.isValue)
    }

    func texts(_ outcome: RunSplitter.Outcome) -> [String]? {
        if case .unique(let pieces) = outcome { return pieces.map { $0.text ?? "?" } }
        return nil
    }

    @Test func splitsARunTogetherRowByItsTotal() {
        #expect(texts(c1.split(values("21710000218"))) == ["217", "1", "0", "0", "0", "0", "218"])
        #expect(texts(c1.split(values("0200002"))) == ["0", "2", "0", "0", "0", "0", "2"])
    }

    @Test func treatsSpacesAsBoundariesInsideARun() {
        #expect(texts(c1.split(values("23 0 00 0 023"))) == ["23", "0", "0", "0", "0", "0", "23"])
        #expect(texts(c1.split(values("200 000121"))) == ["20", "0", "0", "0", "0", "1", "21"])
    }

    @Test func listsEveryReadingWhenTheTotalCannotDecide() {
        guard case .ambiguous(let readings) = c1.split(values("270020130")) else { Issue.record("expected ambiguity"); return }
        #expect(readings.map { $0.map { $0.text! } }.contains(["27", "0", "0", "2", "0", "1", "30"]))
        #expect(readings.count >= 2)
    }

    @Test func takesSeparateFiguresAsPrintedEvenWhenTheyDoNotAddUp() {
        // The report's own arithmetic error is for the checks to show, not for the reader to fix.
        #expect(texts(c1.split(values("1 2 3 4 5 6 7"))) == ["1", "2", "3", "4", "5", "6", "7"])
    }

    @Test func dropsAStrayDigitFromAMergedCellWhenOnlyOneWindowAddsUp() {
        #expect(texts(c1.split(values("6 0 0 0 0 0 6 3"))) == ["6", "0", "0", "0", "0", "0", "6"])
        #expect(texts(c1.split(values("3 6 0 0 0 0 0 6"))) == ["6", "0", "0", "0", "0", "0", "6"])
    }

    @Test func refusesWhenNoReadingFits() {
        guard case .none = c1.split(values("12345")) else { Issue.record("expected no reading"); return }
        guard case .none = c1.split(values("0 0 0 0 0 0")) else { Issue.record("six figures are not seven"); return }
    }

    @Test func neverReadsALeadingZero() {
        let three = RunSplitter(kinds: [.integer, .integer, .integer], groupSize: 3, lastIsSum: false)
        #expect(texts(three.split(values("000"))) == ["0", "0", "0"])
        #expect(texts(three.split(values("007"))) == ["0", "0", "7"])
    }

    @Test func keepsADecimalPointInsideOneFigure() {
        let pair = RunSplitter(kinds: [.integer, .decimal], groupSize: 2, lastIsSum: false)
        guard case .ambiguous(let readings) = pair.split(values("13575.5")) else { Issue.record("expected ambiguity"); return }
        #expect(readings.allSatisfy { $0[1].text!.hasSuffix(".5") })
    }

    @Test func boundsItsWorkOnAdversarialInput() {
        let long = String(repeating: "1", count: 5_000)
        guard case .none = c1.split(values(long)) else { Issue.record("expected refusal"); return }
    }
}

@Suite struct LabelFinderTests {
    func find(_ key: String, in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let finder = LabelFinder(scalars, range: 0..<scalars.count)
        return finder.find(key, from: 0).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func findsLabelsSpacedOutOrBrokenOverLines() {
        #expect(find("社会公益组织", in: "科研 机构\t社 会 公 益 组 织\t法") == "社 会 公 益 组 织")
        #expect(find("要求行政机关确认或重新出具已获取信息", in: "5.要求行政机关确认或重新\n出具已获取信息\n0") != nil)
    }

    @Test func ignoresQuotesAndPunctuationInsideALabel() {
        #expect(find("危及三安全一稳定", in: "3.危及“三安全一稳定”0") == "危及“三安全一稳定")
    }

    @Test func toleratesAWrongCharacterInALongLabel() {
        #expect(find("本年新收政府信息公开申请数量", in: "一、本年新收政府信息公开申情数量 3") != nil)
        #expect(find("重复申请", in: "2.重夏申请") == nil)
    }

    @Test func neverSpansAFigure() {
        #expect(find("其他", in: "其3他") == nil)
    }
}

/// Text whose reading order puts a row's figures before its label (`pdftotext` of a
/// browser-printed PDF): the figures after each label are the next row's, so none is taken.
@Suite struct FiguresBeforeLabelsTests {
    /// Table 二's first sub-table, one cell per line, its two rows written `label, figures`
    /// or, with `figuresFirst`, `figures, label`.
    static func report(figuresFirst: Bool) throws -> Report {
        let rows = [("规章", ["0", "0", "0"]), ("行政规范性文件", ["1", "2", "9"])]
        let body = rows.flatMap { label, figures in figuresFirst ? figures + [label] : [label] + figures }
        return try ReportParser.parse(text: (["某某县人民政府2024年政府信息公开工作年度报告", "一、总体情况", "本年度依法公开政府信息。",
                                              "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数",
                                              "本年废止件数", "现行有效件数"] + body + ["三、收到和处理政府信息公开申请情况"])
            .joined(separator: "\n"))
    }

    @Test func leavesATableEmptyWhenFiguresStandBeforeItsFirstLabel() throws {
        let report = try Self.report(figuresFirst: true)
        let table = report.activeDisclosure
        #expect(table.rules.issued.value == nil && table.normativeDocuments.issued.value == nil)
        #expect(table.normativeDocuments.inForce.value == nil)
        #expect(report.warnings.filter { $0.message.contains("数字排在行名之前") }.count == 1)
    }

    @Test func readsTheSameTableInTheReportsOwnOrder() throws {
        let report = try Self.report(figuresFirst: false)
        let table = report.activeDisclosure
        #expect(table.rules.issued.value == 0 && table.normativeDocuments.issued.value == 1)
        #expect(table.normativeDocuments.inForce.value == 9)
        #expect(!report.warnings.contains { $0.message.contains("数字排在行名之前") })
    }
}

/// A header written one cell per line without tabs (LibreOffice's and Word's text export):
/// its columns in another order than the template's are refused, never read in the
/// template's order (LibreOffice's text of `review-total-first.html` once gave 14 wrong figures).
@Suite struct HeaderCellPerLineTests {
    static func report(_ header: [String]) throws -> Report {
        try ReportParser.parse(text: (["某某县人民政府2024年政府信息公开工作年度报告", "一、总体情况", "本年度依法公开政府信息。",
                                       "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"] + header
                                      + ["3", "2", "0", "1", "0", "10", "8", "0", "2", "0", "2", "0", "0", "2", "0",
                                         "五、存在的主要问题及改进情况", "无。"]).joined(separator: "\n"))
    }
    static let outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

    @Test func aHeaderWithTheTotalFirstIsRefused() throws {
        let moved = ["总计"] + Self.outcomes.dropLast()
        let report = try Self.report(moved + ["未经复议直接起诉", "复议后起诉", "", "", "", "", ""] + moved + moved)
        #expect(report.reviewAndLitigation.administrativeReview.cells.allSatisfy { $0.value == nil })
        #expect(report.warnings.contains { $0.message.contains("列排在") })
    }

    @Test func theTemplatesOrderIsRead() throws {
        let report = try Self.report(Self.outcomes + ["未经复议直接起诉", "复议后起诉"] + Self.outcomes + Self.outcomes)
        #expect(report.reviewAndLitigation.administrativeReview.cells.map(\.value) == [3, 2, 0, 1, 0])
        #expect(!report.warnings.contains { $0.message.contains("列排在") })
    }

    /// A group that splits a word over two lines leaves the counts unequal: nothing refused.
    @Test func aWordSplitOverTwoLinesRefusesNothing() {
        let lines = (["结果维持", "结果纠正", "其他结果", "尚未", "审结", "总计"] + Self.outcomes + Self.outcomes)
            .map { Array($0.unicodeScalars) }
        #expect(TextTableRefusal.misorderedCells(lines, order: TextTableRefusal.reviewOrder) == nil)
    }
}
