import Testing
@testable import NianbaoReports

@Suite struct SectionSplitterTests {
    func titles(_ text: String) -> [Int: String] {
        let document = SourceDocument(lines: TextCleaner.clean(text).lines)
        return Dictionary(uniqueKeysWithValues: SectionSplitter.split(document).parts.map { ($0.number, $0.title) })
    }

    @Test func findsNumberedTitlesOnTheirOwnLines() {
        let found = titles("一、总体情况\n甲。\n二、主动公开政府信息情况\n乙\n三、收到和处理政府信息公开申请情况\n丙\n四、政府信息公开行政复议、行政诉讼情况\n丁\n五、存在的主要问题及改进情况\n戊\n六、其他需要报告的事项\n己")
        #expect(found == [1: "总体情况", 2: "主动公开政府信息情况", 3: "收到和处理政府信息公开申请情况",
                          4: "政府信息公开行政复议、行政诉讼情况", 5: "存在的主要问题及改进情况", 6: "其他需要报告的事项"])
    }

    @Test func findsMarkdownHeadingsWithLongerTitles() {
        let found = titles("## 一、总体情况\n甲。\n## 二、行政机关主动公开政府信息情况\n#### 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n丁")
        #expect(found[2] == "行政机关主动公开政府信息情况")
        #expect(found[4] == "因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    }

    @Test func findsTitlesRunTogetherInOneLine() {
        let found = titles("报告全文。一、总体情况2021年，我区依法公开。二、主动公开政府信息情况第二十条规章000三、收到和处理政府信息公开申请情况（本列数据）一、本年新收4四、政府信息公开行政法复议、行政诉讼情况000000000000000五、存在的主要问题及改进情况问题。六、其他需要报告的事项无。")
        #expect(found.keys.sorted() == [1, 2, 3, 4, 5, 6])
        #expect(found[4] == "政府信息公开行政法复议、行政诉讼情况")
    }

    @Test func findsUnnumberedTitlesStandingAsHeadings() {
        let found = titles("总体情况\n甲。\n主动公开政府信息情况\n乙\n收到和处理政府信息公开申请情况\n丙")
        #expect(found.keys.sorted() == [1, 2, 3])
    }

    @Test func ignoresTitlesListedInThePreamble() {
        let text = "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。\n一、总体情况\n甲。"
        let document = SourceDocument(lines: TextCleaner.clean(text).lines)
        let layout = SectionSplitter.split(document)
        #expect(layout.parts.map(\.number) == [1])
        #expect(document.line(at: layout.parts[0].heading.lowerBound) == 2)
    }

    @Test func doesNotTakeASubheadingForAPartTitle() {
        let found = titles("一、总体情况\n（一）主动公开政府信息总体情况\n甲。\n二、主动公开政府信息情况\n乙")
        #expect(found[2] == "主动公开政府信息情况")
    }
}

@Suite struct NarrativeFormatterTests {
    func markdown(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, String($0.element)) }
        return NarrativeFormatter.markdown(lines: lines)
    }

    @Test func makesOneParagraphPerPrintedParagraph() {
        #expect(markdown("第一段。\n第二段。\n\n第三段。") == "第一段。\n\n第二段。\n\n第三段。")
    }

    @Test func turnsNumberedSubheadingsIntoHeadings() {
        #expect(markdown("（一）主动公开\n正文。") == "### （一）主动公开\n\n正文。")
        #expect(markdown("（二）**依申请公开**。畅通渠道。") == "### （二）**依申请公开**。\n\n畅通渠道。")
    }

    @Test func splitsTextRunTogetherAtSubheadingMarkers() {
        #expect(markdown("总体良好。（一）主动公开方面。公开信息。（二）依申请公开方面。办结申请。")
                == "总体良好。\n\n### （一）主动公开方面。\n\n公开信息。\n\n### （二）依申请公开方面。\n\n办结申请。")
    }

    @Test func joinsALineBrokenInsideASentence() {
        let broken = "2024年，东昌府区人民政府高度重视信息管理工作，紧紧围绕提升政府透明度和服务效能，不断加强建设。本\n\n年度制发规范性文件 0 件。"
        #expect(markdown(broken) == "2024年，东昌府区人民政府高度重视信息管理工作，紧紧围绕提升政府透明度和服务效能，不断加强建设。本年度制发规范性文件 0 件。")
    }

    @Test func keepsEveryCharacterOfTheAgencysText() {
        let text = "（一）基本情况今年，我区公布政府信息2599条，(其中机构职能类信息25条)。2.把握工作重点《条例》“公开”。"
        let kept = markdown(text).unicodeScalars.filter { !"#\n ".unicodeScalars.contains($0) }
        #expect(String(String.UnicodeScalarView(kept)) == text)
    }

    @Test func escapesWhatMarkdownWouldTakeAsMarkup() {
        #expect(NarrativeFormatter.escape("- 不是列表") == "\\- 不是列表")
        #expect(NarrativeFormatter.escape("1. 不是列表") == "1\\. 不是列表")
        #expect(NarrativeFormatter.escape("关于<script>的说明") == "关于\\<script>的说明")
        #expect(NarrativeFormatter.escape("印发<中华人民共和国>的通知") == "印发<中华人民共和国>的通知")
    }

    @Test func picksOutAYearBySeriesTable() {
        let lines = ["\t年 份", "\t2019", "\t2020", "", "\t依申请公开数", "\t23", "\t30", "", "\t按时答复数", "\t23", "\t30", "正文。"]
            .enumerated().map { ($0.offset + 1, $0.element) }
        let found = SeriesExtractor.extract(lines: lines)
        #expect(found.count == 1)
        #expect(found[0].series.map(\.title) == ["依申请公开数", "按时答复数"])
        #expect(found[0].series[0].points.map(\.year) == [2019, 2020])
        #expect(found[0].series[0].points.map(\.value) == [23, 30])
        #expect(NarrativeFormatter.markdown(lines: lines, tables: found) == "年 份 | 2019 | 2020\\\n依申请公开数 | 23 | 30\\\n按时答复数 | 23 | 30\n\n正文。")
    }
}
