/// The JSON paths of table cells that check results name (`applications.rows.newRequests[6]`),
/// made once and shared.
///
/// Why: every report's checks list some 500 of these paths. Made afresh per report, each is
/// a heap string of its own, and they were most of the memory a parsed report holds; shared,
/// a path in a report costs one reference.
public enum CellPaths {
    static let applications: [[String]] = ApplicationRow.allCases.map { row in
        (0..<7).map { "applications.rows.\(row.key)[\($0)]" }
    }

    static let known: [String: String] = {
        var all = applications.flatMap { $0 }
        for group in ["administrativeReview", "litigationDirect", "litigationAfterReview"] {
            all += ReviewAndLitigation.Outcomes.keys.map { "reviewAndLitigation.\(group).\($0)" }
        }
        return Dictionary(uniqueKeysWithValues: all.map { ($0, $0) })
    }()

    static func application(_ row: ApplicationRow, _ column: Int) -> String { applications[row.rawValue][column] }

    /// The shared copy of `path` when it is a known cell path, else `path` itself.
    public static func intern(_ path: String) -> String { known[path] ?? path }
}

extension CheckResult {
    /// The same result with its cell paths shared (for results decoded from a cache).
    public func interned() -> CheckResult {
        var copy = self
        copy.cells = cells.map(CellPaths.intern)
        copy.failures = failures.map { failure in
            var shared = failure
            shared.cells = failure.cells.map(CellPaths.intern)
            return shared
        }
        return copy
    }
}
