import Foundation
import NianbaoFormats
import NianbaoReports

/// Parsed reports kept between builds, so a rebuild parses only files that changed.
///
/// An entry is named by the file's SHA-256 and the parser's version
/// (`ReportParser.version`): a changed file or a changed parser is a miss, never a
/// stale report. The build's own folder, never inside `Content/` or the site.
public struct ReportCache: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func name(_ sha256: String) -> String { "\(sha256)-v\(ReportParser.version).json" }

    /// The report cached for these bytes, shown under `file`.
    func report(sha256: String, file: String) -> Report? {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name(sha256))),
              var report = try? JSONDecoder().decode(Report.self, from: data) else { return nil }
        report.source.file = file
        report.checks = report.checks.map { $0.interned() }
        return report
    }

    /// The whole of a report that the build holds lightened: from the cache, or, should its
    /// entry be gone (a full disk, another build pruning), parsed again from its file.
    @Sendable func whole(_ published: PublishedReport) -> Report {
        let light = published.report
        if let report = report(sha256: light.source.sha256, file: light.source.file) { return report }
        let reparsed: ReportFile
        switch published.original {
        case .file(let path): reparsed = ContentLoader.parseFile(path, shownAs: light.source.file)
        case .bytes(let bytes):
            reparsed = ReportFile(path: light.source.file, result: Result { try ReportReader.parse(bytes, file: light.source.file) }
                .mapError { $0 as? ReadError ?? .notAReport(reason: "\($0)") })
        }
        // The same bytes parse the same way; a file changed since is the one case left, and
        // then its page shows what the index pages show.
        guard case .success(let report) = reparsed.result, report.source.sha256 == light.source.sha256 else { return light }
        return report
    }

    func store(_ report: Report, sha256: String) {
        guard let data = try? JSONEncoder().encode(report) else { return }
        let path = (folder as NSString).appendingPathComponent(name(sha256))
        // Written aside and renamed, so a killed build never leaves half an entry.
        let temporary = path + ".tmp-\(getpid())"
        if FileManager.default.createFile(atPath: temporary, contents: data) {
            _ = rename(temporary, path)
        }
    }

    /// Removes entries no file of this build used (old versions of files, old parsers).
    func prune(keeping used: Set<String>) {
        let keep = Set(used.map(name))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Only report entries (`<64 hex digits>-v<version>.json`); other files of the folder stay.
        for entry in entries where !keep.contains(entry) && entry.count > 66 && entry.prefix(64).allSatisfy(\.isHexDigit)
            && entry.dropFirst(64).hasPrefix("-v") {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(entry))
        }
    }
}
