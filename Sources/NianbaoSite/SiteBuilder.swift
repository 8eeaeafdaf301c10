import NianbaoReports

/// Builds the whole site in memory: reports in, output files out.
///
/// A pure function of its inputs (no clock, no file system), so two builds of
/// the same content are byte-identical and tests can inspect the result. The
/// steps, in order:
/// 1. index the reports (agencies, years, regions, slugs);
/// 2. render the report pages, each with its JSON and a copy of the original;
/// 3. render the agency, index, year, region, home, about and 404 pages;
/// 4. write the open data, feed, sitemap and robots.txt, and the theme's assets;
/// 5. list every file's SHA-256 in `SHA256SUMS` — last, because it covers all the others.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var files: [OutputFile]
        /// Problems found while building (in words for the publisher).
        public var problems: [String]
    }

    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme) -> Result {
        var problems: [String] = []
        let unique = dropDuplicates(reports, problems: &problems)
        let index = SiteIndex(unique, slugOverrides: config.slugs)
        let paths = SitePaths(index: index)
        let context = PageContext(index: index, paths: paths, config: config)
        var files: [OutputFile] = []
        var pages: [String] = []

        func page(_ path: String, _ model: [String: Any], _ template: String) {
            files.append(OutputFile(path: path, text: theme.render(model, template: template)))
            pages.append(path)
        }

        let reportPage = ReportPage(context: context)
        for agency in index.agencies {
            for (offset, published) in agency.reports.enumerated() {
                let previous = offset > 0 ? agency.reports[offset - 1] : nil
                let next = offset + 1 < agency.reports.count ? agency.reports[offset + 1] : nil
                page(paths.report(published), reportPage.render(published, previous: previous, next: next), "report")
                files.append(OutputFile(path: paths.reportJSON(published), text: published.report.json.rendered() + "\n"))
                files.append(OutputFile(path: paths.original(published), bytes: published.original))
            }
        }
        let indexPages = IndexPages(context: context)
        for agency in index.agencies { page(paths.agency(agency.name), indexPages.agency(agency.name, reports: agency.reports), "agency") }
        page(SitePaths.agencyIndex, indexPages.agencies(), "agencies")
        for year in index.years { page(paths.year(year), indexPages.year(year), "year") }
        for place in index.places { page(paths.place(place), indexPages.place(place), "region") }
        page(SitePaths.home, indexPages.home(), "home")
        page(SitePaths.about, indexPages.about(), "about")
        files.append(OutputFile(path: SitePaths.notFound, text: theme.render(indexPages.notFound(), template: "404")))

        files.append(OutputFile(path: SitePaths.dataJSON, text: OpenData.reportsJSON(index.reports)))
        files.append(OutputFile(path: SitePaths.dataCSV, bytes: OpenData.reportsCSV(index.reports)))
        files.append(OutputFile(path: SitePaths.dataReadme, text: OpenData.readme(index.reports)))
        files.append(OutputFile(path: SitePaths.feed, text: Feeds.atom(index.reports, paths: paths, config: config)))
        files.append(OutputFile(path: SitePaths.robots, text: Feeds.robots(base: config.baseURL)))
        if !config.baseURL.isEmpty {
            files.append(OutputFile(path: SitePaths.sitemap, text: Feeds.sitemap(pages, base: config.baseURL)))
        }
        for asset in theme.assets { files.append(OutputFile(path: "assets/" + asset.path, bytes: asset.bytes)) }

        files.sort { $0.path < $1.path }
        let sums = files.map { "\(SHA256.hex($0.bytes))  \($0.path)\n" }.joined()
        files.append(OutputFile(path: SitePaths.checksums, text: sums))
        return Result(files: files, problems: problems)
    }

    /// One report per agency and year; later files for the same pair are reported, not published.
    static func dropDuplicates(_ reports: [PublishedReport], problems: inout [String]) -> [PublishedReport] {
        var seen: [String: PublishedReport] = [:]
        var kept: [PublishedReport] = []
        for report in reports.sorted(by: { $0.report.source.file < $1.report.source.file }) {
            let key = "\(report.agency)\u{1F}\(report.year)"
            if let first = seen[key] {
                problems.append("\(report.report.source.file)：与 \(first.report.source.file) 是同一机关（\(report.agency)）同一年度（\(report.year)）的报告，只发布了后者；如需更正，请删除其中一份")
                continue
            }
            seen[key] = report
            kept.append(report)
        }
        return kept
    }
}
