import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NianbaoCharts

@Suite struct TickTests {
    @Test func stepsByOneTwoFiveFromZero() {
        #expect(Ticks.nice(maximum: 135) == [0, 50, 100, 150])
        #expect(Ticks.nice(maximum: 7) == [0, 2, 4, 6, 8])
        #expect(Ticks.nice(maximum: 46984) == [0, 10000, 20000, 30000, 40000, 50000])
        #expect(Ticks.nice(maximum: 1) == [0, 1])
        #expect(Ticks.nice(maximum: 100) == [0, 20, 40, 60, 80, 100])
    }

    @Test func coversNegativeValuesAndAllZeros() {
        #expect(Ticks.nice(minimum: -15, maximum: 35) == [-20, -10, 0, 10, 20, 30, 40])
        #expect(Ticks.nice(maximum: 0) == [0, 1])
    }

    @Test func mapsValuesLinearlyAndInverted() {
        let scale = LinearScale(domain: 0...100, range: 10...210, inverted: true)
        #expect(scale(0) == 210)
        #expect(scale(100) == 10)
        #expect(scale(25) == 160)
    }

    @Test func writesNumbersTheChineseWay() {
        #expect(ChineseNumber.format(47000) == "4.7万")
        #expect(ChineseNumber.format(10000) == "1万")
        #expect(ChineseNumber.format(120_000_000) == "1.2亿")
        #expect(ChineseNumber.format(860) == "860")
        #expect(ChineseNumber.format(0.5) == "0.5")
        #expect(ChineseNumber.format(-15) == "-15")
    }
}

@Suite struct ChartGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func matchesGolden(_ svg: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" {
            try (svg + "\n").write(to: url, atomically: true, encoding: .utf8)
        } else {
            #expect(try String(contentsOf: url, encoding: .utf8) == svg + "\n", sourceLocation: sourceLocation)
        }
        #expect(XMLCheck.parses(svg), "\(name) is not well-formed XML", sourceLocation: sourceLocation)
        #expect(svg.contains("<title id=") && svg.contains("<desc id="), sourceLocation: sourceLocation)
        #expect(svg.contains("role=\"img\""), sourceLocation: sourceLocation)
    }

    let requests = ChartSeries(name: "依申请公开数", points: [(2019, 23), (2020, 30), (2021, nil), (2022, 56), (2023, 125), (2024, 135)])
    let answered = ChartSeries(name: "按时答复数", points: [(2019, 20), (2020, 30), (2021, 63), (2022, 56), (2023, 120), (2024, 135)])

    @Test func lineChartWithAGap() throws {
        try matchesGolden(LineChart(id: "c1", title: "依申请公开数", description: "2019–2024 年，2021 年缺失",
                                    series: [requests, answered]).svg(), "line-gap.svg")
    }

    @Test func lineChartWithASinglePoint() throws {
        try matchesGolden(LineChart(id: "c2", title: "单点", description: "只有一年",
                                    series: [ChartSeries(name: "新收", points: [(2024, 41)])]).svg(), "line-single.svg")
    }

    @Test func lineChartOfAllZeros() throws {
        try matchesGolden(LineChart(id: "c3", title: "行政诉讼", description: "历年均为 0",
                                    series: [ChartSeries(name: "诉讼", points: [(2022, 0), (2023, 0), (2024, 0)])]).svg(), "line-zeros.svg")
    }

    @Test func stackedBarsOfOutcomes() throws {
        let categories = [
            ChartSeries(name: "予以公开", points: [(2023, 22), (2024, 71)]),
            ChartSeries(name: "部分公开", points: [(2023, 20), (2024, 29)]),
            ChartSeries(name: "不予公开", points: [(2023, 5), (2024, nil)]),
            ChartSeries(name: "无法提供", points: [(2023, 31), (2024, 75)]),
        ]
        try matchesGolden(StackedBarChart(id: "c4", title: "办理结果", description: "2023–2024 年", categories: categories).svg(), "stacked.svg")
    }

    @Test func rankingWithAVeryLongLabel() throws {
        let chart = HorizontalBarChart(id: "c5", title: "新收申请排名", description: "2024 年", items: [
            ("冠县人民政府", 130), ("泰安市泰山区行政审批服务局泰山分局政务服务中心第一窗口", 28), ("平潭综合实验区", 218), ("缺失机关", nil),
        ])
        let svg = chart.svg()
        try matchesGolden(svg, "hbar-long-label.svg")
        #expect(svg.contains("泰安市泰山区行政审批服务局…"))
        #expect(svg.contains("<title>泰安市泰山区行政审批服务局泰山分局政务服务中心第一窗口：28</title>"))
    }

    @Test func sparklineMarksTheLastValue() throws {
        try matchesGolden(Sparkline(id: "c6", title: "趋势", series: requests).svg(), "sparkline.svg")
    }

    @Test func escapesTextInCharts() {
        let svg = LineChart(id: "x", title: "<script>", description: "a & b",
                            series: [ChartSeries(name: "\"引号\"", points: [(2024, 1)])]).svg()
        #expect(!svg.contains("<script>"))
        #expect(XMLCheck.parses(svg))
    }
}

/// Whether a string is well-formed XML.
enum XMLCheck {
    static func parses(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }
}
