import NianbaoReports

/// One file under `Content/reports/` and what became of it.
public struct ReportFile: Sendable {
    /// Path relative to the content folder's parent, as shown to people (`Content/reports/x.txt`).
    public var path: String
    public var result: Result<Report, ReadError>
}
