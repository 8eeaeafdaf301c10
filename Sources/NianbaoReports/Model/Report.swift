/// A parsed annual report: the parser's complete output for one file.
public struct Report: Codable, Sendable {
    public var metadata: ReportMetadata
    public var template: Template?
    public var source: SourceInfo
    public var activeDisclosure: ActiveDisclosure
    public var applications: Applications
    public var reviewAndLitigation: ReviewAndLitigation
    public var sections: [NarrativeSection]
    public var series: [Series]
    public var checks: [CheckResult]
    /// What cells said besides their figures, and how figures printed together were split.
    public var notes: [String]
    /// What the parser could not read, with source lines.
    public var warnings: [Diagnostic]
    /// For a document read by a format reader (HTML, Word, PDF): where each line of the
    /// text the parser read came from (`sourceMap[line - 1]`). Empty for a text file.
    public var sourceMap: [DocumentLocation?] = []

    /// Where line `line` of the parsed text is in the original file.
    public func location(ofLine line: Int) -> DocumentLocation {
        if line >= 1, line <= sourceMap.count, let location = sourceMap[line - 1] { return location }
        return DocumentLocation(line: line)
    }
}

/// Where a report came from.
public struct SourceInfo: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var encoding: String
    /// `text`, `HTML`, `Word` or `PDF`.
    public var format: String = "text"
    /// The original publication's address, when the file states one.
    public var url: String?

    public init(file: String, sha256: String, encoding: String, url: String? = nil) {
        self.file = file
        self.sha256 = sha256
        self.encoding = encoding
        self.url = url
    }
}
