/// Why a file could not be read as a report at all.
///
/// Only these stop a report; everything else becomes a warning on the report.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case undecodable
    case notAReport(reason: String)
    /// Set by the content loader, which never reads such files: larger than any real report.
    case tooLarge(megabytes: Int, limit: Int)
    /// Set by the content loader: a symbolic link, which it does not follow.
    case symbolicLink(to: String)

    public var description: String {
        switch self {
        case .empty:
            return "文件是空的，没有可读的内容"
        case .binary(let kind):
            return "这是\(kind)文件，不是文本：请先转换为文本（UTF-8）再放入 reports 目录"
        case .undecodable:
            return "无法识别文件的文字编码：既不是 UTF-8、UTF-16，也不是 GB18030"
        case .notAReport(let reason):
            return "不像是政府信息公开工作年度报告：\(reason)"
        case .tooLarge(let megabytes, let limit):
            return "文件有 \(megabytes) MB，超过了 \(limit) MB 的上限；年度报告全文通常不到 1 MB"
        case .symbolicLink(let target):
            return "这是指向 \(target) 的符号链接，未读取：为安全起见，nianbao 不跟随符号链接"
        }
    }

    /// What the publisher can do about it.
    public var hint: String {
        switch self {
        case .empty: return "请放入报告全文，或删除这个文件"
        case .binary: return "已跳过这个文件，其余报告照常生成"
        case .undecodable: return "请用文本编辑器另存为 UTF-8 编码"
        case .notAReport: return "请确认这是年度报告的全文；不是报告的文件请移出 reports 目录"
        case .tooLarge: return "请确认放入的是报告本身，而不是合并的多份文件或其他资料"
        case .symbolicLink: return "请把文件本身复制到 reports 目录"
        }
    }
}
