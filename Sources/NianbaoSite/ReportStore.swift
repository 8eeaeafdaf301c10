import NianbaoReports

/// Where a build gets what it needs of its reports beyond what it holds.
///
/// A large build holds its reports lightened (`Report.lightened()`): the narrative, the source
/// map and the checks' cell lists stay on disk, and come back from here for the few places
/// that show them (a report's own page, the search index, `data/reports.json`).
public struct ReportStore: Sendable {
    /// The whole report, for its page.
    public var whole: @Sendable (PublishedReport) -> Report
    /// What the search index takes from its narrative (asked once per report).
    public var searchText: @Sendable (PublishedReport) -> SearchText
    /// Its entry of `data/reports.json`.
    public var dataEntry: @Sendable (PublishedReport) -> String
    /// A folder for files too large to hold (`data/reports.json`); nil makes them in memory.
    public var scratch: String?

    public init(whole: @escaping @Sendable (PublishedReport) -> Report,
                searchText: @escaping @Sendable (PublishedReport) -> SearchText,
                dataEntry: @escaping @Sendable (PublishedReport) -> String, scratch: String?) {
        self.whole = whole
        self.searchText = searchText
        self.dataEntry = dataEntry
        self.scratch = scratch
    }

    /// Reports held whole: everything is made from them, in memory (tests, small sites).
    public static let holding = ReportStore(whole: { $0.report }, searchText: { SearchText($0.report) },
                                            dataEntry: { OpenData.entry($0.report) }, scratch: nil)
}
