/// What a report says about itself, outside its six parts.
public struct ReportMetadata: Codable, Sendable, Equatable {
    public var title: String?
    public var agency: String?
    /// Where `agency` was read from.
    public var agencySource: AgencySource?
    /// The statistics year.
    public var year: Int?
    public var region = Region()
    /// Statistics period as printed, normalised to `YYYY-MM-DD`.
    public var periodStart: String?
    public var periodEnd: String?
    public var website: String?
    public var address: String?
    public var postcode: String?
    public var phone: String?
    public var email: String?
    /// The URL the file says it was taken from (a crawler's `原文链接`).
    public var sourceURL: String?
    /// The file this one corrects, as its front matter names it (`supersedes`).
    public var supersedes: String?
    /// Line of each found item, for tracing.
    public var lines: [String: Int] = [:]

    public init() {}
}

extension ReportMetadata {
    /// What the publisher's front matter sets wins over what was read from the text.
    mutating func apply(_ matter: FrontMatter) {
        if let agency = matter.agency { self.agency = agency; agencySource = .frontMatter }
        if let year = matter.year { self.year = year }
        if let region = matter.region { self.region = region }
        if let source = matter.source { sourceURL = source }
        supersedes = matter.supersedes
        for (key, line) in matter.lines { lines[key == "source" ? "sourceURL" : key] = line }
    }
}
