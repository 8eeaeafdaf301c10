/// The outcome of one consistency rule (勾稽关系) on one report.
public struct CheckResult: Codable, Sendable, Equatable {
    /// One way the rule is broken.
    public struct Failure: Codable, Sendable, Equatable {
        public var detail: String
        /// The cells involved, as JSON paths (`applications.rows.newRequests[6]`).
        public var cells: [String]
    }

    /// `C1` … `C5`.
    public var rule: String
    /// nil when the figures needed are missing, so the rule could not be checked.
    public var passed: Bool?
    public var detail: String
    /// The cells the rule reads.
    public var cells: [String]
    public var failures: [Failure]
}
