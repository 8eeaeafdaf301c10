/// Which files each agency's report pages were, and what they were made from, so the
/// next build can keep them without rendering them again when nothing they show changed.
public struct BuildManifest: Sendable, Codable, Equatable {
    public struct Agency: Sendable, Codable, Equatable {
        /// SHA-256 over everything the agency's report pages are made from.
        public var fingerprint: String
        /// Path and SHA-256 of each file made for the agency's reports.
        public var files: [[String]]
    }

    public var agencies: [String: Agency] = [:]

    public init() {}
}
