/// Why a file could not be read as a report at all.
///
/// Only these stop a report; everything else becomes a warning on the report.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case undecodable
    case notAReport(reason: String)

    public var description: String {
        switch self {
        case .empty:
            return "文件是空的，没有可读的内容。"
        case .binary(let kind):
            return "这是\(kind)文件，不是文本：请先转换为文本（UTF-8）再放入 reports 目录。"
        case .undecodable:
            return "无法识别文件的文字编码（既不是 UTF-8、UTF-16，也不是 GB18030）。"
        case .notAReport(let reason):
            return "不像是政府信息公开工作年度报告：\(reason)"
        }
    }
}
