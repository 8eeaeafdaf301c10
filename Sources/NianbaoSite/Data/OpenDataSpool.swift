import Foundation
import NianbaoReports
import Synchronization

/// Each report's entry of `data/reports.json`, written to a file while reports are parsed
/// (when the build still has them whole) and read back, in the site's order, when the
/// download is made: a build that holds its reports lightened needs their checks' cell
/// lists only there, and a site of 50,000 reports has over a gigabyte of such JSON.
public final class OpenDataSpool: Sendable {
    private struct State: ~Copyable {
        var descriptor: Int32
        var end = 0
        /// By the report's file: where its entry starts, and its length in bytes.
        var entries: [String: (offset: Int, length: Int)] = [:]
    }

    private let state: Mutex<State>

    /// - Parameter path: a file of this build's own, created anew.
    public init(path: String) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SiteWriter.WriteError.io("\(path)：\(String(cString: strerror(errno)))") }
        state = Mutex(State(descriptor: descriptor))
    }

    deinit { state.withLock { _ = close($0.descriptor) } }

    /// Writes the entry of a whole report (called as each report is parsed, from many tasks).
    public func take(_ report: Report) {
        let bytes = Array(OpenData.entry(report).utf8)
        state.withLock { state in
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeBytes { pwrite(state.descriptor, $0.baseAddress! + offset, bytes.count - offset, off_t(state.end + offset)) }
                guard count > 0 else { return }  // a full disk: the entry is made again from the whole report
                offset += count
            }
            state.entries[report.source.file] = (state.end, bytes.count)
            state.end += bytes.count
        }
    }

    /// The entry written for this report, if any.
    public func entry(for report: Report) -> String? {
        state.withLock { state -> String? in
            guard let (offset, length) = state.entries[report.source.file] else { return nil }
            var bytes = [UInt8](repeating: 0, count: length)
            let count = bytes.withUnsafeMutableBytes { pread(state.descriptor, $0.baseAddress!, length, off_t(offset)) }
            return count == length ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }
}
