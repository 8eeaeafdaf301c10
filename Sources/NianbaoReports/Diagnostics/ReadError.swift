/// Why a file could not be read as a report at all.
///
/// Only these stop a report; everything else becomes a warning on the report.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case undecodable
    case notAReport(reason: String)
    /// An old binary Word file (`.doc`), which no reader here takes.
    case legacyWord
    /// A PDF whose pages carry no text: a scan.
    case noTextLayer(pages: Int)
    /// A PDF, Word or HTML file that its reader could not open.
    case damaged(format: String, reason: String)
    /// Set by the content loader, which never reads such files: larger than any real report.
    case tooLarge(megabytes: Int, limit: Int)
    /// Set by the content loader: a symbolic link, which it does not follow.
    case symbolicLink(to: String)

    public var description: String {
        switch self {
        case .empty:
            return "文件是空的，没有可读的内容"
        case .binary(let kind):
            return "这是\(kind)，nianbao 读不了"
        case .undecodable:
            return "无法识别文件的文字编码：既不是 UTF-8、UTF-16，也不是 GB18030"
        case .notAReport(let reason):
            return "不像是政府信息公开工作年度报告：\(reason)"
        case .legacyWord:
            return "这是旧版 Word（.doc）文件，无法直接读取"
        case .noTextLayer(let pages):
            return "这个 PDF 共 \(pages) 页，都没有文字层（是扫描件或图片），读不出文字"
        case .damaged(let format, let reason):
            return "无法打开这个 \(format) 文件：\(reason)"
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
        case .binary: return "reports 目录只收文本、网页（.html）、Word（.docx）和 PDF 格式的报告；已跳过这个文件，其余报告照常生成"
        case .undecodable: return "请用文本编辑器另存为 UTF-8 编码"
        case .notAReport: return "请确认这是年度报告的全文；不是报告的文件请移出 reports 目录"
        case .legacyWord: return "请用 Word 或 LibreOffice 打开，另存为 .docx 后放回 reports 目录"
        case .noTextLayer: return "请找到机关发布的文字版（网页或 Word），或先用文字识别（OCR）转成文字并逐一核对数字"
        case .damaged: return "文件可能下载不完整；请重新下载原文"
        case .tooLarge: return "请确认放入的是报告本身，而不是合并的多份文件或其他资料"
        case .symbolicLink: return "请把文件本身复制到 reports 目录"
        }
    }
}
