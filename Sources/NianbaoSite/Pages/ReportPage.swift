import NianbaoReports

/// The page of one agency's report for one year.
struct ReportPage {
    let context: PageContext

    /// - Parameter current: set when `published` is an earlier version that `current` corrects.
    func render(_ published: PublishedReport, previous: PublishedReport?, next: PublishedReport?,
                current: PublishedReport? = nil) -> [String: Any] {
        let paths = context.paths
        let page = paths.report(published)
        let report = published.report
        let m = report.metadata
        let title = "\(published.agency) \(published.year) 年政府信息公开工作年度报告"
        var model = context.base(page, title: title)
        // C6/C7 with the neighbouring years: shown here, and their cells of this year marked.
        var crossYear: [CheckResult] = []
        if let previous { crossYear += CrossYearChecks.check(earlier: previous.report, later: report) }
        if let next { crossYear += CrossYearChecks.check(earlier: report, later: next.report) }
        let prefix = "\(published.year):"
        let crossFailing = Set(crossYear.filter { $0.passed == false }.flatMap { $0.failures.flatMap(\.cells) }
            .filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
        let tables = TableRenderer(report, alsoFailing: crossFailing)
        let numerals = ["一", "二", "三", "四", "五", "六"]
        let canonical = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                         "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
        model["agency"] = published.agency
        model["year"] = published.year
        model["agencyHref"] = context.link(page, paths.agency(published.agency))
        model["places"] = context.placeLinks(published.region, from: page)
        model["reportTitle"] = m.title ?? title
        var facts: [[String: Any]] = []
        func fact(_ label: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var item: [String: Any] = ["label": label, "value": value]
            if let href { item["href"] = href }
            facts.append(item)
        }
        if let start = m.periodStart, let end = m.periodEnd { fact("统计期限", "\(start) 至 \(end)") }
        fact("网站", m.website, href: m.website.flatMap { $0.hasPrefix("http") ? $0 : "http://" + $0 })
        fact("地址", m.address)
        fact("邮编", m.postcode)
        fact("电话", m.phone)
        fact("电子邮箱", m.email, href: m.email.map { "mailto:" + $0 })
        fact("原文网址", report.source.url, href: report.source.url)
        fact("模板", report.template.map { $0 == .y2019 ? "2019 年模板（国办公开办函〔2019〕60号）" : "2021 年模板（国办公开办函〔2021〕30号）" })
        model["facts"] = facts
        model["sections"] = (1...6).map { number -> [String: Any] in
            let section = report.sections.first { $0.number == number }
            var item: [String: Any] = ["number": number, "numeral": numerals[number - 1],
                                       "title": section?.title ?? canonical[number - 1], "missing": section == nil]
            switch number {
            case 2: item["bodyHTML"] = tables.activeDisclosure
            case 3: item["bodyHTML"] = tables.applications + ChartBlocks.reportOutcomes(report)
            case 4: item["bodyHTML"] = tables.reviewAndLitigation
            default: item["bodyHTML"] = HTML(trusted: HTML.neutraliseBidiControls(Markdown.html(section?.markdown ?? "")))
            }
            return item
        }
        model["checks"] = (report.checks + crossYear).map { check -> [String: Any] in
            let status = check.passed.map { $0 ? "通过" : "未通过" } ?? "无法检查"
            return ["rule": check.rule, "status": status,
                    "statusClass": check.passed.map { $0 ? "pass" : "fail" } ?? "unchecked",
                    "detail": check.detail, "failures": check.failures.map { ["detail": $0.detail] },
                    "hasFailures": !check.failures.isEmpty]
        }
        let failed = (report.checks + crossYear).filter { $0.passed == false }.count
        model["allChecksPass"] = failed == 0
        model["failedCount"] = failed
        model["notes"] = report.notes
        model["warnings"] = report.warnings.map(\.description)
        model["hasNotes"] = !report.notes.isEmpty
        model["hasWarnings"] = !report.warnings.isEmpty
        if let previous { model["previous"] = ["year": previous.year, "href": context.link(page, paths.report(previous))] }
        if let next { model["next"] = ["year": next.year, "href": context.link(page, paths.report(next))] }
        if let current {
            model["supersededBy"] = ["href": context.link(page, paths.report(current)), "originalName": current.fileName]
            model["versionLabel"] = "更正前的第 \(published.version ?? 1) 版"
        }
        model["earlierVersions"] = published.earlierVersions.map { earlier -> [String: Any] in
            ["href": context.link(page, paths.report(earlier)), "label": "更正前的第 \(earlier.version ?? 1) 版（\(earlier.fileName)）"]
        }
        model["hasEarlierVersions"] = !published.earlierVersions.isEmpty
        model["conflict"] = published.conflict
        model["jsonHref"] = context.link(page, paths.reportJSON(published))
        model["originalHref"] = context.link(page, paths.original(published))
        model["originalName"] = published.fileName
        if SitePaths.pageExtensions.contains(SitePaths.originalExtension(published.fileName)) {
            model["originalNote"] = "网页源代码以纯文本提供，其中的脚本不会运行"
        }
        model["citation"] = "\(published.agency)：《\(m.title ?? title)》，\(published.year) 年" + (report.source.url.map { "，\($0)" } ?? "") + "。"
        return model
    }
}
