import Foundation
import NianbaoReports

/// What the last build read (its fingerprint) and reported, kept in the cache folder
/// so that a build with nothing changed can stop at once and still list the problems.
struct BuildRecord: Codable {
    var fingerprint: String
    var summary: SiteBuild.Summary
    /// SHA-256 of the site's `SHA256SUMS` as that build wrote it.
    var checksums: String
    /// What that build made for each agency's reports.
    var manifest: BuildManifest

    /// Whether the site in `output` is still the one that build wrote: same `SHA256SUMS`,
    /// and every file it lists still there (a stat each, no reading).
    func stillWritten(in output: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: (output as NSString).appendingPathComponent("SHA256SUMS")),
              SHA256.hex([UInt8](data)) == checksums else { return false }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.count > 66 {
            if !FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(String(line.dropFirst(66)))) { return false }
        }
        return true
    }

    static func load(_ cache: String) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: (cache as NSString).appendingPathComponent("last-build.json")) else { return nil }
        return try? JSONDecoder().decode(BuildRecord.self, from: data)
    }

    func save(_ cache: String) {
        try? FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        guard let data = try? JSONEncoder().encode(self) else { return }
        let path = (cache as NSString).appendingPathComponent("last-build.json")
        if FileManager.default.createFile(atPath: path + ".tmp", contents: data) { _ = rename(path + ".tmp", path) }
    }
}
