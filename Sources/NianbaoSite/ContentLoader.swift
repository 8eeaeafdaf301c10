import Foundation
import NianbaoFormats
import NianbaoReports

/// Reads every report file under `<content>/reports/`, in a stable order.
///
/// Files are parsed concurrently; results come back sorted by path, so the
/// output never depends on scheduling. Only regular files inside the folder
/// are read: a symbolic link is never followed (so neither a link out of
/// `Content/` nor a link loop can be read), and is reported instead.
public enum ContentLoader {
    /// Files larger than this are refused unread: no real report comes near it, and
    /// reading one would hold up the whole build.
    public static let sizeLimit = 16 * 1024 * 1024

    /// One entry under `reports/`: a regular file to parse, or a link that is not followed.
    public struct Entry: Sendable, Equatable {
        public var path: String
        /// Where a symbolic link points; nil for a regular file.
        public var linkTarget: String?
        public var size: Int
    }

    /// Every visible entry under `<content>/reports/`, sorted by path; hidden files and folders are skipped.
    public static func entries(content: String) throws -> [Entry] {
        let folder = (content as NSString).appendingPathComponent("reports")
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError.noReportsFolder(folder)
        }
        var found: [Entry] = []
        // `attributesOfItem` does not follow links (lstat), so a link is seen as a link.
        func walk(_ directory: String) {
            let names = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?: walk(path)
                case .typeRegular?: found.append(Entry(path: path, linkTarget: nil, size: (attributes[.size] as? Int) ?? 0))
                case .typeSymbolicLink?:
                    let target = (try? manager.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    found.append(Entry(path: path, linkTarget: target, size: 0))
                default: continue
                }
            }
        }
        walk(folder)
        return found.sorted { $0.path < $1.path }
    }

    /// Paths of the regular files that will be parsed.
    public static func reportPaths(content: String) throws -> [String] {
        try entries(content: content).filter { $0.linkTarget == nil }.map(\.path)
    }

    /// Parses every report; `root`, when given, is the folder `content` is relative to
    /// (paths in reports and messages stay relative, as the user wrote them).
    /// - Parameters:
    ///   - cache: where parsed reports are kept between builds; nil parses every file.
    ///   - knownHashes: SHA-256 of files already hashed (by path), not to hash them twice.
    ///   - keeping: what of each parsed report to hold (applied as each file is done, so the
    ///     whole of every report never sits in memory at once).
    public static func load(content: String, root: String? = nil, cache: ReportCache? = nil,
                            knownHashes: [String: String] = [:],
                            keeping: @escaping @Sendable (Report) -> Report = { $0 }) async throws -> [ReportFile] {
        let base = root.map { ($0 as NSString).appendingPathComponent(content) } ?? content
        let entries = try entries(content: base)
        let folder = (base as NSString).appendingPathComponent("reports")
        // A few files per core in flight, not every file at once: a finished task is kept,
        // with its memory, until its result is taken, and the results of tasks started all
        // at once are taken only when all are done (26 KB a file, 1.3 GB at 50,000 files).
        let width = ProcessInfo.processInfo.activeProcessorCount * 4
        return await withTaskGroup(of: (Int, ReportFile).self) { group in
            var files: [(Int, ReportFile)] = []
            files.reserveCapacity(entries.count)
            for (index, entry) in entries.enumerated() {
                if index >= width, let done = await group.next() { files.append(done) }
                let relative = String(entry.path.dropFirst(folder.count + 1))
                let shown = root.map { _ in (content as NSString).appendingPathComponent("reports/" + relative) } ?? entry.path
                group.addTask {
                    if let target = entry.linkTarget {
                        return (index, ReportFile(path: shown, result: .failure(.symbolicLink(to: target))))
                    }
                    if entry.size > sizeLimit {
                        let megabytes = (entry.size + 1024 * 1024 - 1) / (1024 * 1024)
                        return (index, ReportFile(path: shown, result: .failure(.tooLarge(megabytes: megabytes, limit: sizeLimit / 1024 / 1024))))
                    }
                    var file = parseFile(entry.path, shownAs: shown, cache: cache, sha256: knownHashes[entry.path])
                    file.result = file.result.map(keeping)
                    return (index, file)
                }
            }
            for await file in group { files.append(file) }
            if let cache {
                cache.prune(keeping: Set(files.compactMap { try? $0.1.result.get().source.sha256 }))
            }
            return files.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    public static func parseFile(_ path: String, shownAs shown: String? = nil, cache: ReportCache? = nil,
                                 sha256 known: String? = nil) -> ReportFile {
        let name = shown ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            return ReportFile(path: name, result: .failure(.notAReport(reason: "无法读取文件")))
        }
        let bytes = [UInt8](data)
        let sha256 = cache.map { _ in known ?? SHA256.hex(bytes) }
        if let cache, let sha256, let report = cache.report(sha256: sha256, file: name) {
            return ReportFile(path: name, result: .success(report))
        }
        do {
            let report = try ReportReader.parse(bytes, file: name)
            // Keyed by the hash of the bytes actually parsed, should the file have changed since it was hashed.
            cache?.store(report, sha256: report.source.sha256)
            return ReportFile(path: name, result: .success(report))
        } catch {
            return ReportFile(path: name, result: .failure(error))
        }
    }

    public enum LoadError: Error, CustomStringConvertible {
        case noReportsFolder(String)
        public var description: String {
            switch self {
            case .noReportsFolder(let folder): return "找不到报告目录 \(folder)：请把年度报告文件放在这里。"
            }
        }
    }
}
