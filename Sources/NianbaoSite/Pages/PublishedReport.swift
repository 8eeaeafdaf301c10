import NianbaoReports

/// A report as the site publishes it: parsed data, the original bytes, and where it lives.
public struct PublishedReport: Sendable {
    public var report: Report
    /// The original file, published beside the report page as it is.
    public enum Original: Sendable {
        /// Its bytes (tests, and reports made in memory).
        case bytes([UInt8])
        /// Its path, copied when the site is written: a build never holds every original at once.
        case file(String)
    }

    public var original: Original
    /// The file name under `reports/`.
    public var fileName: String

    public init(report: Report, original: [UInt8], fileName: String) {
        self.init(report: report, original: .bytes(original), fileName: fileName)
    }

    public init(report: Report, original: Original, fileName: String) {
        self.report = report
        self.original = original
        self.fileName = fileName
    }

    public var agency: String { report.metadata.agency ?? "（未注明机关）" }
    public var year: Int { report.metadata.year ?? 0 }
    /// Nil for the report the site shows; 1, 2, … for the earlier versions a correction replaced.
    var version: Int?
    /// Earlier versions this report corrects (front matter `supersedes`), oldest first.
    var earlierVersions: [PublishedReport] = []
    /// Set when another, different file claims the same agency and year and neither corrects
    /// the other: the page says so, because which figures are right is then unknown.
    var conflict: String?
    /// Where the site files the report: the agency's region across all its years (see `SiteIndex`).
    var placement: Region?
    public var region: Region { placement ?? report.metadata.region }

    /// Checks that failed, by rule.
    var failedRules: [String] { report.checks.filter { $0.passed == false }.map(\.rule) }
    var passesAllChecks: Bool { report.checks.allSatisfy { $0.passed != false } }
}

extension PublishedReport.Original {
    var isBytes: Bool { if case .bytes = self { return true } else { return false } }
}
