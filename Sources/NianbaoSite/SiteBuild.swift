import Foundation
import NianbaoReports

/// `nianbao build` as a library call: read content and theme, build, write.
public enum SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var themes: String
        public var theme: String?
        public var output: String
        public var baseURL: String?
        public var force: Bool
        /// Folder for parsed reports kept between builds (`ReportCache`); nil parses every file.
        public var cache: String?

        public init(content: String, themes: String, theme: String?, output: String, baseURL: String?, force: Bool,
                    cache: String? = nil) {
            self.content = content
            self.themes = themes
            self.theme = theme
            self.output = output
            self.baseURL = baseURL
            self.force = force
            self.cache = cache
        }
    }

    public struct Summary: Sendable, Codable {
        public var reports: Int
        public var pages: Int
        public var files: Int
        public var failedReports: Int
        public var warnings: Int
        /// Every problem, each once, with file and line where known.
        public var problems: [Problem]
        /// Files written anew, and files linked unchanged from the previous site.
        public var written: Int
        public var linked: Int
        /// True when nothing changed since the last build, which was then left as it was.
        public var upToDate = false
    }

    /// - Parameter progress: told what the build is doing, step by step (for a terminal's progress line).
    public static func run(_ options: Options, progress: @Sendable (String) -> Void = { _ in }) async throws -> Summary {
        var (config, problems) = loadConfig(content: options.content)
        if let theme = options.theme { config.theme = theme }
        if let base = options.baseURL { config.baseURL = base }
        let theme = try Theme.load(themes: options.themes, name: config.theme)
        // Nothing changed since the last build (same files, theme, settings and program):
        // the site on disk is this build's output already.
        var fingerprint: String?
        var hashes: [String: String] = [:]
        var previous: BuildManifest?
        if let cache = options.cache {
            progress("正在检查有无变化…")
            let (site, files) = try siteFingerprint(options, config: config, theme: theme)
            fingerprint = site
            hashes = files
            let record = BuildRecord.load(cache)
            let stillThere = record?.stillWritten(in: options.output) ?? false
            // The last build's pages can be kept only while its site is still in place.
            if stillThere { previous = record?.manifest }
            if let record, record.fingerprint == fingerprint, stillThere {
                // Nothing to build, but what a killed build left beside the output still goes.
                let target = URL(fileURLWithPath: options.output).standardizedFileURL.resolvingSymlinksInPath().path
                SiteWriter.removeLeftovers(of: (target as NSString).lastPathComponent, in: (target as NSString).deletingLastPathComponent)
                var summary = record.summary
                summary.written = 0
                summary.linked = 0
                summary.upToDate = true
                return summary
            }
        }
        progress("正在解析报告…")
        // Reports are held lightened (`Report.lightened()`) until their pages are rendered, and
        // loaded whole again from the cache then; what else is taken from the whole report is
        // taken as it is parsed. Without a cache, parsed reports go to a folder of this build's
        // own, removed when it ends.
        let scratch = NSTemporaryDirectory() + "nianbao-build-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cache = ReportCache(folder: options.cache ?? (scratch as NSString).appendingPathComponent("reports"))
        let searchTexts = SearchTexts()
        let spool = try OpenDataSpool(path: (scratch as NSString).appendingPathComponent("entries.json"))
        let files = try await ContentLoader.load(content: options.content, cache: cache, knownHashes: hashes) { report in
            searchTexts.add(report)
            spool.take(report)
            return report.lightened()
        }
        let store = ReportStore(
            whole: cache.whole,
            searchText: { searchTexts.remove(for: $0.report) ?? SearchText(cache.whole($0)) },
            dataEntry: { spool.entry(for: $0.report) ?? OpenData.entry(cache.whole($0)) },
            scratch: scratch)
        var published: [PublishedReport] = []
        for file in files {
            problems += file.problems
            if case .success(let report) = file.result {
                published.append(PublishedReport(report: report, original: .file(file.path),
                                                 fileName: (file.path as NSString).lastPathComponent))
            }
        }
        progress("正在生成并写入 \(published.count) 份报告的页面…")
        let session = try SiteWriter.Session(output: options.output, protecting: [options.content, options.themes], force: options.force)
        let result: SiteBuilder.Summary
        do {
            result = try await SiteBuilder.build(published, config: config, theme: theme, previous: previous,
                                                 salt: engineIdentity(), store: store) { try session.write($0) }
            try session.commit()
        } catch {
            session.abandon()
            throw error
        }
        problems += result.problems
        let summary = Summary(reports: published.count, pages: result.pages, files: result.files,
                       failedReports: published.filter { !$0.passesAllChecks }.count,
                       warnings: published.reduce(0) { $0 + $1.report.warnings.count }, problems: problems,
                       written: session.written, linked: session.linked)
        if let cache = options.cache, let fingerprint,
           let sums = FileManager.default.contents(atPath: (options.output as NSString).appendingPathComponent("SHA256SUMS")) {
            BuildRecord(fingerprint: fingerprint, summary: summary, checksums: SHA256.hex([UInt8](sums)),
                        manifest: result.manifest).save(cache)
        }
        return summary
    }

    /// The program itself, by its size and time: a new nianbao may render pages differently.
    static func engineIdentity() -> String {
        // Why resolve: /proc/self/exe is a link whose own time is the process's start.
        guard let program = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              let attributes = try? FileManager.default.attributesOfItem(atPath: program) else { return "" }
        return "\(program)\u{0}\(attributes[.size] ?? "")\u{0}\(attributes[.modificationDate] ?? "")\u{0}"
    }

    /// SHA-256 over what a build reads: every entry under `reports/` (bytes, or where a link
    /// points), `site.toml`, the theme, the options, and the program itself (its size and time).
    /// Also returns each report file's SHA-256 by path, so the loader need not hash the files again.
    static func siteFingerprint(_ options: Options, config: SiteConfig, theme: Theme) throws -> (String, [String: String]) {
        var input = Array("\(ReportParser.version)\u{0}\(theme.fingerprint)\u{0}\(options.baseURL ?? "")\u{0}".utf8)
        let manager = FileManager.default
        input += Array(engineIdentity().utf8)
        input += manager.contents(atPath: (options.content as NSString).appendingPathComponent("site.toml")).map { [UInt8]($0) } ?? []
        var hashes: [String: String] = [:]
        for entry in try ContentLoader.entries(content: options.content) {
            input += Array("\u{0}\(entry.path)\u{0}".utf8)
            if let target = entry.linkTarget { input += Array(target.utf8) } else {
                let hash = SHA256.hex(manager.contents(atPath: entry.path).map { [UInt8]($0) } ?? [])
                hashes[entry.path] = hash
                input += Array(hash.utf8)
            }
        }
        return (SHA256.hex(input), hashes)
    }

    static func loadConfig(content: String) -> (SiteConfig, [Problem]) {
        let path = (content as NSString).appendingPathComponent("site.toml")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (SiteConfig(), []) }
        let (config, problems) = SiteConfig.parse(text)
        return (config, problems.map { Problem(file: path, line: nil, .warning, $0) })
    }
}
