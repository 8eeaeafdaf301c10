import Testing
@testable import NianbaoReports

/// Labels that `pdftotext -layout` wraps around their row's figures or around a fragment of
/// the group label beside them. Figures written down from the table drawn here.
@Suite struct WrappedLabelTests {
    static func report(_ rows: [String]) throws -> Report {
        try ReportParser.parse(text: ([
            "某某县人民政府2024年政府信息公开工作年度报告", "一、总体情况", "本年度依法公开政府信息。",
            "三、收到和处理政府信息公开申请情况",
            "                                 申请人情况",
            "  （本列数据的勾稽关系为：第一项加第二项之和，等于第三项 自  法人或其他组织",
            "  加第四项之和）                        然 商业 科研 社会公 法律服 其 总计",
            "                                 人 企业 机构 益组织 务机构 他",
            "  一、本年新收政府信息公开申请数量               5  1  0  0  0  0  6",
        ] + rows + ["四、政府信息公开行政复议、行政诉讼情况"]).joined(separator: "\n"))
    }

    static let wrapped = [
        "        （五）不 4.无正当理由大量反复申请            0  0  0  0  0  0  0",
        "              5.要求行政机关确认或重新出具",
        "                                     3  0  0  0  0  1  4",
        "              已获取信息",
        "        （六）其 2.申请人逾期未按收费通知要求缴纳费",
        "        他处理 用、行政机关不再处理其政府信息公开 0  2  0  0  0  0  2",
        "              申请",
        "              3.其他                  7  0  0  0  0  0  7",
    ]

    @Test func aLabelWrappedAroundItsFiguresGetsThem() throws {
        let table = try Self.report(Self.wrapped).applications
        #expect(table[.excessive].map(\.value) == [0, 0, 0, 0, 0, 0, 0])
        #expect(table[.confirmation].map(\.value) == [3, 0, 0, 0, 0, 1, 4])
        #expect(table[.unpaidFees].map(\.value) == [0, 2, 0, 0, 0, 0, 2])
        #expect(table[.other].map(\.value) == [7, 0, 0, 0, 0, 0, 7])
    }

    /// Figures between the label's parts and after it as well: which are the row's cannot be
    /// told, so the row is empty, and the next row keeps its own.
    @Test func figuresInsideAndAfterALabelLeaveTheRowEmpty() throws {
        var rows = Self.wrapped
        rows[3] = "              已获取信息               9  0  0  0  0  0  9"
        let table = try Self.report(rows).applications
        #expect(table[.confirmation].allSatisfy { $0.value == nil })
        #expect(table[.unpaidFees].map(\.value) == [0, 2, 0, 0, 0, 0, 2])
    }

    @Test func partsMatchExactlyAndNeverOverADigit() {
        let text = Array("5.要求行政机关确认或重新出具\n 3 0\n已获取信息".unicodeScalars)
        let found = WrappedLabel.find("要求行政机关确认或重新出具已获取信息", in: text, from: 0, before: text.count)
        #expect(found?.figures.map { String(String.UnicodeScalarView(text[$0])) } == " 3 0")
        let typo = Array("5.要求行政机关确认或重新出具\n 3 0\n己获取信息".unicodeScalars)
        #expect(WrappedLabel.find("要求行政机关确认或重新出具已获取信息", in: typo, from: 0, before: typo.count) == nil)
        let long = Array("要求行政机关确认\n（五）不予处\n或重新出具已获取信息".unicodeScalars)
        #expect(WrappedLabel.find("要求行政机关确认或重新出具已获取信息", in: long, from: 0, before: long.count) == nil)
    }
}
