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
        /// What this build made for each agency's reports, for the next build to reuse.
        public var manifest: BuildManifest
    }

    /// The whole site in memory (for tests and small sites).
    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme) async -> Result {
        let collected = FileCollector()
        // Nothing here throws: no scratch folder, and `emit` only collects.
        let summary = try! await build(reports, config: config, theme: theme, emit: { collected.files.append($0) })
        // Sorted by path, with SHA256SUMS last as it is made last.
        let sorted = collected.files.sorted { ($0.path == SitePaths.checksums ? 1 : 0, $0.path) < ($1.path == SitePaths.checksums ? 1 : 0, $1.path) }
        return Result(files: sorted, problems: summary.problems)
    }

    /// Builds the site, handing each file to `emit` (on the caller's task, one at a time).
    /// - Parameters:
    ///   - previous: what the last build made, when its site is still in place: an agency whose
    ///     report pages are made from exactly the same things is not rendered again.
    ///   - salt: what else the pages depend on (program, settings), for the fingerprints.
    ///   - store: what the reports do not hold, where they are held lightened (`Report.lightened()`).
    public static func build(_ reports: [PublishedReport], config: SiteConfig, theme: Theme,
                             previous: BuildManifest? = nil, salt: String = "", store: ReportStore = .holding,
                             emit: (OutputFile) throws -> Void) async throws -> Summary {
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
        // are emitted in agency order whatever order the tasks finish in. An agency whose
        // pages are made from the same things as last time keeps its files.
        var manifest = BuildManifest()
        let structure = structureFingerprint(index, theme: theme, config: config, salt: salt)
        let agencies = index.agencies.indices
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
        for start in stride(from: agencies.lowerBound, to: agencies.upperBound, by: batch) {
            let range = start..<min(start + batch, agencies.upperBound)
            let fingerprints = range.map { agencyFingerprint(index.agencies[$0].reports, structure: structure) }
            let rendered = await withTaskGroup(of: (Int, [OutputFile]).self) { group in
                for (position, fingerprint) in zip(range, fingerprints) {
                    let agency = index.agencies[position]
                    if let kept = previous?.agencies[agency.name], kept.fingerprint == fingerprint {
                        group.addTask { (position, kept.files.map { OutputFile(reusing: $0[0], sha256: $0[1]) }) }
                    } else {
                        group.addTask { (position, reportFiles(agency.reports, context: context, theme: theme, fullReport: store.whole)) }
                    }
                }
                var results: [(Int, [OutputFile])] = []
                for await result in group { results.append(result) }
                return results.sorted { $0.0 < $1.0 }
            }
            for ((position, files), fingerprint) in zip(rendered, fingerprints) {
                manifest.agencies[index.agencies[position].name] =
                    BuildManifest.Agency(fingerprint: fingerprint, files: files.map { [$0.path, $0.sha256] })
                for file in files { try put(file) }
            }
        }

        let indexPages = IndexPages(context: context)
        for agency in index.agencies { try page(paths.agency(agency.name), indexPages.agency(agency.name, reports: agency.reports), "agency") }
        try page(SitePaths.agencyIndex, indexPages.agencies(), "agencies")
        for year in index.years { try page(paths.year(year), indexPages.year(year), "year") }
        for place in index.places { try page(paths.place(place), indexPages.place(place), "region") }
        try page(SitePaths.home, indexPages.home(), "home")
        try page(SitePaths.about, indexPages.about(), "about")
        try page(SitePaths.search, indexPages.search(), "search")
        // 404 is not a page of the sitemap.
        let notFound = OutputFile(path: SitePaths.notFound, text: theme.render(indexPages.notFound(), template: "404"))
        sums.append((notFound.path, notFound.sha256))
        try emit(notFound)

        try searchIndex(index, paths: paths, searchText: store.searchText).write(put)

        try put(try reportsJSON(index.reports, store: store))
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
        return Summary(problems: problems, files: sums.count + 1, pages: pages.count + 1, manifest: manifest)
    }

    /// `data/reports.json`: in memory, or, with a scratch folder, written there a report at a
    /// time and copied into the site (it is over a gigabyte for 50,000 reports).
    static func reportsJSON(_ reports: [PublishedReport], store: ReportStore) throws -> OutputFile {
        guard let scratch = store.scratch else {
            var text = ""
            OpenData.reportsJSON(reports, entry: store.dataEntry) { text += $0 }
            return OutputFile(path: SitePaths.dataJSON, text: text)
        }
        let path = (scratch as NSString).appendingPathComponent("reports.json")
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw SiteWriter.WriteError.io("无法写入 \(path)")
        }
        defer { try? handle.close() }
        var hasher = SHA256.Hasher()
        var pending: [UInt8] = []
        try OpenData.reportsJSON(reports, entry: store.dataEntry) { piece in
            pending += piece.utf8
            if pending.count >= 1 << 20 {
                hasher.update(pending)
                try handle.write(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(pending)
        try handle.write(contentsOf: pending)
        return OutputFile(path: SitePaths.dataJSON, copying: path, sha256: hasher.finish())
    }

    /// The search index's documents: every report the site shows (not earlier versions), by
    /// province, city, county and agency, newest year first (`SearchIndex`).
    static func searchIndex(_ index: SiteIndex, paths: SitePaths, searchText: (PublishedReport) -> SearchText) -> SearchIndex {
        func key(_ report: PublishedReport) -> [String] {
            [report.region.province, report.region.city, report.region.county].map { $0 ?? "\u{10FFFF}" }
                + [report.agency, String(9999 - report.year)]
        }
        let ordered = index.reports.sorted { key($0).lexicographicallyPrecedes(key($1)) }
        var search = SearchIndex()
        for published in ordered {
            let figures = KeyFigures(published.report)
            let text = searchText(published)
            search.add(SearchIndex.Document(
                agency: published.agency, year: published.year,
                places: [published.region.province, published.region.city, published.region.county].compactMap { $0 },
                href: paths.report(published),
                figures: [figures.newRequests, figures.disclosed, figures.withheld, figures.reviews, figures.lawsuits],
                excerpt: text.excerpt), codes: text.codes)
        }
        return search
    }

    /// What every report page depends on besides its own agency's reports: the program and
    /// settings (`salt`), the theme, and the site's structure (agency and place slugs, which
    /// every page's links use).
    static func structureFingerprint(_ index: SiteIndex, theme: Theme, config: SiteConfig, salt: String) -> String {
        // Spelled out, not `\(config)`: a dictionary's description changes order from run to run.
        var text = "\(salt)\u{0}\(theme.fingerprint)\u{0}\(config.title)\u{0}\(config.description)\u{0}\(config.baseURL)"
            + "\u{0}\(config.language)\u{0}" + config.slugs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1}")
        for agency in index.agencies { text += "\(agency.name)=\(index.agencySlugs[agency.name] ?? "")\u{1}" }
        for place in index.places { text += "\(place.names.joined(separator: "/"))=\(index.placeSlugs[place] ?? "")\u{1}" }
        return SHA256.hex(Array(text.utf8))
    }

    /// What one agency's report pages are made from: the structure, and each report's bytes,
    /// file name, place, corrections and notices (neighbouring years are the same agency's).
    static func agencyFingerprint(_ reports: [PublishedReport], structure: String) -> String {
        var text = structure
        for report in reports {
            for version in [report] + report.earlierVersions {
                text += "\u{0}\(version.report.source.sha256)\u{1}\(version.report.source.file)\u{1}\(version.fileName)"
                    + "\u{1}\(version.region)\u{1}\(version.version ?? 0)\u{1}\(version.conflict ?? "")"
                    + "\u{1}\(version.original.isBytes)"
            }
        }
        return SHA256.hex(Array(text.utf8))
    }

    /// One agency's report pages: for each year (and each earlier version), the page,
    /// its JSON and its original.
    private static func reportFiles(_ reports: [PublishedReport], context: PageContext, theme: Theme,
                                    fullReport: (PublishedReport) -> Report) -> [OutputFile] {
        let paths = context.paths
        let reportPage = ReportPage(context: context)
        var files: [OutputFile] = []
        // Neighbouring years stay as they are: their pages need only their figures and links.
        func whole(_ report: PublishedReport) -> PublishedReport {
            var copy = report
            copy.report = fullReport(report)
            copy.earlierVersions = report.earlierVersions.map(whole)
            return copy
        }
        for (offset, light) in reports.enumerated() {
            let published = whole(light)
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
