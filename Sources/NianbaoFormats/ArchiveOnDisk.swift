import Foundation
import ZIPFoundation

/// Opens a ZIP archive held in memory by way of a private temporary file.
///
/// Why not `Archive(data:)`: ZIPFoundation's in-memory reader traps (a `Range` with
/// `lowerBound > upperBound`) when a damaged archive points past its own end, where the
/// file-backed reader just reads nothing and throws (weichsel/ZIPFoundation PR #394, open).
/// Reports come from anywhere, so a damaged `.docx` must be an error, never a crash.
enum ArchiveOnDisk {
    /// Writes `bytes` to a new file readable only by this user, runs `body` on the archive,
    /// and deletes the file whatever happens.
    static func withArchive<Result>(_ bytes: [UInt8], _ body: (Archive) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nianbao-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(try Archive(url: url, accessMode: .read))
    }
}
