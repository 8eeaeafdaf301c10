import Testing
@testable import NianbaoReports

@Suite struct TextCleanerTests {
    @Test func splitsCRLFAndLoneCRAndDropsFormFeeds() {
        #expect(TextCleaner.splitLines("a\r\nb\rc\u{0C}d\ne") == ["a", "b", "cd", "e"])
    }

    @Test func removesWordBookmarksKeepingTheText() {
        #expect(TextCleaner.removeBookmarks("\t[bookmark: _GoBack]15") == "\t15")
        #expect(TextCleaner.removeBookmarks("[bookmark: _Hlk1]一、[bookmark: x]本年") == "一、本年")
    }

    @Test(arguments: ["-4-", " - 12 - ", "— 3 —", "第 2 页", "第3页共9页", "3/9"])
    func recognisesPageFooters(_ line: String) {
        #expect(TextCleaner.isPageFooter(line))
    }

    @Test(arguments: ["2024", "行政许可 3", "-5", "1/2/3 个", "（一）"])
    func keepsLinesThatAreNotFooters(_ line: String) {
        #expect(!TextCleaner.isPageFooter(line))
    }

    @Test func dropsOCRJunkAfterImageMarkersWithAWarningNamingTheLines() {
        let cleaned = TextCleaner.clean("正文一。\n[image: image8.png]BAEM\n\nRERE\n| 2024558 168%208\n\n二是完善机制。")
        #expect(cleaned.lines == ["正文一。", "", "", "", "", "", "二是完善机制。"])
        #expect(cleaned.warnings.count == 1)
        #expect(cleaned.warnings[0].line == 2)
        #expect(cleaned.warnings[0].message.contains("第 2–5 行"))
    }

    @Test func keepsHanTextOnTheLineOfAnImageMarker() {
        let cleaned = TextCleaner.clean("[image: a.png]如上图所示，数量略有变化。")
        #expect(cleaned.lines == ["如上图所示，数量略有变化。"])
        #expect(cleaned.warnings.isEmpty)
    }

    @Test func readsACrawlerHeaderAndBlanksItsLines() {
        let cleaned = TextCleaner.clean("标题: 某县2024年报告\n原文链接: https://x.gov.cn/a.htm\n=== 正文 ===\n一、总体情况")
        #expect(cleaned.header?["原文链接"] == "https://x.gov.cn/a.htm")
        #expect(cleaned.lines == ["", "", "", "一、总体情况"])
    }

    @Test func foldsFullWidthDigitsAndSpacesOneForOne() {
        let scalars = Array("１２３　４".unicodeScalars).map(\.folded)
        #expect(String(String.UnicodeScalarView(scalars)) == "123 4")
    }

    /// Found by fuzzing.
    @Test func anImageMarkerWithoutItsClosingBracketIsDroppedToTheLineEnd() {
        #expect(TextCleaner.imageMarker(in: "正文[image:") == .init(start: 2, end: 9, name: ""))
        #expect(TextCleaner.imageMarker(in: "[image: a.png") == .init(start: 0, end: 13, name: "a.png"))
    }
}
