/// The `key: value` block a crawler writes above a page's text, ended by a `==== 正文 ====` line.
///
/// Its lines are kept out of the report text; `原文链接` and `标题` feed the metadata.
public struct CrawlerHeader: Sendable, Equatable {
    public var fields: [String: String]
    /// 1-based line of the `正文` separator; the report starts below it.
    public var separatorLine: Int

    public subscript(key: String) -> String? { fields[key] }

    /// Reads the header at the top of `lines`, or nil when the file has none.
    static func read(_ lines: [String]) -> CrawlerHeader? {
        guard let first = lines.first(where: { !$0.trimmingSpaces.isEmpty }),
              first.contains(":") || first.contains("：") else { return nil }
        var fields: [String: String] = [:]
        for (index, line) in lines.prefix(40).enumerated() {
            if line.contains("===") && line.contains("正文") {
                return CrawlerHeader(fields: fields, separatorLine: index + 1)
            }
            let scalars = Array(line.unicodeScalars)
            guard let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let key = String(String.UnicodeScalarView(scalars[..<colon])).trimmingSpaces
            let value = String(String.UnicodeScalarView(scalars[(colon + 1)...])).trimmingSpaces
            if !key.isEmpty, fields[key] == nil { fields[key] = value }
        }
        return nil
    }
}
