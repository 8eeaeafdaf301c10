import NianbaoReports

/// One file under `Content/reports/` and what became of it.
public struct ReportFile: Sendable {
    /// Path relative to the content folder's parent, as shown to people (`Content/reports/x.txt`).
    public var path: String
    public var result: Result<Report, ReadError>
}

extension ReportFile {
    /// What `build` and `check` report for this file: the parser's warnings, or why it could not be read.
    public var problems: [Problem] {
        switch result {
        case .success(let report): return report.warnings.map { Problem(file: path, $0) }
        case .failure(let error): return [Problem(file: path, line: nil, .error, error.description, hint: error.hint)]
        }
    }
}
