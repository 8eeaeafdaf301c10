import Foundation

/// Writes a built site to its folder all at once.
///
/// Files go into a new folder beside the output, which is then swapped into
/// place, so the output is never half-written: an interrupted build leaves the
/// previous site as it was. It refuses to write into the content or themes
/// folders, or over a non-empty folder it did not create (unless forced).
public enum SiteWriter {
    /// Marks a folder as made by nianbao, so a later build may replace it.
    public static let marker = ".nianbao-site"

    public enum WriteError: Error, CustomStringConvertible {
        case insideProtected(output: String, protected: String)
        case foreignFolder(String)
        case io(String)

        public var description: String {
            switch self {
            case .insideProtected(let output, let protected):
                return "输出目录 \(output) 与 \(protected) 重叠：网站不能写进内容或主题目录。请换一个输出目录（--output）。"
            case .foreignFolder(let folder):
                return "输出目录 \(folder) 已有其他文件，且不是 nianbao 生成的。为免覆盖，请换一个目录，或加 --force。"
            case .io(let message):
                return "写入失败：\(message)"
            }
        }
    }

    public static func write(_ files: [OutputFile], to output: String, protecting protected: [String], force: Bool) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for folder in protected {
            let path = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if target == path || target.hasPrefix(path + "/") || path.hasPrefix(target + "/") {
                throw WriteError.insideProtected(output: output, protected: folder)
            }
        }
        // First, so that a site a killed build left aside is back before it is looked at.
        removeLeftovers(of: (target as NSString).lastPathComponent, in: (target as NSString).deletingLastPathComponent)
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists && !force {
            let entries = (try? manager.contentsOfDirectory(atPath: target)) ?? []
            let ours = entries.contains(marker)
            let empty = entries.allSatisfy { $0 == ".gitkeep" }
            if !isDirectory.boolValue || (!ours && !empty) { throw WriteError.foreignFolder(output) }
        }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let staging = (parent as NSString).appendingPathComponent(".\(name).new-\(getpid())")
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files + [OutputFile(path: marker, bytes: []), OutputFile(path: ".gitkeep", bytes: [])] {
                let path = (staging as NSString).appendingPathComponent(file.path)
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard manager.createFile(atPath: path, contents: Data(file.bytes)) else { throw WriteError.io(path) }
            }
            // Only now does the old site go, in one atomic exchange: at no moment is
            // there no output folder, whenever the process is killed.
            if exists {
                try exchange(staging, target)
                try? manager.removeItem(atPath: staging)
            } else {
                try manager.moveItem(atPath: staging, toPath: target)
            }
        } catch let error as WriteError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw WriteError.io(error.localizedDescription)
        }
    }

    /// Swaps two folders atomically with `renameat2(RENAME_EXCHANGE)`.
    ///
    /// Why `dlsym`: Swift's Glibc module does not declare `renameat2` (glibc 2.28+). Where
    /// the call is missing or the file system refuses it, two renames are the fallback;
    /// a kill between them leaves the old site at `.<name>.old-<pid>`, which the next
    /// build puts back (`removeLeftovers`).
    static func exchange(_ staging: String, _ target: String) throws {
        typealias RenameAt2 = @convention(c) (CInt, UnsafePointer<CChar>, CInt, UnsafePointer<CChar>, CUnsignedInt) -> CInt
        let renameExchange: CUnsignedInt = 2
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            if renameat2(AT_FDCWD, staging, AT_FDCWD, target, renameExchange) == 0 { return }
        }
        let retired = staging.replacingOccurrences(of: ".new-", with: ".old-")
        try FileManager.default.moveItem(atPath: target, toPath: retired)
        try FileManager.default.moveItem(atPath: staging, toPath: target)
        try? FileManager.default.moveItem(atPath: retired, toPath: staging)
    }

    /// Clears what a killed build left beside the output: unfinished `.<name>.new-<pid>`
    /// folders, and a `.<name>.old-<pid>` whose output went missing is put back first.
    static func removeLeftovers(of name: String, in parent: String) {
        let manager = FileManager.default
        let target = (parent as NSString).appendingPathComponent(name)
        let entries = ((try? manager.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        for entry in entries where entry.hasPrefix(".\(name).old-") || entry.hasPrefix(".\(name).new-") {
            let pid = Int32(entry.split(separator: "-").last ?? "") ?? 0
            // A folder of a build still running (another process) is left alone.
            if pid != getpid() && pid > 0 && kill(pid, 0) == 0 { continue }
            let path = (parent as NSString).appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).old-") && !manager.fileExists(atPath: target) {
                try? manager.moveItem(atPath: path, toPath: target)
            } else {
                try? manager.removeItem(atPath: path)
            }
        }
    }
}
