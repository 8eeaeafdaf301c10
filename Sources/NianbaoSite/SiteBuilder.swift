import NianbaoReports

/// Builds the whole site in memory: reports in, output files out.
///
/// A pure function of its inputs (no clock, no file system), so two builds of
/// the same content are byte-identical and tests can inspect the result. The
/// steps, in order:
/// 1. settle which file is the report where several claim one agency and year
///    (`ReportVersions`), then index the reports (agencies, years, regions, slugs);
/// 2. render the report pages (and earlier versions), each with its JSON and a copy of the original;
/// 3. render the agency, index, year, region, home, about and 404 pages;
/// 4. write the open data, feed, sitemap and robots.txt, and the theme's assets;
/// 5. list every file's SHA-256 in `SHA256SUMS` — last, because it covers all the others.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var files: [OutputFile]
        /// Problems found while building (in words for the publisher).
        public var problems: [Problem]
    }

    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme) -> Result {
        var problems: [Problem] = []
        let unique = ReportVersions.resolve(reports, problems: &problems)
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
                for version in [published] + published.earlierVersions {
                    let model = version.version == nil
                        ? reportPage.render(published, previous: previous, next: next)
                        : reportPage.render(version, previous: nil, next: nil, current: published)
                    page(paths.report(version), model, "report")
                    files.append(OutputFile(path: paths.reportJSON(version), text: version.report.json.rendered() + "\n"))
                    files.append(OutputFile(path: paths.original(version), bytes: version.original))
                }
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
}
