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

    public struct Summary: Sendable {
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
    }

    /// - Parameter progress: told what the build is doing, step by step (for a terminal's progress line).
    public static func run(_ options: Options, progress: @Sendable (String) -> Void = { _ in }) async throws -> Summary {
        var (config, problems) = loadConfig(content: options.content)
        if let theme = options.theme { config.theme = theme }
        if let base = options.baseURL { config.baseURL = base }
        let theme = try Theme.load(themes: options.themes, name: config.theme)
        progress("正在解析报告…")
        let files = try await ContentLoader.load(content: options.content, cache: options.cache.map(ReportCache.init))
        var published: [PublishedReport] = []
        for file in files {
            switch file.result {
            case .success(let report):
                published.append(PublishedReport(report: report, original: .file(file.path),
                                                 fileName: (file.path as NSString).lastPathComponent))
                problems += report.warnings.map { Problem(file: file.path, $0) }
            case .failure(let error):
                problems.append(Problem(file: file.path, line: nil, .error, error.description, hint: error.hint))
            }
        }
        progress("正在生成并写入 \(published.count) 份报告的页面…")
        let session = try SiteWriter.Session(output: options.output, protecting: [options.content, options.themes], force: options.force)
        let result: SiteBuilder.Summary
        do {
            result = try await SiteBuilder.build(published, config: config, theme: theme) { try session.write($0) }
            try session.commit()
        } catch {
            session.abandon()
            throw error
        }
        problems += result.problems
        return Summary(reports: published.count, pages: result.pages, files: result.files,
                       failedReports: published.filter { !$0.passesAllChecks }.count,
                       warnings: published.reduce(0) { $0 + $1.report.warnings.count }, problems: problems,
                       written: session.written, linked: session.linked)
    }

    static func loadConfig(content: String) -> (SiteConfig, [Problem]) {
        let path = (content as NSString).appendingPathComponent("site.toml")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (SiteConfig(), []) }
        let (config, problems) = SiteConfig.parse(text)
        return (config, problems.map { Problem(file: path, line: nil, .warning, $0) })
    }
}
