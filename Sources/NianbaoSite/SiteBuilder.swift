import Foundation
import NianbaoReports

/// Builds the whole site: reports in, output files out.
///
/// A pure function of its inputs (no clock, no file system), so two builds of
/// the same content are byte-identical and tests can inspect the result. The
/// steps, in order:
/// 1. settle which file is the report where several claim one agency and year
///    (`ReportVersions`), then index the reports (agencies, years, regions, slugs);
/// 2. render the report pages (and earlier versions), each with its JSON and a copy
///    of the original — agency by agency, on every core;
/// 3. render the agency, index, year, region, home, about and 404 pages;
/// 4. write the open data, feed, sitemap and robots.txt, and the theme's assets;
/// 5. list every file's SHA-256 in `SHA256SUMS` — last, because it covers all the others.
///
/// Files are handed to `emit` as they are made, in a fixed order, so a build holds
/// the pages of a few agencies at a time, never the whole site.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var files: [OutputFile]
        /// Problems found while building (in words for the publisher).
        public var problems: [Problem]
    }

    public struct Summary: Sendable {
        public var problems: [Problem]
        public var files: Int
        public var pages: Int
    }

    /// The whole site in memory (for tests and small sites).
    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme) async -> Result {
        let collected = FileCollector()
        let summary = await build(reports, config: config, theme: theme) { collected.files.append($0) }
        // Sorted by path, with SHA256SUMS last as it is made last.
        let sorted = collected.files.sorted { ($0.path == SitePaths.checksums ? 1 : 0, $0.path) < ($1.path == SitePaths.checksums ? 1 : 0, $1.path) }
        return Result(files: sorted, problems: summary.problems)
    }

    /// Builds the site, handing each file to `emit` (on the caller's task, one at a time).
    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme,
                             emit: (OutputFile) throws -> Void) async rethrows -> Summary {
        var problems: [Problem] = []
        let unique = ReportVersions.resolve(reports, problems: &problems)
        let index = SiteIndex(unique, slugOverrides: config.slugs)
        let paths = SitePaths(index: index)
        let context = PageContext(index: index, paths: paths, config: config)
        var sums: [(path: String, sha256: String)] = []
        var pages: [String] = []

        func put(_ file: OutputFile) throws {
            sums.append((file.path, file.sha256))
            if file.path.hasSuffix(".html") { pages.append(file.path) }
            try emit(file)
        }
        func page(_ path: String, _ model: [String: Any], _ template: String) throws {
            try put(OutputFile(path: path, text: theme.render(model, template: template)))
        }

        // Report pages, agency by agency, a batch of agencies per core at a time. Results
        // are emitted in agency order whatever order the tasks finish in.
        let agencies = index.agencies.indices
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
        for start in stride(from: agencies.lowerBound, to: agencies.upperBound, by: batch) {
            let range = start..<min(start + batch, agencies.upperBound)
            let rendered = await withTaskGroup(of: (Int, [OutputFile]).self) { group in
                for position in range {
                    group.addTask { (position, reportFiles(index.agencies[position].reports, context: context, theme: theme)) }
                }
                var results: [(Int, [OutputFile])] = []
                for await result in group { results.append(result) }
                return results.sorted { $0.0 < $1.0 }
            }
            for (_, files) in rendered { for file in files { try put(file) } }
        }

        let indexPages = IndexPages(context: context)
        for agency in index.agencies { try page(paths.agency(agency.name), indexPages.agency(agency.name, reports: agency.reports), "agency") }
        try page(SitePaths.agencyIndex, indexPages.agencies(), "agencies")
        for year in index.years { try page(paths.year(year), indexPages.year(year), "year") }
        for place in index.places { try page(paths.place(place), indexPages.place(place), "region") }
        try page(SitePaths.home, indexPages.home(), "home")
        try page(SitePaths.about, indexPages.about(), "about")
        // 404 is not a page of the sitemap.
        let notFound = OutputFile(path: SitePaths.notFound, text: theme.render(indexPages.notFound(), template: "404"))
        sums.append((notFound.path, notFound.sha256))
        try emit(notFound)

        try put(OutputFile(path: SitePaths.dataJSON, text: OpenData.reportsJSON(index.reports)))
        try put(OutputFile(path: SitePaths.dataCSV, bytes: OpenData.reportsCSV(index.reports)))
        try put(OutputFile(path: SitePaths.dataReadme, text: OpenData.readme(index.reports)))
        try put(OutputFile(path: SitePaths.feed, text: Feeds.atom(index.reports, paths: paths, config: config)))
        try put(OutputFile(path: SitePaths.robots, text: Feeds.robots(base: config.baseURL)))
        if !config.baseURL.isEmpty {
            try put(OutputFile(path: SitePaths.sitemap, text: Feeds.sitemap(pages, base: config.baseURL)))
        }
        for asset in theme.assets { try put(OutputFile(path: "assets/" + asset.path, bytes: asset.bytes)) }

        let listed = sums.sorted { $0.path < $1.path }.map { "\($0.sha256)  \($0.path)\n" }.joined()
        try emit(OutputFile(path: SitePaths.checksums, text: listed))
        return Summary(problems: problems, files: sums.count + 1, pages: pages.count + 1)
    }

    /// One agency's report pages: for each year (and each earlier version), the page,
    /// its JSON and its original.
    private static func reportFiles(_ reports: [PublishedReport], context: PageContext, theme: Theme) -> [OutputFile] {
        let paths = context.paths
        let reportPage = ReportPage(context: context)
        var files: [OutputFile] = []
        for (offset, published) in reports.enumerated() {
            let previous = offset > 0 ? reports[offset - 1] : nil
            let next = offset + 1 < reports.count ? reports[offset + 1] : nil
            for version in [published] + published.earlierVersions {
                let model = version.version == nil
                    ? reportPage.render(published, previous: previous, next: next)
                    : reportPage.render(version, previous: nil, next: nil, current: published)
                files.append(OutputFile(path: paths.report(version), text: theme.render(model, template: "report")))
                files.append(OutputFile(path: paths.reportJSON(version), text: version.report.json.rendered() + "\n"))
                switch version.original {
                case .bytes(let bytes): files.append(OutputFile(path: paths.original(version), bytes: bytes))
                case .file(let source):
                    files.append(OutputFile(path: paths.original(version), copying: source, sha256: version.report.source.sha256))
                }
            }
        }
        return files
    }
}

/// Collects emitted files (the in-memory build). Used from one task only.
private final class FileCollector {
    var files: [OutputFile] = []
}
