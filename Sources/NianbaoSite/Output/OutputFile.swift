import NianbaoReports

/// One file of the built site: a path under the output folder and what goes in it.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    /// The bytes, for a file the build makes; empty for a copied file.
    public var bytes: [UInt8]
    /// A file copied as it is from the content folder (a report's original), not held in memory.
    public var copiedFrom: String?
    /// SHA-256 of the content, hex: for `SHA256SUMS`, and to tell an unchanged file.
    public var sha256: String
    /// Kept from the previous site as it is, not made again (`BuildManifest`).
    public var reused = false

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.copiedFrom = nil
        self.sha256 = SHA256.hex(bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A copy of the file at `source`, whose SHA-256 the caller already knows.
    public init(path: String, copying source: String, sha256: String) {
        self.path = path
        self.bytes = []
        self.copiedFrom = source
        self.sha256 = sha256
    }

    /// The previous site's file at `path`, kept as it is.
    public init(reusing path: String, sha256: String) {
        self.path = path
        self.bytes = []
        self.copiedFrom = nil
        self.sha256 = sha256
        self.reused = true
    }
}
