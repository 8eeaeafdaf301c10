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
        let session = try Session(output: output, protecting: protected, force: force)
        do {
            for file in files { try session.write(file) }
            try session.commit()
        } catch {
            session.abandon()
            throw error
        }
    }

    /// One site being written: files go into a staging folder one at a time (so a build
    /// need not hold them all), then `commit` swaps the folder in.
    ///
    /// A file whose SHA-256 and size match the same path in the previous site (as its
    /// `SHA256SUMS` lists it) is hard-linked from there instead of written: it keeps its
    /// modification time, so `rsync` uploads only what changed, and an unchanged site
    /// costs little to write.
    public final class Session {
        let target: String
        let staging: String
        let exists: Bool
        /// Path → SHA-256 of the previous site's files.
        let previous: [String: String]
        private var madeFolders: Set<String> = []
        /// How many files were linked from the previous site, and how many written.
        public private(set) var linked = 0
        public private(set) var written = 0

        public init(output: String, protecting protected: [String], force: Bool) throws {
            let manager = FileManager.default
            target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
            for folder in protected {
                let path = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
                if target == path || target.hasPrefix(path + "/") || path.hasPrefix(target + "/") {
                    throw WriteError.insideProtected(output: output, protected: folder)
                }
            }
            // First, so that a site a killed build left aside is back before it is looked at.
            SiteWriter.removeLeftovers(of: (target as NSString).lastPathComponent, in: (target as NSString).deletingLastPathComponent)
            var isDirectory: ObjCBool = false
            exists = manager.fileExists(atPath: target, isDirectory: &isDirectory)
            var ours = false
            if exists {
                let entries = (try? manager.contentsOfDirectory(atPath: target)) ?? []
                ours = entries.contains(marker)
                let empty = entries.allSatisfy { $0 == ".gitkeep" }
                if !force && (!isDirectory.boolValue || (!ours && !empty)) { throw WriteError.foreignFolder(output) }
            }
            previous = ours ? SiteWriter.checksums(in: target) : [:]
            let parent = (target as NSString).deletingLastPathComponent
            let name = (target as NSString).lastPathComponent
            staging = (parent as NSString).appendingPathComponent(".\(name).new-\(getpid())")
            try? manager.removeItem(atPath: staging)
            do {
                try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            } catch {
                throw WriteError.io(error.localizedDescription)
            }
        }

        public func write(_ file: OutputFile) throws {
            try write(file, counted: true)
        }

        /// - Parameter counted: false for the marker and `.gitkeep`, which are not files of the site.
        private func write(_ file: OutputFile, counted: Bool) throws {
            let path = (staging as NSString).appendingPathComponent(file.path)
            let folder = (path as NSString).deletingLastPathComponent
            if !madeFolders.contains(folder) {
                do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                    throw WriteError.io("\(folder)：\(error.localizedDescription)")
                }
                madeFolders.insert(folder)
            }
            let old = (target as NSString).appendingPathComponent(file.path)
            if unchanged(file, old), link(old, path) == 0 {
                if counted { linked += 1 }
                return
            }
            if file.reused { throw WriteError.io("上次生成的 \(old) 不见了；请加 --no-cache 重新生成") }
            if let source = file.copiedFrom {
                try SiteWriter.copyFile(source, to: path)
            } else {
                try SiteWriter.writeBytes(file.bytes, to: path)
            }
            if counted { written += 1 }
        }

        /// Whether the previous site has this file as it is: by its SHA-256 in `SHA256SUMS`,
        /// or, for the files that list does not cover (itself, the marker), by its bytes.
        private func unchanged(_ file: OutputFile, _ old: String) -> Bool {
            if let sum = previous[file.path] { return sum == file.sha256 }
            guard exists, file.copiedFrom == nil, file.bytes.count <= 16 * 1024 * 1024,
                  let data = FileManager.default.contents(atPath: old) else { return false }
            return data.count == file.bytes.count && [UInt8](data) == file.bytes
        }

        /// Swaps the new site in; only now does the old one go.
        public func commit() throws {
            for name in [marker, ".gitkeep"] { try write(OutputFile(path: name, bytes: []), counted: false) }
            do {
                // One atomic exchange: at no moment is there no output folder.
                if exists {
                    try SiteWriter.exchange(staging, target)
                    try? FileManager.default.removeItem(atPath: staging)
                } else {
                    try FileManager.default.moveItem(atPath: staging, toPath: target)
                }
            } catch let error as WriteError {
                throw error
            } catch {
                throw WriteError.io(error.localizedDescription)
            }
        }

        /// Removes the staging folder after a failure; the previous site stays as it was.
        public func abandon() {
            try? FileManager.default.removeItem(atPath: staging)
        }
    }

    /// The previous site's `SHA256SUMS`, as path → hash.
    static func checksums(in folder: String) -> [String: String] {
        guard let text = try? String(contentsOfFile: (folder as NSString).appendingPathComponent("SHA256SUMS"), encoding: .utf8) else { return [:] }
        var sums: [String: String] = [:]
        for line in text.split(separator: "\n") where line.count > 66 {
            sums[String(line.dropFirst(66))] = String(line.prefix(64))
        }
        return sums
    }

    /// Writes with plain POSIX calls. Why not `FileManager.createFile`: it writes through
    /// a temporary file and syncs each one, which made writing most of a build's time;
    /// the whole folder is made safe by the swap instead.
    static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError.io("\(path)：\(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { try writeAll($0, to: descriptor, path: path) }
    }

    /// Writes every byte, however many calls `write` takes.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            guard count > 0 else { throw WriteError.io("\(path)：\(String(cString: strerror(errno)))") }
            offset += count
        }
    }

    /// Copies a file a megabyte at a time (an original, or `data/reports.json` of a large site).
    static func copyFile(_ source: String, to path: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw WriteError.io("无法读取 \(source)：\(String(cString: strerror(errno)))") }
        defer { close(input) }
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw WriteError.io("\(path)：\(String(cString: strerror(errno)))") }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress!, $0.count) }
            guard count >= 0 else { throw WriteError.io("无法读取 \(source)：\(String(cString: strerror(errno)))") }
            if count == 0 { return }
            try buffer.withUnsafeBytes { try writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count]), to: output, path: path) }
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
