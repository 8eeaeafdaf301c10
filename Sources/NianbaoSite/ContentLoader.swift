import Foundation
import NianbaoReports

/// Reads every report file under `<content>/reports/`, in a stable order.
///
/// Files are parsed concurrently; results come back sorted by path, so the
/// output never depends on scheduling. Only regular files inside the folder
/// are read: symbolic links are not followed out of it.
public enum ContentLoader {
    public static func reportPaths(content: String) throws -> [String] {
        let folder = (content as NSString).appendingPathComponent("reports")
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError.noReportsFolder(folder)
        }
        let names = try manager.subpathsOfDirectory(atPath: folder)
        return names.filter { name in
            let full = (folder as NSString).appendingPathComponent(name)
            guard let attributes = try? manager.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return false }
            return !(name as NSString).lastPathComponent.hasPrefix(".")
        }
        .sorted()
        .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Parses every report; `root`, when given, is the folder `content` is relative to
    /// (paths in reports and messages stay relative, as the user wrote them).
    public static func load(content: String, root: String? = nil) async throws -> [ReportFile] {
        let base = root.map { ($0 as NSString).appendingPathComponent(content) } ?? content
        let paths = try reportPaths(content: base)
        return await withTaskGroup(of: (Int, ReportFile).self) { group in
            for (index, path) in paths.enumerated() {
                let folder = (base as NSString).appendingPathComponent("reports")
                let relative = String(path.dropFirst(folder.count + 1))
                let shown = root.map { _ in (content as NSString).appendingPathComponent("reports/" + relative) } ?? path
                group.addTask { (index, parseFile(path, shownAs: shown)) }
            }
            var files: [(Int, ReportFile)] = []
            for await file in group { files.append(file) }
            return files.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    public static func parseFile(_ path: String, shownAs shown: String? = nil) -> ReportFile {
        let name = shown ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            return ReportFile(path: name, result: .failure(.notAReport(reason: "无法读取文件")))
        }
        do {
            return ReportFile(path: name, result: .success(try ReportParser.parse([UInt8](data), file: name)))
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
