import NianbaoCharts
import NianbaoReports

/// Maps reports to chart input and wraps each chart with its data as a table,
/// so readers who cannot see the chart get the same figures. Our own SVG is a
/// trusted source of HTML.
enum ChartBlocks {
    /// `<figure>` with the SVG and a `<details>` table of the same data.
    static func figure(_ svg: String, caption: String, years: [Int], series: [ChartSeries]) -> HTML {
        var table = "<table class=\"chart-data\"><caption>\(HTML.escape(caption))：数据表</caption><thead><tr><th scope=\"col\">年度</th>"
        table += series.map { "<th scope=\"col\">\(HTML.escape($0.name))</th>" }.joined() + "</tr></thead><tbody>"
        for year in years {
            table += "<tr><th scope=\"row\">\(year)</th>"
            for line in series {
                let value = line.points.first { $0.year == year }?.value
                table += "<td>\(value.map { ChartBlocks.exact($0) } ?? "—")</td>"
            }
            table += "</tr>"
        }
        table += "</tbody></table>"
        return wrap(svg, caption: caption, table: table)
    }

    /// The figure around a chart: the SVG scrolls sideways on narrow screens instead of shrinking its text.
    static func wrap(_ svg: String, caption: String, table: String) -> HTML {
        HTML(trusted: "<figure class=\"chart-block\"><figcaption>\(HTML.escape(caption))</figcaption>"
             + "<div class=\"chart-scroll\">\(svg)</div>"
             + "<details><summary>查看数据表</summary><div class=\"table-scroll\">\(table)</div></details></figure>")
    }

    static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func series(_ name: String, _ reports: [PublishedReport], _ value: (Report) -> Int?) -> ChartSeries {
        ChartSeries(name: name, points: reports.map { ($0.year, value($0.report).map(Double.init)) })
    }

    static func sum(_ report: Report, _ rows: [ApplicationRow], column: Int = 6) -> Int? {
        let values = rows.map { report.applications.value($0, column) }
        return values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + $1! }
    }

    static let withheld: [ApplicationRow] = [.stateSecret, .legallyProhibited, .securityStability, .thirdPartyRights,
                                             .internalAffairs, .processInformation, .enforcementFiles, .queryMatters]
    static let outcomeGroups: [(String, [ApplicationRow])] = [
        ("予以公开", [.disclosed]), ("部分公开", [.partiallyDisclosed]), ("不予公开", withheld),
        ("无法提供", [.notHeld, .needsCreation, .stillUnclear]),
        ("不予处理", [.petitions, .duplicate, .publications, .excessive, .confirmation]),
        ("其他处理", [.noCorrection, .unpaidFees, .other]),
    ]

    /// Outcome group totals; rows the 2019 template lacks count as absent, not unknown.
    static func outcome(_ report: Report, _ rows: [ApplicationRow]) -> Int? {
        let present = rows.filter { row in !ApplicationRow.templateOptional.contains(row) || report.applications[row].contains { $0.status != .missing } }
        return sum(report, present)
    }

    /// The agency page's charts, oldest year first.
    static func agency(_ reports: [PublishedReport]) -> [HTML] {
        let years = reports.map(\.year)
        var blocks: [HTML] = []
        var requests = [
            series("自然人", reports) { $0.applications.value(.newRequests, 0) },
            series("法人或其他组织", reports) { report in
                let values = (1...5).map { report.applications.value(.newRequests, $0) }
                return values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + $1! }
            },
        ]
        // Counts a report prints in its narrative for earlier years, marked as such.
        var narrativeYears = Set(years)
        for published in reports {
            for narrative in published.report.series where narrative.title.contains("申请") {
                // Short, so the line-end label fits; the caption and table say where it comes from.
                let name = "\(narrative.title)（正文）"
                requests.append(ChartSeries(name: name, points: narrative.points.map { ($0.year, $0.value.map(Double.init)) }))
                narrativeYears.formUnion(narrative.points.map(\.year))
            }
        }
        let requestYears = narrativeYears.sorted()
        blocks.append(figure(LineChart(id: "chart-requests", title: "历年新收政府信息公开申请",
                                       description: describe(requests, years: requestYears), series: requests).svg(),
                             caption: "新收申请：自然人与法人或其他组织" + (requests.count > 2 ? "；标“正文”的线取自报告正文中的历年数字" : ""),
                             years: requestYears, series: requests))
        // With a single year there is no trend to draw: the report page shows that year.
        guard Set(years).count > 1 else { return blocks }
        let outcomes = outcomeGroups.map { name, rows in series(name, reports) { outcome($0, rows) } }
        blocks.append(figure(StackedBarChart(id: "chart-outcomes", title: "历年办理结果构成",
                                             description: describe(outcomes, years: years), categories: outcomes).svg(),
                             caption: "办理结果构成（件）", years: years, series: outcomes))
        let disputes = [
            series("行政复议", reports) { $0.reviewAndLitigation.administrativeReview.total.value },
            series("行政诉讼", reports) { report in
                guard let a = report.reviewAndLitigation.litigationDirect.total.value,
                      let b = report.reviewAndLitigation.litigationAfterReview.total.value else { return nil }
                return a + b
            },
        ]
        blocks.append(figure(LineChart(id: "chart-disputes", title: "历年行政复议与行政诉讼", description: describe(disputes, years: years),
                                       series: disputes).svg(), caption: "行政复议与行政诉讼（件）", years: years, series: disputes))
        let enforcement = [
            series("行政许可", reports) { $0.activeDisclosure.licensing.value },
            series("行政处罚", reports) { $0.activeDisclosure.penalties.value },
            series("行政强制", reports) { $0.activeDisclosure.coercion.value },
        ]
        blocks.append(figure(LineChart(id: "chart-enforcement", title: "历年行政许可、处罚、强制决定数量",
                                       description: describe(enforcement, years: years), series: enforcement).svg(),
                             caption: "行政许可、处罚、强制（件）", years: years, series: enforcement))
        let fees = [ChartSeries(name: "收费", points: reports.map { ($0.year, $0.report.activeDisclosure.fees.value.flatMap { Double($0.text) }) })]
        blocks.append(figure(LineChart(id: "chart-fees", title: "历年行政事业性收费金额", description: describe(fees, years: years),
                                       series: fees).svg(), caption: "行政事业性收费（万元）", years: years, series: fees))
        return blocks
    }

    /// One report's outcome composition.
    static func reportOutcomes(_ report: Report) -> HTML {
        let items = outcomeGroups.map { name, rows in (label: name, value: outcome(report, rows).map(Double.init)) }
        let svg = HorizontalBarChart(id: "chart-composition", title: "本年度办理结果构成",
                                     description: items.map { "\($0.label) \($0.value.map(ChineseNumber.format) ?? "缺失") 件" }.joined(separator: "，"),
                                     items: items).svg()
        let series = items.map { ChartSeries(name: $0.label, points: [(report.metadata.year ?? 0, $0.value)]) }
        return figure(svg, caption: "本年度办理结果构成（件）", years: [report.metadata.year ?? 0], series: series)
    }

    /// A year's agencies ranked.
    static func ranking(_ reports: [PublishedReport], id: String, title: String, format: @escaping @Sendable (Double) -> String = ChineseNumber.format,
                        value: (Report) -> Double?) -> HTML {
        let items = reports.map { (label: $0.agency, value: value($0.report)) }
        let chart = HorizontalBarChart(id: id, title: title,
                                       description: items.map { "\($0.label) \($0.value.map(format) ?? "缺失")" }.joined(separator: "，"),
                                       items: items, format: format)
        // The table lists the agencies in the chart's order, one row each.
        var table = "<table class=\"chart-data\"><caption>\(HTML.escape(title))：数据表</caption><thead><tr><th scope=\"col\">机关</th><th scope=\"col\">数值</th></tr></thead><tbody>"
        for item in chart.ranked {
            table += "<tr><th scope=\"row\">\(HTML.escape(item.label))</th><td>\(item.value.map(format) ?? "—")</td></tr>"
        }
        return wrap(chart.svg(), caption: title, table: table + "</tbody></table>")
    }

    /// Totals over years for a set of reports (region, home).
    static func totals(_ reports: [PublishedReport], id: String) -> HTML {
        let years = Array(Set(reports.map(\.year))).sorted()
        func total(_ value: @escaping (Report) -> Int?) -> [(year: Int, value: Double?)] {
            years.map { year in
                let values = reports.filter { $0.year == year }.map { value($0.report) }
                return (year, values.contains { $0 == nil } ? nil : Double(values.reduce(0) { $0 + $1! }))
            }
        }
        let lines = [
            ChartSeries(name: "新收申请", points: total { $0.applications.value(.newRequests, 6) }),
            ChartSeries(name: "行政复议", points: total { $0.reviewAndLitigation.administrativeReview.total.value }),
        ]
        // The number of reports changes from year to year: say so under each year.
        let counts = Dictionary(grouping: reports, by: \.year).mapValues(\.count)
        let chart = LineChart(id: id, title: "各年合计", description: describe(lines, years: years) + "各年报告份数："
                                  + years.map { "\($0) 年 \(counts[$0] ?? 0) 份" }.joined(separator: "，") + "。",
                              series: lines, yearLabel: { year in "\(year)·\(counts[year] ?? 0)份" })
        return figure(chart.svg(), caption: "各年合计：新收申请与行政复议（件；年份下注明当年收录的报告份数，份数不同的年份不宜直接比较；任一报告缺数时该年留空）",
                      years: years, series: lines)
    }

    /// One sentence per series, for the chart's `<desc>`.
    static func describe(_ series: [ChartSeries], years: [Int]) -> String {
        series.map { line in
            line.name + "：" + years.map { year in
                "\(year) 年 " + (line.points.first { $0.year == year }?.value.map(ChineseNumber.format) ?? "缺失")
            }.joined(separator: "，")
        }.joined(separator: "；") + "。"
    }
}
