/// The small block a publisher may put at the top of a report file, between two `+++` lines:
///
/// ```
/// +++
/// agency = "平潭综合实验区管理委员会"
/// year = 2024
/// region = "福建省/福州市/平潭县"
/// source = "https://www.pingtan.gov.cn/…"
/// supersedes = "pingtan-2024.txt"
/// +++
/// ```
///
/// Each key is optional. `agency`, `year`, `region` and `source` override what the parser
/// finds in the text; `supersedes` names the file (under `reports/`) this one corrects.
/// Values are TOML strings or, for `year`, an integer; anything else is a warning with its
/// line, and the key is then ignored. The block's lines are blanked, not removed, so every
/// line number of the report stays the line number of the file.
public struct FrontMatter: Sendable, Equatable {
    public var agency: String?
    public var year: Int?
    /// Province, city and county, as `省/市/县` (lower levels may be left out).
    public var region: Region?
    public var source: String?
    public var supersedes: String?
    /// 1-based line of each key that was set.
    public var lines: [String: Int] = [:]

    public static let keys = ["agency", "year", "region", "source", "supersedes"]

    public init() {}

    /// Splits a front-matter block off the top of `lines`, if there is one.
    ///
    /// Returns nil when the first non-blank line is not `+++`. When the block is not
    /// closed within 40 lines it is not taken as front matter, and a warning says so.
    static func extract(_ lines: inout [String]) -> (FrontMatter?, [Diagnostic]) {
        guard let open = lines.firstIndex(where: { !$0.trimmingSpaces.isEmpty }),
              lines[open].trimmingSpaces == "+++" else { return (nil, []) }
        guard let close = lines.indices.dropFirst(open + 1).prefix(40).first(where: { lines[$0].trimmingSpaces == "+++" }) else {
            return (nil, [Diagnostic(line: open + 1, "文件开头的“+++”没有配对的结束行，未作为前置信息读取",
                                     hint: "前置信息写在两行“+++”之间，最多 40 行")])
        }
        var matter = FrontMatter()
        var warnings: [Diagnostic] = []
        for index in (open + 1)..<close {
            let line = index + 1
            let text = stripComment(lines[index]).trimmingSpaces
            if text.isEmpty { continue }
            guard let equals = text.firstIndex(of: "=") else {
                warnings.append(Diagnostic(line: line, "前置信息这一行不是“键 = 值”的形式，已忽略", hint: "例如 year = 2024"))
                continue
            }
            let key = String(text[..<equals]).trimmingSpaces
            let raw = String(text[text.index(after: equals)...]).trimmingSpaces
            guard keys.contains(key) else {
                warnings.append(Diagnostic(line: line, "前置信息中有未知的键“\(key)”，已忽略",
                                           hint: "可用的键：" + keys.joined(separator: "、")))
                continue
            }
            if key == "year" {
                guard let year = Int(raw), (1990...2100).contains(year) else {
                    warnings.append(Diagnostic(line: line, "前置信息中的 year 应为四位年份数字，而不是“\(raw)”，已忽略",
                                               hint: "例如 year = 2024"))
                    continue
                }
                matter.year = year
                matter.lines[key] = line
                continue
            }
            guard let value = quoted(raw), !value.trimmingSpaces.isEmpty else {
                warnings.append(Diagnostic(line: line, "前置信息中 \(key) 的值应写在英文双引号中，已忽略",
                                           hint: "例如 \(key) = \"…\""))
                continue
            }
            let trimmed = value.trimmingSpaces
            switch key {
            case "agency": matter.agency = trimmed
            case "source": matter.source = trimmed
            case "supersedes": matter.supersedes = trimmed
            default:
                let parts = trimmed.split(separator: "/").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                guard (1...3).contains(parts.count) else {
                    warnings.append(Diagnostic(line: line, "前置信息中的 region 应为“省/市/县”，最多三级，已忽略",
                                               hint: "例如 region = \"山东省/聊城市/东昌府区\""))
                    continue
                }
                matter.region = Region(province: parts[0], city: parts.count > 1 ? parts[1] : nil,
                                       county: parts.count > 2 ? parts[2] : nil)
            }
            matter.lines[key] = line
        }
        for index in open...close { lines[index] = "" }
        return (matter, warnings)
    }

    /// A TOML basic string's content (`\"` and `\\` unescaped), or nil when `raw` is not one.
    private static func quoted(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        var value = String.UnicodeScalarView()
        var index = 1
        while index < scalars.count - 1 {
            var scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count - 1 {
                index += 1
                scalar = scalars[index]
            } else if scalar == "\"" {
                return nil
            }
            value.append(scalar)
            index += 1
        }
        return String(value)
    }

    /// The line without a `#` comment outside quotes.
    private static func stripComment(_ line: String) -> String {
        var inQuotes = false
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if character == "\"" && previous != "\\" { inQuotes.toggle() }
            if character == "#" && !inQuotes { return String(line[..<index]) }
            previous = character
        }
        return line
    }
}
