import TOMLKit

/// Site settings from `Content/site.toml`. Every setting has a default, so
/// the file may be missing; unknown keys are reported, not silently ignored.
public struct SiteConfig: Sendable, Equatable {
    public var title = "政府信息公开工作年度报告"
    public var description = "各级行政机关政府信息公开工作年度报告的结构化数据、核对结果与历年趋势。"
    /// Used only where absolute URLs are required (feed, sitemap); empty when unset.
    public var baseURL = ""
    public var theme = "default"
    public var language = "zh-CN"
    /// Agency name → URL slug, overriding the pinyin slug.
    public var slugs: [String: String] = [:]

    public init() {}

    public static let keys: Set<String> = ["title", "description", "base_url", "theme", "language", "slugs"]

    /// Reads `site.toml` text; `problems` lists what was wrong, in words for the publisher.
    public static func parse(_ text: String) -> (config: SiteConfig, problems: [String]) {
        var config = SiteConfig()
        var problems: [String] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (config, ["site.toml 第 \(error.source.begin.line) 行格式有误：\(error.description)"])
        } catch {
            return (config, ["site.toml 无法读取：\(error)"])
        }
        for key in table.keys where !keys.contains(key) {
            problems.append("site.toml 中的设置 “\(key)” 无法识别（可用：\(keys.sorted().joined(separator: "、"))）")
        }
        func string(_ key: String) -> String? {
            guard let value = table[key] else { return nil }
            if let text = value.string { return text }
            problems.append("site.toml 中的 “\(key)” 应为字符串")
            return nil
        }
        if let value = string("title") { config.title = value }
        if let value = string("description") { config.description = value }
        if let value = string("base_url") { config.baseURL = value }
        if let value = string("theme") { config.theme = value }
        if let value = string("language") { config.language = value }
        if let slugs = table["slugs"]?.table {
            for key in slugs.keys {
                if let slug = slugs[key]?.string, slug.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) {
                    config.slugs[key] = slug
                } else {
                    problems.append("site.toml [slugs] 中 “\(key)” 的网址名只能用小写字母、数字和连字符")
                }
            }
        }
        return (config, problems)
    }
}
