import NianbaoReports

/// The view models handed to templates: plain dictionaries of strings,
/// numbers, lists and `HTML`. Text values are escaped by `{{…}}`; only keys
/// ending in `HTML` hold trusted HTML for `{{{…}}}`.
struct PageContext {
    let index: SiteIndex
    let paths: SitePaths
    let config: SiteConfig

    /// What every page's layout needs: site name, navigation, stylesheet, relative to `page`.
    func base(_ page: String, title: String) -> [String: Any] {
        [
            "lang": config.language,
            "siteTitle": config.title,
            "siteDescription": config.description,
            "pageTitle": title,
            "styleHref": link(page, SitePaths.style),
            "homeHref": link(page, SitePaths.home),
            "nav": [
                ["href": link(page, SitePaths.home), "label": "首页"],
                ["href": link(page, SitePaths.agencyIndex), "label": "机关与地区"],
                ["href": link(page, paths.year(index.years.last ?? 0)), "label": "按年度"],
                ["href": link(page, SitePaths.about), "label": "关于数据"],
            ],
            "feedHref": link(page, SitePaths.feed),
            "searchHref": link(page, SitePaths.search),
            "scriptHref": link(page, SitePaths.script),
        ]
    }

    /// A relative link, except on `404.html`: a host serves it at any missing path,
    /// so there it links absolutely when the base URL is known.
    func link(_ from: String, _ to: String) -> String {
        if from == SitePaths.notFound && !config.baseURL.isEmpty { return Feeds.absolute(config.baseURL, to) }
        return RelativePath.link(from: from, to: to)
    }

    /// Key figures of one report as template values.
    func figures(_ report: PublishedReport, previous: PublishedReport? = nil) -> [String: Any] {
        let figures = KeyFigures(report.report)
        let before = previous.map { KeyFigures($0.report) }
        return [
            "newRequests": KeyFigures.show(figures.newRequests),
            "newRequestsChange": before.map { KeyFigures.change(figures.newRequests, from: $0.newRequests) } ?? "—",
            "disclosed": KeyFigures.show(figures.disclosed),
            "partiallyDisclosed": KeyFigures.show(figures.partiallyDisclosed),
            "withheld": KeyFigures.show(figures.withheld),
            "unavailable": KeyFigures.show(figures.unavailable),
            "notProcessed": KeyFigures.show(figures.notProcessed),
            "reviews": KeyFigures.show(figures.reviews),
            "lawsuits": KeyFigures.show(figures.lawsuits),
            "shareFullyDisclosed": figures.shareFullyDisclosed ?? "—",
            "checksText": report.passesAllChecks ? "全部通过" : "未通过 " + report.failedRules.joined(separator: "、"),
            "checksFailed": !report.passesAllChecks,
        ]
    }

    /// Province › city › county as links to the region pages.
    func placeLinks(_ region: Region, from page: String) -> [[String: Any]] {
        SiteIndex.places(of: region).map { ["name": $0.name, "href": link(page, paths.place($0))] }
    }
}
