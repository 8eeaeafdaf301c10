import NianbaoCharts
import NianbaoReports

/// Home, agency, agency index, year, region and about pages.
struct IndexPages {
    let context: PageContext
    var index: SiteIndex { context.index }
    var paths: SitePaths { context.paths }

    func agency(_ name: String, reports: [PublishedReport]) -> [String: Any] {
        let page = paths.agency(name)
        var model = context.base(page, title: "\(name) 历年政府信息公开工作年度报告")
        model["agency"] = name
        model["chartsHTML"] = HTML.join(ChartBlocks.agency(reports))
        // C6/C7 for each pair of consecutive years.
        model["crossYear"] = zip(reports, reports.dropFirst()).filter { $0.year + 1 == $1.year }.flatMap { earlier, later in
            CrossYearChecks.check(earlier: earlier.report, later: later.report).map { check -> [String: Any] in
                ["years": "\(earlier.year)→\(later.year)", "rule": check.rule,
                 "status": check.passed.map { $0 ? "通过" : "未通过" } ?? "无法检查",
                 "statusClass": check.passed.map { $0 ? "pass" : "fail" } ?? "unchecked",
                 "detail": check.failures.isEmpty ? check.detail : check.failures.map(\.detail).joined(separator: "；")]
            }
        }
        model["hasCrossYear"] = reports.count > 1
        model["places"] = context.placeLinks(reports.last!.region, from: page)
        model["years"] = reports.enumerated().map { offset, report -> [String: Any] in
            var row = context.figures(report, previous: offset > 0 ? reports[offset - 1] : nil)
            row["year"] = report.year
            row["href"] = context.link(page, paths.report(report))
            return row
        }
        return model
    }

    func agencies() -> [String: Any] {
        let page = SitePaths.agencyIndex
        var model = context.base(page, title: "机关与地区")
        func agencyList(_ reports: [PublishedReport]) -> [[String: Any]] {
            let grouped = Dictionary(grouping: reports, by: \.agency)
            return grouped.keys.sorted().map { name in
                let own = grouped[name]!.sorted { $0.year < $1.year }
                var item: [String: Any] = ["name": name, "href": context.link(page, paths.agency(name)),
                                           "years": own.map { ["year": $0.year, "href": context.link(page, paths.report($0))] }]
                if own.count > 1 {
                    // A word-sized trend of new requests beside the agency's name.
                    let series = ChartBlocks.series("新收申请", own) { $0.applications.value(.newRequests, 6) }
                    let slug = paths.agencyFolder(name).replacingOccurrences(of: "/", with: "-")
                    item["sparklineHTML"] = HTML(trusted: Sparkline(id: "spark-\(slug)", title: "\(name) 历年新收申请", series: series).svg())
                }
                return item
            }
        }
        func group(_ place: SiteIndex.Place) -> [String: Any] {
            let here = index.byHome[place] ?? []
            return ["name": place.name, "href": context.link(page, paths.place(place)), "level": min(6, place.names.count + 1),
                    "agencies": agencyList(here), "hasAgencies": !here.isEmpty, "children": index.children(of: place).map(group)]
        }
        model["regions"] = index.children(of: nil).map(group)
        let unplaced = index.byHome[nil] ?? []
        model["unplaced"] = agencyList(unplaced)
        model["hasUnplaced"] = !unplaced.isEmpty
        return model
    }

    func year(_ year: Int) -> [String: Any] {
        let page = paths.year(year)
        var model = context.base(page, title: "\(year) 年各机关年度报告对比")
        model["year"] = year
        model["rows"] = index.reports.filter { $0.year == year }.map { report -> [String: Any] in
            var row = context.figures(report)
            row["agency"] = report.agency
            row["href"] = context.link(page, paths.report(report))
            return row
        }
        model["years"] = index.years.map { ["year": $0, "href": context.link(page, paths.year($0)), "current": $0 == year] }
        let reports = index.reports.filter { $0.year == year }
        model["chartsHTML"] = ChartBlocks.ranking(reports, id: "chart-rank-requests", title: "\(year) 年新收申请数排名") {
            $0.applications.value(.newRequests, 6).map(Double.init)
        } + ChartBlocks.ranking(reports, id: "chart-rank-share", title: "\(year) 年全部公开比例排名",
                                format: { "\(ChineseNumberFormat.percent($0))" }) { report in
            guard let disclosed = report.applications.value(.disclosed, 6),
                  let total = report.applications.value(.totalProcessed, 6), total > 0 else { return nil }
            return Double(disclosed) / Double(total) * 100
        }
        return model
    }

    func place(_ place: SiteIndex.Place) -> [String: Any] {
        let page = paths.place(place)
        var model = context.base(page, title: place.names.joined(separator: " "))
        let reports = index.reports(in: place)
        model["name"] = place.name
        model["trail"] = place.names.indices.map { i -> [String: Any] in
            let ancestor = SiteIndex.Place(names: Array(place.names[...i]))
            return ["name": ancestor.name, "href": context.link(page, paths.place(ancestor)), "current": i == place.names.count - 1]
        }
        model["agencies"] = Dictionary(grouping: reports, by: \.agency).keys.sorted().map { name in
            ["name": name, "href": context.link(page, paths.agency(name))]
        }
        model["children"] = index.children(of: place).map { ["name": $0.name, "href": context.link(page, paths.place($0))] }
        model["hasChildren"] = !index.children(of: place).isEmpty
        model["chartsHTML"] = ChartBlocks.totals(reports, id: "chart-region-totals")
        model["totals"] = Array(Set(reports.map(\.year))).sorted().map { year -> [String: Any] in
            let figures = reports.filter { $0.year == year }.map { KeyFigures($0.report) }
            return ["year": year, "reports": figures.count,
                    "newRequests": KeyFigures.show(KeyFigures.sum(figures.map(\.newRequests))),
                    "disclosed": KeyFigures.show(KeyFigures.sum(figures.map(\.disclosed))),
                    "reviews": KeyFigures.show(KeyFigures.sum(figures.map(\.reviews))),
                    "lawsuits": KeyFigures.show(KeyFigures.sum(figures.map(\.lawsuits)))]
        }
        return model
    }

    func home() -> [String: Any] {
        let page = SitePaths.home
        var model = context.base(page, title: context.config.title)
        let latest = index.years.last
        let reports = index.reports.filter { $0.year == latest }
        let figures = reports.map { KeyFigures($0.report) }
        model["latestYear"] = latest ?? 0
        model["latestReports"] = reports.count
        model["latestNewRequests"] = KeyFigures.show(KeyFigures.sum(figures.map(\.newRequests)))
        model["latestReviews"] = KeyFigures.show(KeyFigures.sum(figures.map(\.reviews)))
        model["latestLawsuits"] = KeyFigures.show(KeyFigures.sum(figures.map(\.lawsuits)))
        model["reportCount"] = index.reports.count
        model["agencyCount"] = index.agencies.count
        model["passingCount"] = index.reports.filter(\.passesAllChecks).count
        model["years"] = index.years.map { ["year": $0, "href": context.link(page, paths.year($0))] }
        model["regions"] = index.children(of: nil).map { ["name": $0.name, "href": context.link(page, paths.place($0))] }
        model["agenciesHref"] = context.link(page, SitePaths.agencyIndex)
        model["chartsHTML"] = ChartBlocks.totals(index.reports, id: "chart-home-totals")
        model["aboutHref"] = context.link(page, SitePaths.about)
        return model
    }

    func about() -> [String: Any] {
        let page = SitePaths.about
        var model = context.base(page, title: "关于数据")
        model["jsonHref"] = context.link(page, SitePaths.dataJSON)
        model["csvHref"] = context.link(page, SitePaths.dataCSV)
        model["readmeHref"] = context.link(page, SitePaths.dataReadme)
        model["checksumsHref"] = context.link(page, SitePaths.checksums)
        return model
    }

    /// The search page: the form, the filters, and where the index is (`SearchIndex`).
    func search() -> [String: Any] {
        let page = SitePaths.search
        var model = context.base(page, title: "搜索")
        model["years"] = context.index.years.reversed().map(String.init)
        model["regions"] = context.index.places.filter { $0.names.count == 1 }.map { $0.names[0] }
        model["agenciesHref"] = context.link(page, SitePaths.agencyIndex)
        model["yearHref"] = context.link(page, context.paths.year(context.index.years.last ?? 0))
        model["indexHref"] = String(context.link(page, SitePaths.searchFolder + "/meta.js").dropLast("meta.js".count))
        model["rootHref"] = context.link(page, SitePaths.home).replacingOccurrences(of: "index.html", with: "")
        return model
    }

    func notFound() -> [String: Any] { context.base(SitePaths.notFound, title: "找不到页面") }
}
